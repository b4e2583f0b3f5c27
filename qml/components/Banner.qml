import QtQuick
import QtQuick.Layouts
import Stride

// A message across a panel that someone must read and can act on: consent, low space, a save
// that did not work. The words say what happened and what to do; the colour only helps.
Rectangle {
    id: banner
    property string tone: "warning" // "warning", "error", "success" or "info"
    property alias text: label.text
    property alias heading: title.text
    default property alias actions: actionRow.data

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: tone === "error" ? Theme.errorSurface : tone === "success" ? Theme.successSurface
         : tone === "info" ? Theme.surfaceTint : Theme.warningSurface
    border.width: 1
    border.color: Qt.darker(color, 1.12)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: (title.text !== "" ? title.text + ". " : "") + label.text

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.gap
        Text {
            id: title
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: label.color
            font.pixelSize: Theme.largeSize
            font.bold: true
        }
        Text {
            id: label
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: banner.tone === "error" ? Theme.error : banner.tone === "success" ? Theme.successText
                 : banner.tone === "info" ? Theme.text : Theme.warningText
            font.pixelSize: Theme.bodySize
            lineHeight: 1.15
        }
        Flow {
            id: actionRow
            Layout.fillWidth: true
            Layout.topMargin: children.length > 0 ? Theme.gap : 0
            visible: children.length > 0
            spacing: Theme.spacing
        }
    }
}
