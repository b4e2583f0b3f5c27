pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The Assessment Section of seed 000's moderation form: Assessor, Moderator and SLT each circle a
// number 1-4. A changed mind is crossed out and the new number circled, as on paper, so every
// number anyone gave is still there. A row the person may write is tapped to circle; a hidden row
// (the assessor's, before the moderator has judged) says why instead of showing a number.
ColumnLayout {
    id: table
    // AssessmentModerationDetail.table: [{ roleKey, roleText, entries: [{ status, crossed }],
    // standing, hidden, hiddenText }]
    property var rows: []
    // AssessmentModerationDetail.statusChoices: [{ status, label, descriptor }]
    property var choices: []
    // The row keys this person may circle in ("assessor", "moderator", "slt").
    property var writableRoles: []
    signal circled(string roleKey, int status)

    readonly property bool narrow: width < 640
    readonly property int roleWidth: narrow ? 110 : 150
    // The four columns, the same width in the headings and in every row (4px of each row's border).
    readonly property real cellWidth: Math.max(48, (width - roleWidth - 8) / 4)

    function crossedIn(entries, status: int): bool {
        for (let i = 0; i < entries.length; ++i) {
            if (entries[i].status === status && entries[i].crossed)
                return true
        }
        return false
    }
    function writable(roleKey: string): bool {
        for (let i = 0; i < writableRoles.length; ++i) {
            if (writableRoles[i] === roleKey)
                return true
        }
        return false
    }

    spacing: 0

    // Column headings: the four statuses.
    Row {
        Layout.fillWidth: true
        leftPadding: table.roleWidth + 4
        Repeater {
            model: table.choices
            Text {
                required property var modelData
                width: table.cellWidth
                anchors.bottom: parent.bottom
                horizontalAlignment: Text.AlignHCenter
                text: modelData.label
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
    }
    Repeater {
        model: table.rows
        Rectangle {
            id: row
            required property var modelData
            required property int index
            readonly property bool mine: table.writable(modelData.roleKey) && !modelData.hidden
            objectName: "tableRow_" + modelData.roleKey
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            implicitHeight: Math.max(Theme.touchLarge + 8, rowLayout.implicitHeight + 8)
            radius: Theme.radius
            color: mine ? Theme.surface : Theme.background
            border.width: 1
            border.color: mine ? Theme.primary : Theme.divider
            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 4
                spacing: 0
                Text {
                    Layout.preferredWidth: table.roleWidth
                    leftPadding: Theme.gap
                    text: row.modelData.roleText
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    visible: row.modelData.hidden
                    text: row.modelData.hiddenText
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    font.italic: true
                }
                Repeater {
                    model: row.modelData.hidden ? [] : table.choices
                    AbstractButton {
                        id: cell
                        required property var modelData
                        readonly property bool circled: row.modelData.standing === modelData.status
                        readonly property bool crossed: table.crossedIn(row.modelData.entries, modelData.status)
                        objectName: "cell_" + row.modelData.roleKey + "_" + modelData.status
                        Layout.preferredWidth: table.cellWidth
                        Layout.preferredHeight: Theme.touchLarge
                        enabled: row.mine
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: circled
                        Accessible.name: row.modelData.roleText + ": " + modelData.label
                                         + (crossed ? ", " + qsTr("crossed out") : "")
                        onClicked: table.circled(row.modelData.roleKey, modelData.status)
                        background: Rectangle {
                            radius: Theme.radius
                            color: cell.down ? Theme.pressed : "transparent"
                        }
                        contentItem: Item {
                            Rectangle {
                                anchors.centerIn: parent
                                width: 48
                                height: 48
                                radius: 24
                                color: cell.circled ? Theme.primaryLight : "transparent"
                                border.width: cell.circled ? 3 : (row.mine ? 1 : 0)
                                border.color: cell.circled ? Theme.primary : Theme.divider
                            }
                            Text {
                                anchors.centerIn: parent
                                text: cell.modelData.status
                                color: cell.crossed ? Theme.textMuted : Theme.text
                                font.pixelSize: Theme.largeSize
                                font.bold: cell.circled
                            }
                            // A changed mind: the old number crossed through, still readable.
                            Rectangle {
                                visible: cell.crossed
                                anchors.centerIn: parent
                                width: 40
                                height: 3
                                rotation: -35
                                color: Theme.error
                            }
                        }
                    }
                }
            }
        }
    }
}
