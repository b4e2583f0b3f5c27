import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A pupil's evidence timeline: everything captured about them, newest first, with thumbnails,
// narrowed by target, kind, help given and date. Tap an item to see it, play it or edit it.
StridePage {
    id: page
    objectName: "pupil-evidence"

    property string pupilId
    signal evidenceChosen(string evidenceId)
    signal captureRequested(string pupilId)

    ready: profile.found && evidence.loaded && evidence.pupilId === pupilId
    title: qsTr("%1's evidence").arg(profile.firstName)
    subtitle: profile.name + "  ·  " + profile.evidenceText
    summary: "%1: %2 item(s) shown%3".arg(profile.name).arg(evidence.count)
        .arg(evidence.filtered || evidence.targetId !== "" ? " (filtered)" : "")

    PupilProfile {
        id: profile
        session: Session
        pupilId: page.pupilId
    }
    TargetListModel {
        id: targets
        session: Session
        pupilId: page.pupilId
    }
    EvidenceListModel {
        id: evidence
        objectName: "evidenceModel"
        session: Session
        media: MediaFiles
        pupilId: page.pupilId
    }
    Connections {
        target: Capture
        function onSaved() { evidence.reload(); profile.reload() }
    }
    StackView.onActivating: evidence.reload()

    function targetChoices() {
        const list = []
        for (let i = 0; i < targets.count; ++i) {
            const index = targets.index(i, 0)
            if (targets.data(index, TargetListModel.HasTargetRole))
                list.push({ targetId: targets.data(index, TargetListModel.TargetIdRole),
                            areaName: targets.data(index, TargetListModel.AreaNameRole) })
        }
        return list
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.pagePadding
            Layout.bottomMargin: Theme.spacing
            spacing: Theme.spacing
            EvidenceFilters {
                Layout.fillWidth: true
                model: evidence
                targets: targets.count >= 0 ? page.targetChoices() : []
            }
            PrimaryButton {
                objectName: "captureFromTimeline"
                Layout.alignment: Qt.AlignTop
                text: qsTr("Record evidence")
                onClicked: page.captureRequested(page.pupilId)
            }
        }

        EvidenceTimeline {
            objectName: "timeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: evidence
            emptyHeading: evidence.filtered || evidence.targetId !== "" ? qsTr("Nothing matches these filters")
                                                                      : qsTr("No evidence for %1 yet").arg(profile.firstName)
            emptyMessage: evidence.filtered || evidence.targetId !== "" ? qsTr("Try “Show everything”.")
                                                                      : qsTr("Use “Record evidence” to add the first.")
            onEvidenceChosen: id => page.evidenceChosen(id)
        }
    }
}
