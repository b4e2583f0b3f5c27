import QtQuick
import QtQuick.Layouts
import Stride

// One piece of evidence in a timeline: its picture (or what kind it is), when and by whom, the
// targets it is linked to, the help given and where, and the start of its note.
Card {
    id: card
    required property string evidenceId
    required property int kind // Vocabulary.EvidenceKind
    required property string kindText
    required property string whenText
    required property string byText
    required property string note
    required property string promptText
    required property string settingText
    required property string measure
    required property string pupilsText
    required property string targetsText
    required property url thumbnailUrl
    required property string durationText
    required property int visibility // Vocabulary.Visibility

    implicitHeight: Math.max(132, implicitContentHeight + 2 * padding)
    Accessible.name: kindText + ", " + whenText + ", " + note

    contentItem: RowLayout {
        spacing: Theme.spacing + 4

        Rectangle {
            Layout.preferredWidth: 132
            Layout.preferredHeight: 100
            Layout.alignment: Qt.AlignTop
            radius: Theme.radius / 2
            color: card.kind === Vocabulary.EvidenceKind.Written ? Theme.surfaceTint : "#101719"
            clip: true
            Image {
                anchors.fill: parent
                source: card.thumbnailUrl
                sourceSize.width: 264
                sourceSize.height: 200
                fillMode: card.kind === Vocabulary.EvidenceKind.Audio ? Image.PreserveAspectFit : Image.PreserveAspectCrop
                asynchronous: true
                // An image draws nothing until it is ready: till then (or if there is none) its
                // words say what kind of evidence this is.
                Text {
                    anchors.centerIn: parent
                    width: parent.width - 16
                    visible: parent.status !== Image.Ready
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: card.kind === Vocabulary.EvidenceKind.Written ? qsTr("Written") : card.kindText
                    color: card.kind === Vocabulary.EvidenceKind.Written ? Theme.primaryDark : "white"
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
            Rectangle {
                visible: card.durationText !== ""
                anchors { right: parent.right; bottom: parent.bottom; margins: 6 }
                width: childrenRect.width + 12
                height: 24
                radius: 4
                color: "#CC101719"
                Text {
                    anchors.left: parent.left
                    anchors.leftMargin: 6
                    anchors.verticalCenter: parent.verticalCenter
                    text: (card.kind === Vocabulary.EvidenceKind.Video ? "\u25B6 " : "") + card.durationText
                    color: "white"
                    font.pixelSize: 13
                    font.bold: true
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: card.kindText + "  ·  " + card.whenText
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                Pill {
                    visible: card.visibility === Vocabulary.Visibility.ShareableWithParents
                    text: qsTr("Shareable")
                    color: Theme.successSurface
                    textColour: Theme.successText
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("By %1").arg(card.byText) + (card.pupilsText !== "" ? "  ·  " + card.pupilsText : "")
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: card.targetsText
                elide: Text.ElideRight
                color: Theme.primaryDark
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: card.note
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                visible: card.promptText !== "" || card.settingText !== "" || card.measure !== ""
                Pill { visible: card.promptText !== ""; text: card.promptText; color: Theme.primaryLight; textColour: Theme.primaryDark }
                Pill { visible: card.settingText !== ""; text: card.settingText; showsData: true }
                Pill { visible: card.measure !== ""; text: card.measure }
            }
        }
    }
}
