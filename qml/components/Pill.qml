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
    implicitHeight: Math.max(32, label.implicitHeight + 10)
    radius: height / 2
    color: Theme.surfaceTint

    Text {
        id: label
        property bool showsData: false
        anchors.centerIn: parent
        color: pill.textColour
        font.pixelSize: pill.fontSize
        font.bold: pill.strong
    }
}
