pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Senior leaders: the school's deleted evidence, newest deletion first, as the school's store
// lists it: what it was and of whom, who captured and who deleted it, and when. Restore asks the
// store for an item back (after a plain question); it returns to the pupil's evidence on every
// tablet at the next sync. Reached from the class list.
StridePage {
    id: page
    objectName: "deleted-evidence"

    ready: true
    title: qsTr("Deleted evidence")
    subtitle: Session.schoolName
    summary: deleted.count === 1 ? "1 deleted item" : "%1 deleted items".arg(deleted.count)

    // For the self-test: Restore pressed on the first item listed, and the question left open.
    function askToRestoreFirst() {
        const evidenceId = deleted.firstToRestore()
        if (evidenceId === "")
            return false
        page.askToRestore(evidenceId)
        return true
    }
    function askToRestore(evidenceId) {
        restoreDialog.evidenceId = evidenceId
        restoreDialog.open()
    }
    Connections {
        target: Navigator
        function onRestoreQuestionRequested() { page.askToRestoreFirst() }
        function onQuestionDismissRequested() { restoreDialog.reject() }
    }

    DeletedEvidenceModel {
        id: deleted
        session: Session
    }

    ConfirmDialog {
        id: restoreDialog
        objectName: "restoreDialog"
        property string evidenceId
        question: deleted.restoreQuestion(evidenceId)
        explanation: qsTr("It comes back to the pupil's evidence on every tablet when this tablet next syncs.")
        confirmText: qsTr("Restore")
        cancelText: qsTr("Leave it deleted")
        destructive: false
        onConfirmed: deleted.restore(evidenceId)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pagePadding
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Evidence deleted on any tablet, newest first. Restore brings an item back with its pupils, targets and recording.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
        Banner {
            Layout.fillWidth: true
            visible: deleted.message !== ""
            tone: "warning"
            text: deleted.message
        }
        ListView {
            id: list
            objectName: "deletedEvidenceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: deleted
            spacing: Theme.gap
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: DeletedEvidenceCard {
                width: list.width
                onRestoreRequested: evidenceId => page.askToRestore(evidenceId)
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: deleted.count === 0
        heading: qsTr("No deleted evidence")
        message: qsTr("Evidence anyone deletes is listed here, so you can bring it back.")
    }
}
