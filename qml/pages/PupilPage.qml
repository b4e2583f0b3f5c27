pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// One pupil: who they are on the left (needs, pronouns, media consent, EHCP outcomes), and on the
// right this term's targets, grouped by area of learning, each with its MAPP aspects, the EHCP
// outcomes it serves, where it came from and how much evidence it has.
StridePage {
    id: page
    objectName: "pupil"

    property string pupilId
    // Capture: a target's own button (that target ticked, the kind it says), or the general one
    // (none ticked, kind "": chosen on the capture page).
    signal captureRequested(string pupilId, string targetId, string kind)
    signal timelineRequested(string pupilId)
    signal targetEvidenceRequested(string pupilId, string targetId, string areaName, string text, color colour)

    ready: profile.found && targets.pupilId === pupilId
    summary: "%1: %2 targets, %3 areas without one, %4"
        .arg(profile.name).arg(targets.targetCount).arg(targets.count - targets.targetCount)
        .arg(profile.evidenceText.toLowerCase())

    // Scrolls the targets to the first card of a section ("Preparing for Adulthood").
    function showSection(section) {
        for (let i = 0; i < targets.count; ++i) {
            if (targets.data(targets.index(i, 0), TargetListModel.SectionRole) === section) {
                list.positionViewAtIndex(i, ListView.Beginning)
                return true
            }
        }
        return false
    }
    Connections {
        target: Navigator
        function onSectionRequested(section) { page.showSection(section) }
    }
    title: profile.name
    subtitle: page.joined([profile.yearGroup, profile.keyStage,
                           profile.className !== "" ? qsTr("Class %1").arg(profile.className) : ""])
    // The parts that are not empty, with a dot between. (Array methods on a list literal are
    // beyond qmllint 6.4's types, so the list comes in as a parameter.)
    function joined(parts: list<string>): string {
        return parts.filter(part => part !== "").join("  ·  ")
    }


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
    // A capture saved elsewhere changes the counts shown here.
    Connections {
        target: Capture
        function onSaved() { targets.reload(); profile.reload() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // --- The pupil (narrower when the tablet is held upright, so the targets keep their room)
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Math.min(400, Math.round(page.width * 0.36))
            color: Theme.surface

            Rectangle {
                anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
                width: 1
                color: Theme.divider
            }

            Flickable {
                id: aboutFlick
                anchors.fill: parent
                anchors.rightMargin: 1
                contentHeight: about.implicitHeight + 2 * Theme.pagePadding
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                ColumnLayout {
                    id: about
                    x: Theme.pagePadding
                    y: Theme.pagePadding
                    width: aboutFlick.width - 2 * Theme.pagePadding
                    spacing: Theme.spacing

                    RowLayout {
                        spacing: Theme.spacing
                        InitialsAvatar {
                            size: 88
                            initials: profile.initials
                            name: profile.name
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter
                            spacing: 4
                            Text {
                                Layout.fillWidth: true
                                text: profile.name
                                // A long name wraps onto a second line rather than losing its end
                                // (the column is narrow on a tablet held upright).
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: Theme.text
                                // Smaller in the narrow column, so a surname fits its line whole.
                                font.pixelSize: about.width < 320 ? Theme.largeSize : Theme.titleSize
                                font.bold: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: profile.pronouns
                                color: Theme.textMuted
                                font.pixelSize: Theme.bodySize
                            }
                        }
                    }

                    ProfileFact {
                        label: qsTr("Needs")
                        value: profile.needs !== "" ? profile.needs : qsTr("None recorded")
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gap
                        Text {
                            // Wraps, so that on a tablet held upright the label does not widen
                            // the whole column past its right margin.
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: qsTr("Photos, video and voice notes")
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                        }
                        ConsentBadge {
                            // Never wider than the column: the words wrap instead.
                            Layout.maximumWidth: about.width
                            consent: profile.consent
                            text: profile.consentMeaning
                        }
                    }

                    ProfileFact {
                        label: qsTr("This term")
                        value: profile.evidenceText
                    }

                    PrimaryButton {
                        objectName: "recordEvidenceButton"
                        Layout.fillWidth: true
                        text: qsTr("Record evidence")
                        onClicked: page.captureRequested(page.pupilId, "", "")
                    }
                    TextButton {
                        objectName: "timelineButton"
                        Layout.fillWidth: true
                        text: qsTr("See all %1's evidence").arg(profile.firstName)
                        onClicked: page.timelineRequested(page.pupilId)
                    }
                    // Teachers and senior leaders: next term's provision for each target.
                    TextButton {
                        objectName: "provisionMapButton"
                        Layout.fillWidth: true
                        visible: Session.judges
                        text: qsTr("Provision map")
                        onClicked: Navigator.showProvisionMap(page.pupilId)
                    }
                    // The term's highlights on one page for the family (TAs see it, read only).
                    TextButton {
                        objectName: "profileHighlightsButton"
                        Layout.fillWidth: true
                        text: qsTr("Profile for the family")
                        onClicked: Navigator.showProfileHighlights(page.pupilId)
                    }
                    // The family's reply slip from the progress report of the new targets.
                    ProfileFact {
                        objectName: "parentReply"
                        visible: profile.parentReplyTerm !== ""
                        label: qsTr("Parents' reply to the %1 report").arg(profile.parentReplyTerm)
                        value: profile.parentReply !== "" ? profile.parentReply : qsTr("No reply yet")
                        small: true
                    }
                    TextButton {
                        objectName: "parentReplyButton"
                        Layout.fillWidth: true
                        visible: profile.parentReplyTerm !== "" && Session.judges
                        text: profile.parentReply !== "" ? qsTr("Correct the reply") : qsTr("Record the reply")
                        onClicked: Navigator.showParentReply(page.pupilId)
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: profile.ehcpOutcomes.length > 0
                        spacing: Theme.gap
                        Text {
                            text: qsTr("EHCP outcomes")
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                        }
                        Repeater {
                            model: profile.ehcpOutcomes
                            RowLayout {
                                id: outcome
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.gap + 4
                                Pill {
                                    Layout.alignment: Qt.AlignTop
                                    text: outcome.modelData.reference
                                    strong: true
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: outcome.modelData.text
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize
                                    lineHeight: 1.15
                                }
                            }
                        }
                    }

                    ProfileFact {
                        visible: profile.additionalProvision !== ""
                        label: qsTr("Additional provision")
                        value: profile.additionalProvision
                        small: true
                    }
                }
            }
        }

        // --- This term's targets
        ListView {
            id: list
            objectName: "targetList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            leftMargin: Theme.pagePadding
            rightMargin: Theme.pagePadding
            clip: true
            model: targets
            spacing: Theme.spacing
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            readonly property real cardWidth: width - leftMargin - rightMargin

            // The heading above the targets scrolls with them. It sits in the list's top margin,
            // and each area's heading is drawn by its first card, rather than in a header, footer or
            // section delegate: a Qt 6.4 ListView cannot make those from a component bound to the
            // page ("pragma ComponentBehavior: Bound", which the cards need to reach the page), and
            // they silently vanish.
            topMargin: targetsHeading.height
            bottomMargin: Theme.pagePadding
            // The heading's height settles once its width is known (on a narrow screen it wraps):
            // while the list is at its top, the whole heading stays in sight.
            onTopMarginChanged: if (contentY < 0) contentY = -topMargin
            ColumnLayout {
                id: targetsHeading
                parent: list.contentItem
                y: -height
                width: list.cardWidth
                spacing: Theme.gap
                Item { Layout.preferredHeight: Theme.spacing }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: Session.termName !== "" ? qsTr("Targets for %1").arg(Session.termName) : qsTr("Targets")
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.largeSize + 2
                        font.bold: true
                    }
                    Pill {
                        visible: Session.termStage !== ""
                        text: Session.termStage
                        color: Theme.primaryLight
                        textColour: Theme.primaryDark
                        strong: true
                    }
                }
            }

            section.property: "section"
            section.criteria: ViewSection.FullString

            delegate: Column {
                id: row
                required property string section
                required property string targetId
                required property string areaName
                required property string areaKind
                required property int areaIndex
                required property bool hasTarget
                required property string text
                required property var aspects
                required property var ehcpRefs
                required property string ehcpText
                required property int lineage // Vocabulary.TargetLineage
                required property string lineageText
                required property int evidenceCount
                required property string evidenceText
                width: list.cardWidth

                SectionHeading {
                    width: parent.width
                    visible: row.ListView.previousSection !== row.section
                    text: row.section
                }
                TargetCard {
                    id: target
                    width: parent.width
                    targetId: row.targetId
                    areaName: row.areaName
                    areaKind: row.areaKind
                    areaIndex: row.areaIndex
                    hasTarget: row.hasTarget
                    text: row.text
                    aspects: row.aspects
                    ehcpRefs: row.ehcpRefs
                    ehcpText: row.ehcpText
                    lineage: row.lineage
                    lineageText: row.lineageText
                    evidenceCount: row.evidenceCount
                    evidenceText: row.evidenceText
                    mediaAllowed: profile.consent !== Vocabulary.MediaConsent.None
                    canJudge: Session.judges
                    onReviewRequested: targetId => Navigator.showTargetReview(targetId)
                    onCaptureRequested: (targetId, kind) => page.captureRequested(page.pupilId, targetId, kind)
                    onEvidenceRequested: targetId => page.targetEvidenceRequested(page.pupilId, targetId, target.areaName, target.text, target.areaColour)
                }
            }
        }
    }

    EmptyState {
        x: 400 + Theme.pagePadding
        width: parent.width - x - Theme.pagePadding
        anchors.verticalCenter: parent.verticalCenter
        visible: profile.found && !targets.hasPlan
        heading: qsTr("No plan for this term yet")
        message: qsTr("%1's targets for %2 have not been set. Their class teacher sets them.")
            .arg(profile.firstName).arg(Session.termName)
    }
}
