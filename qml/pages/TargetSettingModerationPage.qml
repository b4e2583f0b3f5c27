pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The ILPs Target Setting Moderation Form (seed 000), in the form's own order and words: the target
// setter's side (last term's target, its status and next step, the proposed target, the reasons,
// its EHCP outcomes or why none, the planned provision), the moderator's questions and the level of
// challenge with a suggested rewrite, the setter's answer to it, and the SLT section. Only the
// parts the person signed in may write can be edited.
StridePage {
    id: page
    objectName: "target-setting-moderation"

    property string formId

    ready: form.found && form.formId === formId
    title: qsTr("Target setting moderation")
    subtitle: form.pupilInitials !== "" ? form.pupilInitials + "  ·  " + form.areaName + "  ·  " + form.termName : ""
    summary: "%1, %2: challenge %3, rewrite %4, setter accepts %5%6".arg(form.pupilInitials).arg(form.areaName)
        .arg(form.challenge !== "" ? form.challenge : "not given").arg(form.suggestedRewrite !== "" ? "suggested" : "none")
        .arg(form.setterAccepts).arg(page.anyDirty ? ", unsaved changes" : "")

    property var linkedOutcomes: []
    property string challenge
    property int amendmentProposed: -1
    property int amendmentAccepted: -1

    function sameList(a, b): bool {
        if (a.length !== b.length)
            return false
        for (let i = 0; i < a.length; ++i) {
            if (b.indexOf(a[i]) < 0)
                return false
        }
        return true
    }
    function linkedIn(outcomes): list<string> {
        const ids = []
        for (let i = 0; i < outcomes.length; ++i) {
            if (outcomes[i].linked)
                ids.push(outcomes[i].outcomeId)
        }
        return ids
    }
    function toggleOutcome(outcomeId: string) {
        const ids = page.linkedOutcomes.slice()
        const at = ids.indexOf(outcomeId)
        if (at >= 0)
            ids.splice(at, 1)
        else
            ids.push(outcomeId)
        page.linkedOutcomes = ids
    }
    readonly property bool setterDirty: form.canEditSetter && (page.proposedField.text !== form.proposedTargetText
        || page.reasonsField.text !== form.reasons || page.noLinkField.text !== form.noEhcpLinkReason
        || page.provisionField.text !== form.plannedProvision || !page.sameList(page.linkedOutcomes, page.linkedIn(form.ehcpOutcomes)))
    readonly property bool moderatorDirty: form.canModerate && (page.linkField.text !== form.clearEhcpLink
        || page.criteriaField.text !== form.successCriteriaEmbedded || page.metField.text !== form.clearWhatMetLooksLike
        || page.suitableField.text !== form.provisionSuitable || page.suggestionsField.text !== form.otherSuggestions
        || page.challenge !== form.challenge || page.rewriteField.text !== form.suggestedRewrite)
    readonly property bool sltDirty: form.canEditSlt && (page.amendmentProposed !== form.amendmentProposed
        || page.amendmentAccepted !== form.amendmentAccepted || page.outcomeField.text !== form.moderationOutcome)
    readonly property bool anyDirty: setterDirty || moderatorDirty || sltDirty

    function resetSetter() {
        page.proposedField.text = form.proposedTargetText
        page.reasonsField.text = form.reasons
        page.noLinkField.text = form.noEhcpLinkReason
        page.provisionField.text = form.plannedProvision
        page.linkedOutcomes = page.linkedIn(form.ehcpOutcomes)
    }
    function resetModerator() {
        page.linkField.text = form.clearEhcpLink
        page.criteriaField.text = form.successCriteriaEmbedded
        page.metField.text = form.clearWhatMetLooksLike
        page.suitableField.text = form.provisionSuitable
        page.suggestionsField.text = form.otherSuggestions
        page.challenge = form.challenge
        page.rewriteField.text = form.suggestedRewrite
    }
    function resetSlt() {
        page.amendmentProposed = form.amendmentProposed
        page.amendmentAccepted = form.amendmentAccepted
        page.outcomeField.text = form.moderationOutcome
    }
    function leave() {
        if (anyDirty) {
            leaveDialog.open()
            return false
        }
        return true
    }
    function scrollTo(item: Item) {
        flick.contentY = Math.max(0, Math.min(item.y, flick.contentHeight - flick.height))
    }

    TargetSettingModerationDetail {
        id: form
        objectName: "targetSettingModerationDetail"
        session: Session
        formId: page.formId
        onChanged: {
            if (!page.setterDirty)
                page.resetSetter()
            if (!page.moderatorDirty)
                page.resetModerator()
            if (!page.sltDirty)
                page.resetSlt()
        }
    }
    StackView.onActivating: form.reload()
    ModerationExport {
        id: exporter
        objectName: "moderationExport"
        session: Session
        media: MediaFiles
    }
    Connections {
        target: Navigator
        function onSectionRequested(section: string) {
            page.scrollTo(section === "slt" ? sltHeading : section === "moderator" ? moderatorHeading
                          : section === "rewrite" ? rewriteQuestion : setterHeading)
        }
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }
    ConfirmDialog {
        id: leaveDialog
        question: qsTr("Leave without saving the form?")
        explanation: qsTr("What you wrote on this form has not been saved.")
        confirmText: qsTr("Leave without saving")
        cancelText: qsTr("Stay")
        onConfirmed: {
            page.resetSetter()
            page.resetModerator()
            page.resetSlt()
            page.StackView.view.pop()
        }
    }

    component Question: ColumnLayout {
        id: question
        property alias label: questionLabel.text
        property alias hint: hintText.text
        property alias field: area
        property bool editable: false
        Layout.fillWidth: true
        spacing: 4
        FieldLabel {
            id: questionLabel
            Layout.fillWidth: true
        }
        Text {
            id: hintText
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
            font.italic: true
        }
        FieldArea {
            id: area
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(80, implicitHeight)
            readOnly: !question.editable
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: body.implicitHeight + 2 * Theme.pagePadding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: body
            x: Theme.pagePadding
            y: Theme.spacing + 4
            width: flick.width - 2 * Theme.pagePadding
            spacing: Theme.spacing

            Banner {
                objectName: "yourPart"
                Layout.fillWidth: true
                tone: "info"
                text: form.yourPartText
            }
            Banner {
                objectName: "formMessage"
                Layout.fillWidth: true
                visible: form.message !== ""
                tone: "error"
                text: form.message
            }
            // On a desktop: the form as the seed's paper form.
            RowLayout {
                Layout.fillWidth: true
                visible: exporter.available
                spacing: Theme.spacing
                Text {
                    objectName: "exportMessage"
                    Layout.fillWidth: true
                    text: exporter.message
                    wrapMode: Text.WordWrap
                    color: exporter.succeeded ? Theme.successText : Theme.error
                    font.pixelSize: Theme.bodySize
                }
                TextButton {
                    objectName: "savePdfButton"
                    text: qsTr("Save as PDF")
                    onClicked: exporter.saveTargetSettingForm(page.formId)
                }
            }

            // --- Target-Setter Section
            SectionHeading {
                id: setterHeading
                text: qsTr("Target-setter section")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Class teachers use this side of the form to provide details relating to one target for one pupil.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
            Panel {
                Layout.fillWidth: true
                implicitHeight: facts.implicitHeight + 2 * Theme.spacing
                GridLayout {
                    id: facts
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                    columns: body.width >= 700 ? 4 : 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.gap
                    ProfileFact { label: qsTr("Pupil initials"); value: form.pupilInitials }
                    ProfileFact { label: qsTr("Year group"); value: form.yearGroupText }
                    ProfileFact { label: qsTr("Class"); value: form.className }
                    ProfileFact { label: qsTr("Specific needs"); value: form.specificNeeds }
                    ProfileFact { label: qsTr("Target setter"); value: form.setterName }
                    ProfileFact {
                        Layout.columnSpan: facts.columns - 1
                        label: qsTr("Area of learning")
                        value: form.areaName
                    }
                }
            }
            // The family's word on the new targets, once their reply slip is back.
            Text {
                objectName: "parentReply"
                Layout.fillWidth: true
                visible: form.parentReply !== ""
                text: form.parentReply
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            ProfileFact {
                label: qsTr("Previous ILP target in this area")
                value: form.previousTargetText !== "" ? form.previousTargetText : qsTr("No target in this area last term")
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Status of the previous target")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: body.width >= 960 ? 4 : 2 // the descriptors stay readable upright
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: form.statusChoices
                    Chip {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        detailLines: 3
                        accent: Theme.textMuted
                        text: modelData.label
                        detail: modelData.descriptor
                        checked: form.previousStatus === modelData.status
                    }
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Next step")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: body.width >= 700 ? 3 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: form.nextStepChoices
                    Chip {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.fillHeight: true
                        detailLines: 3
                        accent: Theme.textMuted
                        text: modelData.label
                        detail: modelData.meaning
                        checked: form.nextStep === modelData.key
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The status and next step are the class teacher's judgement from assessment week.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
            Question {
                id: proposedQuestion
                label: qsTr("Proposed new ILP target in this area")
                editable: form.canEditSetter
            }
            Text {
                objectName: "originalWording"
                Layout.fillWidth: true
                visible: form.originalProposedText !== ""
                text: qsTr("The target setter's own wording, before the moderator's rewrite was accepted: %1").arg(form.originalProposedText)
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
            Question {
                id: reasonsQuestion
                label: qsTr("Reasons for proposing this new target")
                hint: qsTr("Include a summary of current abilities, and an explanation of the action taken.")
                editable: form.canEditSetter
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Does this target relate to any EHCP outcomes? If so, which ones?")
            }
            Repeater {
                model: form.ehcpOutcomes
                Chip {
                    required property var modelData
                    objectName: "outcome_" + modelData.outcomeId
                    Layout.fillWidth: true
                    accent: form.canEditSetter ? Theme.primary : Theme.textMuted
                    text: modelData.text
                    checked: page.linkedOutcomes.indexOf(modelData.outcomeId) >= 0
                    onClicked: {
                        if (form.canEditSetter)
                            page.toggleOutcome(modelData.outcomeId)
                    }
                }
            }
            Question {
                id: noLinkQuestion
                visible: page.linkedOutcomes.length === 0
                label: qsTr("If not, why not?")
                editable: form.canEditSetter
            }
            Question {
                id: provisionQuestion
                label: qsTr("Planned provision: how will we teach this pupil?")
                editable: form.canEditSetter
            }
            RowLayout {
                Layout.fillWidth: true
                visible: form.canEditSetter
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: page.setterDirty ? qsTr("Not saved yet.") : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                PrimaryButton {
                    objectName: "saveSetterButton"
                    enabled: page.setterDirty
                    text: qsTr("Save the target setter's side")
                    onClicked: form.saveSetterSection(page.proposedField.text, page.reasonsField.text, page.linkedOutcomes,
                                                      page.noLinkField.text, page.provisionField.text)
                }
            }

            // --- Moderator Section
            SectionHeading {
                id: moderatorHeading
                text: qsTr("Moderator section")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The target setter should explain their thinking using the other side of this form. Ask questions, using the school's target setting guidance.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
            ProfileFact {
                visible: form.moderatorName !== ""
                label: qsTr("Moderator")
                value: form.moderatorName
            }
            Question {
                id: linkQuestion
                label: qsTr("Is there a clear link between this ILP target and EHCP outcome(s)? If not, is there a suitable explanation for why not?")
                editable: form.canModerate
            }
            Question {
                id: criteriaQuestion
                label: qsTr("Are success criteria embedded within the target?")
                editable: form.canModerate
            }
            Question {
                id: metQuestion
                label: qsTr("Is it clear what it will look like for this target to be met?")
                editable: form.canModerate
            }
            Question {
                id: suitableQuestion
                label: qsTr("Does the planned provision look suitable?")
                editable: form.canModerate
            }
            Question {
                id: suggestionsQuestion
                label: qsTr("Have you got any other suggestions for things to try?")
                editable: form.canModerate
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("What do you think about the level of challenge presented by this target?")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: body.width >= 600 ? 3 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: form.challengeChoices
                    Chip {
                        required property var modelData
                        objectName: "challenge_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        accent: form.canModerate ? Theme.primary : Theme.textMuted
                        text: modelData.label
                        checked: page.challenge === modelData.key
                        onClicked: {
                            if (form.canModerate)
                                page.challenge = page.challenge === modelData.key ? "" : modelData.key
                        }
                    }
                }
            }
            Question {
                id: rewriteQuestion
                label: qsTr("Would you suggest any amendments to this target?")
                hint: qsTr("If so, please re-write the target here.")
                editable: form.canModerate
            }
            RowLayout {
                Layout.fillWidth: true
                visible: form.canModerate
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: page.moderatorDirty ? qsTr("Not saved yet.") : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                PrimaryButton {
                    objectName: "saveModeratorButton"
                    enabled: page.moderatorDirty
                    text: qsTr("Save the moderator's section")
                    onClicked: form.saveModeratorSection(page.linkField.text, page.criteriaField.text, page.metField.text,
                                                         page.suitableField.text, page.suggestionsField.text, page.challenge,
                                                         page.rewriteField.text)
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Does the target setter accept this amendment?")
            }
            Text {
                objectName: "setterAnswer"
                Layout.fillWidth: true
                text: form.suggestedRewrite === "" ? qsTr("No amendment suggested.")
                      : form.setterAccepts === 1 ? qsTr("Yes: the rewrite is now the proposed target.")
                      : form.setterAccepts === 0 ? qsTr("No: the target setter keeps their own wording.")
                      : qsTr("Not answered yet.")
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Flow {
                Layout.fillWidth: true
                visible: form.canAnswerRewrite
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "acceptRewriteButton"
                    text: qsTr("Accept the rewrite")
                    onClicked: form.answerRewrite(true)
                }
                TextButton {
                    objectName: "keepOwnButton"
                    text: qsTr("Keep my own wording")
                    onClicked: form.answerRewrite(false)
                }
            }

            // --- SLT Section
            SectionHeading {
                id: sltHeading
                text: qsTr("SLT section")
            }
            Repeater {
                model: [{ key: "proposed", label: qsTr("Has the moderator proposed an amendment?") },
                        { key: "accepted", label: qsTr("Has the target setter accepted the amendment?") }]
                ColumnLayout {
                    id: sltQuestion
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    FieldLabel {
                        Layout.fillWidth: true
                        text: sltQuestion.modelData.label
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        Repeater {
                            model: [{ value: 1, label: qsTr("Yes") }, { value: 0, label: qsTr("No") }]
                            Chip {
                                required property var modelData
                                readonly property int current: sltQuestion.modelData.key === "proposed"
                                                                ? page.amendmentProposed : page.amendmentAccepted
                                objectName: "slt_" + sltQuestion.modelData.key + "_" + modelData.value
                                text: modelData.label
                                accent: form.canEditSlt ? Theme.primary : Theme.textMuted
                                checked: current === modelData.value
                                onClicked: {
                                    if (!form.canEditSlt)
                                        return
                                    const next = current === modelData.value ? -1 : modelData.value
                                    if (sltQuestion.modelData.key === "proposed")
                                        page.amendmentProposed = next
                                    else
                                        page.amendmentAccepted = next
                                }
                            }
                        }
                    }
                }
            }
            Question {
                id: outcomeQuestion
                label: qsTr("Moderation outcome")
                editable: form.canEditSlt
            }
            RowLayout {
                Layout.fillWidth: true
                visible: form.canEditSlt
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: page.sltDirty ? qsTr("Not saved yet.") : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                PrimaryButton {
                    objectName: "saveSltButton"
                    enabled: page.sltDirty
                    text: qsTr("Save the SLT section")
                    onClicked: form.saveSltSection(page.amendmentProposed, page.amendmentAccepted, page.outcomeField.text)
                }
            }
        }
    }

    // The fields by name, for the functions above.
    readonly property FieldArea proposedField: proposedQuestion.field
    readonly property FieldArea reasonsField: reasonsQuestion.field
    readonly property FieldArea noLinkField: noLinkQuestion.field
    readonly property FieldArea provisionField: provisionQuestion.field
    readonly property FieldArea linkField: linkQuestion.field
    readonly property FieldArea criteriaField: criteriaQuestion.field
    readonly property FieldArea metField: metQuestion.field
    readonly property FieldArea suitableField: suitableQuestion.field
    readonly property FieldArea suggestionsField: suggestionsQuestion.field
    readonly property FieldArea rewriteField: rewriteQuestion.field
    readonly property FieldArea outcomeField: outcomeQuestion.field
}
