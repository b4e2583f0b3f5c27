pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// One target at assessment week: the target and its evidence this term (each piece opens with its
// photo, video or voice note), the four MAPP aspects read from the evidence's tags, whether the
// evidence is enough to judge safely, the judgement itself (status, next step, what the pupil can
// do now, their voice), every judgement so far with the changed minds crossed out, and on to next
// term's target. A TA sees all of it, the judgements read-only.
StridePage {
    id: page
    objectName: "target-review"

    property string targetId

    ready: targetReview.found && targetReview.targetId === targetId
    title: targetReview.areaName
    subtitle: targetReview.pupilName !== "" ? targetReview.pupilName + "  ·  " + targetReview.termName : ""
    summary: "%1, %2: %3 evidence, %4 judgement(s), %5%6".arg(targetReview.pupilName).arg(targetReview.areaName)
        .arg(targetReview.evidenceCount).arg(targetReview.history.length)
        .arg(targetReview.judged ? "status " + targetReview.currentStatus : "not judged")
        .arg(formDirty ? ", form changed" : "")

    readonly property bool wide: width >= 1100
    readonly property color areaColour: Theme.areaColour(targetReview.areaKind, targetReview.areaIndex)

    // The judgement being made, started from the one that stands.
    property int chosenStatus: 0
    property string chosenNextStep
    property string savedText
    // What the form started from: compared with these rather than with the detail, so that a
    // reload while it is being filled in (another page saving the plan, a sync) does not count
    // the teacher's choices as unchanged, or throw them away.
    property int baseStatus: 0
    property string baseNextStep
    property string baseAbilities
    property string baseLearnerVoice
    readonly property bool formDirty: targetReview.canJudge && (chosenStatus !== baseStatus
        || chosenNextStep !== baseNextStep
        || abilitiesField.text !== baseAbilities
        || voiceField.text !== baseLearnerVoice
        || noteField.text !== "")

    function resetForm() {
        baseStatus = targetReview.currentStatus
        baseNextStep = targetReview.currentNextStep
        baseAbilities = targetReview.currentAbilities
        baseLearnerVoice = targetReview.currentLearnerVoice
        chosenStatus = targetReview.currentStatus
        chosenNextStep = targetReview.currentNextStep
        abilitiesField.text = targetReview.currentAbilities
        voiceField.text = targetReview.currentLearnerVoice
        noteField.text = ""
    }
    function saveJudgement() {
        if (targetReview.judge(chosenStatus, chosenNextStep, abilitiesField.text, voiceField.text, noteField.text)) {
            resetForm()
            savedText = qsTr("Judgement saved.")
        }
    }
    // (Array methods on the detail's lists are beyond qmllint 6.4's types, so each comes in as a
    // parameter.)
    function mostIn(weeks): int {
        let most = 1
        for (let i = 0; i < weeks.length; ++i)
            most = Math.max(most, weeks[i].count)
        return most
    }
    function bulleted(lines: list<string>): string {
        return lines.map(line => "•  " + line).join("\n")
    }
    function leave() {
        if (formDirty) {
            leaveDialog.open()
            return false
        }
        return true
    }

    // The judgements at the foot of the page, asked for by the self-test.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }
    TargetReviewDetail {
        id: targetReview
        objectName: "reviewDetail"
        session: Session
        targetId: page.targetId
        // A judgement half made is kept through a reload; saving one starts the form afresh.
        onChanged: if (!page.formDirty) page.resetForm()
    }
    EvidenceListModel {
        id: evidence
        session: Session
        media: MediaFiles
        pupilId: targetReview.pupilId
        targetId: page.targetId
    }
    // Back from a piece of evidence or next term's target: what changed shows here (but a
    // judgement half made is kept as it is: reloading would start the form again).
    StackView.onActivating: {
        if (!page.formDirty)
            targetReview.reload()
        evidence.reload()
    }
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: page.saveJudgement()
    }
    ConfirmDialog {
        id: leaveDialog
        question: qsTr("Leave without saving the judgement?")
        explanation: qsTr("What you chose and wrote here has not been saved.")
        confirmText: qsTr("Leave without saving")
        cancelText: qsTr("Stay")
        onConfirmed: {
            page.resetForm()
            page.StackView.view.pop()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // --- Wide: the target and its evidence beside the review
        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: Math.round(page.width * 0.42)
            visible: page.wide
            spacing: Theme.spacing

            ReviewTargetPanel {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing + 4
                Layout.leftMargin: Theme.pagePadding
                Layout.rightMargin: Theme.pagePadding
                textSize: Theme.bodySize + 1
                areaName: targetReview.areaName
                areaColour: page.areaColour
                targetText: targetReview.targetText
                aspectsText: targetReview.aspectsText
                ehcpText: targetReview.ehcpText
                provisionText: targetReview.provisionText
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.pagePadding
                Layout.rightMargin: Theme.pagePadding
                text: targetReview.evidenceText
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            Repeater {
                model: targetReview.earlier
                TextButton {
                    required property var modelData
                    Layout.leftMargin: Theme.pagePadding
                    Layout.rightMargin: Theme.pagePadding
                    Layout.fillWidth: true
                    text: qsTr("%1's evidence (%2)  ›").arg(modelData.termName).arg(modelData.evidenceCount)
                    onClicked: Navigator.showTargetEvidence(targetReview.pupilId, modelData.targetId, targetReview.areaName,
                                                            modelData.text, page.areaColour)
                }
            }
            EvidenceTimeline {
                objectName: "reviewTimeline"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: evidence
                emptyHeading: qsTr("No evidence for this target this term")
                emptyMessage: qsTr("It can still be judged: say what you saw in “What can they do now?”.")
                onEvidenceChosen: id => Navigator.showEvidence(id)
            }
        }
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            visible: page.wide
            color: Theme.divider
        }

        // --- The review: aspects, sufficiency, the judgement, its history
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: review.implicitHeight + 2 * Theme.pagePadding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: review
                x: Theme.pagePadding
                y: Theme.spacing + 4
                width: flick.width - 2 * Theme.pagePadding
                spacing: Theme.spacing

                // Narrow: the target on top, and its evidence a tap away.
                ReviewTargetPanel {
                    Layout.fillWidth: true
                    visible: !page.wide
                    areaName: targetReview.areaName
                    areaColour: page.areaColour
                    targetText: targetReview.targetText
                    aspectsText: targetReview.aspectsText
                    ehcpText: targetReview.ehcpText
                    provisionText: targetReview.provisionText
                }
                Flow {
                    Layout.fillWidth: true
                    visible: !page.wide
                    spacing: Theme.gap
                    TextButton {
                        objectName: "seeEvidenceButton"
                        enabled: targetReview.evidenceCount > 0
                        text: targetReview.evidenceCount > 0 ? targetReview.evidenceText + "  ›" : targetReview.evidenceText
                        onClicked: Navigator.showTargetEvidence(targetReview.pupilId, page.targetId, targetReview.areaName,
                                                                targetReview.targetText, page.areaColour)
                    }
                    Repeater {
                        model: targetReview.earlier
                        TextButton {
                            required property var modelData
                            text: qsTr("%1's evidence (%2)  ›").arg(modelData.termName).arg(modelData.evidenceCount)
                            onClicked: Navigator.showTargetEvidence(targetReview.pupilId, modelData.targetId, targetReview.areaName,
                                                                    modelData.text, page.areaColour)
                        }
                    }
                }

                SectionHeading { text: qsTr("What the evidence shows") }

                AspectPanel {
                    Layout.fillWidth: true
                    heading: qsTr("Independence")
                    meaning: qsTr("Reduction in prompting: from physical, to spoken, to gestural prompts, to none.")
                    sentence: targetReview.independenceText
                    IndependenceChart {
                        objectName: "independenceChart"
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight
                        points: targetReview.promptPoints
                        steps: targetReview.promptSteps
                        months: targetReview.chartMonths
                        halfTermX: targetReview.halfTermX
                        emptyText: qsTr("No evidence says how much help was given yet.")
                    }
                }

                AspectPanel {
                    Layout.fillWidth: true
                    heading: qsTr("Generalisation")
                    meaning: qsTr("Performing in different settings, with different people.")
                    sentence: targetReview.generalisationText
                    Repeater {
                        model: [{ label: qsTr("Settings"), items: targetReview.settings },
                                { label: qsTr("People"), items: targetReview.people }]
                        ColumnLayout {
                            id: group
                            required property var modelData
                            Layout.fillWidth: true
                            visible: group.modelData.items.length > 0
                            spacing: 4
                            Text {
                                text: group.modelData.label
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                Repeater {
                                    model: group.modelData.items
                                    Pill {
                                        required property var modelData
                                        text: modelData.name + "  ·  " + modelData.count
                                        showsData: true
                                    }
                                }
                            }
                        }
                    }
                }

                AspectPanel {
                    Layout.fillWidth: true
                    heading: qsTr("Maintenance")
                    meaning: qsTr("Becoming more consistent over time: the weeks with evidence this term.")
                    sentence: targetReview.maintenanceText
                    // A bar for each week with evidence, placed in the term as on the Independence
                    // chart (months along the foot), so the weeks without any show as gaps.
                    Item {
                        id: weekBars
                        objectName: "weekBars"
                        Layout.fillWidth: true
                        Layout.preferredHeight: barsHeight + 24
                        visible: targetReview.weeks.length > 0
                        readonly property int barsHeight: 56
                        readonly property int most: page.mostIn(targetReview.weeks)
                        readonly property real barWidth: Math.max(6, Math.min(28, width / 20))
                        Rectangle {
                            y: weekBars.barsHeight
                            width: parent.width
                            height: 1
                            color: Theme.divider
                        }
                        Repeater {
                            model: targetReview.weeks
                            Rectangle {
                                required property var modelData
                                x: modelData.x * (weekBars.width - weekBars.barWidth)
                                y: weekBars.barsHeight - height
                                width: weekBars.barWidth - 2
                                height: Math.max(8, weekBars.barsHeight * modelData.count / weekBars.most)
                                radius: 2
                                color: Theme.primary
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("%1: %n item(s)", "", modelData.count).arg(modelData.weekText)
                            }
                        }
                        Repeater {
                            model: targetReview.chartMonths
                            Text {
                                required property var modelData
                                x: modelData.x * (weekBars.width - weekBars.barWidth)
                                y: weekBars.barsHeight + 4
                                text: modelData.text
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize - 1
                            }
                        }
                    }
                }

                AspectPanel {
                    Layout.fillWidth: true
                    heading: qsTr("Fluency")
                    meaning: qsTr("Combining speed and accuracy: the measures recorded, in order.")
                    sentence: targetReview.fluencyText
                    Repeater {
                        model: targetReview.measures
                        RowLayout {
                            id: measureRow
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Text {
                                Layout.preferredWidth: 90
                                Layout.alignment: Qt.AlignTop
                                text: measureRow.modelData.dayText
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                            }
                            Text {
                                Layout.fillWidth: true
                                text: measureRow.modelData.measure
                                wrapMode: Text.WordWrap
                                color: Theme.text
                                font.pixelSize: Theme.bodySize - 1
                            }
                        }
                    }
                }

                // --- Enough to judge? Said calmly, never in the way.
                Banner {
                    objectName: "sufficiencyBanner"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    visible: targetReview.sufficiency.length > 0
                    tone: "warning"
                    heading: qsTr("Before you judge")
                    text: page.bulleted(targetReview.sufficiency)
                }

                // --- The judgement
                SectionHeading { text: qsTr("Your judgement") }
                Banner {
                    Layout.fillWidth: true
                    visible: !targetReview.canJudge
                    tone: "info"
                    text: targetReview.readOnlyText
                }
                FieldLabel {
                    Layout.fillWidth: true
                    text: qsTr("How far has the target been met?")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: review.width >= 700 ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: targetReview.statusChoices
                        Chip {
                            required property var modelData
                            objectName: "status_" + modelData.status
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1 // equal columns
                            detailLines: 3
                            // Read-only for a TA, but drawn as enabled: a disabled chip's words are
                            // too faint to read, and the judgement is there to be read.
                            accent: targetReview.canJudge ? Theme.primary : Theme.textMuted
                            Accessible.description: targetReview.canJudge ? "" : targetReview.readOnlyText
                            text: modelData.label
                            detail: modelData.descriptor
                            checked: page.chosenStatus === modelData.status
                            onClicked: {
                                if (!targetReview.canJudge)
                                    return
                                page.chosenStatus = modelData.status
                                page.savedText = ""
                            }
                        }
                    }
                }
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Next step")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: review.width >= 700 ? 3 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: targetReview.nextStepChoices
                        Chip {
                            required property var modelData
                            objectName: "nextStep_" + modelData.key
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // equal columns
                            detailLines: 3
                            Layout.fillHeight: true
                            // Read-only for a TA, but drawn as enabled: a disabled chip's words are
                            // too faint to read, and the judgement is there to be read.
                            accent: targetReview.canJudge ? Theme.primary : Theme.textMuted
                            Accessible.description: targetReview.canJudge ? "" : targetReview.readOnlyText
                            text: modelData.label
                            detail: modelData.meaning
                            checked: page.chosenNextStep === modelData.key
                            onClicked: {
                                if (!targetReview.canJudge)
                                    return
                                page.chosenNextStep = page.chosenNextStep === modelData.key ? "" : modelData.key
                                page.savedText = ""
                            }
                        }
                    }
                }
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("What can they do now?")
                }
                FieldArea {
                    id: abilitiesField
                    objectName: "abilitiesField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(110, implicitHeight)
                    readOnly: !targetReview.canJudge
                    placeholderText: qsTr("What the pupil can do now, as you would say it at moderation")
                    onTextChanged: page.savedText = ""
                }
                FieldLabel {
                    Layout.fillWidth: true
                    text: qsTr("Learner voice")
                }
                FieldArea {
                    id: voiceField
                    objectName: "voiceField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(90, implicitHeight)
                    readOnly: !targetReview.canJudge
                    placeholderText: qsTr("What the pupil said, signed or chose about this target")
                    onTextChanged: page.savedText = ""
                }
                FieldLabel {
                    Layout.fillWidth: true
                    visible: targetReview.canJudge
                    text: qsTr("Note")
                }
                FieldArea {
                    id: noteField
                    objectName: "judgementNoteField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(70, implicitHeight)
                    visible: targetReview.canJudge
                    placeholderText: qsTr("Anything the moderator should know (optional)")
                    onTextChanged: if (text !== "") page.savedText = ""
                }
                Banner {
                    objectName: "reviewMessage"
                    Layout.fillWidth: true
                    visible: targetReview.message !== ""
                    tone: "error"
                    text: targetReview.message
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: targetReview.canJudge
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: page.savedText !== "" ? page.savedText
                            : page.chosenStatus === 0 ? qsTr("Choose a status to save the judgement.")
                            : page.formDirty ? qsTr("Not saved yet.") : ""
                        wrapMode: Text.WordWrap
                        color: page.savedText !== "" ? Theme.successText : Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    TextButton {
                        visible: page.formDirty
                        text: qsTr("Undo changes")
                        onClicked: page.resetForm()
                    }
                    PrimaryButton {
                        objectName: "saveJudgementButton"
                        text: qsTr("Save judgement")
                        enabled: page.chosenStatus > 0 && page.formDirty
                        onClicked: saveAfterTap.start()
                    }
                }

                // --- On to next term's target, once judged with a next step
                Panel {
                    objectName: "nextTermPanel"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    visible: targetReview.judged && targetReview.currentNextStep !== ""
                    implicitHeight: nextTerm.implicitHeight + 2 * Theme.spacing
                    ColumnLayout {
                        id: nextTerm
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                        spacing: Theme.gap
                        Text {
                            Layout.fillWidth: true
                            text: targetReview.nextTermText
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            PrimaryButton {
                                objectName: "carryIntoNextTermButton"
                                visible: targetReview.canJudge && targetReview.currentNextStep === "continue"
                                         && targetReview.nextTermTargetId === "" && Session.nextTermName !== ""
                                text: qsTr("Carry into %1").arg(Session.nextTermName)
                                onClicked: targetReview.continueTarget()
                            }
                            PrimaryButton {
                                objectName: "writeNextTargetButton"
                                visible: targetReview.canJudge && targetReview.currentNextStep !== "continue"
                                         && targetReview.nextTermTargetId === "" && Session.nextTermName !== ""
                                text: qsTr("Write next term's target")
                                onClicked: Navigator.showTargetEditor(page.targetId, "")
                            }
                            TextButton {
                                objectName: "openNextTargetButton"
                                visible: targetReview.nextTermTargetId !== ""
                                text: qsTr("Open next term's target")
                                onClicked: Navigator.showTargetEditor("", targetReview.nextTermTargetId)
                            }
                        }
                    }
                }

                // --- Every judgement, the changed minds crossed out as on the paper form
                SectionHeading {
                    visible: targetReview.history.length > 0
                    text: qsTr("Judgements so far")
                }
                Banner {
                    objectName: "clashBanner"
                    Layout.fillWidth: true
                    visible: targetReview.clashText !== ""
                    tone: "warning"
                    heading: qsTr("Two judgements disagree")
                    text: targetReview.clashText
                }
                Repeater {
                    objectName: "judgementHistory"
                    model: targetReview.history
                    Rectangle {
                        id: entry
                        required property var modelData
                        readonly property bool crossed: modelData.superseded === true
                        Layout.fillWidth: true
                        implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: crossed ? Theme.background : Theme.surface
                        border.width: modelData.current === true ? 2 : 1
                        border.color: modelData.inClash === true ? Theme.warningText
                                    : modelData.current === true ? Theme.primary : Theme.divider
                        ColumnLayout {
                            id: entryColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                Text {
                                    Layout.fillWidth: true
                                    text: entry.modelData.nextStepText !== ""
                                          ? entry.modelData.statusText + "  ·  " + entry.modelData.nextStepText
                                          : entry.modelData.statusText
                                    wrapMode: Text.WordWrap
                                    color: entry.crossed ? Theme.textMuted : Theme.text
                                    font.pixelSize: Theme.largeSize
                                    font.bold: !entry.crossed
                                    font.strikeout: entry.crossed
                                }
                                Pill {
                                    text: entry.crossed ? qsTr("Changed") : entry.modelData.current === true ? qsTr("Stands") : qsTr("Also stands")
                                    color: entry.crossed ? Theme.surface : Theme.primaryLight
                                    textColour: entry.crossed ? Theme.textMuted : Theme.primaryDark
                                    strong: !entry.crossed
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                text: [entry.modelData.roleText, entry.modelData.byText, entry.modelData.whenText].join("  ·  ")
                                wrapMode: Text.WordWrap
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                            }
                            Repeater {
                                model: [{ label: qsTr("Can do now"), value: entry.modelData.currentAbilities },
                                        { label: qsTr("Learner voice"), value: entry.modelData.learnerVoice },
                                        { label: qsTr("Note"), value: entry.modelData.note }]
                                Text {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    visible: modelData.value !== ""
                                    text: modelData.label + ": " + modelData.value
                                    wrapMode: Text.WordWrap
                                    color: entry.crossed ? Theme.textMuted : Theme.text
                                    font.pixelSize: Theme.smallSize + 1
                                    font.strikeout: entry.crossed
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
