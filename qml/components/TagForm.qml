pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The tags of a piece of evidence, for the tagging sheet after a capture and for editing one
// later. `model` is the Capture controller or an EvidenceDetail: both have the same properties
// (pupils, selectedTargets, promptLevel, setting, peoplePresent, measure, learnerVoice, note,
// visibility, canShare, shareBlockedReason) and toggleTarget(). Everything is one tap where it
// can be: targets, prompt level, setting and visibility are chips; typing is optional.
ColumnLayout {
    id: form
    property var model
    property bool editablePupils: false
    property bool noteFirst: false // a written observation leads with its note
    signal addPupilRequested()

    spacing: Theme.spacing + 4

    // "Leave out" acts once the tap has been delivered, not inside the click: the button's own row
    // goes with the pupil. (A zero timer, as Qt.callLater would, which qmllint 6.4 cannot check.)
    property string pupilLeftOut
    Timer {
        id: leaveOutAfterTap
        interval: 0
        onTriggered: form.model.removePupil(form.pupilLeftOut)
    }

    // --- A written observation's note comes first: it is the evidence.
    NoteField {
        visible: form.noteFirst
        Layout.fillWidth: true
        objectName: "noteFieldFirst"
        model: form.model
        big: true
    }

    // --- Who, and which of their targets
    Repeater {
        model: form.model ? form.model.pupils : []
        ColumnLayout {
            id: pupilBlock
            required property var modelData
            required property int index
            Layout.fillWidth: true
            spacing: Theme.gap + 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                InitialsAvatar {
                    size: 48
                    initials: pupilBlock.modelData.initials
                    name: pupilBlock.modelData.name
                }
                Text {
                    Layout.fillWidth: true
                    text: pupilBlock.modelData.name
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                }
                ConsentBadge {
                    consent: pupilBlock.modelData.consent
                    text: pupilBlock.modelData.consentText
                }
                TextButton {
                    visible: form.editablePupils && form.model.pupils.length > 1
                    objectName: "removePupil_" + pupilBlock.modelData.pupilId
                    text: qsTr("Leave out")
                    Accessible.name: qsTr("Leave %1 out of this evidence").arg(pupilBlock.modelData.name)
                    onClicked: {
                        form.pupilLeftOut = pupilBlock.modelData.pupilId
                        leaveOutAfterTap.start()
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: pupilBlock.modelData.targets.length > 0
                      ? qsTr("Which of %1's targets does it show?").arg(pupilBlock.modelData.firstName)
                      : qsTr("%1 has no targets this term: the evidence is kept on their timeline.").arg(pupilBlock.modelData.firstName)
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: pupilBlock.modelData.targets
                    Chip {
                        required property var modelData
                        objectName: "targetChip_" + modelData.targetId
                        maximumWidth: form.width
                        width: form.width // one target a row: a list to run a finger down
                        text: modelData.areaName
                        detail: modelData.text
                        // The whole target, wrapped: a TA must be able to read what they tick.
                        detailLines: 12
                        accent: Theme.areaColour(modelData.areaKind, modelData.areaIndex)
                        checked: form.model.selectedTargets.indexOf(pupilBlock.modelData.pupilId + "/" + modelData.targetId) >= 0
                        onClicked: form.model.toggleTarget(pupilBlock.modelData.pupilId, modelData.targetId)
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                height: 1
                color: Theme.divider
                visible: pupilBlock.index < form.model.pupils.length - 1 || form.editablePupils
            }
        }
    }
    TextButton {
        visible: form.editablePupils
        objectName: "addPupilButton"
        text: qsTr("+ Add a pupil to this evidence")
        onClicked: form.addPupilRequested()
    }

    // --- How much help
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        FieldLabel { Layout.fillWidth: true; text: qsTr("How much help was given?") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: Capture.promptLevels
                Chip {
                    required property var modelData
                    objectName: "prompt_" + modelData.key
                    text: modelData.label
                    Accessible.name: modelData.fullLabel
                    checked: form.model.promptLevel === modelData.key
                    onClicked: form.model.promptLevel = checked ? "" : modelData.key
                }
            }
        }
    }

    // --- Where
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        FieldLabel { Layout.fillWidth: true; text: qsTr("Where was it?") }
        Flow {
            id: settings
            Layout.fillWidth: true
            spacing: Theme.gap
            readonly property bool ownSetting: form.model.setting !== "" && Capture.settingSuggestions.indexOf(form.model.setting) < 0
            Repeater {
                model: Capture.settingSuggestions
                Chip {
                    required property string modelData
                    objectName: "setting_" + modelData
                    text: modelData
                    checked: form.model.setting === modelData
                    onClicked: form.model.setting = checked ? "" : modelData
                }
            }
        }
        TextField {
            id: settingField
            objectName: "settingField"
            Layout.fillWidth: true
            Layout.maximumWidth: 520
            Layout.preferredHeight: Theme.touch
            placeholderTextColor: Theme.placeholder
            placeholderText: qsTr("Somewhere else (type it)")
            text: settings.ownSetting ? form.model.setting : ""
            onTextEdited: form.model.setting = text
            font.pixelSize: Theme.bodySize
        }
    }

    // --- People, measure, learner voice
    GridLayout {
        Layout.fillWidth: true
        columns: form.width > 760 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.gap
        FieldLabel { Layout.fillWidth: true; text: qsTr("Who was there?") }
        FieldLabel { Layout.fillWidth: true; text: qsTr("Measure or count"); visible: parent.columns === 2 }
        TextField {
            objectName: "peopleField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderTextColor: Theme.placeholder
            placeholderText: qsTr("For example: Mrs Patel (TA), lunchtime staff")
            text: form.model.peoplePresent
            onTextEdited: form.model.peoplePresent = text
            font.pixelSize: Theme.bodySize
        }
        FieldLabel { Layout.fillWidth: true; text: qsTr("Measure or count"); visible: parent.columns === 1 }
        TextField {
            objectName: "measureField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderTextColor: Theme.placeholder
            placeholderText: qsTr("For example: 2 requests, 10 of 20 words")
            text: form.model.measure
            onTextEdited: form.model.measure = text
            font.pixelSize: Theme.bodySize
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        FieldLabel { Layout.fillWidth: true; text: qsTr("What did the pupil say or choose?") }
        TextField {
            objectName: "learnerVoiceField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderTextColor: Theme.placeholder
            placeholderText: qsTr("Learner voice, in their words or signs")
            text: form.model.learnerVoice
            onTextEdited: form.model.learnerVoice = text
            font.pixelSize: Theme.bodySize
        }
    }

    NoteField {
        visible: !form.noteFirst
        Layout.fillWidth: true
        objectName: "noteField"
        model: form.model
    }

    // --- Who may see it
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        FieldLabel { Layout.fillWidth: true; text: qsTr("Who may see it?") }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            Chip {
                objectName: "visibilityInternal"
                text: qsTr("Staff only")
                checked: form.model.visibility === Vocabulary.Visibility.InternalOnly
                onClicked: form.model.visibility = Vocabulary.Visibility.InternalOnly
            }
            Chip {
                objectName: "visibilityShareable"
                text: qsTr("Shareable with parents")
                enabled: form.model.canShare
                checked: form.model.visibility === Vocabulary.Visibility.ShareableWithParents
                onClicked: form.model.visibility = Vocabulary.Visibility.ShareableWithParents
            }
        }
        Text {
            objectName: "shareBlockedReason"
            Layout.fillWidth: true
            visible: !form.model.canShare && form.model.shareBlockedReason !== ""
            text: form.model.shareBlockedReason
            wrapMode: Text.WordWrap
            color: Theme.warningText
            font.pixelSize: Theme.smallSize + 1
        }
    }
}
