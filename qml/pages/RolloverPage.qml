pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Senior leaders, at the term's end: the agreed new targets carried into next term's ILPs. Every
// target of the term is listed once: to make (Continue and Amend, as the class teacher's own
// "Continue into next term" would make it), already there, or not yet possible and why (not
// judged, a Replace still to be written, judgements that disagree). Apply makes them all at once.
StridePage {
    id: page
    objectName: "rollover"

    ready: true
    title: qsTr("Next term's ILPs")
    subtitle: rollover.termName !== "" ? qsTr("%1 into %2").arg(rollover.termName).arg(rollover.nextTermName) : Session.schoolName
    summary: rollover.allowed ? "%1 to make, %2 rows".arg(rollover.toMakeCount).arg(rollover.count) : "not allowed"

    RolloverPreviewModel {
        id: rollover
        session: Session
    }

    ConfirmDialog {
        id: applyDialog
        objectName: "rolloverDialog"
        question: rollover.toMakeCount === 1 ? qsTr("Carry 1 target into %1?").arg(rollover.nextTermName)
                                             : qsTr("Carry %1 targets into %2?").arg(rollover.toMakeCount).arg(rollover.nextTermName)
        explanation: qsTr("Each pupil's ILP for %1 gets them now, on every tablet at the next sync. Class teachers can still change them.").arg(rollover.nextTermName)
        confirmText: qsTr("Carry them over")
        cancelText: qsTr("Not yet")
        destructive: false
        onConfirmed: rollover.apply()
    }

    ListView {
        id: list
        objectName: "rolloverList"
        anchors.fill: parent
        anchors.leftMargin: Theme.pagePadding
        anchors.rightMargin: Theme.pagePadding
        clip: true
        model: rollover
        spacing: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        visible: rollover.allowed

        // The explanation and Apply above the list scroll with it (as on the class list).
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
                text: qsTr("At the end of term the agreed new targets become next term's ILPs. Continue and Amend carry the target as it is (Amend for the class teacher to adjust); a Replace needs its new target written first. Targets a teacher has already carried over are left as they are.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            Banner {
                Layout.fillWidth: true
                visible: rollover.problem !== ""
                tone: "warning"
                text: rollover.problem
            }
            Banner {
                objectName: "rolloverResult"
                Layout.fillWidth: true
                visible: rollover.resultText !== ""
                tone: "success"
                text: rollover.resultText
            }
            Text {
                Layout.fillWidth: true
                visible: rollover.summary !== ""
                text: rollover.summary
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.largeSize
                font.bold: true
            }
            PrimaryButton {
                objectName: "rolloverApply"
                visible: rollover.toMakeCount > 0
                text: rollover.toMakeCount === 1 ? qsTr("Carry 1 target into %1").arg(rollover.nextTermName)
                                                 : qsTr("Carry %1 targets into %2").arg(rollover.toMakeCount).arg(rollover.nextTermName)
                onClicked: applyDialog.open()
            }
        }

        delegate: Column {
            id: row
            required property string section
            required property string pupilName
            required property string className
            required property string areaName
            required property string fromText
            required property string targetText
            required property string actionText
            required property string reason
            required property bool canMake
            width: list.width

            SectionHeading {
                width: parent.width
                visible: row.ListView.previousSection !== row.section
                text: row.section
            }
            Rectangle {
                width: parent.width
                height: content.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.divider
                ColumnLayout {
                    id: content
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 (%2) · %3").arg(row.pupilName).arg(row.className).arg(row.areaName)
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Pill {
                            visible: row.actionText !== ""
                            text: row.actionText
                            color: row.canMake ? Theme.successSurface : Theme.surfaceTint
                            textColour: row.canMake ? Theme.successText : Theme.text
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.canMake || row.targetText === "" ? row.fromText : row.targetText
                        wrapMode: Text.WordWrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: row.reason !== ""
                        text: row.reason
                        wrapMode: Text.WordWrap
                        color: row.canMake ? Theme.textMuted : Theme.warningText
                        font.pixelSize: Theme.smallSize
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
        visible: !rollover.allowed
        heading: qsTr("For senior leaders")
        message: qsTr("The assessment lead or another senior leader carries the agreed targets into next term's ILPs.")
    }
}
