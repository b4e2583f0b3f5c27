pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Group evidence from the tagging sheet: the class's pupils, tap to put one in or take them out.
// A pupil without media consent can be added; the sheet then says at once what that means.
Popup {
    id: popup
    property string classId

    // Whether the capture has this pupil. (The ids come in as a typed list: qmllint 6.4 knows no
    // array methods on a C++ QStringList property.)
    function has(pupilIds: list<string>, pupilId: string): bool {
        return pupilIds.indexOf(pupilId) >= 0
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.pagePadding : 720, 720)
    height: Math.min(parent ? parent.height - 2 * Theme.pagePadding : 600, 600)
    padding: Theme.spacing + 4
    background: Rectangle { radius: Theme.radius; color: Theme.surface }

    PupilListModel {
        id: pupils
        session: Session
        classId: popup.opened ? popup.classId : ""
    }

    // The content as the popup's child, not as its contentItem: the grid is reached by id from its
    // delegates, and an id in a deferred contentItem would make it immediate.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Who else is in it?")
            color: Theme.text
            font.pixelSize: Theme.largeSize
            font.bold: true
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pupils
            cellWidth: Math.floor(width / 2)
            cellHeight: Theme.touch + Theme.gap
            delegate: Item {
                id: tile
                required property string pupilId
                required property string name
                required property string consentText
                required property int consent // Vocabulary.MediaConsent
                width: grid.cellWidth
                height: grid.cellHeight
                Chip {
                    anchors.fill: parent
                    anchors.rightMargin: Theme.gap
                    anchors.bottomMargin: Theme.gap
                    objectName: "addPupil_" + tile.pupilId
                    text: tile.name
                    detail: tile.consent === Vocabulary.MediaConsent.None ? qsTr("No photos, video or audio") : ""
                    checked: popup.has(Capture.pupilIds, tile.pupilId)
                    onClicked: checked ? Capture.removePupil(tile.pupilId) : Capture.addPupil(tile.pupilId)
                }
            }
        }
        PrimaryButton {
            objectName: "addPupilsDone"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Done")
            onClicked: popup.close()
        }
    }
}
