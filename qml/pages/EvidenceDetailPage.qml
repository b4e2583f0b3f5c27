pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// One piece of evidence: the photo, the video or the voice note (played here), who captured it
// and when; its tags, which can be changed (Save keeps the old values in the history); the
// history itself, newest first; and Delete, after a question.
StridePage {
    id: page
    objectName: "evidence-detail"

    property string evidenceId

    ready: detail.found
    title: detail.kindLabel
    // Who it is of; when, in full, is under the picture (in the header a long date was cut off).
    subtitle: detail.pupilNames
    summary: "%1 by %2, %3 history entr%4%5".arg(detail.kindLabel).arg(detail.byText)
        .arg(detail.history.length).arg(detail.history.length === 1 ? "y" : "ies")
        .arg(detail.dirty ? ", unsaved changes" : "")

    function leave() {
        if (detail.dirty) {
            leaveDialog.open()
            return false
        }
        return true
    }
    function scrollToEnd() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        return true
    }
    function askToDelete() {
        if (!detail.canDelete)
            return false
        deleteDialog.open()
        return true
    }
    // The same, asked for by the self-test; and the question closed unanswered, as "Keep it" would.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { page.scrollToEnd() }
        function onDeleteQuestionRequested() { page.askToDelete() }
        function onQuestionDismissRequested() { deleteDialog.reject() }
    }

    EvidenceDetail {
        id: detail
        objectName: "detail"
        session: Session
        media: MediaFiles
        evidenceId: page.evidenceId
        onRemoved: page.StackView.view.pop()
    }
    // Saves once the tap has been delivered, as Qt.callLater would (which qmllint 6.4 cannot check).
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: detail.save()
    }

    ConfirmDialog {
        id: deleteDialog
        objectName: "deleteDialog"
        question: qsTr("Delete this %1?").arg(detail.kindLabel.toLowerCase())
        explanation: qsTr("It goes from %1's evidence on every tablet. Only the assessment lead or SLT can bring it back.").arg(detail.pupilNames)
        confirmText: qsTr("Delete")
        cancelText: qsTr("Keep it")
        onConfirmed: detail.remove()
    }
    ConfirmDialog {
        id: leaveDialog
        question: qsTr("Leave without saving your changes?")
        confirmText: qsTr("Leave without saving")
        cancelText: qsTr("Stay")
        onConfirmed: {
            detail.revert()
            page.StackView.view.pop()
        }
    }

    // The photo full screen; a tap anywhere, Close or Escape puts the page back.
    Popup {
        id: photoViewer
        objectName: "photoViewer"
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        focus: true
        padding: 0
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        background: Rectangle { color: "#101719" }
        contentItem: Item {
            Image {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                source: photoViewer.opened ? detail.imageUrl : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }
            TapHandler { onTapped: photoViewer.close() }
            TextButton {
                objectName: "closePhotoButton"
                anchors { top: parent.top; right: parent.right; margins: Theme.spacing }
                text: qsTr("Close")
                background: Rectangle { radius: Theme.radius; color: Theme.surface }
                onClicked: photoViewer.close()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // --- The evidence itself, and its history
        Rectangle {
            Layout.fillHeight: true
            // Narrower when the tablet is held upright, so the tags keep their room.
            Layout.preferredWidth: Math.min(460, Math.round(page.width * 0.36))
            color: Theme.surface
            Rectangle {
                anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
                width: 1
                color: Theme.divider
            }
            Flickable {
                id: leftFlick
                anchors.fill: parent
                anchors.rightMargin: 1
                contentHeight: leftColumn.implicitHeight + 2 * Theme.spacing
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                ColumnLayout {
                    id: leftColumn
                    x: Theme.spacing + 4
                    y: Theme.spacing + 4
                    width: leftFlick.width - 2 * (Theme.spacing + 4)
                    spacing: Theme.spacing

                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: width * 3 / 4
                        visible: String(detail.imageUrl) !== ""
                        color: "#101719"
                        radius: Theme.radius
                        Image {
                            objectName: "evidenceImage"
                            anchors.fill: parent
                            anchors.margins: 2
                            source: detail.imageUrl
                            sourceSize.width: 900
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                        }
                        // A tap on the photo shows it as big as the screen allows.
                        AbstractButton {
                            objectName: "showPhotoButton"
                            anchors.fill: parent
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("Show the photo full screen")
                            onClicked: photoViewer.open()
                            background: Item {}
                        }
                        Pill {
                            anchors { right: parent.right; bottom: parent.bottom; margins: Theme.gap }
                            text: qsTr("Tap to enlarge")
                            color: "#CC101719"
                            textColour: "white"
                        }
                    }
                    // Only for a video or a voice note: a player opens the sound device. (A Repeater
                    // of one or none rather than a Loader: a Qt 6.4 Loader cannot create a component
                    // bound to its page by "pragma ComponentBehavior: Bound".)
                    Repeater {
                        model: String(detail.playbackUrl) !== "" ? 1 : 0
                        MediaPlayback {
                            Layout.fillWidth: true
                            Layout.preferredHeight: detail.kind === Vocabulary.EvidenceKind.Video ? width * 3 / 4 + Theme.touchLarge : 200
                            source: detail.playbackUrl
                            poster: detail.thumbnailUrl
                            video: detail.kind === Vocabulary.EvidenceKind.Video
                        }
                    }
                    // The original is elsewhere: its thumbnail, while it is fetched.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: width * 3 / 4
                        visible: detail.mediaMissing && String(detail.thumbnailUrl) !== ""
                        color: "#101719"
                        radius: Theme.radius
                        Image {
                            anchors.fill: parent
                            anchors.margins: 2
                            source: parent.visible ? detail.thumbnailUrl : ""
                            fillMode: Image.PreserveAspectFit
                            asynchronous: true
                        }
                    }
                    Banner {
                        objectName: "mediaMissingBanner"
                        Layout.fillWidth: true
                        visible: detail.mediaMissing
                        tone: MediaDownloads.message !== "" ? "warning" : "info"
                        text: MediaDownloads.fetching === detail.originalSha && detail.originalSha !== ""
                              ? qsTr("Fetching it from the school's store… %1%").arg(Math.round(MediaDownloads.progress * 100))
                              : MediaDownloads.message !== "" ? MediaDownloads.message
                              : Connection.enrolled ? qsTr("The file is not on this tablet. It is kept safely in the school's store.")
                              : qsTr("The file is not on this tablet.")
                        PrimaryButton {
                            objectName: "fetchOriginalButton"
                            visible: Connection.enrolled && MediaDownloads.fetching !== detail.originalSha
                            text: detail.kind === Vocabulary.EvidenceKind.Video ? qsTr("Fetch the video") : detail.kind === Vocabulary.EvidenceKind.Audio
                                  ? qsTr("Fetch the voice note") : qsTr("Fetch the photo")
                            onClicked: MediaDownloads.fetch(detail.originalSha)
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1, captured by %2\n%3").arg(detail.mediaText).arg(detail.byText).arg(detail.capturedText)
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize + 1
                        lineHeight: 1.2
                    }

                    SectionHeading { text: qsTr("History") }
                    Repeater {
                        objectName: "historyList"
                        model: detail.history
                        ColumnLayout {
                            id: change
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1 by %2").arg(change.modelData.heading).arg(change.modelData.byText)
                                color: Theme.text
                                font.pixelSize: Theme.bodySize
                                font.bold: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: change.modelData.whenText
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                            }
                            Repeater {
                                model: change.modelData.lines
                                Text {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.spacing
                                    text: "• " + modelData
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize + 1
                                }
                            }
                            Item { Layout.preferredHeight: Theme.gap }
                        }
                    }
                    TextButton {
                        objectName: "deleteButton"
                        // Only its capturer, a teacher of a pupil's class or SLT (the store's rule too).
                        visible: detail.canDelete
                        Layout.topMargin: Theme.spacing
                        text: qsTr("Delete this evidence…")
                        colour: Theme.error
                        onClicked: page.askToDelete()
                    }
                }
            }
        }

        // --- Its tags, editable
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
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
                    model: detail
                    noteFirst: detail.kind === Vocabulary.EvidenceKind.Written
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchLarge + 2 * Theme.spacing
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
                        objectName: "detailMessage"
                        Layout.fillWidth: true
                        text: detail.message !== "" ? detail.message
                              : detail.dirty ? qsTr("You have changes that are not saved yet.") : ""
                        wrapMode: Text.WordWrap
                        color: detail.message === qsTr("Changes saved.") ? Theme.successText
                             : detail.message !== "" ? Theme.error : Theme.warningText
                        font.pixelSize: Theme.bodySize
                    }
                    TextButton {
                        visible: detail.dirty
                        text: qsTr("Undo changes")
                        onClicked: detail.revert()
                    }
                    PrimaryButton {
                        objectName: "saveChangesButton"
                        text: qsTr("Save changes")
                        enabled: detail.dirty
                        onClicked: saveAfterTap.start()
                    }
                }
            }
        }
    }
}
