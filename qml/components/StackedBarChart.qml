pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Stride

// A bar for each row (an area of learning, a class, an outcome), split into its parts in the
// chart's colours, its name at the side and its total at the end. Bars are drawn to one scale, the
// largest total, so a longer bar is more forms as well as a different split. A key above names the
// parts. Drawn with rectangles: nothing to paint, and the counts are text a screen reader reads.
ColumnLayout {
    id: chart
    // [{ name, counts: [n, ...] (one per part), total, text (the row in words) }]
    property var rows: []
    // [{ name, colour }], in the order of each row's counts.
    property var parts: []
    property bool showKey: true
    // Each bar as its own whole: the shares within each row compared, whatever their totals.
    property bool proportional: false

    // The names' column: a page with several charts gives them all one, so their bars line up.
    property int labelWidth: width < 560 ? 150 : 230
    readonly property int largest: {
        let most = 1
        for (let i = 0; i < rows.length; ++i)
            most = Math.max(most, rows[i].total)
        return most
    }

    spacing: Theme.gap

    Flow {
        Layout.fillWidth: true
        visible: chart.showKey
        spacing: Theme.spacing
        Repeater {
            model: chart.parts
            Row {
                id: keyEntry
                required property var modelData
                spacing: 6
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 16
                    height: 16
                    radius: 3
                    color: keyEntry.modelData.colour
                }
                Text {
                    text: keyEntry.modelData.name
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                }
            }
        }
    }

    Repeater {
        model: chart.rows
        RowLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.gap
            Accessible.role: Accessible.StaticText
            Accessible.name: row.modelData.text

            Text {
                Layout.preferredWidth: chart.labelWidth
                Layout.minimumWidth: chart.labelWidth
                Layout.maximumWidth: chart.labelWidth
                Layout.alignment: Qt.AlignVCenter
                text: row.modelData.name
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
            }
            Item {
                id: track
                Layout.fillWidth: true
                Layout.preferredHeight: 32
                Row {
                    height: parent.height
                    Repeater {
                        model: row.modelData.counts
                        Rectangle {
                            id: piece
                            required property int modelData
                            required property int index
                            visible: modelData > 0
                            width: track.width * modelData / (chart.proportional ? Math.max(1, row.modelData.total) : chart.largest)
                            height: track.height
                            color: chart.parts[index] ? chart.parts[index].colour : Theme.primary
                            Text {
                                anchors.centerIn: parent
                                visible: piece.width >= width + 8
                                text: piece.modelData
                                color: Theme.textOnPrimary
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                        }
                    }
                }
            }
            Text {
                Layout.preferredWidth: 44
                Layout.alignment: Qt.AlignVCenter
                horizontalAlignment: Text.AlignRight
                text: row.modelData.total
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
                font.bold: true
            }
        }
    }
}
