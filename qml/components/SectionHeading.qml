import QtQuick
import Stride

// The heading over a group of cards.
Text {
    color: Theme.textMuted
    font.pixelSize: Theme.bodySize
    font.bold: true
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 1.2
    topPadding: Theme.spacing
    bottomPadding: Theme.gap
}
