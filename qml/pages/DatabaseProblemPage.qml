import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Shown instead of signing in when the store on this tablet could not be opened: what happened in
// plain words, what was kept, and (for a damaged store, or one whose key is gone, already moved
// aside) a fresh start.
StridePage {
    id: page
    objectName: "database-problem"

    // The DatabaseStatus to explain (the app's own, or another one in the self-test). Its type's
    // only QML name is the Database singleton's; as a property type it means any DatabaseStatus.
    property Database problem: null

    ready: problem !== null
    summary: problem ? "%1: %2".arg(problem.status)
        .arg(problem.canStartFresh ? "offers a fresh start" : "no fresh start offered") : ""
    title: qsTr("Stride")
    subtitle: qsTr("The records on this tablet")


    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: Math.max(height, box.height + 2 * Theme.pagePadding)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Panel {
            id: box
            width: Math.min(flick.width - 2 * Theme.pagePadding, 760)
            height: content.implicitHeight + 2 * Theme.pagePadding + 8
            x: (flick.width - width) / 2
            y: Math.max(Theme.pagePadding, (flick.height - height) / 2)

            ColumnLayout {
                id: content
                anchors { left: parent.left; right: parent.right; top: parent.top }
                anchors.margins: Theme.pagePadding + 8
                spacing: Theme.spacing + 4

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing + 4
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        width: 56
                        height: 56
                        radius: 28
                        color: Theme.warningSurface
                        Text {
                            anchors.centerIn: parent
                            text: "!"
                            color: Theme.warningText
                            font.pixelSize: Theme.titleSize + 4
                            font.bold: true
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        text: page.problem ? page.problem.heading : ""
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.titleSize
                        font.bold: true
                    }
                }

                Text {
                    objectName: "problemMessage"
                    Layout.fillWidth: true
                    text: page.problem ? page.problem.message : ""
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.largeSize - 2
                    lineHeight: 1.25
                }

                PrimaryButton {
                    objectName: "startFreshButton"
                    visible: page.problem !== null && page.problem.canStartFresh
                    Layout.topMargin: Theme.gap
                    // A store whose key is gone starts again from enrolment, which brings back
                    // what had synced.
                    text: page.problem !== null && page.problem.status === "key-lost"
                          ? qsTr("Enrol this tablet again") : qsTr("Start with a fresh store")
                    onClicked: page.problem.startFresh()
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    height: 1
                    color: Theme.divider
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Text {
                        text: qsTr("For your school's IT support")
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: {
                            if (!page.problem)
                                return ""
                            let lines = [qsTr("Store: %1").arg(page.problem.path)]
                            if (page.problem.movedAsidePath !== "")
                                lines.push(qsTr("Moved aside to: %1").arg(page.problem.movedAsidePath))
                            if (page.problem.detail !== "")
                                lines.push(qsTr("Reason: %1").arg(page.problem.detail))
                            return lines.join("\n")
                        }
                        wrapMode: Text.WrapAnywhere
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        font.family: "monospace"
                    }
                }
            }
        }
    }
}
