import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// One target on the pupil page: the area it belongs to, the target itself, the MAPP aspects it
// aims at, the EHCP outcomes it serves (or why it serves none), its lineage and its evidence.
Panel {
    id: card

    required property string targetId
    required property string areaName
    required property string areaKind
    required property int areaIndex
    required property bool hasTarget
    required property string text
    required property var aspects
    required property var ehcpRefs
    required property string ehcpText
    required property int lineage // Vocabulary.TargetLineage
    required property string lineageText
    required property int evidenceCount
    required property string evidenceText

    readonly property color areaColour: Theme.areaColour(areaKind, areaIndex)
    // Whether the pupil's media consent allows photos: without it the card offers a written
    // observation instead of a Photo button that could only say no.
    property bool mediaAllowed: true
    // A teacher or senior leader reviews and judges the target from its card; a TA does not.
    property bool canJudge: false

    // One tap from the card: a photo against this target (the capture page opens on the camera,
    // this pupil and this target already chosen), or a written one ("photo" or "written"); or the
    // evidence it already has.
    signal captureRequested(string targetId, string kind)
    signal evidenceRequested(string targetId)
    signal reviewRequested(string targetId)

    implicitHeight: content.implicitHeight + 2 * Theme.spacing + 4
    Accessible.role: Accessible.StaticText
    Accessible.name: areaName + ": " + (hasTarget ? text : qsTr("no target this term"))

    Rectangle {
        width: 6
        radius: 3
        color: card.areaColour
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 10 }
    }

    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top }
        anchors.leftMargin: Theme.pagePadding
        anchors.rightMargin: Theme.spacing + 4
        anchors.topMargin: Theme.spacing + 2
        spacing: Theme.gap + 2

        // The area, and where the target came from at the right; on a narrow card (a tablet held
        // upright) the second goes under the first rather than cutting the area's name short.
        Item {
            id: areaLine
            Layout.fillWidth: true
            readonly property real lineageWidth: card.hasTarget ? lineageLabel.implicitWidth : 0
            readonly property bool oneRow: areaLabel.implicitWidth + Theme.spacing + lineageWidth <= width
            implicitHeight: oneRow || !card.hasTarget ? Math.max(areaLabel.height, lineageWidth > 0 ? lineageLabel.height : 0)
                                                      : areaLabel.height + 2 + lineageLabel.height
            Text {
                id: areaLabel
                width: areaLine.oneRow ? implicitWidth : areaLine.width
                text: card.areaName
                wrapMode: Text.WordWrap
                color: card.areaColour
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            Text {
                id: lineageLabel
                visible: card.hasTarget
                x: areaLine.oneRow ? areaLine.width - width : 0
                y: areaLine.oneRow ? (areaLabel.height - height) / 2 : areaLabel.height + 2
                text: card.lineageText
                color: card.lineage === Vocabulary.TargetLineage.New ? Theme.textMuted : Theme.primaryDark
                font.pixelSize: Theme.smallSize
                font.bold: card.lineage !== Vocabulary.TargetLineage.New
            }
        }

        Text {
            Layout.fillWidth: true
            text: card.hasTarget ? card.text : qsTr("No target set in this area this term.")
            wrapMode: Text.WordWrap
            color: card.hasTarget ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.bodySize
            font.italic: !card.hasTarget
            lineHeight: 1.2
        }

        Flow {
            Layout.fillWidth: true
            visible: card.hasTarget
            spacing: Theme.gap
            Repeater {
                model: card.aspects
                Pill {
                    required property string modelData
                    text: modelData
                    color: Theme.primaryLight
                    textColour: Theme.primaryDark
                }
            }
            Repeater {
                model: card.ehcpRefs
                Pill {
                    required property string modelData
                    text: qsTr("EHCP %1").arg(modelData)
                    color: "transparent"
                    border.width: 1
                    border.color: Theme.divider
                    strong: true
                }
            }
            Text {
                visible: card.ehcpText !== ""
                height: 32
                verticalAlignment: Text.AlignVCenter
                text: card.ehcpText
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }

        // The link and the button side by side on a wide card, one under the other on a narrow one.
        GridLayout {
            Layout.fillWidth: true
            visible: card.hasTarget
            columns: card.width >= 640 ? (card.canJudge ? 3 : 2) : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.gap
            AbstractButton {
                id: evidenceLink
                objectName: "evidenceLink_" + card.targetId
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                enabled: card.evidenceCount > 0
                Accessible.role: Accessible.Link
                Accessible.name: card.evidenceText
                onClicked: card.evidenceRequested(card.targetId)
                // The whole 56px row is the link, and looks it: a tinted, outlined bar to tap.
                leftPadding: enabled ? Theme.spacing : 0
                rightPadding: Theme.spacing
                background: Rectangle {
                    visible: evidenceLink.enabled
                    radius: Theme.radius
                    color: evidenceLink.down ? Theme.pressed : Theme.surfaceTint
                    border.width: evidenceLink.visualFocus ? 3 : 1
                    border.color: evidenceLink.visualFocus ? Theme.text : Theme.primaryLight
                }
                contentItem: Text {
                    text: card.evidenceCount > 0 ? card.evidenceText + "  ›" : card.evidenceText
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    color: card.evidenceCount === 0 ? Theme.warningText : Theme.primary
                    font.pixelSize: Theme.smallSize + 1
                    font.bold: true
                }
            }
            TextButton {
                objectName: "reviewButton_" + card.targetId
                visible: card.canJudge
                text: qsTr("Review and judge")
                onClicked: card.reviewRequested(card.targetId)
            }
            AbstractButton {
                id: captureButton
                objectName: "captureButton_" + card.targetId
                Layout.preferredHeight: Theme.touch
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                Layout.preferredWidth: implicitContentWidth + leftPadding + rightPadding
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: card.mediaAllowed ? qsTr("Take a photo for this target")
                                                   : qsTr("Write an observation for this target (no consent for photos)")
                onClicked: card.captureRequested(card.targetId, card.mediaAllowed ? "photo" : "written")
                background: Rectangle {
                    radius: Theme.radius
                    color: captureButton.down ? Theme.primaryDark : Theme.primary
                    border.width: captureButton.visualFocus ? 3 : 0
                    border.color: Theme.text
                }
                contentItem: Row {
                    spacing: Theme.gap + 2
                    CameraGlyph {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: card.mediaAllowed
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: card.mediaAllowed ? qsTr("Photo") : qsTr("Write a note")
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                }
            }
        }
    }
}
