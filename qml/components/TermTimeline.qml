pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Stride

// The term at a glance: each stage of the termly cycle with its date, the current one marked, so
// everyone can see how long is left before assessment week, moderation and the ILP documents.
Panel {
    id: timeline
    property var stages: []  // Session.termCalendar
    property string heading

    implicitHeight: column.implicitHeight + 2 * Theme.spacing + 8

    FontMetrics {
        id: labelMetrics
        font.pixelSize: Theme.smallSize
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
                    ColumnLayout {
                        id: stage
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
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
                            font.pixelSize: Theme.smallSize
                            font.bold: stage.modelData.current
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: stage.modelData.current ? qsTr("Now · from %1").arg(stage.modelData.date)
                                                          : stage.modelData.date
                            color: stage.modelData.current ? Theme.primaryDark : Theme.textMuted
                            font.pixelSize: Theme.smallSize
                            font.bold: stage.modelData.current
                        }
                    }
                }
            }
        }
    }
}
