pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Stride

// A list of evidence, newest first, grouped by day, read a page at a time as it scrolls.
ListView {
    id: list
    property string emptyHeading: qsTr("No evidence yet")
    property string emptyMessage
    signal evidenceChosen(string evidenceId)

    readonly property real cardWidth: width - leftMargin - rightMargin
    leftMargin: Theme.pagePadding
    rightMargin: Theme.pagePadding
    spacing: Theme.gap + 4
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    bottomMargin: Theme.pagePadding

    // The first card of each day draws the day's heading above itself. A section delegate (or a
    // header or footer) cannot do it: a Qt 6.4 ListView cannot make those items from a component
    // bound to this file ("pragma ComponentBehavior: Bound", which the cards need to reach the
    // list), and they silently vanish. The section is still set: it is what ListView.previousSection
    // compares.
    section.property: "dayText"
    section.criteria: ViewSection.FullString
    delegate: Column {
        id: row
        required property string dayText
        required property string evidenceId
        required property int kind // Vocabulary.EvidenceKind
        required property string kindText
        required property string whenText
        required property string byText
        required property string note
        required property string promptText
        required property string settingText
        required property string measure
        required property string pupilsText
        required property string targetsText
        required property url thumbnailUrl
        required property string durationText
        required property int visibility // Vocabulary.Visibility
        width: list.cardWidth

        SectionHeading {
            width: parent.width
            visible: row.ListView.previousSection !== row.dayText
            text: row.dayText
        }
        EvidenceCard {
            width: parent.width
            evidenceId: row.evidenceId
            kind: row.kind
            kindText: row.kindText
            whenText: row.whenText
            byText: row.byText
            note: row.note
            promptText: row.promptText
            settingText: row.settingText
            measure: row.measure
            pupilsText: row.pupilsText
            targetsText: row.targetsText
            thumbnailUrl: row.thumbnailUrl
            durationText: row.durationText
            visibility: row.visibility
            onClicked: list.evidenceChosen(row.evidenceId)
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: list.count === 0
        heading: list.emptyHeading
        message: list.emptyMessage
    }
}
