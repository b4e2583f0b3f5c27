pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Where this tablet's records stand with the school's store: what is still waiting, how the last
// try went in plain words, the clashes a person has to sort out (two people changed the same
// thing on two tablets), and any change the store refused and why. Reached from the header.
StridePage {
    id: page
    objectName: "sync"

    ready: true
    title: qsTr("Sync")
    subtitle: Connection.enrolled ? qsTr("%1 · %2").arg(Connection.schoolName).arg(Connection.serverAddress)
                                  : qsTr("Not connected to a school's store")
    summary: Connection.shortText + ": " + Connection.waitingText
             + (SyncProblems.conflicts.length > 0 ? " %1 clash(es).".arg(SyncProblems.conflicts.length) : "")
             + (SyncProblems.refused.length > 0 ? " %1 refused.".arg(SyncProblems.refused.length) : "")

    // For the tests and the self-test: keep option `index` of the first clash.
    function chooseInFirstClash(index) {
        const list = SyncProblems.conflicts
        return list.length > 0 && SyncProblems.choose(list[0].id, index)
    }

    Component.onCompleted: SyncProblems.refresh()

    ThisTablet {
        id: thisTablet
        session: Session
    }
    // Each sync may reach the store (the lock's days start again) and say other classes.
    Connections {
        target: Connection
        function onStatusChanged() { thisTablet.reload() }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pagePadding
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: Theme.pagePadding
            y: Theme.pagePadding
            width: Math.min(flick.width - 2 * Theme.pagePadding, 900)
            spacing: Theme.spacing

            // --- The state, at the size a glance needs.
            Panel {
                Layout.fillWidth: true
                implicitHeight: stateColumn.implicitHeight + 2 * Theme.pagePadding
                ColumnLayout {
                    id: stateColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.pagePadding }
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        SyncIndicator {
                            enabled: false
                            visible: Connection.enrolled
                        }
                        Item { Layout.fillWidth: true }
                        PrimaryButton {
                            objectName: "syncNowButton"
                            visible: Connection.enrolled
                            enabled: Connection.tone !== Connection.Busy
                            text: Connection.tone === Connection.Busy ? qsTr("Syncing…") : qsTr("Sync now")
                            onClicked: Connection.syncNow()
                        }
                    }
                    Text {
                        objectName: "syncHeadline"
                        Layout.fillWidth: true
                        text: Connection.headline
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        visible: Connection.tone === Connection.Busy
                        from: 0
                        to: 1
                        value: Sync.progress
                    }
                    Text {
                        objectName: "syncWaiting"
                        Layout.fillWidth: true
                        text: Connection.waitingText
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: Connection.lastSentText
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: Connection.lastRoundText
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            Banner {
                objectName: "syncProblem"
                Layout.fillWidth: true
                visible: Connection.problemText !== ""
                tone: Connection.tone === Connection.Offline ? "info" : "warning"
                heading: Connection.tone === Connection.Offline ? qsTr("Working offline") : qsTr("The last sync did not finish")
                text: Connection.problemText
            }

            Banner {
                objectName: "syncMediaProblem"
                Layout.fillWidth: true
                visible: Connection.mediaProblemText !== ""
                tone: "warning"
                heading: qsTr("Photos, videos or voice notes waiting")
                text: Connection.mediaProblemText
            }

            Banner {
                Layout.fillWidth: true
                visible: SyncProblems.message !== ""
                tone: "error"
                text: SyncProblems.message
            }

            // --- Clashes: a person chooses; the store never silently drops one.
            SectionHeading {
                visible: SyncProblems.conflicts.length > 0
                text: qsTr("To sort out")
            }
            Text {
                Layout.fillWidth: true
                visible: SyncProblems.conflicts.length > 0
                text: qsTr("Two people changed the same thing on different tablets. Every tablet shows the newer one "
                           + "for now; choose the one to keep.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            Repeater {
                model: SyncProblems.conflicts
                delegate: Panel {
                    id: clash
                    required property var modelData
                    objectName: "conflictCard"
                    Layout.fillWidth: true
                    implicitHeight: clashColumn.implicitHeight + 2 * Theme.spacing + 8
                    ColumnLayout {
                        id: clashColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing + 4 }
                        spacing: Theme.gap
                        Text {
                            Layout.fillWidth: true
                            text: clash.modelData.what
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.largeSize - 2
                            font.bold: true
                        }
                        Text {
                            text: clash.modelData.field
                            color: Theme.textMuted
                            font.pixelSize: Theme.bodySize
                        }
                        Repeater {
                            model: clash.modelData.options
                            delegate: Rectangle {
                                id: option
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                implicitHeight: optionRow.implicitHeight + 2 * Theme.spacing
                                radius: Theme.radius
                                color: Theme.background
                                border.width: 1
                                border.color: Theme.divider
                                RowLayout {
                                    id: optionRow
                                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacing }
                                    spacing: Theme.spacing
                                    ColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 2
                                        Text {
                                            Layout.fillWidth: true
                                            text: "\u201C" + option.modelData.text + "\u201D"
                                            wrapMode: Text.WordWrap
                                            color: Theme.text
                                            font.pixelSize: Theme.bodySize
                                        }
                                        Text {
                                            Layout.fillWidth: true
                                            text: option.modelData.current
                                                  ? qsTr("%1, %2 · showing now", "who, when").arg(option.modelData.who).arg(option.modelData.when)
                                                  : qsTr("%1, %2", "who, when").arg(option.modelData.who).arg(option.modelData.when)
                                            wrapMode: Text.WordWrap
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.smallSize
                                        }
                                    }
                                    TextButton {
                                        objectName: "keepOption" + option.index
                                        text: qsTr("Keep this")
                                        enabled: Session.signedIn
                                        onClicked: SyncProblems.choose(clash.modelData.id, option.index)
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // --- Refused: kept on the tablet with the store's reason, never re-sent blindly.
            SectionHeading {
                visible: SyncProblems.refused.length > 0
                text: qsTr("Refused by the school's store")
            }
            Repeater {
                model: SyncProblems.refused
                delegate: Banner {
                    id: refusal
                    required property var modelData
                    objectName: "refusedChange"
                    Layout.fillWidth: true
                    tone: "warning"
                    heading: modelData.what
                    text: modelData.when !== ""
                          ? qsTr("%1 (%2)\nThis change stays on this tablet only: the school's store and the other "
                                 + "tablets do not have it.", "why it was refused, then when").arg(modelData.reason).arg(modelData.when)
                          : qsTr("%1\nThis change stays on this tablet only: the school's store and the other "
                                 + "tablets do not have it.", "why it was refused").arg(modelData.reason)
                    TextButton {
                        objectName: "dismissRefused"
                        text: qsTr("Understood")
                        Accessible.name: qsTr("Understood: stop showing this refusal")
                        visible: Session.signedIn
                        onClicked: SyncProblems.dismiss(refusal.modelData.id)
                    }
                }
            }

            // --- What this tablet holds, and when it locks itself (a lost tablet gives nothing away).
            SectionHeading {
                Layout.topMargin: Theme.spacing
                visible: thisTablet.enrolled
                text: qsTr("This tablet")
            }
            Panel {
                objectName: "thisTablet"
                Layout.fillWidth: true
                visible: thisTablet.enrolled
                implicitHeight: tabletColumn.implicitHeight + 2 * Theme.pagePadding
                ColumnLayout {
                    id: tabletColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.pagePadding }
                    spacing: Theme.spacing
                    Text {
                        objectName: "thisTabletHolds"
                        Layout.fillWidth: true
                        text: thisTablet.holdsText
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("To change which classes this tablet holds, ask the office: they set it on the "
                                   + "school's store, and the tablet follows at its next sync.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    Text {
                        objectName: "thisTabletLock"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: thisTablet.lockText
                        wrapMode: Text.WordWrap
                        color: thisTablet.locksSoon ? Theme.warningText : Theme.text
                        font.pixelSize: Theme.bodySize
                        font.bold: thisTablet.locksSoon
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: thisTablet.lockText !== ""
                        text: qsTr("A tablet that has not reached the school's store for the days the school allows "
                                   + "locks itself, so a lost or stolen tablet kept offline does not stay open. "
                                   + "Senior leaders or the office choose the days in School settings.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                    }
                }
            }

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: Connection.enrolled
                text: qsTr("This tablet is \u201C%1\u201D. Photos and videos stay on it, out of the gallery, until the "
                           + "school's store has confirmed every byte.").arg(Connection.deviceName)
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
