pragma ComponentBehavior: Bound
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
    // Group evidence: several pupils in one photo, video, voice note or observation.
    signal groupCaptureRequested(var pupilIds)

    readonly property bool choosing: group.choosing
    readonly property var chosen: group.pupilIds

    GroupChoice {
        id: group
        onRecordRequested: pupilIds => page.groupCaptureRequested(pupilIds)
    }

    ready: pupils.classId === classId && classId !== ""
    summary: choosing ? "%1: choosing pupils for group evidence, %2 chosen".arg(pupils.className).arg(chosen.length)
                      : "%1: %2 pupils, %3 with no evidence yet this term"
                        .arg(pupils.className).arg(pupils.count).arg(pupils.pupilsWithoutEvidence)
    title: pupils.className !== "" ? qsTr("Class %1").arg(pupils.className) : qsTr("Class")
    subtitle: Session.termName !== "" ? Session.termName + "  ·  " + Session.termStage : ""


    PupilListModel {
        id: pupils
        session: Session
        classId: page.classId
    }

    Connections {
        target: Capture
        function onSaved() { pupils.reload() }
    }

    GridView {
        id: grid
        objectName: "pupilGrid"
        anchors.fill: parent
        anchors.bottomMargin: groupBar.visible ? groupBar.height : 0
        anchors.leftMargin: Theme.pagePadding - Theme.gap
        anchors.rightMargin: Theme.pagePadding - Theme.gap
        clip: true
        model: pupils
        readonly property int columns: Math.max(2, Math.floor(width / 300))
        cellWidth: Math.floor(width / columns)
        cellHeight: 300
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // The intro and the Group evidence button scroll with the pupils, above the first row. They
        // sit in the grid's top margin rather than in a header: a Qt 6.4 GridView cannot make its
        // header from a component bound to the page ("pragma ComponentBehavior: Bound", which the
        // delegates need to reach the page's ids).
        topMargin: intro.height
        bottomMargin: Theme.spacing
        Item {
            id: intro
            parent: grid.contentItem
            y: -height
            width: grid.width
            height: introText.implicitHeight + Theme.pagePadding + Theme.gap
            Text {
                id: introText
                anchors { left: parent.left; right: introActions.left; bottom: parent.bottom }
                anchors.leftMargin: Theme.gap
                anchors.bottomMargin: Theme.gap
                text: page.choosing ? qsTr("Tap everyone who is in it")
                                    : qsTr("%n pupil(s)", "", pupils.count)
                color: Theme.text
                font.pixelSize: Theme.largeSize
                font.bold: true
            }
            Row {
                id: introActions
                anchors { right: parent.right; bottom: parent.bottom }
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap
                // Teachers and senior leaders: the class's targets to judge, at assessment week.
                TextButton {
                    objectName: "assessmentButton"
                    visible: !page.choosing && Session.judges
                    text: qsTr("Assessment")
                    onClicked: Navigator.showAssessment(page.classId)
                }
                // ...and the term's moderation meeting, where the class's sample is chosen.
                TextButton {
                    objectName: "moderationButton"
                    visible: !page.choosing && Session.judges
                    text: qsTr("Moderation")
                    onClicked: Navigator.showModerationMeeting()
                }
                // ...and the term's ILPs and progress reports for the class, printed at once: a
                // desktop's job, so only where the row has room (the class list offers it too).
                TextButton {
                    objectName: "ilpDocumentsButton"
                    visible: !page.choosing && Session.judges && page.width >= 1000
                    text: qsTr("ILP documents")
                    onClicked: Navigator.showIlpDocuments(page.classId)
                }
                TextButton {
                    objectName: "groupEvidenceButton"
                    visible: !page.choosing && pupils.count > 1
                    text: qsTr("Group evidence")
                    onClicked: group.start()
                }
            }
        }

        delegate: Item {
            id: cell
            required property string pupilId
            required property string name
            required property string initials
            required property string yearGroup
            required property string keyStage
            required property string needs
            required property int consent // Vocabulary.MediaConsent
            required property string consentText
            required property int evidenceCount
            required property string evidenceText
            width: grid.cellWidth
            height: grid.cellHeight

            Card {
                readonly property bool picked: page.choosing && page.chosen.indexOf(cell.pupilId) >= 0
                objectName: "pupilCard_" + cell.pupilId
                anchors.fill: parent
                anchors.margins: Theme.gap
                Accessible.name: cell.name
                Accessible.role: page.choosing ? Accessible.CheckBox : Accessible.Button
                Accessible.checked: picked
                accent: picked ? Theme.primary : "transparent"
                onClicked: page.choosing ? group.toggle(cell.pupilId) : page.pupilChosen(cell.pupilId)

                Rectangle {
                    visible: parent.picked
                    // Beside the consent badge, where the card has room.
                    anchors { right: parent.right; bottom: parent.bottom; rightMargin: 16; bottomMargin: 48 }
                    width: 40
                    height: 40
                    radius: 20
                    color: Theme.primary
                    Text {
                        anchors.centerIn: parent
                        text: "\u2713"
                        color: "white"
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                    }
                }
                Rectangle {
                    visible: parent.picked
                    anchors.fill: parent
                    radius: Theme.radius
                    color: "transparent"
                    border.width: 3
                    border.color: Theme.primary
                }

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

    // --- Group evidence: who is chosen, and on to the capture.
    Rectangle {
        id: groupBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Theme.touchLarge + 2 * Theme.spacing
        visible: page.choosing
        color: Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: 1
            color: Theme.divider
        }
        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            anchors.leftMargin: Theme.pagePadding
            anchors.rightMargin: Theme.pagePadding
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: page.chosen.length === 0 ? qsTr("Nobody chosen yet")
                    : qsTr("%n pupil(s) chosen", "", page.chosen.length)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            TextButton {
                objectName: "cancelGroupButton"
                text: qsTr("Cancel")
                onClicked: group.cancel()
            }
            PrimaryButton {
                objectName: "groupCaptureButton"
                text: qsTr("Record evidence")
                enabled: page.chosen.length > 0
                onClicked: group.record()
            }
        }
    }
}
