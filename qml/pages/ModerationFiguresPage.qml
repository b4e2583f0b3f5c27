pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Senior leaders: the school's moderation figures for one term's moderation meeting (or every
// term). Did moderators agree with the class teachers' judgements, by area of learning and by
// class; did SLT's final decisions move targets up or down; and were the proposed new targets
// pitched right. Each chart has the sentence it says, so the page reads as well as it looks.
// Reached from the class list.
StridePage {
    id: page
    objectName: "moderation-figures"

    ready: true
    title: qsTr("Moderation figures")
    subtitle: figures.termName !== "" ? Session.schoolName + "  ·  " + figures.termName : Session.schoolName
    summary: figures.summary

    ModerationFiguresModel {
        id: figures
        objectName: "moderationFigures"
        session: Session
    }
    // Back from a form: its judgements may have changed.
    StackView.onActivating: figures.reload()

    readonly property var agreementParts: [
        { name: qsTr("Agreed"), colour: Theme.primary },
        { name: qsTr("One step apart"), colour: "#8A5A00" },
        { name: qsTr("Two or more steps apart"), colour: Theme.error }
    ]
    readonly property var challengeParts: [
        { name: qsTr("Too Easy"), colour: "#2F6A9E" },
        { name: qsTr("Just Right!"), colour: Theme.primary },
        { name: qsTr("Too Hard"), colour: "#A5511A" }
    ]
    readonly property var outcomeParts: [
        { name: qsTr("Up"), colour: "#2A7753" },
        { name: qsTr("Down"), colour: Theme.error },
        { name: qsTr("Same"), colour: Theme.textMuted }
    ]
    // One column of names for every chart, so the bars of all of them start in line.
    readonly property int chartLabelWidth: width < 900 ? 170 : 270
    // For the self-test: the page scrolled to its last chart.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }
    // What a chart says, under it. Its width is the panel's from the start, so its wrapped height
    // is right on the first layout (a layout does not always move what follows a text that wraps
    // to more lines later).
    component FiguresSentence: Text {
        Layout.fillWidth: true
        Layout.preferredWidth: parent ? parent.width : 0
        visible: text !== ""
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        lineHeight: 1.15
    }
    component FiguresSubheading: Text {
        Layout.topMargin: Theme.gap
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
        font.bold: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.gap
            spacing: Theme.spacing
            visible: figures.allowed
            Text {
                Layout.fillWidth: true
                text: qsTr("Moderation meeting")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                horizontalAlignment: Text.AlignRight
            }
            ComboBox {
                id: termBox
                objectName: "termChooser"
                implicitHeight: Theme.touch
                Layout.preferredWidth: 240
                textRole: "name"
                valueRole: "termId"
                model: figures.termChoices
                currentIndex: count > 0 ? Math.max(0, indexOfValue(figures.termId)) : 0
                onActivated: figures.termId = currentValue
                Accessible.name: qsTr("Term")
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: figures.allowed && !figures.nothingModerated
            contentHeight: column.implicitHeight + 2 * Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: column
                x: Theme.pagePadding
                y: Theme.gap
                width: flick.width - 2 * Theme.pagePadding
                spacing: Theme.spacing

                AspectPanel {
                    objectName: "agreementPanel"
                    Layout.fillWidth: true
                    heading: qsTr("Assessors and moderators")
                    meaning: qsTr("The moderator's first judgement of each target against the class teacher's, each made before they talked.")
                    StackedBarChart {
                        objectName: "agreementChart"
                        Layout.fillWidth: true
                        visible: figures.agreementOverall.length > 0
                        rows: figures.agreementOverall
                        parts: page.agreementParts
                        labelWidth: page.chartLabelWidth
                    }
                    FiguresSentence { text: figures.agreementText }

                    FiguresSubheading {
                        visible: figures.agreementByArea.length > 0
                        text: qsTr("By area of learning")
                    }
                    StackedBarChart {
                        objectName: "agreementByAreaChart"
                        Layout.fillWidth: true
                        visible: figures.agreementByArea.length > 0
                        showKey: false
                        rows: figures.agreementByArea
                        parts: page.agreementParts
                        labelWidth: page.chartLabelWidth
                    }
                    FiguresSentence { text: figures.agreementByAreaText }

                    FiguresSubheading {
                        visible: figures.agreementByClass.length > 0
                        text: qsTr("By class")
                    }
                    StackedBarChart {
                        objectName: "agreementByClassChart"
                        Layout.fillWidth: true
                        visible: figures.agreementByClass.length > 0
                        showKey: false
                        rows: figures.agreementByClass
                        parts: page.agreementParts
                        labelWidth: page.chartLabelWidth
                    }
                    FiguresSentence { text: figures.agreementByClassText }
                }

                AspectPanel {
                    objectName: "outcomePanel"
                    Layout.fillWidth: true
                    heading: qsTr("Moderation outcome")
                    meaning: qsTr("SLT's final target status against the assessor's first judgement: Up, Down or Same.")
                    sentence: figures.outcomeText
                    StackedBarChart {
                        objectName: "outcomeChart"
                        Layout.fillWidth: true
                        visible: figures.outcomes.length > 0
                        showKey: false
                        rows: figures.outcomes
                        parts: page.outcomeParts
                        labelWidth: page.chartLabelWidth
                    }
                }

                AspectPanel {
                    objectName: "challengePanel"
                    Layout.fillWidth: true
                    heading: qsTr("Challenge of the proposed targets")
                    meaning: qsTr("The moderators' answers on the target-setting forms: what do you think about the level of challenge presented by this target?")
                    StackedBarChart {
                        objectName: "challengeChart"
                        Layout.fillWidth: true
                        visible: figures.challengeOverall.length > 0
                        rows: figures.challengeOverall
                        parts: page.challengeParts
                        labelWidth: page.chartLabelWidth
                    }
                    FiguresSentence { text: figures.challengeText }

                    FiguresSubheading {
                        visible: figures.challengeByArea.length > 0
                        text: qsTr("By area of learning")
                    }
                    StackedBarChart {
                        objectName: "challengeByAreaChart"
                        Layout.fillWidth: true
                        visible: figures.challengeByArea.length > 0
                        showKey: false
                        rows: figures.challengeByArea
                        parts: page.challengeParts
                        labelWidth: page.chartLabelWidth
                    }
                    FiguresSubheading {
                        visible: figures.challengeByClass.length > 0
                        text: qsTr("By class")
                    }
                    StackedBarChart {
                        objectName: "challengeByClassChart"
                        Layout.fillWidth: true
                        visible: figures.challengeByClass.length > 0
                        showKey: false
                        rows: figures.challengeByClass
                        parts: page.challengeParts
                        labelWidth: page.chartLabelWidth
                    }
                }
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !flick.visible
        }
    }

    EmptyState {
        objectName: "moderationFiguresEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: !figures.allowed || figures.nothingModerated
        heading: figures.allowed ? qsTr("Nothing moderated yet") : qsTr("For senior leaders")
        message: figures.emptyText
    }
}
