pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A PIN pad for a shared tablet: large keys, dots for the digits typed so far, Delete and Clear.
// When `pinLength` digits are in, it emits submitted(pin) and empties itself for the next try.
// A hardware keyboard works too (digits, Backspace, Escape).
FocusScope {
    id: pad

    property int pinLength: 4
    property int keyWidth: 112
    property int keyHeight: 84

    signal submitted(string pin)

    property string digits: ""

    function enterDigit(digit) {
        if (!enabled || digits.length >= pinLength)
            return
        digits += String(digit)
        if (digits.length === pinLength) {
            const pin = digits
            digits = ""
            submitted(pin)
        }
    }
    function backspace() {
        if (enabled)
            digits = digits.slice(0, -1)
    }
    function clear() {
        digits = ""
    }

    implicitWidth: keys.implicitWidth
    implicitHeight: column.implicitHeight
    focus: true
    onEnabledChanged: clear()

    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            enterDigit(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            backspace()
            event.accepted = true
        } else if (event.key === Qt.Key_Escape) {
            clear()
            event.accepted = true
        }
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing + 8

        Row {
            id: dots
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            spacing: 20
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 of %2 digits entered").arg(pad.digits.length).arg(pad.pinLength)

            Repeater {
                model: pad.pinLength
                Rectangle {
                    required property int index
                    width: 22
                    height: 22
                    radius: 11
                    color: index < pad.digits.length ? Theme.primary : "transparent"
                    border.width: 2
                    border.color: index < pad.digits.length ? Theme.primary : Theme.textMuted
                }
            }
        }

        GridLayout {
            id: keys
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "delete"]

                AbstractButton {
                    id: key
                    required property string modelData
                    readonly property bool isDigit: modelData.length === 1

                    objectName: isDigit ? "key" + modelData : (modelData === "clear" ? "keyClear" : "keyBackspace")
                    Layout.preferredWidth: pad.keyWidth
                    Layout.preferredHeight: pad.keyHeight
                    focusPolicy: Qt.NoFocus
                    enabled: pad.enabled
                    text: isDigit ? modelData : (modelData === "clear" ? qsTr("Clear") : qsTr("Delete"))
                    Accessible.name: isDigit ? modelData
                                             : (modelData === "clear" ? qsTr("Clear the PIN") : qsTr("Delete the last digit"))

                    onClicked: {
                        if (isDigit)
                            pad.enterDigit(modelData)
                        else if (modelData === "clear")
                            pad.clear()
                        else
                            pad.backspace()
                    }

                    background: Rectangle {
                        radius: Theme.radius
                        // Clear and Delete are keys too, tinted and outlined so they read as buttons.
                        color: key.down ? Theme.pressed : (key.isDigit ? Theme.surface : Theme.surfaceTint)
                        opacity: key.enabled ? 1 : 0.5
                        border.width: key.isDigit ? 1 : 2
                        border.color: key.isDigit ? Theme.divider : Theme.primary
                    }
                    contentItem: Text {
                        text: key.modelData === "delete" ? "\u232B  " + key.text : key.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: key.enabled ? (key.isDigit ? Theme.text : Theme.primary) : Theme.textMuted
                        font.pixelSize: key.isDigit ? Theme.displaySize - 4 : Theme.bodySize
                        font.bold: !key.isDigit
                    }
                }
            }
        }
    }
}
