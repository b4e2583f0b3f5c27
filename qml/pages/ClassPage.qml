import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// One class: a large card per pupil with what staff need at a glance before recording evidence:
// year group, key stage, needs, what their media consent allows and their evidence this term.
StridePage {
    id: page
    objectName: "class"

    property string classId
    signal pupilChosen(string pupilId)

    ready: pupils.classId === classId && classId !== ""
    summary: qsTr("%1: %2 pupils, %3 with no evidence yet this term")
        .arg(pupils.className).arg(pupils.count).arg(pupils.pupilsWithoutEvidence)
    title: pupils.className !== "" ? qsTr("Class %1").arg(pupils.className) : qsTr("Class")
    subtitle: Session.termName !== "" ? Session.termName + "  ·  " + Session.termStage : ""


    PupilListModel {
        id: pupils
        session: Session
        classId: page.classId
    }

    GridView {
        id: grid
        objectName: "pupilGrid"
        anchors.fill: parent
        anchors.leftMargin: Theme.pagePadding - Theme.gap
        anchors.rightMargin: Theme.pagePadding - Theme.gap
        clip: true
        model: pupils
        readonly property int columns: Math.max(2, Math.floor(width / 300))
        cellWidth: Math.floor(width / columns)
        cellHeight: 300
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        header: Item {
            width: grid.width
            height: intro.implicitHeight + Theme.pagePadding + Theme.gap
            Text {
                id: intro
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                anchors.leftMargin: Theme.gap
                anchors.bottomMargin: Theme.gap
                text: pupils.count === 1 ? qsTr("1 pupil") : qsTr("%1 pupils").arg(pupils.count)
                color: Theme.text
                font.pixelSize: Theme.largeSize
                font.bold: true
            }
        }
        footer: Item { width: grid.width; height: Theme.spacing }

        delegate: Item {
            id: cell
            required property string pupilId
            required property string name
            required property string initials
            required property string yearGroup
            required property string keyStage
            required property string needs
            required property string consent
            required property string consentText
            required property int evidenceCount
            required property string evidenceText
            width: grid.cellWidth
            height: grid.cellHeight

            Card {
                anchors.fill: parent
                anchors.margins: Theme.gap
                Accessible.name: cell.name
                onClicked: page.pupilChosen(cell.pupilId)

                contentItem: ColumnLayout {
                    spacing: Theme.gap
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        InitialsAvatar {
                            size: 60
                            initials: cell.initials
                            name: cell.name
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: cell.name
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.largeSize
                                font.bold: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: cell.yearGroup + "  ·  " + cell.keyStage
                                elide: Text.ElideRight
                                color: Theme.textMuted
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.topMargin: 4
                        text: cell.needs
                        wrapMode: Text.WordWrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignTop
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                    ConsentBadge {
                        consent: cell.consent
                        text: cell.consentText
                    }
                    Text {
                        Layout.fillWidth: true
                        text: cell.evidenceText
                        wrapMode: Text.WordWrap
                        color: cell.evidenceCount === 0 ? Theme.warningText : Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        font.bold: cell.evidenceCount === 0
                    }
                }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: pupils.count === 0
        heading: qsTr("There are no pupils in this class yet")
        message: qsTr("Pupils appear here when the office adds them to the class.")
    }
}
