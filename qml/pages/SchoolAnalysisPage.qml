pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Senior leaders: the whole school's ILP targets at the term's end (seed 000: "senior leaders
// analyse ILP data at a whole school level and by cohort"). How many were Unmet, Partially Met,
// Met or Exceeded, by area of learning, class, key stage and need, for one term or every term;
// how the share Met or Exceeded changed from term to term; and the moderation figures. Each bar
// is a whole, so cohorts of different sizes compare; the sentences under it give the numbers.
// Reached from the class list.
StridePage {
    id: page
    objectName: "school-analysis"

    ready: true
    title: qsTr("Whole-school analysis")
    subtitle: analysis.termName !== "" ? Session.schoolName + "  ·  " + analysis.termName : Session.schoolName
    summary: analysis.summary

    SchoolAnalysis {
        id: analysis
        objectName: "schoolAnalysis"
        session: Session
    }
    ModerationFiguresModel {
        id: moderation
        objectName: "analysisModerationFigures"
        session: Session
        termId: analysis.termId
    }
    SpreadsheetExport {
        id: exporter
        session: Session
    }
    // Back from a page that may have judged targets or moderated forms.
    StackView.onActivating: {
        analysis.reload()
        moderation.reload()
    }

    // The statuses in the seed's order, 1 to 4, then the targets not judged yet. Dark enough for
    // the white counts drawn on them.
    readonly property var statusParts: [
        { name: qsTr("1 Unmet"), colour: Theme.error },
        { name: qsTr("2 Partially Met"), colour: "#8A5A00" },
        { name: qsTr("3 Met"), colour: "#2A7753" },
        { name: qsTr("4 Exceeded"), colour: "#1F5D8C" },
        { name: qsTr("Not judged yet"), colour: "#5E6B70" }
    ]
    readonly property bool narrow: width < 900
    // One column of names for every chart, so the bars of all of them start in line.
    readonly property int chartLabelWidth: narrow ? 190 : 280

    // For the self-test: the page scrolled to its last chart.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }

    component Subheading: Text {
        Layout.topMargin: Theme.gap
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    // A cohort's numbers, a line each, as a head of assessment reads them. A Column, not a layout,
    // so a line that wraps once the page has its width pushes down the lines under it.
    component Sentences: Column {
        id: sentences
        property var bars: []
        Layout.fillWidth: true
        spacing: 2
        Repeater {
            model: sentences.bars
            Text {
                required property var modelData
                width: sentences.width
                text: modelData.text
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.smallSize + 1
            }
        }
    }
    component Note: Column {
        id: note
        property alias text: noteText.text
        Layout.fillWidth: true
        visible: noteText.text !== ""
        Text {
            id: noteText
            width: note.width
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
    }
    component Chooser: ComboBox {
        implicitHeight: Theme.touch
        width: page.narrow ? 220 : 230
        textRole: "name"
        valueRole: "value"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flow {
            id: filters
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.gap
            spacing: Theme.gap
            visible: analysis.allowed

            Chooser {
                objectName: "termChooser"
                model: analysis.termChoices
                currentIndex: count > 0 ? Math.max(0, indexOfValue(analysis.termId)) : 0
                onActivated: analysis.termId = currentValue
                Accessible.name: qsTr("Term")
            }
            Chooser {
                objectName: "classFilter"
                model: analysis.classChoices
                currentIndex: count > 0 ? Math.max(0, indexOfValue(analysis.classId)) : 0
                onActivated: analysis.classId = currentValue
                Accessible.name: qsTr("Class")
            }
            Chooser {
                objectName: "keyStageFilter"
                model: analysis.keyStageChoices
                currentIndex: count > 0 ? Math.max(0, indexOfValue(analysis.keyStage)) : 0
                onActivated: analysis.keyStage = currentValue
                Accessible.name: qsTr("Key stage")
            }
            Chooser {
                objectName: "needFilter"
                model: analysis.needChoices
                currentIndex: count > 0 ? Math.max(0, indexOfValue(analysis.need)) : 0
                onActivated: analysis.need = currentValue
                Accessible.name: qsTr("Need")
            }
            Chooser {
                objectName: "areaFilter"
                model: analysis.areaChoices
                currentIndex: count > 0 ? Math.max(0, indexOfValue(analysis.areaId)) : 0
                onActivated: analysis.areaId = currentValue
                Accessible.name: qsTr("Area of learning")
            }
            TextButton {
                objectName: "clearFiltersButton"
                visible: analysis.filtered
                text: qsTr("Clear filters")
                onClicked: analysis.clearFilters()
            }
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: analysis.allowed
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

                Text {
                    objectName: "scope"
                    Layout.fillWidth: true
                    text: analysis.scopeText
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }

                // A term with nothing judged says so, rather than drawing bars of nothing.
                Panel {
                    objectName: "noFigures"
                    Layout.fillWidth: true
                    visible: !analysis.hasFigures
                    implicitHeight: noFigures.implicitHeight + 2 * Theme.spacing
                    EmptyState {
                        id: noFigures
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                        heading: analysis.noFiguresHeading
                        message: analysis.noFiguresText
                    }
                }

                AspectPanel {
                    objectName: "overallPanel"
                    Layout.fillWidth: true
                    visible: analysis.hasFigures
                    heading: analysis.filtered ? qsTr("These pupils' targets") : qsTr("The whole school's targets")
                    meaning: qsTr("Each target counts at its final status where SLT set one, else the moderator's, else the class teacher's. The shares are of the targets judged.")
                    sentence: analysis.overallText
                    StackedBarChart {
                        objectName: "overallChart"
                        Layout.fillWidth: true
                        rows: analysis.overall
                        parts: page.statusParts
                        proportional: true
                        labelWidth: page.chartLabelWidth
                    }
                }

                AspectPanel {
                    objectName: "areaPanel"
                    Layout.fillWidth: true
                    visible: analysis.hasFigures && analysis.areaId === "" && analysis.byArea.length > 0
                    heading: qsTr("By area of learning")
                    StackedBarChart {
                        objectName: "areaChart"
                        Layout.fillWidth: true
                        showKey: false
                        rows: analysis.byArea
                        parts: page.statusParts
                        proportional: true
                        labelWidth: page.chartLabelWidth
                    }
                    Sentences { bars: analysis.byArea }
                }

                AspectPanel {
                    objectName: "classPanel"
                    Layout.fillWidth: true
                    visible: analysis.hasFigures && analysis.classId === "" && analysis.byClass.length > 0
                    heading: qsTr("By class")
                    StackedBarChart {
                        objectName: "classChart"
                        Layout.fillWidth: true
                        showKey: false
                        rows: analysis.byClass
                        parts: page.statusParts
                        proportional: true
                        labelWidth: page.chartLabelWidth
                    }
                    Sentences { bars: analysis.byClass }
                }

                AspectPanel {
                    objectName: "keyStagePanel"
                    Layout.fillWidth: true
                    visible: analysis.hasFigures && analysis.keyStage === 0 && analysis.byKeyStage.length > 0
                    heading: qsTr("By key stage")
                    StackedBarChart {
                        objectName: "keyStageChart"
                        Layout.fillWidth: true
                        showKey: false
                        rows: analysis.byKeyStage
                        parts: page.statusParts
                        proportional: true
                        labelWidth: page.chartLabelWidth
                    }
                    Sentences { bars: analysis.byKeyStage }
                }

                AspectPanel {
                    objectName: "needPanel"
                    Layout.fillWidth: true
                    visible: analysis.hasFigures && analysis.need === ""
                    heading: qsTr("By need")
                    meaning: qsTr("Read from each pupil's specific needs as recorded.")
                    StackedBarChart {
                        objectName: "needChart"
                        Layout.fillWidth: true
                        visible: analysis.byNeed.length > 0
                        showKey: false
                        rows: analysis.byNeed
                        parts: page.statusParts
                        proportional: true
                        labelWidth: page.chartLabelWidth
                    }
                    Sentences { bars: analysis.byNeed }
                    Note { text: analysis.needNote }
                }

                AspectPanel {
                    objectName: "trendPanel"
                    Layout.fillWidth: true
                    visible: analysis.trend.length > 0
                    heading: qsTr("Across terms")
                    meaning: analysis.filtered ? qsTr("These pupils' targets in each term, oldest first.")
                                               : qsTr("The school's targets in each term, oldest first.")
                    sentence: analysis.trendText
                    StackedBarChart {
                        objectName: "trendChart"
                        Layout.fillWidth: true
                        rows: analysis.trend
                        parts: page.statusParts
                        proportional: true
                        labelWidth: page.chartLabelWidth
                    }
                    Sentences { bars: analysis.trend }

                    Subheading {
                        visible: trendTable.visible
                        text: qsTr("Met or Exceeded in each area, term by term")
                    }
                    // An area a row, a term a column: the share of the judged targets Met or
                    // Exceeded, its count under it.
                    ColumnLayout {
                        id: trendTable
                        objectName: "trendByArea"
                        Layout.fillWidth: true
                        visible: analysis.trendTerms.length > 1 && analysis.trendByArea.length > 0
                        spacing: Theme.gap
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            Item { Layout.preferredWidth: page.chartLabelWidth; Layout.preferredHeight: 1 }
                            Repeater {
                                model: analysis.trendTerms
                                Text {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 1
                                    text: modelData.name
                                    elide: Text.ElideRight
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.smallSize
                                    font.bold: true
                                }
                            }
                        }
                        Repeater {
                            model: analysis.trendByArea
                            RowLayout {
                                id: areaRow
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                Text {
                                    Layout.preferredWidth: page.chartLabelWidth
                                    Layout.maximumWidth: page.chartLabelWidth
                                    Layout.alignment: Qt.AlignVCenter
                                    text: areaRow.modelData.name
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize + 1
                                }
                                Repeater {
                                    model: areaRow.modelData.cells
                                    ColumnLayout {
                                        id: cell
                                        required property var modelData
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 1
                                        spacing: 2
                                        Accessible.role: Accessible.StaticText
                                        Accessible.name: cell.modelData.description
                                        Text {
                                            text: cell.modelData.percent >= 0 ? cell.modelData.percent + "%" : "–"
                                            color: Theme.text
                                            font.pixelSize: Theme.bodySize
                                            font.bold: true
                                        }
                                        Rectangle {
                                            Layout.fillWidth: true
                                            Layout.preferredHeight: 8
                                            radius: 4
                                            color: Theme.surfaceTint
                                            Rectangle {
                                                width: parent.width * Math.max(0, cell.modelData.percent) / 100
                                                height: parent.height
                                                radius: 4
                                                color: "#2A7753"
                                            }
                                        }
                                        Text {
                                            Layout.fillWidth: true
                                            text: cell.modelData.text
                                            elide: Text.ElideRight
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.smallSize
                                        }
                                    }
                                }
                            }
                        }
                    }
                }

                // The panel's own sentence, the last thing in it: a text that wraps to more lines
                // once the figures load would otherwise run over what follows it.
                AspectPanel {
                    objectName: "moderationPanel"
                    Layout.fillWidth: true
                    heading: qsTr("Moderation")
                    meaning: moderation.termName !== "" ? qsTr("The %1 moderation meeting.").arg(moderation.termName) : ""
                    sentence: moderation.nothingModerated ? moderation.emptyText
                                                          : moderation.agreementText + " " + moderation.outcomeText
                                                            + " " + moderation.challengeText
                }
                TextButton {
                    objectName: "moderationFiguresButton"
                    text: qsTr("Open the moderation figures")
                    onClicked: Navigator.showModerationFigures()
                }

                // The same rows as the central ILP spreadsheet, with these breakdowns as its
                // analysis sheets: saved on a desktop, where there is a folder to find it in.
                AspectPanel {
                    objectName: "spreadsheetPanel"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    visible: exporter.available && exporter.allowed
                    heading: qsTr("The central ILP spreadsheet")
                    meaning: qsTr("Every pupil's targets of %1 as an Excel workbook, with these breakdowns as its analysis sheets and charts, saved in %2.")
                                 .arg(analysis.termName).arg(exporter.folder)
                    sentence: exporter.message
                    PrimaryButton {
                        objectName: "exportSpreadsheetButton"
                        text: qsTr("Export the central spreadsheet")
                        onClicked: exporter.save(analysis.termId)
                    }
                }
                Item { Layout.preferredHeight: Theme.spacing }
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !flick.visible
        }
    }

    EmptyState {
        objectName: "schoolAnalysisRefused"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
        visible: !analysis.allowed
        heading: qsTr("For senior leaders")
        message: analysis.refusedText
    }
}
