import QtQuick
import QtQuick.Controls
import Stride

// What every page has: a title and a subtitle for the header, whether it has finished loading
// (`ready`), and a one-line `summary` of what it shows (the self-test prints it).
Page {
    property string subtitle
    property bool ready: true
    property string summary

    background: Rectangle { color: Theme.background }
}
