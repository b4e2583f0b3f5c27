import QtQuick
import QtTest
import Stride

// Text a person must read is at least 4.5:1 against what it sits on (WCAG AA), placeholders in
// fields included: Material's own hint colour is about 2.6:1.
TestCase {
    id: testCase
    name: "Contrast"
    width: 600
    height: 400
    visible: true
    when: windowShown

    function luminance(c) {
        const lin = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    Component {
        id: noteComponent
        NoteField {
            width: 500
            big: true
        }
    }

    function test_placeholderIsReadable() {
        for (const surface of [Theme.surface, Theme.background, Theme.surfaceTint])
            verify(contrast(Theme.placeholder, surface) >= 4.5,
                   "placeholder on " + surface + ": " + contrast(Theme.placeholder, surface).toFixed(2))
        const note = createTemporaryObject(noteComponent, testCase)
        verify(note)
        const area = findChild(note, "noteArea")
        verify(area)
        compare(area.text, "")
        verify(contrast(area.placeholderTextColor, Theme.surface) >= 4.5,
               "the note's placeholder: " + contrast(area.placeholderTextColor, Theme.surface).toFixed(2))
    }
}
