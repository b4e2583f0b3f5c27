pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Next term's target, being written: last term's target and its judgement above, the words with
// the target checker reading them as they are typed (in the guidance's own terms, and never in the
// way of saving), the EHCP outcomes it serves or why none, the MAPP aspects it aims at, its
// provision and when it should be met.
StridePage {
    id: page
    objectName: "target-editor"

    // This term's judged target it comes from (Amend, Replace), or next term's target as saved.
    property string fromTargetId
    property string targetId
    // Saved: back to where it was opened from, with a word of confirmation.
    signal finished(string message)

    ready: editor.ready || editor.problem !== ""
    title: editor.areaName !== "" ? editor.areaName : qsTr("Next term's target")
    subtitle: editor.pupilName !== "" ? editor.pupilName + "  ·  " + editor.termName : ""
    summary: "%1, %2 (%3): %4, %5 finding(s)%6".arg(editor.pupilName).arg(editor.areaName).arg(editor.termName)
        .arg(editor.checkerText).arg(editor.findings.length).arg(editor.dirty ? ", unsaved changes" : "")

    readonly property bool wide: width >= 1100
    readonly property bool anyOutcomeLinked: page.anyLinked(editor.outcomes)
    // (Array methods on a QVariantList are beyond qmllint 6.4's types, so the list comes in as a
    // parameter.)
    function anyLinked(outcomes): bool {
        for (let i = 0; i < outcomes.length; ++i) {
            if (outcomes[i].linked)
                return true
        }
        return false
    }

    function leave() {
        if (editor.dirty) {
            leaveDialog.open()
            return false
        }
        return true
    }
    function appendWords(words: string) {
        const text = editor.text.replace(/[\s.]+$/, "")
        editor.text = text === "" ? words : text + " " + words + "."
    }

    TargetEditor {
        id: editor
        objectName: "targetEditor"
        session: Session
        fromTargetId: page.fromTargetId
        targetId: page.targetId
        onSaved: page.finished(qsTr("Target saved for %1, %2").arg(editor.pupilName).arg(editor.termName))
    }
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: editor.save()
    }
    ConfirmDialog {
        id: leaveDialog
        question: qsTr("Leave without saving this target?")
        explanation: qsTr("What you wrote here has not been saved.")
        confirmText: qsTr("Leave without saving")
        cancelText: qsTr("Stay")
        onConfirmed: {
            editor.revert()
            page.StackView.view.pop()
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: !editor.ready && editor.problem !== ""
        heading: qsTr("There is no target to write here")
        message: editor.problem
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        visible: editor.ready

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: form.implicitHeight + 2 * Theme.pagePadding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: form
                x: Theme.pagePadding
                y: Theme.spacing + 4
                width: flick.width - 2 * Theme.pagePadding
                spacing: Theme.spacing

                // --- Where it comes from
                Panel {
                    objectName: "previousTarget"
                    Layout.fillWidth: true
                    visible: editor.previousText !== ""
                    color: Theme.background
                    implicitHeight: previous.implicitHeight + 2 * Theme.spacing
                    ColumnLayout {
                        id: previous
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: editor.lineageText
                            wrapMode: Text.WordWrap
                            color: Theme.primaryDark
                            font.pixelSize: Theme.smallSize + 1
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: editor.previousText
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            lineHeight: 1.15
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: editor.previousJudgementText
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallSize + 1
                        }
                    }
                }

                // --- The words, with the checker beside them (below, on a narrow screen)
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.wide ? 2 : 1
                    columnSpacing: Theme.pagePadding
                    rowSpacing: Theme.spacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        Layout.alignment: Qt.AlignTop
                        spacing: Theme.gap
                        FieldLabel {
                            Layout.fillWidth: true
                            text: qsTr("Target for %1").arg(editor.termName)
                        }
                        FieldArea {
                            id: textField
                            objectName: "targetTextField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(180, implicitHeight)
                            text: editor.text
                            onTextChanged: if (text !== editor.text) editor.text = text
                            placeholderText: qsTr("To … (what they will do, how often or how well, with how much help, where)")
                            font.pixelSize: Theme.bodySize + 1
                        }
                    }

                    // The checker: friendly, in the guidance's words, and it never stops a save.
                    Rectangle {
                        objectName: "targetChecker"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: page.wide ? 30 : 0
                        implicitHeight: checker.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: editor.findings.length === 0 ? Theme.successSurface : Theme.surfaceTint
                        border.width: 1
                        border.color: Qt.darker(color, 1.12)
                        ColumnLayout {
                            id: checker
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                            spacing: Theme.gap
                            Text {
                                Layout.fillWidth: true
                                text: editor.checkerText
                                wrapMode: Text.WordWrap
                                color: editor.findings.length === 0 ? Theme.successText : Theme.text
                                font.pixelSize: Theme.largeSize
                                font.bold: true
                            }
                            Repeater {
                                model: editor.findings
                                Text {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    text: "•  " + modelData.sentence
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.bodySize - 1
                                    lineHeight: 1.15
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: editor.suggestions.length > 0
                                text: qsTr("Words for the aspects it could aim at (tap to add them):")
                                wrapMode: Text.WordWrap
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                            Flow {
                                Layout.fillWidth: true
                                visible: editor.suggestions.length > 0
                                spacing: Theme.gap
                                // A chip for each way of saying each aspect, the aspect under it.
                                Repeater {
                                    model: editor.suggestions
                                    Repeater {
                                        id: suggestion
                                        required property var modelData
                                        model: suggestion.modelData.words
                                        Chip {
                                            required property string modelData
                                            maximumWidth: checker.width
                                            text: modelData
                                            detail: suggestion.modelData.aspectText
                                            detailLines: 1
                                            onClicked: page.appendWords(modelData)
                                        }
                                    }
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("The checker only advises: the target can be saved as it is.")
                                wrapMode: Text.WordWrap
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                }

                // --- EHCP outcomes, or why none
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Which EHCP outcomes does it work towards?")
                }
                Text {
                    Layout.fillWidth: true
                    visible: editor.outcomes.length === 0
                    text: qsTr("No EHCP outcomes are recorded for %1.").arg(editor.pupilName)
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                Repeater {
                    model: editor.outcomes
                    Chip {
                        required property var modelData
                        objectName: "outcome_" + modelData.outcomeId
                        Layout.fillWidth: true
                        text: modelData.reference
                        detail: modelData.text
                        detailLines: 3
                        checked: modelData.linked
                        onClicked: editor.setOutcomeLinked(modelData.outcomeId, !modelData.linked)
                    }
                }
                FieldLabel {
                    Layout.fillWidth: true
                    visible: !page.anyOutcomeLinked
                    text: qsTr("Why is it not linked to an EHCP outcome?")
                }
                TextField {
                    id: reasonField
                    objectName: "noEhcpReasonField"
                    Layout.fillWidth: true
                    visible: !page.anyOutcomeLinked
                    text: editor.noEhcpLinkReason
                    onTextChanged: if (text !== editor.noEhcpLinkReason) editor.noEhcpLinkReason = text
                    placeholderText: qsTr("For example: the family asked for it; the EHCP is being reviewed")
                    placeholderTextColor: Theme.placeholder
                    font.pixelSize: Theme.bodySize
                }

                // --- The aspects it aims at
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Which MAPP aspects does it aim at?")
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: form.width >= 700 ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: editor.aspects
                        Chip {
                            required property var modelData
                            objectName: "aspect_" + modelData.key
                            Layout.fillWidth: true
                            text: modelData.label
                            detail: modelData.suggestedWords
                            detailLines: 2
                            checked: modelData.chosen
                            onClicked: editor.setAspectChosen(modelData.key, !modelData.chosen)
                        }
                    }
                }

                // --- Provision and when it should be met
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Provision: interventions and strategies")
                }
                FieldArea {
                    id: provisionField
                    objectName: "provisionField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(110, implicitHeight)
                    text: editor.provision
                    onTextChanged: if (text !== editor.provision) editor.provision = text
                    placeholderText: qsTr("What adults will do, and what will be in place, to help")
                }
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Predicted completion")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: dateField
                        objectName: "predictedCompletionField"
                        width: 220
                        text: editor.predictedCompletion
                        inputMethodHints: Qt.ImhDate
                        validator: RegularExpressionValidator { regularExpression: /^(\d{0,4}(-\d{0,2}(-\d{0,2})?)?)$/ }
                        placeholderText: qsTr("yyyy-mm-dd")
                        placeholderTextColor: Theme.placeholder
                        font.pixelSize: Theme.bodySize
                        Accessible.name: qsTr("Predicted completion date, as year-month-day")
                        // A whole date, or nothing: what is half typed waits.
                        onTextChanged: {
                            if ((text.length === 10 || text === "") && text !== editor.predictedCompletion)
                                editor.predictedCompletion = text
                        }
                    }
                    Text {
                        height: dateField.height
                        verticalAlignment: Text.AlignVCenter
                        text: editor.predictedCompletionText
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                }
            }
        }

        // --- Save, always in reach
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchLarge, saveMessage.implicitHeight) + 2 * Theme.spacing
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
                    id: saveMessage
                    objectName: "editorMessage"
                    Layout.fillWidth: true
                    text: editor.message !== "" ? editor.message
                          : editor.isNew ? qsTr("Not saved yet: this target is new.")
                          : editor.dirty ? qsTr("You have changes that are not saved yet.") : ""
                    wrapMode: Text.WordWrap
                    color: editor.message !== "" ? Theme.error : Theme.warningText
                    font.pixelSize: Theme.bodySize
                }
                TextButton {
                    visible: editor.dirty && !editor.isNew
                    text: qsTr("Undo changes")
                    onClicked: editor.revert()
                }
                PrimaryButton {
                    objectName: "saveTargetButton"
                    text: qsTr("Save target")
                    enabled: editor.dirty || editor.isNew
                    onClicked: saveAfterTap.start()
                }
            }
        }
    }
}
