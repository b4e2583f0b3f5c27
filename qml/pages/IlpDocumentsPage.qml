pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The term's ILP documents printed at once (seed 000, two weeks to go: "an updated ILP for every
// pupil in the school ... Page 1 is sent home to parents and carers as a Progress Report with a
// cover letter"): for one pupil, a class or, for senior leaders, the whole school, each pupil's
// ILP and progress report as PDFs with one combined PDF of each, into a folder on this computer.
// The run shows who it is printing, can be cancelled, and names the pupils it could not print and
// those whose new targets are not final. Reached from the class page and, for SLT, the class list.
StridePage {
    id: page
    objectName: "ilp-documents"

    // The class to start with ("" for the person's own class, or the whole school for SLT).
    property string classId: ""

    ready: true
    title: qsTr("ILP documents")
    subtitle: Session.schoolName
    summary: run.running ? "printing " + run.progressText
        : run.finished ? run.message + " (%1 not printed, %2 not final)".arg(run.notPrinted.length).arg(run.notFinal.length)
        : "%1 term(s), %2 class(es) to choose from".arg(run.termChoices.length).arg(run.classChoices.length)

    IlpDocumentsRun {
        id: run
        objectName: "ilpDocumentsRun"
        session: Session
        media: MediaFiles
        Component.onCompleted: {
            if (page.classId !== "") {
                classId = page.classId
                scope = "class"
            } else if (wholeSchoolAllowed) {
                scope = "school"
            }
        }
    }
    // For the self-test: the page scrolled to the lists at its foot.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }

    component ChoiceLabel: Text {
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    // A pupil named in one of the run's lists, with the sentences that say why.
    component NamedPupil: Panel {
        id: named
        required property var modelData
        Layout.fillWidth: true
        implicitHeight: namedColumn.implicitHeight + 2 * Theme.spacing
        ColumnLayout {
            id: namedColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: named.modelData.className !== "" ? named.modelData.name + "  ·  " + named.modelData.className
                                                       : named.modelData.name
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: named.modelData.reasons
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
                lineHeight: 1.1
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pagePadding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.pagePadding
            y: Theme.spacing + 4
            width: flick.width - 2 * Theme.pagePadding
            spacing: Theme.spacing

            EmptyState {
                Layout.fillWidth: true
                Layout.topMargin: Theme.pagePadding
                visible: !run.allowed
                heading: qsTr("Only teachers, senior leaders and the office print ILP documents")
                message: qsTr("They go home to families. Ask the class teacher.")
            }

            Text {
                Layout.fillWidth: true
                visible: run.allowed
                text: qsTr("Each pupil's ILP (page 1 and the Provision Map) and their parents' progress report (the cover letter, page 1, the reply slip and their one-page profile) are saved as PDFs, one folder per class, with one PDF of all the ILPs and one of all the reports to print in one go.")
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                lineHeight: 1.15
            }

            // --- What to print
            Panel {
                Layout.fillWidth: true
                visible: run.allowed
                implicitHeight: choices.implicitHeight + 2 * Theme.spacing
                GridLayout {
                    id: choices
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    columns: page.width >= 1000 ? 2 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.gap

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        ChoiceLabel { text: qsTr("The term the documents are for") }
                        ComboBox {
                            objectName: "termChooser"
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            enabled: !run.running
                            textRole: "name"
                            valueRole: "termId"
                            model: run.termChoices
                            currentIndex: count > 0 ? Math.max(0, indexOfValue(run.termId)) : -1
                            onActivated: run.termId = currentValue
                            Accessible.name: qsTr("Term")
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        ChoiceLabel { text: qsTr("Whose documents") }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            Chip {
                                objectName: "scopePupil"
                                text: qsTr("One pupil")
                                enabled: !run.running
                                checked: run.scope === "pupil"
                                onClicked: run.scope = "pupil"
                            }
                            Chip {
                                objectName: "scopeClass"
                                text: qsTr("A class")
                                enabled: !run.running
                                checked: run.scope === "class"
                                onClicked: run.scope = "class"
                            }
                            Chip {
                                objectName: "scopeSchool"
                                visible: run.wholeSchoolAllowed
                                text: qsTr("The whole school")
                                enabled: !run.running
                                checked: run.scope === "school"
                                onClicked: run.scope = "school"
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: run.scope !== "school"
                        spacing: 4
                        ChoiceLabel { text: qsTr("Class") }
                        ComboBox {
                            objectName: "classChooser"
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            enabled: !run.running
                            textRole: "name"
                            valueRole: "classId"
                            model: run.classChoices
                            currentIndex: count > 0 ? Math.max(0, indexOfValue(run.classId)) : -1
                            onActivated: run.classId = currentValue
                            Accessible.name: qsTr("Class")
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: run.scope === "pupil"
                        spacing: 4
                        ChoiceLabel { text: qsTr("Pupil") }
                        ComboBox {
                            objectName: "pupilChooser"
                            Layout.fillWidth: true
                            implicitHeight: Theme.touch
                            enabled: !run.running
                            textRole: "name"
                            valueRole: "pupilId"
                            model: run.pupilChoices
                            currentIndex: count > 0 ? Math.max(0, indexOfValue(run.pupilId)) : -1
                            onActivated: run.pupilId = currentValue
                            Accessible.name: qsTr("Pupil")
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.columnSpan: choices.columns
                        spacing: 4
                        ChoiceLabel { text: qsTr("Save them in this folder") }
                        TextField {
                            objectName: "folderField"
                            Layout.fillWidth: true
                            enabled: !run.running
                            font.pixelSize: Theme.bodySize
                            text: run.folder
                            onEditingFinished: run.folder = text
                            Accessible.name: qsTr("Folder")
                        }
                    }
                }
            }

            // --- The run
            RowLayout {
                Layout.fillWidth: true
                visible: run.allowed
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "printButton"
                    enabled: !run.running
                    text: run.running ? qsTr("Printing…") : qsTr("Print the documents")
                    onClicked: run.start()
                }
                TextButton {
                    objectName: "cancelButton"
                    visible: run.running
                    colour: Theme.error
                    text: qsTr("Cancel")
                    onClicked: run.cancel()
                }
                Item { Layout.fillWidth: true }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: run.running
                spacing: Theme.gap
                ProgressBar {
                    objectName: "printProgress"
                    Layout.fillWidth: true
                    from: 0
                    to: 1
                    value: run.progress
                }
                Text {
                    objectName: "progressText"
                    Layout.fillWidth: true
                    text: run.progressText
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
            }
            Banner {
                objectName: "resultMessage"
                Layout.fillWidth: true
                visible: run.finished && run.message !== ""
                // Saved, but with pupils to see to: a warning, so the lists below are read.
                tone: run.cancelled ? "info" : !run.succeeded ? "error"
                    : run.notPrinted.length > 0 || run.notFinal.length > 0 ? "warning" : "success"
                text: run.message
                TextButton {
                    objectName: "openFolderButton"
                    visible: run.succeeded
                    text: qsTr("Open the folder")
                    onClicked: run.openFolder()
                }
            }

            // --- Who was not printed, and who was printed with targets not yet final
            SectionHeading {
                visible: run.finished && run.notPrinted.length > 0
                text: qsTr("Not printed: what to fix")
            }
            Repeater {
                model: run.finished ? run.notPrinted : []
                NamedPupil {}
            }
            SectionHeading {
                visible: run.finished && run.notFinal.length > 0
                text: qsTr("Printed, but the new targets are not final")
            }
            Repeater {
                model: run.finished ? run.notFinal : []
                NamedPupil {}
            }
        }
    }
}
