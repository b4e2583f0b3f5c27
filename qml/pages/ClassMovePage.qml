pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Senior leaders and the office, at the end of the summer term: who goes where. Each pupil moves
// up a year to their class's next class ("Oak moves up to Willow", set here); a class with no next
// class keeps its pupils; the school's oldest pupils leave. Any pupil's destination can be
// changed before Apply, which moves everyone at once. Their ILPs, evidence and judgements stay
// theirs, so the new class team sees every earlier term.
StridePage {
    id: page
    objectName: "class-move"

    ready: true
    title: qsTr("Year-end class move")
    subtitle: classMove.termName !== "" ? qsTr("End of %1").arg(classMove.termName) : Session.schoolName
    summary: classMove.allowed ? "%1 pupils, can apply: %2".arg(classMove.count).arg(classMove.canApply) : "not allowed"

    ClassMoveModel {
        id: classMove
        session: Session
    }

    ConfirmDialog {
        id: applyDialog
        objectName: "classMoveDialog"
        question: qsTr("Move every pupil to their new class now?")
        explanation: classMove.summary + " " + qsTr("Do this once, at the end of the summer term: every pupil goes up a year.")
        confirmText: qsTr("Move them")
        cancelText: qsTr("Not yet")
        destructive: false
        onConfirmed: classMove.apply()
    }

    ListView {
        id: list
        objectName: "classMoveList"
        anchors.fill: parent
        anchors.leftMargin: Theme.pagePadding
        anchors.rightMargin: Theme.pagePadding
        clip: true
        model: classMove
        spacing: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        visible: classMove.allowed

        topMargin: intro.height
        ColumnLayout {
            id: intro
            parent: list.contentItem
            y: -height
            width: list.width
            spacing: Theme.spacing
            // Its words arrive after the list is laid out: keep it in view until the person scrolls.
            onHeightChanged: if (!list.moving) list.contentY = -list.topMargin
            Item { Layout.preferredHeight: Theme.gap }
            Text {
                Layout.fillWidth: true
                text: qsTr("Each pupil moves up a year to their class's next class. A class with no next class keeps its pupils; pupils in the school's last year leave. Change any pupil's destination below, then move everyone at once. Their ILPs, evidence and judgements go with them.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            Banner {
                Layout.fillWidth: true
                visible: classMove.problem !== ""
                tone: "warning"
                text: classMove.problem
            }
            Banner {
                Layout.fillWidth: true
                visible: classMove.opensText !== ""
                tone: "info"
                text: classMove.opensText
            }
            Banner {
                objectName: "classMoveResult"
                Layout.fillWidth: true
                visible: classMove.resultText !== ""
                tone: "success"
                text: classMove.resultText
            }
            SectionHeading {
                visible: classMove.classLinks.length > 0 && classMove.problem === ""
                text: qsTr("Where each class moves up to")
            }
            Repeater {
                model: classMove.problem === "" ? classMove.classLinks : []
                delegate: RowLayout {
                    id: link
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.preferredWidth: 220
                        text: qsTr("%1 moves up to").arg(link.modelData.name)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                    ComboBox {
                        objectName: "nextClass_" + link.modelData.name
                        Layout.preferredWidth: 280
                        textRole: "name"
                        valueRole: "classId"
                        model: classMove.nextClassChoices(link.modelData.classId)
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(link.modelData.nextClassId))
                        onActivated: classMove.setNextClass(link.modelData.classId, currentValue)
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: classMove.summary !== ""
                text: classMove.summary
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.largeSize
                font.bold: true
            }
            PrimaryButton {
                objectName: "classMoveApply"
                visible: classMove.count > 0
                enabled: classMove.canApply
                text: qsTr("Move everyone to their new classes")
                onClicked: applyDialog.open()
            }
        }

        delegate: Column {
            id: row
            required property string section
            required property string pupilId
            required property string pupilName
            required property string fromYear
            required property string toClassId
            required property string destination
            required property bool leaves
            required property bool chosenBySlt
            required property string note
            width: list.width

            SectionHeading {
                width: parent.width
                visible: row.ListView.previousSection !== row.section
                text: qsTr("From %1").arg(row.section)
            }
            Rectangle {
                width: parent.width
                height: content.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.divider
                RowLayout {
                    id: content
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 (%2)").arg(row.pupilName).arg(row.fromYear)
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.note !== "" ? qsTr("%1 · %2").arg(row.destination).arg(row.note) : row.destination
                            wrapMode: Text.WordWrap
                            color: row.leaves ? Theme.warningText : Theme.textMuted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    ComboBox {
                        objectName: "destination_" + row.pupilId
                        Layout.preferredWidth: 220
                        enabled: classMove.problem === ""
                        textRole: "name"
                        valueRole: "classId"
                        model: classMove.destinationChoices
                        Accessible.name: qsTr("Where %1 goes").arg(row.pupilName)
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(row.leaves ? "" : row.toClassId))
                        onActivated: classMove.setDestination(row.pupilId, currentValue)
                    }
                }
            }
        }
        section.property: "section"
        section.criteria: ViewSection.FullString
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: !classMove.allowed
        heading: qsTr("For senior leaders and the office")
        message: qsTr("Senior leaders or the office move pupils to their new classes at the end of the summer term.")
    }
}
