pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The progress evidence for an assessment moderation form, chosen from the target's own evidence:
// each piece with its picture, date, prompt level and caption, and a tap to attach it or take it
// off. Attaching is saved at once; more can be added at any time, before or after the meeting.
StridePage {
    id: page
    objectName: "moderation-evidence"

    property string formId

    ready: form.found && evidence.loaded
    title: qsTr("Evidence for the form")
    subtitle: form.pupilInitials !== "" ? form.pupilInitials + "  ·  " + form.areaName : ""
    summary: "%1 of %2 attached".arg(form.attachedIds.length).arg(evidence.count)

    function attached(ids, evidenceId: string): bool {
        for (let i = 0; i < ids.length; ++i) {
            if (ids[i] === evidenceId)
                return true
        }
        return false
    }

    AssessmentModerationDetail {
        id: form
        objectName: "assessmentModerationDetail"
        session: Session
        media: MediaFiles
        formId: page.formId
    }
    EvidenceListModel {
        id: evidence
        session: Session
        media: MediaFiles
        pupilId: form.pupilId
        targetId: form.targetId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Text {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            text: qsTr("Tap a piece of evidence to attach it to the form, or to take it off. %n attached.", "",
                       form.attachedIds.length)
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        Banner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            visible: form.message !== ""
            tone: "error"
            text: form.message
        }
        ListView {
            id: list
            objectName: "evidencePicker"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: evidence.count > 0
            clip: true
            spacing: Theme.gap
            leftMargin: Theme.pagePadding
            rightMargin: Theme.pagePadding
            bottomMargin: Theme.pagePadding
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            model: evidence
            delegate: AbstractButton {
                id: row
                required property string evidenceId
                required property int kind
                required property string kindText
                required property string whenText
                required property string note
                required property string promptText
                required property url thumbnailUrl
                readonly property bool isAttached: page.attached(form.attachedIds, evidenceId)
                objectName: "pick_" + evidenceId
                width: list.width - list.leftMargin - list.rightMargin
                implicitHeight: Math.max(112, implicitContentHeight + 24)
                rightPadding: Theme.spacing
                enabled: form.canEditAssessor
                Accessible.role: Accessible.CheckBox
                Accessible.checked: isAttached
                Accessible.name: kindText + ", " + whenText + ", " + note
                onClicked: form.setAttached(evidenceId, !isAttached)
                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? Theme.pressed : row.isAttached ? Theme.primaryLight : Theme.surface
                    border.width: row.isAttached ? 2 : 1
                    border.color: row.isAttached ? Theme.primary : Theme.divider
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.leftMargin: Theme.gap
                        width: 28
                        height: 28
                        radius: 6
                        color: row.isAttached ? Theme.primary : Theme.surface
                        border.width: 2
                        border.color: row.isAttached ? Theme.primary : Theme.textMuted
                        Text {
                            anchors.centerIn: parent
                            visible: row.isAttached
                            text: "\u2713"
                            color: Theme.textOnPrimary
                            font.pixelSize: 18
                            font.bold: true
                        }
                    }
                    Rectangle {
                        Layout.preferredWidth: 120
                        Layout.preferredHeight: 90
                        radius: Theme.radius / 2
                        color: row.kind === Vocabulary.EvidenceKind.Written ? Theme.surfaceTint : "#101719"
                        clip: true
                        Image {
                            anchors.fill: parent
                            source: row.thumbnailUrl
                            sourceSize.width: 240
                            sourceSize.height: 180
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                            Text {
                                anchors.centerIn: parent
                                width: parent.width - 12
                                visible: parent.status !== Image.Ready
                                horizontalAlignment: Text.AlignHCenter
                                wrapMode: Text.WordWrap
                                text: row.kindText
                                color: row.kind === Vocabulary.EvidenceKind.Written ? Theme.primaryDark : "white"
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: row.promptText !== "" ? row.whenText + "  ·  " + row.promptText : row.whenText
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.note
                            wrapMode: Text.WordWrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.smallSize + 1
                        }
                    }
                }
            }
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.pagePadding
            visible: evidence.loaded && evidence.count === 0
            heading: qsTr("No evidence for this target yet")
            message: qsTr("Evidence captured for this target this term appears here, ready to attach.")
        }
    }
}
