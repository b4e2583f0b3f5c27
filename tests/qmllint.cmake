# Runs qmllint over every QML file under the QML_DIRS (the app's and the Qt Quick tests') against
# the Stride module as built, and fails on any warning, so that a binding the tools cannot check is
# caught when it is written.
#
#   cmake -DQMLLINT=... -DQML_DIRS=a|b -DIMPORT_PATHS=a|b -DRESOURCES=x.qrc|y.qrc -P qmllint.cmake
#
# qmllint 6.4 already exits non-zero on a warning, but the test also reads what it printed: a crash
# or a tool that printed nothing useful must fail, not pass, and a "Warning:" line fails even if a
# future qmllint returns 0 for it.

cmake_minimum_required(VERSION 3.24) # a script's policies are otherwise old: while(TRUE) is false

foreach(var QMLLINT QML_DIRS IMPORT_PATHS RESOURCES)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "qmllint.cmake needs -D${var}=...")
    endif()
endforeach()

# Lists arrive joined with "|" because add_test would split them on ";".
string(REPLACE "|" ";" qml_dirs "${QML_DIRS}")
string(REPLACE "|" ";" import_paths "${IMPORT_PATHS}")
string(REPLACE "|" ";" resources "${RESOURCES}")

# Every QML file in the folders, not only those the module lists: a page added without being
# listed is still checked.
set(qml_files)
foreach(dir IN LISTS qml_dirs)
    file(GLOB_RECURSE found LIST_DIRECTORIES false "${dir}/*.qml")
    if(NOT found)
        message(FATAL_ERROR "No QML files found under ${dir}")
    endif()
    list(APPEND qml_files ${found})
endforeach()
list(SORT qml_files)
list(LENGTH qml_files file_count)

# qmllint reads a .qmllint.ini from a file's folder or any folder above it, and one could turn
# categories off or down to "info", so none is allowed. (qmllint's own --ignore-settings cannot be
# used instead: in 6.4 it also drops the -I import paths, and every Qt type goes unresolved.)
set(folders)
foreach(file IN LISTS qml_files)
    get_filename_component(folder "${file}" DIRECTORY)
    list(APPEND folders "${folder}")
endforeach()
list(REMOVE_DUPLICATES folders)
foreach(dir IN LISTS folders)
    while(TRUE)
        if(EXISTS "${dir}/.qmllint.ini")
            message(FATAL_ERROR "${dir}/.qmllint.ini would change what qmllint reports: remove it")
        endif()
        get_filename_component(up "${dir}" DIRECTORY)
        if(up STREQUAL dir)
            break()
        endif()
        set(dir "${up}")
    endwhile()
endforeach()

set(args --bare)
foreach(path IN LISTS import_paths)
    list(APPEND args -I "${path}")
endforeach()
foreach(qrc IN LISTS resources)
    if(NOT EXISTS "${qrc}")
        message(FATAL_ERROR "${qrc} does not exist: build the app (the stride_qml target) first")
    endif()
    list(APPEND args --resource "${qrc}")
endforeach()

execute_process(
    COMMAND "${QMLLINT}" ${args} ${qml_files}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)

string(REGEX MATCHALL "(^|\n)Warning: " warnings "${output}")
list(LENGTH warnings warning_count)

if(NOT output STREQUAL "")
    message("${output}")
endif()
message("qmllint: ${warning_count} warnings in ${file_count} QML files (exit code ${result})")

if(NOT warning_count EQUAL 0)
    message(FATAL_ERROR "qmllint found ${warning_count} warnings: fix them in the QML (do not turn categories off)")
endif()
if(NOT result STREQUAL "0")
    message(FATAL_ERROR "qmllint failed without a warning (exit code ${result})")
endif()
