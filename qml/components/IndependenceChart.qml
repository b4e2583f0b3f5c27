pragma ComponentBehavior: Bound
import QtQuick
import Stride

// MAPP Independence as a chart: each piece of evidence a dot at the day it was captured (across
// the term) and the help it needed (up the side, from full physical at the foot to independent at
// the top), so a line that climbs is a pupil needing less help. Half term is a dashed line.
Item {
    id: chart
    // [{ x (0..1), step (0..4) }], the step names bottom to top, [{ x, text }] along the foot.
    property var points: []
    property var steps: []
    property var months: []
    property real halfTermX: -1
    property string emptyText

    readonly property int labelWidth: width < 520 ? 112 : 136
    readonly property real plotLeft: labelWidth + 8
    readonly property real plotRight: width - 12
    readonly property real plotTop: 14
    readonly property real plotBottom: height - 30
    readonly property int stepCount: Math.max(1, steps.length - 1)
    function xAt(fraction: real): real {
        return plotLeft + Math.max(0, Math.min(1, fraction)) * (plotRight - plotLeft)
    }
    function yAt(step: real): real {
        return plotBottom - step / stepCount * (plotBottom - plotTop)
    }

    implicitHeight: 250
    Accessible.role: Accessible.Chart
    Accessible.name: emptyText

    onPointsChanged: canvas.requestPaint()
    onHalfTermXChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            // The steps, as faint rules.
            ctx.strokeStyle = Theme.divider
            ctx.lineWidth = 1
            for (let s = 0; s <= chart.stepCount; ++s) {
                const y = Math.round(chart.yAt(s)) + 0.5
                ctx.beginPath()
                ctx.moveTo(chart.plotLeft, y)
                ctx.lineTo(chart.plotRight, y)
                ctx.stroke()
            }
            // Half term, dashed (drawn as dashes: setLineDash is not on every renderer).
            if (chart.halfTermX >= 0) {
                const x = Math.round(chart.xAt(chart.halfTermX)) + 0.5
                ctx.strokeStyle = Theme.textMuted
                for (let y = chart.plotTop; y < chart.plotBottom; y += 10) {
                    ctx.beginPath()
                    ctx.moveTo(x, y)
                    ctx.lineTo(x, Math.min(y + 5, chart.plotBottom))
                    ctx.stroke()
                }
            }
            const pts = chart.points
            if (pts.length === 0)
                return
            ctx.strokeStyle = Theme.primary
            ctx.lineWidth = 2.5
            ctx.beginPath()
            for (let i = 0; i < pts.length; ++i) {
                const px = chart.xAt(pts[i].x)
                const py = chart.yAt(pts[i].step)
                if (i === 0)
                    ctx.moveTo(px, py)
                else
                    ctx.lineTo(px, py)
            }
            ctx.stroke()
            ctx.fillStyle = Theme.primaryDark
            for (let j = 0; j < pts.length; ++j) {
                ctx.beginPath()
                ctx.arc(chart.xAt(pts[j].x), chart.yAt(pts[j].step), 5.5, 0, 2 * Math.PI)
                ctx.fill()
            }
        }
    }

    // The help given, bottom to top.
    Repeater {
        model: chart.steps
        Text {
            required property string modelData
            required property int index
            x: 0
            width: chart.labelWidth
            y: chart.yAt(index) - height / 2
            horizontalAlignment: Text.AlignRight
            text: modelData
            elide: Text.ElideRight
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize - 1
        }
    }
    // The months along the foot.
    Repeater {
        model: chart.months
        Text {
            required property var modelData
            x: chart.xAt(modelData.x)
            y: chart.plotBottom + 6
            text: modelData.text
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize - 1
        }
    }
    Text {
        visible: chart.halfTermX >= 0
        x: chart.xAt(chart.halfTermX) + 4
        y: 0
        text: qsTr("Half term")
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize - 2
    }
    Text {
        visible: chart.points.length === 0
        x: chart.plotLeft
        width: chart.plotRight - chart.plotLeft
        y: (chart.plotTop + chart.plotBottom - height) / 2
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: chart.emptyText
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
    }
}
