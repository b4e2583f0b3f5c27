pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The ILPs Assessment Moderation Form (seed 000), one target of one pupil, in the form's own order
// and words: the assessor's side with the progress evidence attached and the Independence chart;
// the moderator's section; the assessment table; the SLT section with the outcome worked out.
// Only the parts the person signed in may write can be edited. The moderator judges blind: the
// assessor's number is not on this page (nor in its model) until they have circled their own and
// then asked to see it.
StridePage {
    id: page
    objectName: "assessment-moderation"

    property string formId

    ready: form.found && form.formId === formId
    title: qsTr("Assessment moderation")
    subtitle: form.pupilInitials !== "" ? form.pupilInitials + "  ·  " + form.areaName + "  ·  " + form.termName : ""
    summary: "%1, %2: %3 evidence attached; assessor's judgement %4; moderator %5; outcome %6%7"
        .arg(form.pupilInitials).arg(form.areaName).arg(form.attachedIds.length)
        .arg(form.assessorJudgementVisible ? "shown (" + form.assessorStatus + ")" : "hidden")
        .arg(form.moderatorHasJudged ? "judged" : "not judged").arg(form.outcomeText !== "" ? form.outcomeText : "none")
        .arg(page.anyDirty ? ", unsaved changes" : "")

    readonly property bool wide: width >= 1100
    readonly property color areaColour: Theme.areaColour(form.areaKind, form.areaIndex)

    // The answers being written, started from the form as saved.
    property int moderatorAgreed: -1
    property int sltAgreed: -1
    property string mindChangedBy
    property int finalStatus: 0
    readonly property bool assessorDirty: form.canEditAssessor && (startingField.text !== form.startingPoint
        || provisionField.text !== form.provisionUsed || abilitiesField.text !== form.currentAbilities
        || otherEvidenceField.text !== form.progressEvidenceNote)
    readonly property bool moderatorDirty: form.canModerate && (explanationField.text !== form.moderatorExplanation
        || page.moderatorAgreed !== form.moderatorAgreed || sourceField.text !== form.disagreementSource)
    readonly property bool sltDirty: form.canEditSlt && (page.sltAgreed !== form.assessorModeratorAgreed
        || page.mindChangedBy !== form.mindChangedBy || commentsField.text !== form.sltComments
        || decisionField.text !== form.sltFinalDecision || page.finalStatus !== form.finalStatus)
    readonly property bool anyDirty: assessorDirty || moderatorDirty || sltDirty

    function resetAssessor() {
        startingField.text = form.startingPoint
        provisionField.text = form.provisionUsed
        abilitiesField.text = form.currentAbilities
        otherEvidenceField.text = form.progressEvidenceNote
    }
    function resetModerator() {
        explanationField.text = form.moderatorExplanation
        page.moderatorAgreed = form.moderatorAgreed
        sourceField.text = form.disagreementSource
    }
    function resetSlt() {
        page.sltAgreed = form.assessorModeratorAgreed
        page.mindChangedBy = form.mindChangedBy
        commentsField.text = form.sltComments
        decisionField.text = form.sltFinalDecision
        page.finalStatus = form.finalStatus
    }
    function leave() {
        if (anyDirty) {
            leaveDialog.open()
            return false
        }
        return true
    }
    // (Array methods on the model's lists are beyond qmllint 6.4's types: the list comes in as a
    // parameter.)
    function lines(list: list<string>): string {
        return list.join("\n")
    }
    function scrollTo(item: Item) {
        flick.contentY = Math.max(0, Math.min(item.y, flick.contentHeight - flick.height))
    }

    AssessmentModerationDetail {
        id: form
        objectName: "assessmentModerationDetail"
        session: Session
        media: MediaFiles
        formId: page.formId
        // What someone is half-way through writing is kept through a reload (a sync, a save).
        onChanged: {
            if (!page.assessorDirty)
                page.resetAssessor()
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
    // The self-test's way to each section: "top", "assessor", "moderator", "table" or "slt".
    Connections {
        target: Navigator
        function onSectionRequested(section: string) {
            if (section === "top") {
                flick.contentY = 0
                return
            }
            page.scrollTo(section === "slt" ? sltHeading : section === "table" ? tableHeading
                          : section === "moderator" ? moderatorHeading : assessorHeading)
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
            page.resetAssessor()
            page.resetModerator()
            page.resetSlt()
            page.StackView.view.pop()
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
            // On a desktop: the form as the seed's paper form, with the evidence beside it.
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
                    onClicked: exporter.saveAssessmentForm(page.formId)
                }
            }
            Banner {
                objectName: "changesBanner"
                Layout.fillWidth: true
                visible: form.changesSinceModeration.length > 0
                tone: "warning"
                heading: qsTr("Changed since the moderator judged")
                text: page.lines(form.changesSinceModeration)
            }

            // --- Assessor Section
            SectionHeading {
                id: assessorHeading
                text: qsTr("Assessor section")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Class teachers use this side of the form to provide details relating to one target for one pupil. Please attach any supporting evidence to this form.")
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
                    ProfileFact { label: qsTr("Assessor"); value: form.assessorName }
                    ProfileFact {
                        Layout.columnSpan: facts.columns - 1
                        label: qsTr("Area of learning")
                        value: form.areaName
                    }
                }
            }
            ReviewTargetPanel {
                Layout.fillWidth: true
                areaName: qsTr("ILP target")
                areaColour: page.areaColour
                targetText: form.targetText
            }

            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Summary description of starting point for this assessment window: what could they already do?")
            }
            FieldArea {
                id: startingField
                objectName: "startingField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(100, implicitHeight)
                readOnly: !form.canEditAssessor
                placeholderText: form.canEditAssessor ? qsTr("What the pupil could do when this term began") : ""
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Provision and strategies used: what help have they had?")
            }
            FieldArea {
                id: provisionField
                objectName: "provisionField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(100, implicitHeight)
                readOnly: !form.canEditAssessor
                placeholderText: form.canEditAssessor ? qsTr("Interventions and strategies, who helped and how") : ""
            }

            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Progress evidence provided for moderation: observations, photos, video, evaluations, work, charts")
            }
            Text {
                Layout.fillWidth: true
                visible: form.evidence.length === 0
                text: form.canEditAssessor ? qsTr("No evidence attached yet. Choose it from this target's evidence.")
                                           : qsTr("No evidence attached yet.")
                wrapMode: Text.WordWrap
                color: Theme.warningText
                font.pixelSize: Theme.bodySize
            }
            GridLayout {
                objectName: "attachedEvidence"
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor(body.width / 300))
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: form.evidence
                    Card {
                        id: evidenceCard
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        padding: Theme.gap
                        enabled: !modelData.deleted
                        Accessible.name: modelData.kindText + ", " + modelData.dayText + ", " + modelData.caption
                        onClicked: Navigator.showEvidence(modelData.evidenceId)
                        contentItem: RowLayout {
                            spacing: Theme.gap + 4
                            Rectangle {
                                Layout.preferredWidth: 104
                                Layout.preferredHeight: 80
                                Layout.alignment: Qt.AlignTop
                                radius: Theme.radius / 2
                                color: evidenceCard.modelData.kind === Vocabulary.EvidenceKind.Written
                                       || evidenceCard.modelData.deleted ? Theme.surfaceTint : "#101719"
                                clip: true
                                // An image draws nothing until it is ready: till then (or if there is
                                // none) its words say what kind of evidence it is.
                                Image {
                                    anchors.fill: parent
                                    source: evidenceCard.modelData.thumbnailUrl
                                    sourceSize.width: 208
                                    sourceSize.height: 160
                                    fillMode: Image.PreserveAspectCrop
                                    asynchronous: true
                                    Text {
                                        anchors.centerIn: parent
                                        width: parent.width - 12
                                        visible: parent.status !== Image.Ready
                                        horizontalAlignment: Text.AlignHCenter
                                        wrapMode: Text.WordWrap
                                        text: evidenceCard.modelData.deleted ? qsTr("Deleted") : evidenceCard.modelData.kindText
                                        color: evidenceCard.modelData.kind === Vocabulary.EvidenceKind.Written
                                               || evidenceCard.modelData.deleted ? Theme.primaryDark : "white"
                                        font.pixelSize: Theme.smallSize
                                        font.bold: true
                                    }
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                spacing: 2
                                Text {
                                    Layout.fillWidth: true
                                    text: evidenceCard.modelData.promptText !== ""
                                          ? evidenceCard.modelData.dayText + "  ·  " + evidenceCard.modelData.promptText
                                          : evidenceCard.modelData.dayText
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize
                                    font.bold: true
                                    font.strikeout: evidenceCard.modelData.deleted
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: evidenceCard.modelData.caption
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 3
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                        }
                    }
                }
            }
            TextButton {
                objectName: "chooseEvidenceButton"
                visible: form.canEditAssessor
                text: qsTr("Attach or take off evidence  ›")
                onClicked: Navigator.showModerationEvidence(page.formId)
            }
            AspectPanel {
                Layout.fillWidth: true
                heading: qsTr("Independence chart")
                meaning: qsTr("How much help was given, across the term, from the evidence's prompt levels.")
                sentence: form.independenceText
                IndependenceChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    points: form.promptPoints
                    steps: form.promptSteps
                    months: form.chartMonths
                    halfTermX: form.halfTermX
                    emptyText: qsTr("No evidence says how much help was given yet.")
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Other evidence (evaluations, work, charts)")
            }
            FieldArea {
                id: otherEvidenceField
                objectName: "otherEvidenceField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(70, implicitHeight)
                readOnly: !form.canEditAssessor
                placeholderText: form.canEditAssessor ? qsTr("Anything else the moderator should look at (optional)") : ""
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Summary description of current abilities with respect to target: what can I do now?")
            }
            FieldArea {
                id: abilitiesField
                objectName: "abilitiesField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(100, implicitHeight)
                readOnly: !form.canEditAssessor
                placeholderText: form.canEditAssessor ? qsTr("What the pupil can do now, in the pupil's voice where you can") : ""
            }
            RowLayout {
                Layout.fillWidth: true
                visible: form.canEditAssessor
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: page.assessorDirty ? qsTr("Not saved yet.") : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                PrimaryButton {
                    objectName: "saveAssessorButton"
                    enabled: page.assessorDirty
                    text: qsTr("Save the assessor's side")
                    onClicked: form.saveAssessorSection(startingField.text, provisionField.text, abilitiesField.text,
                                                        otherEvidenceField.text)
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Indicate your assessment of the progress made with this target in the assessment section of the form. During moderation meetings, moderators read this side of the paper only, and only look at your assessment after they have first formed their own opinion.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }

            // --- Moderator Section
            SectionHeading {
                id: moderatorHeading
                text: qsTr("Moderator section")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Using the evidence you have seen and the information provided above, indicate your opinion of the target status in the assessment section below.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
            ProfileFact {
                visible: form.moderatorName !== ""
                label: qsTr("Moderator")
                value: form.moderatorName
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Explain your assessment, and detail your conversation with the assessor")
            }
            FieldArea {
                id: explanationField
                objectName: "explanationField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(100, implicitHeight)
                readOnly: !form.canModerate
                placeholderText: form.canModerate ? qsTr("What you saw in the evidence, and what you and the assessor said") : ""
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Did you agree with the assessor?")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: [{ value: 1, label: qsTr("Yes") }, { value: 0, label: qsTr("No") }]
                    Chip {
                        required property var modelData
                        objectName: "moderatorAgreed_" + modelData.value
                        text: modelData.label
                        accent: form.canModerate ? Theme.primary : Theme.textMuted
                        checked: page.moderatorAgreed === modelData.value
                        onClicked: {
                            if (!form.canModerate)
                                return
                            page.moderatorAgreed = page.moderatorAgreed === modelData.value ? -1 : modelData.value
                        }
                    }
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("If not, what appears to be the source of disagreement? Have either of you changed your mind?")
            }
            FieldArea {
                id: sourceField
                objectName: "sourceField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(90, implicitHeight)
                readOnly: !form.canModerate
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
                    onClicked: form.saveModeratorSection(explanationField.text, page.moderatorAgreed, sourceField.text)
                }
            }

            // --- Assessment Section
            SectionHeading {
                id: tableHeading
                text: qsTr("Assessment section")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Assessor, moderator and SLT each circle a number. If you change your mind, your first number is crossed out and the new one circled.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
            ModerationTable {
                objectName: "moderationTable"
                Layout.fillWidth: true
                rows: form.table
                choices: form.statusChoices
                writableRoles: form.writableRoles
                onCircled: (roleKey, status) => form.judge(roleKey, status)
            }
            PrimaryButton {
                objectName: "showAssessorButton"
                visible: form.canShowAssessorJudgement
                text: qsTr("Show the assessor's judgement")
                onClicked: form.showAssessorJudgement()
            }
            GridLayout {
                Layout.fillWidth: true
                columns: body.width >= 700 ? 4 : 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: form.statusChoices
                    ColumnLayout {
                        id: criterion
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        spacing: 2
                        Text {
                            text: criterion.modelData.label
                            color: Theme.text
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: criterion.modelData.descriptor
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
            }

            // --- SLT Section
            SectionHeading {
                id: sltHeading
                text: qsTr("SLT section")
            }
            // SLT read the order the judgements were made in before they decide.
            ProfileFact {
                objectName: "sltBlindOrder"
                label: qsTr("The order of judging")
                value: form.blindOrderText
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Did the assessor and moderator agree?")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: [{ value: 1, label: qsTr("Yes") }, { value: 0, label: qsTr("No") }]
                    Chip {
                        required property var modelData
                        objectName: "sltAgreed_" + modelData.value
                        text: modelData.label
                        accent: form.canEditSlt ? Theme.primary : Theme.textMuted
                        checked: page.sltAgreed === modelData.value
                        onClicked: {
                            if (!form.canEditSlt)
                                return
                            page.sltAgreed = page.sltAgreed === modelData.value ? -1 : modelData.value
                        }
                    }
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Who changed their mind?")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: form.mindChangedChoices
                    Chip {
                        required property var modelData
                        objectName: "mindChanged_" + modelData.key
                        text: modelData.label
                        accent: form.canEditSlt ? Theme.primary : Theme.textMuted
                        checked: page.mindChangedBy === modelData.key
                        onClicked: {
                            if (!form.canEditSlt)
                                return
                            page.mindChangedBy = page.mindChangedBy === modelData.key ? "" : modelData.key
                        }
                    }
                }
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Comments on evidence and explanations")
            }
            FieldArea {
                id: commentsField
                objectName: "commentsField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(90, implicitHeight)
                readOnly: !form.canEditSlt
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("SLT final decision on target status")
            }
            FieldArea {
                id: decisionField
                objectName: "decisionField"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(70, implicitHeight)
                readOnly: !form.canEditSlt
            }
            FieldLabel {
                Layout.fillWidth: true
                text: qsTr("Final target status")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: body.width >= 700 ? 4 : 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: form.statusChoices
                    Chip {
                        required property var modelData
                        objectName: "finalStatus_" + modelData.status
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: modelData.label
                        accent: form.canEditSlt ? Theme.primary : Theme.textMuted
                        checked: page.finalStatus === modelData.status
                        onClicked: {
                            if (!form.canEditSlt)
                                return
                            page.finalStatus = page.finalStatus === modelData.status ? 0 : modelData.status
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FieldLabel { text: qsTr("Moderation outcome") }
                Pill {
                    objectName: "outcome"
                    text: form.outcomeText !== "" ? form.outcomeText : qsTr("Worked out once the final status is saved")
                    strong: form.outcomeText !== ""
                    color: form.outcomeText !== "" ? Theme.primaryLight : Theme.surfaceTint
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Up, Down or Same: the final status against the assessor's first judgement. Stride works it out; nobody types it.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
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
                    onClicked: form.saveSltSection(page.sltAgreed, page.mindChangedBy, commentsField.text,
                                                   decisionField.text, page.finalStatus)
                }
            }
        }
    }
}
