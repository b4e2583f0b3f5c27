pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A family's reply slip from the progress report, recorded as it came back to school: whether they
// approve the new targets, their comments (needed when they do not), the day it came back, who
// replied, and who is entering it. Opened from the pupil's page or the list of replies not yet in.
StridePage {
    id: page
    objectName: "parent-reply"

    property string pupilId
    signal finished(string message)

    ready: reply.found
    title: qsTr("Parents' reply")
    subtitle: reply.pupilName !== "" ? reply.pupilName + "  ·  " + reply.className : ""
    summary: reply.summary

    ParentReplyForm {
        id: reply
        objectName: "parentReply"
        session: Session
        pupilId: page.pupilId
        onSaved: message => page.finished(message)
    }
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: reply.save()
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: reply.found && !reply.hasIlp
        heading: qsTr("No progress report to reply to yet")
        message: qsTr("%1 has no ILP for %2 yet, so no progress report has gone home.").arg(reply.pupilName).arg(reply.termName)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: reply.hasIlp

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + 2 * Theme.pagePadding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: body
                x: Theme.pagePadding
                y: Theme.spacing + 4
                width: Math.min(flick.width - 2 * Theme.pagePadding, 860)
                spacing: Theme.spacing

                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1's family's reply to the %2 progress report").arg(reply.pupilName).arg(reply.termName)
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.largeSize + 2
                    font.bold: true
                }
                Banner {
                    Layout.fillWidth: true
                    visible: reply.recorded || !reply.canRecord
                    tone: "info"
                    text: !reply.canRecord ? qsTr("A teacher, a senior leader or the office records a family's reply. This is the reply as recorded.")
                                           : qsTr("This reply is already recorded. Change anything that was entered wrongly, then save.")
                }

                FieldLabel {
                    Layout.fillWidth: true
                    text: qsTr("Do they approve the new targets?")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Chip {
                        objectName: "approvedChip"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        enabled: reply.canRecord
                        text: qsTr("Yes, they approve")
                        checked: reply.approved
                        onClicked: reply.approved = true
                    }
                    Chip {
                        objectName: "notApprovedChip"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        enabled: reply.canRecord
                        text: qsTr("No, they have comments")
                        checked: !reply.approved
                        onClicked: reply.approved = false
                    }
                }

                FieldLabel {
                    Layout.fillWidth: true
                    text: reply.approved ? qsTr("Their comments (if they wrote any)") : qsTr("Their comments")
                }
                FieldArea {
                    objectName: "commentsField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(140, implicitHeight)
                    readOnly: !reply.canRecord
                    text: reply.comments
                    onTextChanged: if (text !== reply.comments) reply.comments = text
                    placeholderText: qsTr("As written on the slip")
                }

                FieldLabel {
                    Layout.fillWidth: true
                    text: qsTr("Who replied")
                }
                TextField {
                    objectName: "respondentField"
                    Layout.fillWidth: true
                    readOnly: !reply.canRecord
                    placeholderTextColor: Theme.placeholder
                    placeholderText: qsTr("For example: Mrs Khan (mum)")
                    font.pixelSize: Theme.bodySize
                    text: reply.respondentName
                    onTextEdited: reply.respondentName = text
                }

                FieldLabel {
                    Layout.fillWidth: true
                    text: qsTr("The day the slip came back")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    TextButton {
                        objectName: "dayEarlierButton"
                        enabled: reply.canRecord
                        text: qsTr("Day before")
                        onClicked: reply.moveReceived(-1)
                    }
                    Text {
                        objectName: "receivedText"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: reply.receivedText
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                    TextButton {
                        objectName: "dayLaterButton"
                        enabled: reply.canRecord && reply.canMoveLater
                        text: qsTr("Day after")
                        onClicked: reply.moveReceived(1)
                    }
                }

                Text {
                    objectName: "enteredBy"
                    Layout.fillWidth: true
                    text: reply.enteredBy
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchLarge, replyMessage.implicitHeight) + 2 * Theme.spacing
            visible: reply.canRecord
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
                    id: replyMessage
                    objectName: "replyMessage"
                    Layout.fillWidth: true
                    text: reply.message !== "" ? reply.message : reply.problem
                    wrapMode: Text.WordWrap
                    color: reply.message !== "" ? Theme.error : Theme.warningText
                    font.pixelSize: Theme.bodySize
                }
                PrimaryButton {
                    objectName: "saveReplyButton"
                    text: qsTr("Save reply")
                    enabled: reply.problem === ""
                    onClicked: saveAfterTap.start()
                }
            }
        }
    }
}
