pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Stride

// The viewfinder: who is in it and which target, the picture (the camera, or on a device
// without one a button to choose a file), the kind of evidence down the side, the free space, and
// one big shutter. A video or voice note shows its running time and a big Stop. If a pupil has no
// media consent the camera never opens: the page says who, and offers a written observation
// (or leaving them out of a group) instead.
StridePage {
    id: page
    objectName: "capture"

    signal writtenChosen()
    // Whether the kind was asked for by the button that opened this page (see Main.showCapture).
    property bool kindChosen: false

    readonly property var source: Capture.source
    readonly property bool importing: source !== null && source.importsFiles
    readonly property bool recordingKind: Capture.kind === Vocabulary.EvidenceKind.Video || Capture.kind === Vocabulary.EvidenceKind.Audio
    readonly property bool blocked: !Capture.consentAllowed

    ready: Capture.active
    title: Capture.kindLabel
    subtitle: Capture.pupilNames
    summary: blocked ? "%1 for %2: stopped, no consent (%3)".arg(Capture.kindLabel).arg(Capture.pupilNames).arg([...Capture.pupilsWithoutConsent].join(", "))
                     : "%1 for %2, %3 target(s) ticked, %4%5".arg(Capture.kindLabel).arg(Capture.pupilNames)
                       .arg(Capture.selectedTargetCount).arg(Capture.freeSpaceText.toLowerCase())
                       .arg(Capture.lowOnSpace ? " (low)" : "")

    // Back: a capture not yet tagged is let go; one that was (its photo kept) is asked about.
    function leave() {
        if (Capture.hasMedia) {
            discardDialog.open()
            return false
        }
        Capture.discard()
        return true
    }
    function choose(kind) {
        Capture.kind = kind
        if (kind === Vocabulary.EvidenceKind.Written)
            page.writtenChosen()
    }
    // A kind chosen for the person (the self-test), as its button would.
    Connections {
        target: Navigator
        function onKindChosen(kind) { page.choose(kind) }
    }
    // The shutter: a file to choose where there is no camera, else the camera itself.
    function pressShutter() {
        if (page.blocked)
            return
        if (page.importing && !Capture.source.recording)
            page.openPicker()
        else
            Capture.shutter()
    }
    // The picker opens where the last file was chosen (the folder of this term's photos, say).
    function openPicker() {
        picker.folder = page.source.startFolder
        picker.open()
    }
    // "Take it again": the kept file goes, and the picker is back for another (the camera is
    // simply live again).
    function takeAgain() {
        Capture.retake()
        if (page.importing && !page.blocked && Capture.kind !== Vocabulary.EvidenceKind.Written)
            page.openPicker()
    }
    function pickerAccepted(url) {
        Capture.importFile(url)
    }
    function updateCamera() {
        if (!source || !source.hasCamera)
            return
        const wanted = Capture.active && !page.blocked && page.StackView.status === StackView.Active
                       && Capture.kind !== Vocabulary.EvidenceKind.Audio
        if (wanted)
            source.videoOutput = viewfinder
        source.active = wanted
    }

    Component.onCompleted: {
        Capture.refreshSpace()
        updateCamera()
        // A photo asked for (a target's Photo button): the picker at once, as a camera would be.
        // Otherwise ("Record evidence") the person chooses the kind down the side first, and the
        // button in the middle opens the picker.
        if (kindChosen && Capture.autoOpenPicker && importing && !blocked && Capture.kind !== Vocabulary.EvidenceKind.Written)
            openPickerLater.start()
    }
    // The picker opens once the page is on screen (a zero timer, as Qt.callLater would).
    Timer {
        id: openPickerLater
        interval: 0
        onTriggered: page.openPicker()
    }
    // Back from the tagging sheet after "Take it again" there: the picker comes back, as the
    // camera would. (Back with the file kept shows the "kept" banner instead.)
    property bool shownBefore: false
    StackView.onActivated: {
        if (shownBefore && Capture.autoOpenPicker && importing && !Capture.hasMedia && !blocked && Capture.kind !== Vocabulary.EvidenceKind.Written)
            page.openPicker()
        shownBefore = true
    }
    Component.onDestruction: if (source && source.hasCamera) source.active = false
    StackView.onStatusChanged: updateCamera()
    Connections {
        target: Capture
        function onConsentChanged() { page.updateCamera() }
        function onKindChanged() { page.updateCamera() }
        function onLowSpaceWarning(message) {
            lowSpaceDialog.explanation = message
            lowSpaceDialog.open()
        }
    }

    // Our own picker, not Qt 6.4's FileDialog: that one selects the folder's first file as it opens.
    FilePicker {
        id: picker
        objectName: "filePicker"
        title: Capture.kind === Vocabulary.EvidenceKind.Video ? qsTr("Choose a video") : Capture.kind === Vocabulary.EvidenceKind.Audio ? qsTr("Choose a voice note")
                                        : qsTr("Choose a photo")
        nameFilters: Capture.kind === Vocabulary.EvidenceKind.Video ? ["*.mp4", "*.webm", "*.mov", "*.mkv"]
                   : Capture.kind === Vocabulary.EvidenceKind.Audio ? ["*.m4a", "*.mp3", "*.wav", "*.ogg", "*.opus", "*.aac"]
                   : ["*.jpg", "*.jpeg", "*.png", "*.heic", "*.webp"]
        onAccepted: file => page.pickerAccepted(file)
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "discardCaptureDialog"
        question: qsTr("Throw away this %1?").arg(Capture.kindLabel.toLowerCase())
        explanation: qsTr("It has not been saved. Nothing about it will be kept.")
        confirmText: qsTr("Throw it away")
        cancelText: qsTr("Keep it")
        onConfirmed: {
            Capture.discard()
            page.StackView.view.pop()
        }
    }
    ConfirmDialog {
        id: lowSpaceDialog
        objectName: "lowSpaceDialog"
        question: qsTr("The tablet is nearly full")
        confirmText: qsTr("Record anyway")
        cancelText: qsTr("Not now")
        destructive: false
        onConfirmed: {
            Capture.acknowledgeLowSpace()
            page.pressShutter()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // --- The picture
        Rectangle {
            id: stage
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: "#101719"

            VideoOutput {
                id: viewfinder
                objectName: "viewfinder"
                anchors.fill: parent
                visible: page.source !== null && page.source.hasCamera && !page.blocked && Capture.kind !== Vocabulary.EvidenceKind.Audio
                fillMode: VideoOutput.PreserveAspectCrop
            }

            // Who and what it is for, over the picture.
            Rectangle {
                anchors { left: parent.left; right: parent.right; top: parent.top }
                height: forWhom.implicitHeight + 2 * Theme.spacing
                color: "#B3101719"
                visible: !page.blocked
                Text {
                    id: forWhom
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                    anchors.leftMargin: Theme.pagePadding
                    anchors.rightMargin: Theme.pagePadding
                    text: Capture.selectedTargetCount > 0
                          ? qsTr("%1  ·  for %2").arg(Capture.pupilNames).arg(page.targetNames())
                          : Capture.pupilNames
                    wrapMode: Text.WordWrap // the whole of who and which targets, on a narrow screen too
                    color: "white"
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
            }

            // No camera here: choose a file instead (a desktop, a build machine).
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.pagePadding, 560)
                visible: page.importing && !page.blocked
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("This device has no camera or microphone Stride can use.")
                    color: "white"
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: Capture.kind === Vocabulary.EvidenceKind.Video ? qsTr("Choose a video file instead. It is copied into Stride; the original is left as it is.")
                        : Capture.kind === Vocabulary.EvidenceKind.Audio ? qsTr("Choose a sound file instead. It is copied into Stride; the original is left as it is.")
                        : qsTr("Choose a photo file instead. It is copied into Stride; the original is left as it is.")
                    color: "#D7E2E0"
                    font.pixelSize: Theme.bodySize
                }
                PrimaryButton {
                    objectName: "chooseFileButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: Theme.spacing
                    text: Capture.kind === Vocabulary.EvidenceKind.Video ? qsTr("Choose a video…") : Capture.kind === Vocabulary.EvidenceKind.Audio ? qsTr("Choose a voice note…")
                                                   : qsTr("Choose a photo…")
                    onClicked: page.pressShutter()
                }
            }

            // Recording a voice note: no picture, just the time.
            Text {
                anchors.centerIn: parent
                visible: Capture.kind === Vocabulary.EvidenceKind.Audio && !page.importing && !page.blocked
                text: page.source && page.source.recording ? qsTr("Recording a voice note…") : qsTr("Tap the button to start a voice note")
                color: "white"
                font.pixelSize: Theme.largeSize
            }

            // Consent: stopped before the camera opens.
            Banner {
                id: consentBanner
                objectName: "consentBanner"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
                visible: page.blocked
                tone: "error"
                // One pupil: "No consent for ..."; more: "Some pupils have no consent for ..." (the English plural).
                heading: qsTr("No consent for photos, video or voice recordings", "", Capture.pupilsWithoutConsent.length)
                text: Capture.consentMessage
                PrimaryButton {
                    objectName: "switchToWrittenButton"
                    text: qsTr("Write an observation instead")
                    onClicked: page.choose(Vocabulary.EvidenceKind.Written)
                }
                TextButton {
                    objectName: "leaveOutButton"
                    visible: Capture.pupils.length > Capture.pupilsWithoutConsent.length
                    text: Capture.pupilsWithoutConsent.length === 1 ? qsTr("Leave %1 out").arg(String(Capture.pupilsWithoutConsent[0]).split(" ")[0])
                                                                    : qsTr("Leave them out")
                    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.width: 1; border.color: Theme.divider }
                    onClicked: Capture.leaveOutPupilsWithoutConsent()
                }
            }

            // A photo kept from before (back from the tagging sheet).
            Banner {
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.spacing }
                visible: Capture.hasMedia && !page.blocked
                tone: "info"
                text: qsTr("Your %1 is kept. Carry on tagging it, or take it again.").arg(Capture.kindLabel.toLowerCase())
                PrimaryButton {
                    text: qsTr("Carry on tagging")
                    onClicked: Capture.mediaCaptured()
                }
                TextButton {
                    text: qsTr("Take it again")
                    background: Rectangle { radius: Theme.radius; color: Theme.surface }
                    onClicked: page.takeAgain()
                }
            }

            Banner {
                objectName: "captureMessage"
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.spacing }
                visible: Capture.message !== "" && !Capture.hasMedia && !page.blocked
                tone: "error"
                text: Capture.message
            }
        }

        // --- The controls
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 320
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing + 4
                spacing: Theme.gap

                Repeater {
                    model: Capture.kinds
                    Chip {
                        required property var modelData
                        objectName: "kind_" + modelData.key
                        Layout.fillWidth: true
                        text: modelData.label
                        checked: Capture.kind === modelData.kind
                        enabled: !(page.source && page.source.recording)
                        onClicked: page.choose(modelData.kind)
                    }
                }

                Item { Layout.fillHeight: true; Layout.minimumHeight: Theme.gap }

                Text {
                    objectName: "freeSpace"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: Capture.freeSpaceText
                    color: Capture.lowOnSpace ? Theme.warningText : Theme.textMuted
                    font.pixelSize: Theme.smallSize
                    font.bold: Capture.lowOnSpace
                }
                Banner {
                    objectName: "lowSpaceBanner"
                    Layout.fillWidth: true
                    visible: Capture.lowOnSpace
                    tone: "warning"
                    text: qsTr("Nearly full. Sync soon; long videos may stop early.")
                }

                Text {
                    objectName: "runningTime"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: page.recordingKind && page.source !== null && page.source.recording
                    text: "\u25CF " + Capture.recordingTimeText
                    color: Theme.error
                    font.pixelSize: Theme.displaySize
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                }

                // The shutter: round for a photo, a red dot to record, a big red square to stop.
                AbstractButton {
                    id: shutter
                    objectName: "shutterButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: 132
                    Layout.preferredHeight: 132
                    enabled: !page.blocked && !(page.source && page.source.busy)
                    readonly property bool stopping: page.source !== null && page.source.recording
                    Accessible.role: Accessible.Button
                    Accessible.name: stopping ? qsTr("Stop recording")
                                   : page.importing ? qsTr("Choose a file")
                                   : Capture.kind === Vocabulary.EvidenceKind.Video || Capture.kind === Vocabulary.EvidenceKind.Audio ? qsTr("Start recording")
                                   : qsTr("Take the photo")
                    onClicked: page.pressShutter()

                    background: Rectangle {
                        radius: width / 2
                        color: shutter.down ? Theme.pressed : Theme.surface
                        border.width: 6
                        border.color: !shutter.enabled ? Theme.divider : shutter.stopping || page.recordingKind ? Theme.error : Theme.primary
                        opacity: shutter.enabled ? 1 : 0.6
                    }
                    contentItem: Item {
                        Rectangle {
                            anchors.centerIn: parent
                            width: shutter.stopping ? 52 : 96
                            height: width
                            radius: shutter.stopping ? 8 : width / 2
                            color: !shutter.enabled ? Theme.divider : shutter.stopping || page.recordingKind ? Theme.error : Theme.primary
                        }
                        CameraGlyph {
                            anchors.centerIn: parent
                            visible: !shutter.stopping && !page.recordingKind
                            width: 40
                            height: 30
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: shutter.Accessible.name
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredHeight: 40
                    running: page.source !== null && page.source.busy
                    visible: running
                }
            }
        }
    }

    // "Communication and Interaction" for the ticked targets, as the top line shows them.
    function targetNames() {
        const names = []
        for (const p of Capture.pupils)
            for (const t of p.targets)
                if (Capture.selectedTargets.indexOf(p.pupilId + "/" + t.targetId) >= 0)
                    names.push(t.areaName)
        return names.join(", ")
    }
}
