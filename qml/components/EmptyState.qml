import QtQuick
import QtQuick.Layouts
import Stride

// What a page says when it has nothing to show, and what to do about it.
ColumnLayout {
    property alias heading: headingText.text
    property alias message: messageText.text
    spacing: Theme.gap

    Text {
        id: headingText
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.largeSize
        font.bold: true
    }
    Text {
        id: messageText
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
    }
}
