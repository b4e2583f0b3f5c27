pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Assessment week at a glance: how many of the class's targets are judged against Friday's
// deadline, then a grid of pupils (down) by areas of learning (across). Each cell is one target:
// its evidence this term, the latest, and its judgement once there is one; a tap opens its review.
// The pupils' names stay in place while the areas scroll sideways (eight columns for a KS4/5
// class with Preparing for Adulthood targets, or a tablet held upright).
StridePage {
    id: page
    objectName: "assessment"

    // "" for the signed-in teacher's own class (a senior leader: the school's first).
    property string classId
    // The home page in assessment week: it offers the class list, which is otherwise home.
    property bool isHome: false

    ready: grid.className !== ""
    title: grid.className !== "" ? qsTr("Assessment week: %1").arg(grid.className) : qsTr("Assessment week")
    subtitle: grid.termName
    summary: "%1: %2; %3 pupils shown, %4 with thin evidence".arg(grid.className).arg(grid.progressText)
        .arg(grid.count).arg(grid.thinCount)

    AssessmentGridModel {
        id: grid
        objectName: "assessmentGrid"
        session: Session
        classId: page.classId
    }
    // Back from judging a target: its cell and the count have changed.
    StackView.onActivating: grid.reload()

    readonly property bool narrow: width < 1000
    readonly property int pupilWidth: narrow ? 190 : 240
    readonly property int headingHeight: 60
    readonly property int rowHeight: 176
    readonly property int cellWidth: Math.max(220, Math.floor((cells.width - Theme.gap) / Math.max(1, grid.columns.length)))

    function statusColour(status: int): color {
        switch (status) {
        case 1: return Theme.warningSurface
        case 2: return Theme.surfaceTint
        case 3: return Theme.successSurface
        case 4: return Theme.primaryLight
        default: return "transparent"
        }
    }
    function statusTextColour(status: int): color {
        switch (status) {
        case 1: return Theme.warningText
        case 3: return Theme.successText
        case 4: return Theme.primaryDark
        default: return Theme.text
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // --- The week's count, the deadline, and what to show
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pagePadding
            Layout.rightMargin: Theme.pagePadding
            Layout.topMargin: Theme.spacing + 4
            Layout.bottomMargin: Theme.spacing
            spacing: Theme.gap + 2

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Text {
                        objectName: "progressText"
                        Layout.fillWidth: true
                        text: grid.progressText
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: page.narrow ? Theme.titleSize : Theme.displaySize
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: grid.deadlineText
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                }
                PrimaryButton {
                    objectName: "nextToJudgeButton"
                    Layout.alignment: Qt.AlignTop
                    visible: grid.judgedCount < grid.targetCount
                    text: qsTr("Next to judge")
                    onClicked: {
                        const targetId = grid.firstUnjudgedTargetId()
                        if (targetId !== "")
                            Navigator.showTargetReview(targetId)
                    }
                }
            }

            // How far through: judged out of every target in the class.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 12
                radius: 6
                color: Theme.divider
                Accessible.role: Accessible.ProgressBar
                Accessible.name: grid.progressText
                Rectangle {
                    width: grid.targetCount > 0 ? parent.width * grid.judgedCount / grid.targetCount : 0
                    height: parent.height
                    radius: 6
                    color: Theme.primary
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: Theme.gap
                Chip {
                    objectName: "filterAll"
                    text: qsTr("All")
                    checked: grid.filter === AssessmentGridModel.Filter.All
                    onClicked: grid.filter = AssessmentGridModel.Filter.All
                }
                Chip {
                    objectName: "filterNotJudged"
                    text: qsTr("Not yet judged (%1)").arg(grid.targetCount - grid.judgedCount)
                    checked: grid.filter === AssessmentGridModel.Filter.NotJudged
                    onClicked: grid.filter = AssessmentGridModel.Filter.NotJudged
                }
                Chip {
                    objectName: "filterThin"
                    text: qsTr("Thin evidence (%1)").arg(grid.thinCount)
                    checked: grid.filter === AssessmentGridModel.Filter.ThinEvidence
                    onClicked: grid.filter = AssessmentGridModel.Filter.ThinEvidence
                }
                // A senior leader looks at any class.
                ComboBox {
                    id: classBox
                    objectName: "classChooser"
                    visible: grid.classChoices.length > 1
                    implicitHeight: Theme.touch
                    width: 220
                    textRole: "name"
                    valueRole: "classId"
                    model: grid.classChoices
                    // The class shown; with no class asked for, the one the model chose (by its name).
                    currentIndex: count > 0 ? Math.max(0, grid.classId !== "" ? indexOfValue(grid.classId)
                                                                              : find(grid.className)) : 0
                    onActivated: page.classId = currentValue
                    Accessible.name: qsTr("Class")
                }
                TextButton {
                    objectName: "allClassesButton"
                    visible: page.isHome
                    text: qsTr("All classes")
                    onClicked: Navigator.showClassList()
                }
                // After assessment week: the moderation meeting, where this class's sample is chosen.
                TextButton {
                    objectName: "moderationMeetingButton"
                    text: qsTr("Moderation meeting  ›")
                    onClicked: Navigator.showModerationMeeting()
                }
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: grid.filterText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize + 1
            }
        }

        // --- The grid: area headings across the top and pupils down the side stay in place
        Item {
            id: gridArea
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: grid.count > 0

            Rectangle {
                anchors { left: parent.left; right: parent.right; top: parent.top }
                height: 1
                color: Theme.divider
            }

            // The areas' names, following the cells sideways.
            Flickable {
                id: headings
                x: page.pupilWidth + Theme.pagePadding - Theme.gap
                width: cells.width
                height: page.headingHeight
                contentWidth: cells.contentWidth
                contentX: cells.contentX
                interactive: false
                clip: true
                Row {
                    Repeater {
                        model: grid.columns
                        Item {
                            id: heading
                            required property var modelData
                            readonly property color colour: Theme.areaColour(modelData.kind, modelData.index)
                            width: page.cellWidth
                            height: page.headingHeight
                            Rectangle {
                                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                                anchors.leftMargin: Theme.gap
                                anchors.bottomMargin: 6
                                height: 4
                                radius: 2
                                color: heading.colour
                            }
                            Text {
                                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                                anchors.leftMargin: Theme.gap
                                anchors.rightMargin: Theme.gap
                                anchors.bottomMargin: 14
                                text: heading.modelData.name
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                color: heading.colour
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                            }
                        }
                    }
                }
            }

            // The pupils, following the cells up and down (and moving them when dragged).
            Flickable {
                id: pupilColumn
                x: Theme.pagePadding - Theme.gap
                y: page.headingHeight
                width: page.pupilWidth
                height: parent.height - y
                contentHeight: cells.contentHeight
                flickableDirection: Flickable.VerticalFlick
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                onContentYChanged: if (!cells.moving) cells.contentY = contentY
                Column {
                    Repeater {
                        model: grid
                        Item {
                            id: pupilRow
                            required property string pupilId
                            required property string pupilName
                            required property string initials
                            required property string summary
                            width: page.pupilWidth
                            height: page.rowHeight
                            ColumnLayout {
                                anchors.fill: parent
                                anchors.margins: Theme.gap
                                anchors.topMargin: Theme.gap + 4
                                spacing: 4
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.gap + 2
                                    InitialsAvatar {
                                        visible: !page.narrow
                                        size: 40
                                        initials: pupilRow.initials
                                        name: pupilRow.pupilName
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: pupilRow.pupilName
                                        wrapMode: Text.WordWrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                        color: Theme.text
                                        font.pixelSize: Theme.bodySize
                                        font.bold: true
                                    }
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: pupilRow.summary
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.smallSize
                                }
                                Item { Layout.fillHeight: true }
                                TextButton {
                                    objectName: "provisionMapButton_" + pupilRow.pupilId
                                    text: qsTr("Provision map")
                                    font.pixelSize: Theme.smallSize + 1
                                    Accessible.name: qsTr("Provision map for %1").arg(pupilRow.pupilName)
                                    onClicked: Navigator.showProvisionMap(pupilRow.pupilId)
                                }
                            }
                        }
                    }
                }
            }

            // The targets, one cell each.
            Flickable {
                id: cells
                objectName: "assessmentCells"
                x: headings.x
                y: page.headingHeight
                width: parent.width - x - Theme.pagePadding + Theme.gap
                height: parent.height - y
                contentWidth: grid.columns.length * page.cellWidth
                contentHeight: grid.count * page.rowHeight + Theme.spacing
                flickableDirection: Flickable.AutoFlickIfNeeded
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}
                onContentYChanged: if (!pupilColumn.moving) pupilColumn.contentY = contentY

                Column {
                    Repeater {
                        model: grid
                        Row {
                            id: targetRow
                            required property var cells
                            required property string pupilName
                            Repeater {
                                model: grid.columns.length
                                Item {
                                    id: slot
                                    required property int index
                                    readonly property var cell: targetRow.cells[index] || ({})
                                    readonly property var column: grid.columns[index] || ({})
                                    width: page.cellWidth
                                    height: page.rowHeight

                                    // Nothing to judge here: not this pupil's kind of target, or none set.
                                    Rectangle {
                                        anchors.fill: parent
                                        anchors.margins: Theme.gap / 2
                                        anchors.leftMargin: Theme.gap
                                        visible: !slot.cell.hasTarget
                                        radius: Theme.radius
                                        color: "transparent"
                                        border.width: 1
                                        border.color: Theme.divider
                                        Text {
                                            anchors.centerIn: parent
                                            width: parent.width - 2 * Theme.spacing
                                            horizontalAlignment: Text.AlignHCenter
                                            wrapMode: Text.WordWrap
                                            text: slot.cell.applies ? qsTr("No target set") : qsTr("Not for this pupil")
                                            color: Theme.textMuted
                                            font.pixelSize: Theme.smallSize
                                            font.italic: true
                                        }
                                    }

                                    Card {
                                        objectName: "cell_" + (slot.cell.targetId || "")
                                        anchors.fill: parent
                                        anchors.margins: Theme.gap / 2
                                        anchors.leftMargin: Theme.gap
                                        visible: slot.cell.hasTarget === true
                                        // A cell the filter does not pick stays in place, quieter.
                                        opacity: slot.cell.matches === false ? 0.45 : 1
                                        accent: slot.column.kind !== undefined ? Theme.areaColour(slot.column.kind, slot.column.index) : Theme.divider
                                        leftPadding: Theme.pagePadding - 4
                                        rightPadding: Theme.gap + 4
                                        topPadding: Theme.gap + 4
                                        bottomPadding: Theme.gap
                                        Accessible.name: qsTr("%1, %2: %3").arg(targetRow.pupilName).arg(slot.column.name)
                                            .arg(slot.cell.judged ? slot.cell.statusText : qsTr("not judged yet"))
                                        onClicked: Navigator.showTargetReview(slot.cell.targetId)

                                        contentItem: ColumnLayout {
                                            spacing: 4
                                            Flow {
                                                Layout.fillWidth: true
                                                spacing: 6
                                                Pill {
                                                    text: slot.cell.judged ? slot.cell.statusText : qsTr("Not judged")
                                                    color: slot.cell.judged ? page.statusColour(slot.cell.status) : "transparent"
                                                    textColour: slot.cell.judged ? page.statusTextColour(slot.cell.status) : Theme.textMuted
                                                    border.width: slot.cell.judged ? 0 : 1
                                                    border.color: Theme.divider
                                                    strong: slot.cell.judged === true
                                                }
                                                Pill {
                                                    visible: slot.cell.clash === true
                                                    text: qsTr("Clash")
                                                    color: Theme.errorSurface
                                                    textColour: Theme.error
                                                    strong: true
                                                }
                                            }
                                            Text {
                                                Layout.fillWidth: true
                                                visible: slot.cell.judged === true && text !== ""
                                                text: slot.cell.nextStepText || ""
                                                elide: Text.ElideRight
                                                color: Theme.text
                                                font.pixelSize: Theme.smallSize
                                                font.bold: true
                                            }
                                            Text {
                                                Layout.fillWidth: true
                                                text: slot.cell.evidenceCount > 0 ? slot.cell.evidenceText + "  ·  " + slot.cell.latestText
                                                                                   : (slot.cell.latestText || "")
                                                wrapMode: Text.WordWrap
                                                maximumLineCount: 2
                                                elide: Text.ElideRight
                                                color: slot.cell.evidenceCount === 0 ? Theme.warningText : Theme.textMuted
                                                font.pixelSize: Theme.smallSize
                                            }
                                            Text {
                                                Layout.fillWidth: true
                                                visible: slot.cell.thin === true
                                                text: qsTr("Thin evidence: %1").arg(slot.cell.thinText || "")
                                                wrapMode: Text.WordWrap
                                                maximumLineCount: 2
                                                elide: Text.ElideRight
                                                color: Theme.warningText
                                                font.pixelSize: Theme.smallSize
                                                font.bold: true
                                            }
                                            Item { Layout.fillHeight: true }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.pagePadding
            visible: grid.count === 0 && (page.ready || grid.classChoices.length === 0)
            heading: grid.className === "" ? qsTr("You have no class to assess")
                   : grid.filter !== AssessmentGridModel.Filter.All ? qsTr("Nothing left to show with this filter")
                   : qsTr("No targets in this class this term")
            message: grid.className === "" ? qsTr("The office adds staff to classes. Senior leaders can look at any class.")
                   : grid.filter !== AssessmentGridModel.Filter.All ? qsTr("Tap “All” to see every pupil.")
                   : qsTr("Targets appear here once the class's plans are set.")
        }
    }
}
