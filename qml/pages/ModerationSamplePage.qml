pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A class's sample for the moderation meeting, for one kind of form: every target of the class
// this term, Stride's suggestion ticked to start with and the reason for each, and one button that
// makes the forms for the targets ticked, filled in from what Stride already knows.
StridePage {
    id: page
    objectName: "moderation-sample"

    property string classId
    property string formKind: "assessment"
    // Forms made: back to the meeting, with a word of how many.
    signal finished(string message)

    ready: chooser.ready
    title: page.formKind === "targetSetting" ? qsTr("Target-setting sample: %1").arg(chooser.className)
                                              : qsTr("Assessment sample: %1").arg(chooser.className)
    subtitle: Session.termName
    summary: "%1 %2: %3 target(s), %4 ticked".arg(chooser.className).arg(page.formKind).arg(chooser.choices.length)
        .arg(chooser.chosenCount)

    ModerationSampleChooser {
        id: chooser
        objectName: "sampleChooser"
        session: Session
        classId: page.classId
        formKind: page.formKind
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            Layout.topMargin: Theme.spacing + 4
            Layout.bottomMargin: Theme.spacing
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: page.formKind === "targetSetting"
                      ? qsTr("Tick the targets whose next target the moderator should check. Stride has ticked a spread of areas and judgements.")
                      : qsTr("Tick the targets to bring to the meeting. Stride has ticked a spread of areas and judgements, and the target with the least evidence.")
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Chip {
                    objectName: "kindAssessment"
                    text: qsTr("Assessment forms")
                    checked: page.formKind !== "targetSetting"
                    onClicked: page.formKind = "assessment"
                }
                Chip {
                    objectName: "kindTargetSetting"
                    text: qsTr("Target-setting forms")
                    checked: page.formKind === "targetSetting"
                    onClicked: page.formKind = "targetSetting"
                }
                TextButton {
                    text: qsTr("Use Stride's suggestion")
                    onClicked: chooser.useSuggestion()
                }
            }
            Banner {
                Layout.fillWidth: true
                visible: !chooser.mayChoose
                tone: "info"
                text: qsTr("Class teachers choose their own class's sample; SLT can choose any class's.")
            }
        }

        ListView {
            id: list
            objectName: "sampleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap
            leftMargin: Theme.pagePadding
            rightMargin: Theme.pagePadding
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            model: chooser.choices
            delegate: Chip {
                id: choice
                required property var modelData
                objectName: "choice_" + modelData.targetId
                width: list.width - list.leftMargin - list.rightMargin
                enabled: !modelData.formMade && chooser.mayChoose
                checked: modelData.chosen || modelData.formMade
                detailLines: 4
                text: modelData.pupilName + "  ·  " + modelData.areaName + "  ·  " + modelData.statusText
                detail: [modelData.targetText,
                         modelData.evidenceText
                         + (modelData.formMade ? "  ·  " + qsTr("Form made")
                            : modelData.suggested ? "  ·  " + qsTr("Suggested: %1").arg(modelData.reasonsText) : "")]
                        .join("\n")
                onClicked: chooser.toggle(modelData.targetId)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: Theme.divider
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: chooser.message !== "" ? chooser.message
                                             : qsTr("%n target(s) ticked", "", chooser.chosenCount)
                wrapMode: Text.WordWrap
                color: chooser.message !== "" ? Theme.error : Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            PrimaryButton {
                objectName: "makeFormsButton"
                enabled: chooser.mayChoose && chooser.chosenCount > 0
                text: qsTr("Make %n form(s)", "", chooser.chosenCount)
                onClicked: {
                    const made = chooser.makeForms()
                    if (made >= 0)
                        page.finished(qsTr("%n form(s) made for %1", "", made).arg(chooser.className))
                }
            }
        }
    }
}
