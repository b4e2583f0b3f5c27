import QtQuick
import QtQuick.Controls
import Stride

// A text box for a few sentences, as every form in the app draws one: the placeholder in the
// theme's readable grey, wrapped words, a border that thickens with focus, and a quieter fill when
// the person may only read it.
TextArea {
    id: area
    placeholderTextColor: Theme.placeholder
    wrapMode: TextArea.Wrap
    padding: 12
    font.pixelSize: Theme.bodySize
    background: Rectangle {
        radius: Theme.radius / 2
        color: area.readOnly ? Theme.background : Theme.surface
        border.width: area.activeFocus ? 2 : 1
        border.color: area.activeFocus ? Theme.primary : Theme.divider
    }
}
