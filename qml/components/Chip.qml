import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A choice that can be tapped on and off: a target, a prompt level, a setting. 56px tall (a
// finger, not a stylus), with an empty ring when not chosen and a tick on a filled colour when
// chosen, so the state does not rest on colour alone and the chip does not change size.
AbstractButton {
    id: chip
    property color accent: Theme.primary
    property string detail // a second, smaller line (a target's text under its area)
    property int detailLines: 2
    property int maximumWidth: 10000
    readonly property int markWidth: 30

    // The owner binds `checked` to its model and acts on clicked(): the model is the truth.
    checkable: false
    focusPolicy: Qt.StrongFocus
    leftPadding: Theme.spacing - 2
    rightPadding: Theme.spacing
    topPadding: 8
    bottomPadding: 8
    implicitWidth: Math.min(maximumWidth, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.bodySize
    Accessible.role: Accessible.CheckBox
    Accessible.name: text + (detail !== "" ? ": " + detail : "")
    Accessible.checked: checked

    background: Rectangle {
        radius: Theme.radius
        color: !chip.enabled ? Theme.background
             : chip.checked ? (chip.down ? Theme.primaryDark : chip.accent)
             : (chip.down ? Theme.pressed : Theme.surface)
        border.width: chip.visualFocus ? 3 : 1
        border.color: chip.visualFocus ? Theme.text : (chip.checked ? chip.accent : Theme.divider)
        opacity: chip.enabled ? 1 : 0.6
    }
    // Laid out rather than anchored to each other, so that nothing in the (deferred) contentItem
    // needs an id: the chip's size comes from implicitContentWidth and implicitContentHeight.
    contentItem: RowLayout {
        spacing: 0
        Item {
            Layout.preferredWidth: chip.markWidth
            Layout.fillHeight: true
            Rectangle {
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                width: 20
                height: 20
                radius: 10
                color: chip.checked ? Theme.textOnPrimary : "transparent"
                border.width: 2
                border.color: chip.checked ? Theme.textOnPrimary : (chip.enabled ? Theme.textMuted : Theme.divider)
                Text {
                    anchors.centerIn: parent
                    visible: chip.checked
                    text: "\u2713"
                    color: chip.accent
                    font.pixelSize: 15
                    font.bold: true
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: chip.detail !== "" ? Qt.AlignTop : Qt.AlignVCenter
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: chip.text
                // A long area name on a narrow chip goes onto a second line rather than being cut.
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: !chip.enabled ? Theme.textMuted : chip.checked ? Theme.textOnPrimary : Theme.text
                font.pixelSize: chip.font.pixelSize
                font.bold: chip.checked
            }
            Text {
                Layout.fillWidth: true
                visible: chip.detail !== ""
                text: chip.detail
                wrapMode: Text.WordWrap
                maximumLineCount: chip.detailLines
                elide: Text.ElideRight
                color: chip.checked ? Theme.textOnPrimary : Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
