pragma Singleton
import QtQuick

// The look of Stride in one place: a calm palette with strong contrast (body text is over 12:1 on
// the cards, muted text over 7:1), type sized to be read at arm's length, spacing on an 8px grid
// and touch targets of at least 56px.
QtObject {
    // Surfaces
    readonly property color background: "#F3F5F4"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceTint: "#E8F1EF"
    readonly property color divider: "#D3DCDA"
    readonly property color pressed: "#DCEAE7"

    // Text
    readonly property color text: "#18252A"
    readonly property color textMuted: "#46565C"
    readonly property color textOnPrimary: "#FFFFFF"
    // A field's hint before anything is typed: 5.5:1 on white, 5:1 on the page (Material's own
    // hint colour is about 2.6:1), lighter than typed text so the two are not confused.
    readonly property color placeholder: "#5E6B70"

    // Brand and states
    readonly property color primary: "#1C6A63"
    readonly property color primaryDark: "#12504A"
    readonly property color primaryLight: "#D5EBE7"
    readonly property color error: "#A3261D"
    readonly property color errorSurface: "#FBEAE8"
    readonly property color warningText: "#6B4300"
    readonly property color warningSurface: "#FFF1D6"
    readonly property color successText: "#1C5A32"
    readonly property color successSurface: "#E3F2E8"

    // One colour per area of learning (by position), and for Preparing for Adulthood pathways.
    readonly property var areaColours: ["#2F6A9E", "#6C4C9C", "#2A7753", "#A5511A", "#7A5C12", "#8A3A62"]
    readonly property var pathwayColours: ["#3D5A80", "#5B6B2E", "#7B4B2A", "#2F6F73"]
    function areaColour(kind, index) {
        const list = kind === "pfa" ? pathwayColours : areaColours
        return list[Math.max(0, index) % list.length]
    }

    // Initials avatars: a steady colour per person, all dark enough for white letters.
    readonly property var avatarColours: ["#2F6A9E", "#6C4C9C", "#2A7753", "#A5511A", "#1C6A63", "#8A3A62", "#4A5A8C", "#6B5B1E"]
    function avatarColour(name) {
        let h = 0
        const s = String(name)
        for (let i = 0; i < s.length; ++i)
            h = (h * 31 + s.charCodeAt(i)) % 9973
        return avatarColours[h % avatarColours.length]
    }

    // Type (pixels)
    readonly property int smallSize: 15
    readonly property int bodySize: 18
    readonly property int largeSize: 22
    readonly property int titleSize: 28
    readonly property int displaySize: 36

    // Spacing and shape
    readonly property int gap: 8
    readonly property int spacing: 16
    readonly property int pagePadding: 32
    readonly property int radius: 12
    readonly property int touch: 56
    readonly property int touchLarge: 64
    readonly property int headerHeight: 72
}
