pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A pupil's one-page profile for their family (seed 004's "Unique Profiles"): the teacher picks up
// to six highlights of the term from the pupil's evidence, writes what each shows in plain words,
// puts them in order, sees which photos will print and which go home as words only (and why), and
// previews the page as it will be printed beside the progress report. A TA sees it all, read only.
StridePage {
    id: page
    objectName: "profile-highlights"

    property string pupilId
    readonly property bool wide: width >= 1100

    ready: profile.found
    title: qsTr("Profile for the family")
    subtitle: profile.pupilName
    summary: qsTr("%1: %2 of %3 highlights chosen, %4 pieces of evidence this term to choose from")
                 .arg(profile.heading).arg(profile.chosenCount).arg(profile.mostHighlights).arg(profile.candidates.length)

    ProfileHighlights {
        id: profile
        objectName: "profileHighlights"
        session: Session
        media: MediaFiles
        pupilId: page.pupilId
        onLoaded: previewLater.restart()
    }
    // The preview is drawn once the page has settled after a change, not at every keystroke.
    Timer {
        id: previewLater
        interval: 150
        onTriggered: profile.makePreview(page.wide ? 900 : 760)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: body.implicitHeight + 2 * Theme.pagePadding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        RowLayout {
            id: body
            x: Theme.pagePadding
            y: Theme.spacing + 4
            width: flick.width - 2 * Theme.pagePadding
            spacing: Theme.spacing * 2

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing

                Text {
                    Layout.fillWidth: true
                    text: profile.heading
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Choose up to %1 moments from this term's evidence, from every part of school life, and say in plain words what each shows. The page goes home beside the progress report. A photo is printed only where every child in it may be shown to families.").arg(profile.mostHighlights)
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                Banner {
                    Layout.fillWidth: true
                    visible: !profile.canChoose
                    tone: "info"
                    text: qsTr("Teachers and senior leaders choose the highlights. This is the page as they have chosen it.")
                }
                Repeater {
                    model: profile.leftOut
                    delegate: Banner {
                        required property string modelData
                        Layout.fillWidth: true
                        tone: "warning"
                        text: modelData
                    }
                }
                Banner {
                    objectName: "profileMessage"
                    Layout.fillWidth: true
                    visible: profile.message !== ""
                    tone: "info"
                    text: profile.message
                }

                SectionHeading {
                    Layout.fillWidth: true
                    text: qsTr("On the page: %1 of %2").arg(profile.chosenCount).arg(profile.mostHighlights)
                }
                Text {
                    Layout.fillWidth: true
                    visible: profile.chosenCount === 0
                    text: qsTr("Nothing chosen yet. Choose from this term's evidence below.")
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                Repeater {
                    model: profile.chosen
                    delegate: Rectangle {
                        id: chosenCard
                        required property var modelData
                        required property int index
                        objectName: "chosen_" + index
                        Layout.fillWidth: true
                        implicitHeight: chosenColumn.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.divider

                        ColumnLayout {
                            id: chosenColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: Theme.gap

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                Rectangle {
                                    Layout.preferredWidth: 96
                                    Layout.preferredHeight: 72
                                    radius: 8
                                    color: Theme.surfaceTint
                                    Image {
                                        anchors.fill: parent
                                        anchors.margins: 2
                                        source: chosenCard.modelData.thumbnailUrl
                                        fillMode: Image.PreserveAspectFit
                                        asynchronous: true
                                        visible: status === Image.Ready
                                    }
                                    Text {
                                        anchors.centerIn: parent
                                        visible: chosenCard.modelData.thumbnailUrl.toString() === ""
                                        text: "\u201c\u201d"
                                        color: Theme.primary
                                        font.pixelSize: Theme.displaySize
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Text {
                                        Layout.fillWidth: true
                                        text: (chosenCard.index + 1) + ".  " + chosenCard.modelData.area
                                        wrapMode: Text.WordWrap
                                        color: Theme.text
                                        font.pixelSize: Theme.bodySize
                                        font.bold: true
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: chosenCard.modelData.kindText + "  ·  " + chosenCard.modelData.dayText
                                        color: Theme.textMuted
                                        font.pixelSize: Theme.smallSize
                                    }
                                    Text {
                                        objectName: "printsAs"
                                        Layout.fillWidth: true
                                        text: chosenCard.modelData.photoPrints ? qsTr("The photo is printed")
                                              : chosenCard.modelData.wordsOnlyReason !== "" ? qsTr("Words only: %1").arg(chosenCard.modelData.wordsOnlyReason)
                                              : qsTr("Printed in words")
                                        wrapMode: Text.WordWrap
                                        color: chosenCard.modelData.photoPrints ? Theme.successText
                                               : chosenCard.modelData.wordsOnlyReason !== "" ? Theme.warningText : Theme.textMuted
                                        font.pixelSize: Theme.smallSize
                                    }
                                }
                            }
                            FieldArea {
                                objectName: "captionField"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Math.max(88, implicitHeight)
                                readOnly: !profile.canChoose
                                text: chosenCard.modelData.caption
                                placeholderText: qsTr("What it shows, in plain words for the family (for example: Ruby lifted her head to watch the stars)")
                                onEditingFinished: profile.setCaption(chosenCard.modelData.highlightId, text)
                            }
                            Text {
                                objectName: "writtenForStaff"
                                Layout.fillWidth: true
                                visible: chosenCard.modelData.captionWrittenForStaff
                                text: qsTr("Written for staff: check the wording for parents. Until you write a caption the page prints the note staff wrote: \"%1\"").arg(chosenCard.modelData.staffNote)
                                wrapMode: Text.WordWrap
                                color: Theme.warningText
                                font.pixelSize: Theme.smallSize
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                visible: profile.canChoose
                                spacing: Theme.gap
                                TextButton {
                                    text: qsTr("Earlier")
                                    enabled: chosenCard.index > 0
                                    onClicked: profile.move(chosenCard.modelData.highlightId, -1)
                                }
                                TextButton {
                                    text: qsTr("Later")
                                    enabled: chosenCard.index < profile.chosenCount - 1
                                    onClicked: profile.move(chosenCard.modelData.highlightId, 1)
                                }
                                Item { Layout.fillWidth: true }
                                TextButton {
                                    objectName: "takeOffButton"
                                    text: qsTr("Take off the page")
                                    colour: Theme.error
                                    onClicked: profile.remove(chosenCard.modelData.highlightId)
                                }
                            }
                        }
                    }
                }

                // On a narrow screen the preview comes after the chosen highlights.
                PreviewPanel {
                    Layout.fillWidth: true
                    visible: !page.wide
                    source: profile.preview
                }

                SectionHeading {
                    Layout.fillWidth: true
                    text: qsTr("%1's evidence this term").arg(profile.pupilName)
                }
                Text {
                    Layout.fillWidth: true
                    visible: profile.candidates.length === 0
                    text: qsTr("No evidence has been recorded this term yet.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                }
                Repeater {
                    model: profile.candidates
                    delegate: Rectangle {
                        id: candidate
                        required property var modelData
                        required property int index
                        objectName: "candidate_" + index
                        Layout.fillWidth: true
                        implicitHeight: Math.max(88, candidateRow.implicitHeight) + 2 * Theme.gap + 4
                        radius: Theme.radius
                        color: modelData.chosen ? Theme.primaryLight : Theme.surface
                        border.color: modelData.chosen ? Theme.primary : Theme.divider

                        RowLayout {
                            id: candidateRow
                            anchors.fill: parent
                            anchors.margins: Theme.gap + 2
                            spacing: Theme.spacing
                            Rectangle {
                                Layout.preferredWidth: 96
                                Layout.preferredHeight: 72
                                radius: 8
                                color: Theme.surfaceTint
                                Image {
                                    anchors.fill: parent
                                    anchors.margins: 2
                                    source: candidate.modelData.thumbnailUrl
                                    fillMode: Image.PreserveAspectFit
                                    asynchronous: true
                                    visible: status === Image.Ready
                                }
                                Text {
                                    anchors.centerIn: parent
                                    width: parent.width - 8
                                    horizontalAlignment: Text.AlignHCenter
                                    wrapMode: Text.WordWrap
                                    visible: candidate.modelData.thumbnailUrl.toString() === ""
                                    text: candidate.modelData.kindText
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Text {
                                    Layout.fillWidth: true
                                    text: candidate.modelData.dayText + "  ·  " + candidate.modelData.kindText
                                          + (candidate.modelData.area !== "" ? "  ·  " + candidate.modelData.area : "")
                                          + (candidate.modelData.promptText !== "" ? "  ·  " + candidate.modelData.promptText : "")
                                    wrapMode: Text.WordWrap
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize
                                    font.bold: true
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: candidate.modelData.note
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.pixelSize: Theme.smallSize
                                }
                                Text {
                                    Layout.fillWidth: true
                                    visible: candidate.modelData.hasPicture
                                    text: candidate.modelData.photoPrints ? qsTr("Its photo can be printed")
                                                                          : qsTr("Words only: %1").arg(candidate.modelData.wordsOnlyReason)
                                    wrapMode: Text.WordWrap
                                    color: candidate.modelData.photoPrints ? Theme.successText : Theme.warningText
                                    font.pixelSize: Theme.smallSize
                                }
                            }
                            TextButton {
                                objectName: "chooseButton"
                                visible: profile.canChoose
                                enabled: candidate.modelData.chosen || profile.chosenCount < profile.mostHighlights
                                text: candidate.modelData.chosen ? qsTr("Take off") : qsTr("Choose")
                                onClicked: profile.choose(candidate.modelData.evidenceId)
                            }
                        }
                    }
                }
            }

            // On a wide screen the page as the family will see it stays beside the choosing.
            PreviewPanel {
                Layout.preferredWidth: Math.min(520, body.width * 0.42)
                Layout.alignment: Qt.AlignTop
                visible: page.wide
                source: profile.preview
            }
        }
    }

    component PreviewPanel: ColumnLayout {
        property alias source: previewImage.source
        spacing: Theme.gap
        SectionHeading {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("The page as the family will see it")
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: width * 1.414
            color: Theme.surface
            border.color: Theme.divider
            Image {
                id: previewImage
                objectName: "profilePreview"
                anchors.fill: parent
                anchors.margins: 1
                fillMode: Image.PreserveAspectFit
                smooth: true
                mipmap: true
            }
        }
    }
}
