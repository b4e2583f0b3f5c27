import QtQuick
import QtQuick.Layouts
import Stride

// One MAPP aspect on the review page: its name, what it is about (seed 000's words), then the
// figures drawn from the evidence's tags, and a sentence a teacher can quote.
Panel {
    id: panel
    property string heading
    property string meaning
    property string sentence
    default property alias content: body.data

    implicitHeight: column.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        anchors.leftMargin: Theme.spacing + 4
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: panel.heading
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.largeSize
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.meaning
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.gap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: panel.sentence
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            lineHeight: 1.15
        }
    }
}
