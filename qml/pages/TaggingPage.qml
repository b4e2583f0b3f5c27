import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// After the shutter: the capture on the left, its tags on the right, Save at the bottom. The
// pupil and the target it was started from are already ticked, and within a lesson the setting,
// people, prompt level and visibility carry over from the last capture, so the usual case is one
// tap: Save. A written observation comes here straight away, its note first.
StridePage {
    id: page
    objectName: "tagging"

    readonly property bool written: Capture.kind === Vocabulary.EvidenceKind.Written

    ready: Capture.active
    title: written ? qsTr("Written observation") : qsTr("Tag this %1").arg(Capture.kindLabel.toLowerCase())
    subtitle: Capture.pupilNames
    summary: "%1 for %2: %3 target(s), prompt \"%4\", %5%6".arg(Capture.kindLabel).arg(Capture.pupilNames)
        .arg(Capture.selectedTargetCount).arg(Capture.promptLevel)
        .arg(Capture.visibility === Vocabulary.Visibility.ShareableWithParents ? "shareable" : "staff only")
        .arg(Capture.canSave ? ", ready to save" : ", cannot save yet: " + Capture.saveHint)

    // Back: typed or captured work is never thrown away without asking.
    function leave() {
        if (Capture.hasMedia)
            return true // back to the viewfinder, which keeps the capture
        if (Capture.note.trim() !== "" || Capture.measure !== "" || Capture.learnerVoice !== "") {
            discardDialog.open()
            return false
        }
        Capture.discard()
        return true
    }
    function save() {
        return Capture.save()
    }
    // For the self-test's pictures: the tags below the targets.
    function scrollToEnd() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        return true
    }
    Connections {
        target: Navigator
        function onScrollToEndRequested() { page.scrollToEnd() }
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "discardObservationDialog"
        question: qsTr("Throw away this observation?")
        explanation: qsTr("What you wrote has not been saved.")
        confirmText: qsTr("Throw it away")
        cancelText: qsTr("Keep writing")
        onConfirmed: {
            Capture.discard()
            page.StackView.view.pop()
        }
    }

    // Saves once the tap has been delivered: saving resets the sheet, and the button must not be
    // torn down inside its own click (Qt 6.4 layouts). A zero timer rather than Qt.callLater,
    // which qmllint 6.4 cannot check.
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: page.save()
    }

    AddPupilsPopup {
        id: addPupils
        classId: Capture.pupils.length > 0 ? Capture.pupils[0].classId : ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // --- The capture
            Rectangle {
                Layout.fillHeight: true
                // Narrower when the tablet is held upright: the targets need the room more.
                Layout.preferredWidth: page.written ? 0 : Math.min(380, Math.round(page.width * 0.3))
                visible: !page.written
                color: Theme.surface
                Rectangle {
                    anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
                    width: 1
                    color: Theme.divider
                }
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing + 4
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: width * 3 / 4
                        radius: Theme.radius
                        color: "#101719"
                        clip: true
                        Image {
                            id: preview
                            objectName: "capturePreview"
                            anchors.fill: parent
                            anchors.margins: 2
                            source: Capture.previewUrl
                            sourceSize.width: 720
                            sourceSize.height: 540
                            fillMode: Image.PreserveAspectFit
                            asynchronous: false
                            cache: false
                        }
                        Text {
                            anchors.centerIn: parent
                            visible: preview.status !== Image.Ready
                            text: Capture.kind === Vocabulary.EvidenceKind.Audio ? qsTr("Voice note") : qsTr("No preview")
                            color: "white"
                            font.pixelSize: Theme.bodySize
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: Capture.mediaText
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                    }
                    TextButton {
                        objectName: "retakeButton"
                        text: qsTr("Take it again")
                        onClicked: {
                            Capture.retake()
                            page.StackView.view.pop()
                        }
                    }
                    Item { Layout.fillHeight: true }
                    Text {
                        Layout.fillWidth: true
                        visible: Capture.carriedOver
                        text: qsTr("Where, who was there, the help given and who may see it are as in your last capture this lesson. Change anything that is different.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            // --- The tags
            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: form.implicitHeight + 2 * Theme.pagePadding
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                TagForm {
                    id: form
                    x: Theme.pagePadding
                    y: Theme.pagePadding - 8
                    width: flick.width - 2 * Theme.pagePadding
                    model: Capture
                    editablePupils: true
                    noteFirst: page.written
                    onAddPupilRequested: addPupils.open()
                }
            }
        }

        // --- Save
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: bar.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            Rectangle {
                anchors { left: parent.left; right: parent.right; top: parent.top }
                height: 1
                color: Theme.divider
            }
            ColumnLayout {
                id: bar
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.pagePadding
                anchors.rightMargin: Theme.pagePadding
                spacing: Theme.gap

                Banner {
                    objectName: "taggingConsentBanner"
                    Layout.fillWidth: true
                    visible: !Capture.consentAllowed
                    tone: "error"
                    text: Capture.consentMessage
                    PrimaryButton {
                        objectName: "taggingSwitchToWritten"
                        text: qsTr("Make it a written observation")
                        onClicked: Capture.switchToWritten()
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        objectName: "saveHint"
                        Layout.fillWidth: true
                        text: Capture.message !== "" ? Capture.message
                            : !Capture.canSave ? Capture.saveHint
                            : (Capture.selectedTargetCount === 0 ? qsTr("No target ticked: it goes on the timeline only")
                               : qsTr("%n target(s) ticked", "", Capture.selectedTargetCount))
                              + "  ·  " + (Capture.visibility === Vocabulary.Visibility.ShareableWithParents ? qsTr("shareable with parents") : qsTr("staff only"))
                        visible: Capture.consentAllowed
                        wrapMode: Text.WordWrap
                        color: Capture.message !== "" ? Theme.error : Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    Item { Layout.fillWidth: true; visible: !Capture.consentAllowed }
                    PrimaryButton {
                        objectName: "saveButton"
                        Layout.preferredWidth: 220
                        text: qsTr("Save")
                        enabled: Capture.canSave
                        onClicked: saveAfterTap.start()
                    }
                }
            }
        }
    }
}
