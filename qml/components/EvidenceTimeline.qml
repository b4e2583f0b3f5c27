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

    section.property: "dayText"
    section.criteria: ViewSection.FullString
    section.delegate: SectionHeading {
        required property string section
        width: list.cardWidth
        text: section
    }
    delegate: EvidenceCard {
        width: list.cardWidth
        onClicked: list.evidenceChosen(evidenceId)
    }
    footer: Item { width: list.cardWidth; height: Theme.pagePadding }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: list.count === 0
        heading: list.emptyHeading
        message: list.emptyMessage
    }
}
