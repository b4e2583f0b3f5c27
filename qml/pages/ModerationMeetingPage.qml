pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The term's moderation meeting for the person signed in, the same on any tablet: the forms
// waiting for them first (their side to fill, forms to moderate, for SLT those awaiting the final
// word), then where their other forms are; and, for a class teacher or SLT, each class's sample
// to choose, which makes the forms.
StridePage {
    id: page
    objectName: "moderation-meeting"

    ready: meeting.ready
    title: qsTr("Moderation meeting")
    subtitle: meeting.termName
    summary: "%1; %2 group(s); %3 class(es) to sample".arg(meeting.waitingText).arg(meeting.groups.length)
        .arg(meeting.classes.length)

    function openForm(kind: string, formId: string) {
        if (kind === "targetSetting")
            Navigator.showTargetSettingModerationForm(formId)
        else
            Navigator.showAssessmentModerationForm(formId)
    }

    ModerationMeeting {
        id: meeting
        objectName: "moderationMeeting"
        session: Session
    }
    // Back from a form or a sample: where each form is has moved on.
    StackView.onActivating: meeting.reload()
    // The classes and their packs at the foot of the page, asked for by the self-test.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }
    ModerationExport {
        id: exporter
        objectName: "moderationExport"
        session: Session
        media: MediaFiles
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pagePadding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.pagePadding
            y: Theme.spacing + 4
            width: flick.width - 2 * Theme.pagePadding
            spacing: Theme.spacing

            Text {
                objectName: "waitingText"
                Layout.fillWidth: true
                text: meeting.waitingText
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.displaySize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The moderator looks at the evidence and gives their own judgement before seeing the assessor's. SLT then give the final word.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }

            EmptyState {
                Layout.fillWidth: true
                visible: meeting.groups.length === 0
                heading: qsTr("No forms for this meeting yet")
                message: meeting.classes.length > 0
                         ? qsTr("Choose a sample of your class's targets below: Stride suggests one, and makes the forms.")
                         : qsTr("Forms appear here when a class teacher chooses their sample.")
            }

            Repeater {
                model: meeting.groups
                ColumnLayout {
                    id: group
                    required property var modelData
                    objectName: "group_" + modelData.key
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    SectionHeading {
                        text: group.modelData.heading + "  (" + group.modelData.items.length + ")"
                    }
                    Text {
                        Layout.fillWidth: true
                        text: group.modelData.about
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize + 1
                    }
                    Repeater {
                        model: group.modelData.items
                        Card {
                            id: card
                            required property var modelData
                            objectName: "form_" + modelData.formId
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Theme.touchLarge + 24, implicitContentHeight + 2 * padding)
                            accent: modelData.kind === "targetSetting" ? Theme.areaColours[1] : Theme.primary
                            Accessible.name: modelData.kindText + ", " + modelData.pupilInitials + ", " + modelData.areaName
                            onClicked: page.openForm(modelData.kind, modelData.formId)
                            contentItem: RowLayout {
                                spacing: Theme.spacing
                                InitialsAvatar {
                                    Layout.leftMargin: 12
                                    initials: card.modelData.pupilInitials
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 4
                                    Text {
                                        Layout.fillWidth: true
                                        text: card.modelData.kindText + "  ·  " + card.modelData.className + "  ·  "
                                              + card.modelData.areaName
                                        wrapMode: Text.WordWrap
                                        color: Theme.text
                                        font.pixelSize: Theme.bodySize
                                        font.bold: true
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: card.modelData.targetText
                                        wrapMode: Text.WordWrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                        color: Theme.text
                                        font.pixelSize: Theme.smallSize + 1
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: card.modelData.stillToDo !== ""
                                              ? card.modelData.stageText + "\n" + card.modelData.stillToDo
                                              : card.modelData.stageText
                                        wrapMode: Text.WordWrap
                                        color: Theme.primaryDark
                                        font.pixelSize: Theme.smallSize
                                    }
                                }
                                Text {
                                    text: "›"
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.titleSize
                                }
                            }
                        }
                    }
                }
            }

            // --- Each class's sample: Stride suggests one, the teacher takes it or chooses their own
            SectionHeading {
                visible: meeting.classes.length > 0
                text: exporter.available ? qsTr("Each class: its sample and its pack") : qsTr("Choose a sample")
            }
            Banner {
                objectName: "packMessage"
                Layout.fillWidth: true
                visible: exporter.message !== ""
                tone: exporter.succeeded ? "success" : "error"
                text: exporter.message
            }
            Repeater {
                model: meeting.classes
                Panel {
                    id: classPanel
                    required property var modelData
                    objectName: "sample_" + modelData.classId
                    Layout.fillWidth: true
                    implicitHeight: classRow.implicitHeight + 2 * Theme.spacing
                    GridLayout {
                        id: classRow
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                        columns: page.width >= 1000 ? 2 : 1
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.gap
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                text: classPanel.modelData.name
                                color: Theme.text
                                font.pixelSize: Theme.largeSize
                                font.bold: true
                            }
                            Text {
                                text: classPanel.modelData.formsText
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize + 1
                            }
                        }
                        Flow {
                            Layout.fillWidth: page.width < 1000
                            spacing: Theme.gap
                            TextButton {
                                objectName: "sampleAssessmentButton"
                                text: qsTr("Assessment forms  ›")
                                onClicked: Navigator.showModerationSample(classPanel.modelData.classId, "assessment")
                            }
                            TextButton {
                                objectName: "sampleTargetSettingButton"
                                text: qsTr("Target-setting forms  ›")
                                onClicked: Navigator.showModerationSample(classPanel.modelData.classId, "targetSetting")
                            }
                            // On a desktop: the class's pack (one PDF of its forms, the media, a
                            // manifest), for the school, or without the media of pupils whose
                            // consent keeps it inside the school.
                            TextButton {
                                objectName: "savePackButton"
                                visible: exporter.available && classPanel.modelData.hasForms === true
                                text: qsTr("Save the pack")
                                onClicked: exporter.savePack(classPanel.modelData.classId, false)
                            }
                            TextButton {
                                objectName: "savePackOutsideButton"
                                visible: exporter.available && classPanel.modelData.hasForms === true
                                text: qsTr("Pack for outside the school")
                                onClicked: exporter.savePack(classPanel.modelData.classId, true)
                            }
                        }
                    }
                }
            }
        }
    }
}
