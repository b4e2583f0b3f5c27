import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// One target's evidence: the target itself at the top (what "met" looks like), then every piece
// of evidence linked to it for this pupil, newest first, with the same filters as the timeline.
StridePage {
    id: page
    objectName: "target-evidence"

    property string pupilId
    property string targetId
    property string areaName
    property string targetText
    property color areaColour: Theme.primary
    signal evidenceChosen(string evidenceId)
    signal captureRequested(string pupilId, string targetId)

    ready: evidence.loaded && evidence.targetId === targetId
    title: areaName
    subtitle: profile.name
    summary: "%1, %2: %3 item(s)".arg(profile.name).arg(areaName).arg(evidence.count)

    PupilProfile {
        id: profile
        session: Session
        pupilId: page.pupilId
    }
    EvidenceListModel {
        id: evidence
        objectName: "evidenceModel"
        session: Session
        media: MediaFiles
        pupilId: page.pupilId
        targetId: page.targetId
    }
    Connections {
        target: Capture
        function onSaved() { evidence.reload() }
    }
    StackView.onActivating: evidence.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Panel {
            Layout.fillWidth: true
            Layout.margins: Theme.pagePadding
            Layout.bottomMargin: Theme.spacing
            implicitHeight: targetColumn.implicitHeight + 2 * Theme.spacing
            Rectangle {
                width: 6
                radius: 3
                color: page.areaColour
                anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: 10 }
            }
            RowLayout {
                id: targetColumn
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                anchors.leftMargin: Theme.pagePadding
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: page.targetText
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    lineHeight: 1.2
                }
                PrimaryButton {
                    objectName: "captureForTarget"
                    text: qsTr("Record evidence")
                    onClicked: page.captureRequested(page.pupilId, page.targetId)
                }
            }
        }
        EvidenceFilters {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            Layout.bottomMargin: Theme.spacing
            model: evidence
        }
        EvidenceTimeline {
            objectName: "timeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: evidence
            emptyHeading: evidence.filtered ? qsTr("Nothing matches these filters") : qsTr("No evidence for this target yet")
            emptyMessage: evidence.filtered ? qsTr("Try “Show everything”.") : qsTr("Use “Record evidence” to add the first.")
            onEvidenceChosen: id => page.evidenceChosen(id)
        }
    }
}
