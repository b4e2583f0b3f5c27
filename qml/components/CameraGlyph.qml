import QtQuick

// A small camera drawn with rectangles (the app carries no icon font): body, lens, flash bump.
Item {
    id: glyph
    property color colour: "white"
    implicitWidth: 26
    implicitHeight: 20

    Rectangle {
        x: parent.width * 0.18
        width: parent.width * 0.3
        height: parent.height * 0.3
        radius: 2
        color: glyph.colour
    }
    Rectangle {
        y: parent.height * 0.18
        width: parent.width
        height: parent.height * 0.82
        radius: 4
        color: glyph.colour
        Rectangle {
            anchors.centerIn: parent
            width: parent.height * 0.62
            height: width
            radius: width / 2
            color: "transparent"
            border.width: Math.max(2, width * 0.18)
            border.color: Qt.darker(glyph.colour, 3)
        }
    }
}
