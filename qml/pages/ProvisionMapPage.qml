pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A pupil's Provision Map for next term (page 2 of the ILP document): for each target, what adults
// will do and what will be in place to help (interventions and strategies), and the pupil's
// additional or general provision. Saved together.
StridePage {
    id: page
    objectName: "provision-map"

    property string pupilId
    signal finished(string message)

    ready: provision.ready || provision.problem !== ""
    title: qsTr("Provision map")
    subtitle: provision.pupilName !== "" ? provision.pupilName + "  ·  " + provision.termName : ""
    summary: "%1, %2: %3 target(s)%4".arg(provision.pupilName).arg(provision.termName)
        .arg(provision.rows.length).arg(provision.dirty ? ", unsaved changes" : "")

    function leave() {
        if (provision.dirty) {
            leaveDialog.open()
            return false
        }
        return true
    }

    ProvisionMap {
        id: provision
        objectName: "provisionMap"
        session: Session
        pupilId: page.pupilId
        onLoaded: page.shownRows = provision.rows
    }
    // The rows as loaded: the list the map gives changes with every key typed, and a Repeater
    // over it would make the fields afresh (losing the one being typed in).
    property var shownRows: []
    Component.onCompleted: shownRows = provision.rows
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: {
            if (provision.save())
                page.finished(qsTr("Provision map saved for %1").arg(provision.pupilName))
        }
    }
    ConfirmDialog {
        id: leaveDialog
        question: qsTr("Leave without saving the provision map?")
        explanation: qsTr("What you wrote here has not been saved.")
        confirmText: qsTr("Leave without saving")
        cancelText: qsTr("Stay")
        onConfirmed: {
            provision.reload()
            page.StackView.view.pop()
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: !provision.ready && provision.problem !== ""
        heading: qsTr("Nothing to plan provision for yet")
        message: provision.problem
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: provision.ready

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: map.implicitHeight + 2 * Theme.pagePadding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: map
                x: Theme.pagePadding
                y: Theme.spacing + 4
                width: flick.width - 2 * Theme.pagePadding
                spacing: Theme.spacing

                Text {
                    Layout.fillWidth: true
                    text: qsTr("What will help %1 towards each target in %2").arg(provision.pupilName).arg(provision.termName)
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.largeSize + 2
                    font.bold: true
                }

                Repeater {
                    objectName: "provisionRows"
                    model: page.shownRows
                    Panel {
                        id: row
                        required property var modelData
                        readonly property color areaColour: Theme.areaColour(modelData.areaKind, modelData.areaIndex)
                        Layout.fillWidth: true
                        implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing + 4
                        Rectangle {
                            width: 6
                            radius: 3
                            color: row.areaColour
                            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 10 }
                        }
                        // Target and provision side by side on a wide screen, one above the other upright.
                        GridLayout {
                            id: rowLayout
                            anchors { left: parent.left; right: parent.right; top: parent.top }
                            anchors.leftMargin: Theme.pagePadding
                            anchors.rightMargin: Theme.spacing + 4
                            anchors.topMargin: Theme.spacing + 2
                            columns: map.width >= 1000 ? 2 : 1
                            columnSpacing: Theme.pagePadding
                            rowSpacing: Theme.gap
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                spacing: 4
                                Text {
                                    Layout.fillWidth: true
                                    text: row.modelData.areaName
                                    wrapMode: Text.WordWrap
                                    color: row.areaColour
                                    font.pixelSize: Theme.bodySize
                                    font.bold: true
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: row.modelData.text
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.bodySize
                                    lineHeight: 1.15
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                spacing: 4
                                Text {
                                    Layout.fillWidth: true
                                    text: qsTr("Interventions and strategies")
                                    wrapMode: Text.WordWrap
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.smallSize
                                    font.bold: true
                                }
                                FieldArea {
                                    id: rowField
                                    objectName: "provision_" + row.modelData.targetId
                                    Layout.fillWidth: true
                                    Layout.preferredHeight: Math.max(110, implicitHeight)
                                    text: row.modelData.provision
                                    onTextChanged: provision.setProvision(row.modelData.targetId, text)
                                    placeholderText: qsTr("What adults will do, and what will be in place, to help")
                                }
                            }
                        }
                    }
                }

                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Additional / general provision")
                }
                FieldArea {
                    id: generalField
                    objectName: "additionalProvisionField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(140, implicitHeight)
                    text: provision.additionalProvision
                    onTextChanged: if (text !== provision.additionalProvision) provision.additionalProvision = text
                    placeholderText: qsTr("Support across the day: therapies, equipment, routines, who to speak to")
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchLarge, mapMessage.implicitHeight) + 2 * Theme.spacing
            color: Theme.surface
            Rectangle {
                anchors { left: parent.left; right: parent.right; top: parent.top }
                height: 1
                color: Theme.divider
            }
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.pagePadding
                anchors.rightMargin: Theme.pagePadding
                spacing: Theme.spacing
                Text {
                    id: mapMessage
                    objectName: "provisionMessage"
                    Layout.fillWidth: true
                    text: provision.message !== "" ? provision.message
                          : provision.dirty ? qsTr("You have changes that are not saved yet.") : ""
                    wrapMode: Text.WordWrap
                    color: provision.message !== "" ? Theme.error : Theme.warningText
                    font.pixelSize: Theme.bodySize
                }
                TextButton {
                    visible: provision.dirty
                    text: qsTr("Undo changes")
                    onClicked: provision.reload()
                }
                PrimaryButton {
                    objectName: "saveProvisionButton"
                    text: qsTr("Save provision map")
                    enabled: provision.dirty
                    onClicked: saveAfterTap.start()
                }
            }
        }
    }
}
