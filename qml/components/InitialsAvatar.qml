import QtQuick
import Stride

// A round badge with a person's initials, coloured steadily by their name. Stride shows no
// children's photos outside the evidence itself.
Rectangle {
    id: avatar
    property string initials
    property string name: initials
    property int size: 56

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.avatarColour(name)

    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Text {
        // Initials are the person's, not words to translate (the self-test's translation check).
        readonly property bool showsData: true
        anchors.centerIn: parent
        text: avatar.initials
        color: "white"
        font.pixelSize: Math.round(avatar.size * 0.38)
        font.bold: true
        font.letterSpacing: 0.5
    }
}
