# Runs lupdate, with the options translations/CMakeLists.txt gives it, over a copy of the .ts and
# fails if the copy changed: a string was added, changed or removed without updating the .ts.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
get_filename_component(name ${TS} NAME)
file(COPY ${TS} DESTINATION ${WORK})
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete @${SOURCES} -ts ${WORK}/${name}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${TS} ${WORK}/${name} RESULT_VARIABLE differs)
if(differs)
    execute_process(COMMAND diff -u ${TS} ${WORK}/${name})
    message(FATAL_ERROR "${name} is out of date: run `cmake --build build --target update_translations` "
                        "and commit it (and give any new \"%n\" message its English singular and plural).")
endif()
# English needs its own words only for plurals: every "%n" message needs both forms written.
file(READ ${TS} content)
string(FIND "${content}" "<numerusform></numerusform>" empty)
if(NOT empty EQUAL -1)
    message(FATAL_ERROR "${name} has a \"%n\" message without its English singular and plural forms.")
endif()
