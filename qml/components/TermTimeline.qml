pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The term at a glance: each stage of the termly cycle with its date, the current one marked, so
// everyone can see how long is left before assessment week, moderation and the ILP documents.
// Tapping a stage says when it is and what happens then.
Panel {
    id: timeline
    property var stages: []  // Session.termCalendar
    property string heading
    // Offer the moderation meeting's page from its stage (for staff who take part in it).
    property bool offersModeration: false
    signal moderationChosen()
    // The stage tapped, or -1 for the one the school is in now.
    property int chosenIndex: -1
    readonly property int shownIndex: {
        if (chosenIndex >= 0 && chosenIndex < stages.length)
            return chosenIndex
        for (let i = 0; i < stages.length; ++i)
            if (stages[i].current)
                return i
        return -1
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spacing + 8

    // Eight stages across a tablet held upright leave about 85px each: a size at which
    // "Assessment" still fits on its line.
    readonly property int labelSize: width < 900 ? Theme.smallSize - 3 : Theme.smallSize

    FontMetrics {
        id: labelMetrics
        font.pixelSize: timeline.labelSize
        font.bold: true
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.margins: Theme.spacing + 8
        spacing: Theme.spacing

        Text {
            text: timeline.heading
            color: Theme.text
            font.pixelSize: Theme.largeSize
            font.bold: true
        }

        Item {
            Layout.fillWidth: true
            implicitHeight: stageRow.implicitHeight

            // The line the stages sit on.
            Rectangle {
                x: stageRow.width / timeline.stages.length / 2
                width: stageRow.width - 2 * x
                y: 11
                height: 2
                color: Theme.divider
            }

            RowLayout {
                id: stageRow
                anchors { left: parent.left; right: parent.right }
                spacing: 0

                Repeater {
                    model: timeline.stages
                    // A stage is a button: a tap says when it is and what happens then.
                    AbstractButton {
                        id: stage
                        required property var modelData
                        required property int index
                        readonly property bool chosen: timeline.shownIndex === index
                        objectName: "termStage_" + index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        implicitHeight: Math.max(Theme.touch, implicitContentHeight + 8)
                        // A gap between neighbours' labels: without it, narrow stages on a tablet
                        // held upright ran "documents go" into "maps finished".
                        horizontalPadding: 4
                        Accessible.name: modelData.label + ", " + modelData.when
                        onClicked: timeline.chosenIndex = index
                        background: Rectangle {
                            radius: Theme.radius
                            color: stage.down ? Theme.pressed : stage.chosen ? Theme.background : "transparent"
                            border.width: stage.visualFocus ? 3 : 0
                            border.color: Theme.text
                        }
                        contentItem: ColumnLayout {
                            spacing: 6
                            Rectangle {
                                Layout.alignment: Qt.AlignHCenter
                                width: 24
                                height: 24
                                radius: 12
                                color: stage.modelData.current ? Theme.primary
                                     : stage.modelData.past ? Theme.primaryLight : Theme.surface
                                border.width: 2
                                border.color: stage.modelData.current || stage.modelData.past ? Theme.primary : Theme.textMuted
                            }
                            Text {
                                Layout.fillWidth: true
                                // Two lines for every label, so the dates below line up.
                                Layout.preferredHeight: Math.max(implicitHeight, Math.ceil(labelMetrics.lineSpacing * 2))
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignTop
                                text: stage.modelData.label
                                wrapMode: Text.WordWrap
                                color: stage.modelData.current ? Theme.primaryDark : Theme.text
                                font.pixelSize: timeline.labelSize
                                font.bold: stage.modelData.current || stage.chosen
                                font.underline: stage.chosen
                            }
                            Text {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                wrapMode: Text.WordWrap
                                text: stage.modelData.current ? qsTr("Now · from %1").arg(stage.modelData.date)
                                                              : stage.modelData.date
                                color: stage.modelData.current ? Theme.primaryDark : Theme.textMuted
                                font.pixelSize: timeline.labelSize
                                font.bold: stage.modelData.current
                            }
                        }
                    }
                }
            }
        }

        // The stage tapped (at first, the one the school is in): when, and what happens then.
        Text {
            objectName: "termStageDetail"
            Layout.fillWidth: true
            visible: timeline.shownIndex >= 0
            wrapMode: Text.WordWrap
            textFormat: Text.StyledText
            text: visible ? qsTr("<b>%1</b>: %2. %3").arg(timeline.stages[timeline.shownIndex].label)
                                                     .arg(timeline.stages[timeline.shownIndex].when)
                                                     .arg(timeline.stages[timeline.shownIndex].about)
                          : ""
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        TextButton {
            objectName: "openModerationButton"
            visible: timeline.offersModeration && timeline.shownIndex >= 0
                     && timeline.stages[timeline.shownIndex].moderation === true
            text: qsTr("Open the moderation meeting  ›")
            onClicked: timeline.moderationChosen()
        }
    }
}
