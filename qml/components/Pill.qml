import QtQuick
import Stride

// A small rounded label: MAPP aspects, EHCP outcome references, consent, counts.
Rectangle {
    id: pill
    property alias text: label.text
    // True when the text is the school's data (a setting someone chose), not words to translate.
    property alias showsData: label.showsData
    property color textColour: Theme.text
    property bool strong: false
    property int fontSize: Theme.smallSize

    implicitWidth: label.implicitWidth + 24
    implicitHeight: Math.max(32, label.height + 10)
    // Round ends on one line; a pill made narrower than its words wraps them and keeps soft corners.
    radius: Math.min(height / 2, 16)
    color: Theme.surfaceTint

    Text {
        id: label
        property bool showsData: false
        anchors.centerIn: parent
        width: Math.min(implicitWidth, pill.width - 24)
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        color: pill.textColour
        font.pixelSize: pill.fontSize
        font.bold: pill.strong
    }
}
