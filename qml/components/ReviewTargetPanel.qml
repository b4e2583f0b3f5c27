import QtQuick
import QtQuick.Layouts
import Stride

// The target under review, as the pupil's plan states it: its area (in the area's colour), the
// words with their success criteria, what it aims at, the EHCP outcomes it serves and the
// provision put in place for it.
Panel {
    id: panel
    property string areaName
    property color areaColour: Theme.primary
    property string targetText
    property string aspectsText
    property string ehcpText
    property string provisionText
    // Smaller beside the evidence (a narrow column), larger across the page.
    property int textSize: Theme.largeSize

    implicitHeight: column.implicitHeight + 2 * Theme.spacing + 4

    Rectangle {
        width: 6
        radius: 3
        color: panel.areaColour
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 10 }
    }
    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.pagePadding
        anchors.rightMargin: Theme.spacing + 4
        anchors.topMargin: Theme.spacing + 2
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: panel.areaName
            wrapMode: Text.WordWrap
            color: panel.areaColour
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            text: panel.targetText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: panel.textSize
            lineHeight: 1.15
        }
        Repeater {
            model: [panel.aspectsText, panel.ehcpText,
                    panel.provisionText !== "" ? qsTr("Provision: %1").arg(panel.provisionText) : ""]
            Text {
                required property string modelData
                Layout.fillWidth: true
                visible: modelData !== ""
                text: modelData
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
                lineHeight: 1.1
            }
        }
    }
}
