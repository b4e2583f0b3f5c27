pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The families whose reply slip from the progress report is not back yet, class by class: a
// teacher's own classes, or the whole school for senior leaders. Tap a family to record the slip
// that has come back. Reached from the class list.
StridePage {
    id: page
    objectName: "awaiting-replies"

    ready: true
    title: qsTr("Replies not back yet")
    subtitle: awaiting.termName !== "" ? qsTr("%1 progress report").arg(awaiting.termName) : Session.schoolName
    summary: awaiting.summary !== "" ? awaiting.summary : awaiting.emptyText

    AwaitingReplies {
        id: awaiting
        objectName: "awaitingReplies"
        session: Session
    }
    // Back from recording a reply: that family leaves the list.
    StackView.onActivating: awaiting.reload()

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: body.implicitHeight + 2 * Theme.pagePadding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: body
            x: Theme.pagePadding
            y: Theme.spacing + 4
            width: flick.width - 2 * Theme.pagePadding
            spacing: Theme.gap

            Text {
                objectName: "countText"
                Layout.fillWidth: true
                visible: text !== ""
                text: awaiting.countText
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.largeSize
                font.bold: true
            }
            Banner {
                Layout.fillWidth: true
                visible: awaiting.emptyText !== ""
                tone: "info"
                text: awaiting.emptyText
            }
            Text {
                objectName: "withoutIlpText"
                Layout.fillWidth: true
                visible: text !== ""
                text: awaiting.withoutIlpText
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }

            Repeater {
                objectName: "families"
                model: awaiting.families
                ColumnLayout {
                    id: family
                    required property var modelData
                    required property int index
                    readonly property bool firstOfClass: index === 0
                        || awaiting.families[index - 1].className !== modelData.className
                    Layout.fillWidth: true
                    spacing: 0
                    SectionHeading {
                        Layout.fillWidth: true
                        visible: family.firstOfClass
                        text: family.modelData.className
                    }
                    Card {
                        objectName: "family_" + family.modelData.pupilId
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchLarge + 8
                        leftPadding: Theme.pagePadding
                        Accessible.name: qsTr("Record the reply from %1's family").arg(family.modelData.name)
                        onClicked: Navigator.showParentReply(family.modelData.pupilId)
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            Text {
                                Layout.fillWidth: true
                                text: family.modelData.name
                                elide: Text.ElideRight
                                color: Theme.text
                                font.pixelSize: Theme.bodySize
                                font.bold: true
                            }
                            Text {
                                text: qsTr("Record the reply")
                                color: Theme.primary
                                font.pixelSize: Theme.bodySize
                            }
                        }
                    }
                }
            }
        }
    }
}
