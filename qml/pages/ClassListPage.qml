pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The classes the signed-in person works in, first; senior leaders also see every other class.
StridePage {
    id: page
    objectName: "class-list"

    signal classChosen(string classId)

    ready: true
    summary: (classes.count === 1 ? "1 class" : "%1 classes".arg(classes.count)) + " for %1".arg(Session.staffName)
    title: qsTr("Classes")
    subtitle: Session.termName !== "" ? Session.termName + "  ·  " + Session.termStage : Session.schoolName


    ClassListModel {
        id: classes
        session: Session
    }
    DueItemsModel {
        id: dueItems
        session: Session
    }
    // Whether the person may change the school's settings (senior leaders and the office).
    SchoolSettings {
        id: schoolSettings
        session: Session
    }
    // Where each due item's work is done.
    function openDue(kind: string) {
        switch (kind) {
        case "assessment":
        case "provisionMaps":
            Navigator.showAssessment("")
            break
        case "moderation":
            Navigator.showModerationMeeting()
            break
        case "ilpDocuments":
            Navigator.showIlpDocuments("")
            break
        case "parentReplies":
            Navigator.showAwaitingReplies()
            break
        case "rollover":
            Navigator.showRollover()
            break
        case "classMove":
            Navigator.showClassMove()
            break
        }
    }

    ListView {
        id: list
        objectName: "classList"
        anchors.fill: parent
        anchors.leftMargin: Theme.pagePadding
        anchors.rightMargin: Theme.pagePadding
        clip: true
        model: classes
        spacing: Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // The greeting above the classes and the term at a glance below them scroll with the
        // classes. They sit in the list's margins, and each group's heading is drawn by its first
        // card, rather than in a header, footer or section delegate: a Qt 6.4 ListView cannot make
        // those from a component bound to the page ("pragma ComponentBehavior: Bound", which the
        // cards need to reach the page), and they silently vanish.
        topMargin: greeting.height + dueSection.height
        bottomMargin: glance.height
        Text {
            id: greeting
            parent: list.contentItem
            y: -height - dueSection.height
            width: list.width
            topPadding: Theme.pagePadding
            // Beside the greeting the buttons are taller than its words: room for their lower half.
            bottomPadding: !leaderLinks.visible ? Theme.gap
                         : leaderLinks.below ? leaderLinks.height + 2 * Theme.gap
                         : Math.max(Theme.gap, (leaderLinks.height - contentHeight) / 2 + Theme.gap)
            text: qsTr("Hello, %1").arg(Session.staffFirstName)
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            // Senior leaders look after the whole school's evidence, deleted items included, and
            // read the school's moderation figures and its whole-school analysis: beside the
            // greeting, or under it where they do not fit beside it (a tablet held upright).
            Row {
                id: leaderLinks
                readonly property bool below: greeting.contentWidth + width + Theme.spacing > greeting.width
                x: below ? 0 : greeting.width - width
                y: below ? greeting.topPadding + greeting.contentHeight + Theme.gap
                         : greeting.topPadding + (greeting.contentHeight - height) / 2
                spacing: Theme.gap
                visible: Session.seniorLeader
                TextButton {
                    objectName: "moderationFiguresButton"
                    text: qsTr("Moderation figures")
                    onClicked: Navigator.showModerationFigures()
                }
                TextButton {
                    objectName: "schoolAnalysisButton"
                    text: qsTr("Whole-school analysis")
                    onClicked: Navigator.showSchoolAnalysis()
                }
                TextButton {
                    objectName: "deletedEvidenceButton"
                    text: qsTr("Deleted evidence")
                    onClicked: Navigator.showDeletedEvidence()
                }
            }
        }
        // What is due soon for this person, from the term's stage dates ("Assessment week ends
        // Friday: 17 of 32 targets judged"), each opening where the work is; and, for senior
        // leaders and the office, the term's end (next term's ILPs, the year-end class move) and the
        // school's settings.
        Column {
            id: dueSection
            objectName: "dueItems"
            parent: list.contentItem
            y: -height
            width: list.width
            spacing: Theme.gap
            bottomPadding: dueItems.count > 0 || leaderActions.visible ? Theme.spacing : 0
            // The items arrive after the list is laid out: keep the greeting in view while the
            // person has not scrolled.
            onHeightChanged: if (!list.moving) list.contentY = -list.topMargin
            Repeater {
                model: dueItems
                delegate: Card {
                    id: dueCard
                    required property string line
                    required property string kind
                    required property bool done
                    objectName: "dueItem_" + kind
                    width: dueSection.width
                    accent: done ? Theme.successText : Theme.warningText
                    leftPadding: Theme.pagePadding
                    Accessible.name: line
                    onClicked: page.openDue(kind)
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        Text {
                            Layout.fillWidth: true
                            text: dueCard.line
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: !dueCard.done
                        }
                        Text {
                            text: "\u203A"
                            color: Theme.textMuted
                            font.pixelSize: Theme.titleSize
                        }
                    }
                }
            }
            Flow {
                id: leaderActions
                width: parent.width
                spacing: Theme.gap
                visible: dueItems.mayRollOver || dueItems.mayMoveClasses || schoolSettings.canChange
                TextButton {
                    objectName: "rolloverButton"
                    visible: dueItems.mayRollOver
                    text: qsTr("Next term's ILPs")
                    onClicked: Navigator.showRollover()
                }
                TextButton {
                    objectName: "classMoveButton"
                    visible: dueItems.mayMoveClasses
                    text: qsTr("Year-end class move")
                    onClicked: Navigator.showClassMove()
                }
                // How long a tablet may stay offline before it locks itself.
                TextButton {
                    objectName: "schoolSettingsButton"
                    visible: schoolSettings.canChange
                    text: qsTr("School settings")
                    onClicked: Navigator.showSchoolSettings()
                }
            }
        }
        Item {
            id: glance
            parent: list.contentItem
            y: list.originY + list.contentHeight
            width: list.width
            height: timeline.height + (reportLinks.visible ? reportLinks.height + Theme.gap : 0) + 2 * Theme.pagePadding
            TermTimeline {
                id: timeline
                visible: Session.termCalendar.length > 0
                y: Theme.pagePadding
                width: parent.width
                height: implicitHeight
                heading: qsTr("%1 at a glance").arg(Session.termName)
                stages: Session.termCalendar
                offersModeration: Session.judges
                onModerationChosen: Navigator.showModerationMeeting()
            }
            // The progress report home to families: the replies not back yet (teachers and senior
            // leaders), and the cover letter that goes with it (senior leaders write it).
            Flow {
                id: reportLinks
                visible: Session.judges
                y: timeline.y + timeline.height + Theme.gap
                width: parent.width
                spacing: Theme.gap
                TextButton {
                    objectName: "awaitingRepliesButton"
                    text: qsTr("Parents' replies not back yet")
                    onClicked: Navigator.showAwaitingReplies()
                }
                TextButton {
                    objectName: "coverLetterButton"
                    visible: Session.seniorLeader
                    text: qsTr("Cover letter to parents")
                    onClicked: Navigator.showCoverLetter()
                }
                // The term's ILPs and progress reports printed at once (on a desktop).
                TextButton {
                    objectName: "ilpDocumentsButton"
                    text: qsTr("Print ILP documents")
                    onClicked: Navigator.showIlpDocuments("")
                }
            }
        }

        section.property: "section"
        section.criteria: ViewSection.FullString

        delegate: Column {
            id: row
            required property string section
            required property string classId
            required property string name
            required property string staffNames
            required property int pupilCount
            required property int pupilsWithoutEvidence
            width: list.width

            SectionHeading {
                width: parent.width
                visible: row.ListView.previousSection !== row.section
                text: row.section
            }
            Card {
                id: card
                objectName: "classCard_" + classId
                readonly property string classId: row.classId
                readonly property string name: row.name
                readonly property string staffNames: row.staffNames
                readonly property int pupilCount: row.pupilCount
                readonly property int pupilsWithoutEvidence: row.pupilsWithoutEvidence
                width: parent.width
                height: 120
                accent: Theme.primary
                leftPadding: Theme.pagePadding
                Accessible.name: qsTr("Class %1").arg(name)
                onClicked: page.classChosen(classId)

                contentItem: RowLayout {
                    spacing: Theme.pagePadding
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            text: card.name
                            color: Theme.text
                            font.pixelSize: Theme.titleSize
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: card.staffNames !== "" ? card.staffNames : qsTr("No staff assigned yet")
                            wrapMode: Text.WordWrap
                            color: Theme.textMuted
                            font.pixelSize: Theme.bodySize
                        }
                    }
                    ColumnLayout {
                        spacing: Theme.gap
                        Pill {
                            Layout.alignment: Qt.AlignRight
                            text: qsTr("%n pupil(s)", "", card.pupilCount)
                            fontSize: Theme.bodySize
                        }
                        Pill {
                            Layout.alignment: Qt.AlignRight
                            visible: card.pupilCount > 0
                            fontSize: Theme.smallSize
                            text: card.pupilsWithoutEvidence === 0 ? qsTr("Everyone has evidence this term")
                                : qsTr("%n pupil(s) with no evidence yet this term", "", card.pupilsWithoutEvidence)
                            color: card.pupilsWithoutEvidence === 0 ? Theme.successSurface : Theme.warningSurface
                            textColour: card.pupilsWithoutEvidence === 0 ? Theme.successText : Theme.warningText
                        }
                    }
                    Text {
                        text: "\u203A"
                        color: Theme.textMuted
                        font.pixelSize: Theme.displaySize
                    }
                }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: classes.count === 0
        heading: qsTr("You are not in any class yet")
        message: qsTr("Ask the office to add you to the classes you work in.")
    }
}
