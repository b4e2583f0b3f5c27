pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The cover letter that goes home with every pupil's progress report, written once by the
// assessment lead in the school's own words. Merge fields in angle brackets (<FIRST NAME>,
// <HE/SHE>) are filled in for each family; the letter is shown merged for one pupil as it is typed.
// A field Stride cannot fill in is named, and saving is refused until it is put right. Senior
// leaders and the office save it; anyone else may read it. Reached from the class list.
StridePage {
    id: page
    objectName: "cover-letter"

    ready: true
    title: qsTr("Cover letter to parents")
    subtitle: Session.schoolName
    summary: letter.summary

    function leave() {
        if (letter.changed && letter.canSave) {
            leaveDialog.open()
            return false
        }
        return true
    }

    CoverLetterEditor {
        id: letter
        objectName: "coverLetter"
        session: Session
    }
    // For the self-test: the page scrolled to the letter as a family reads it.
    Connections {
        target: Navigator
        function onScrollToEndRequested() { flick.contentY = Math.max(0, flick.contentHeight - flick.height) }
    }
    Timer {
        id: saveAfterTap
        interval: 0
        onTriggered: letter.save()
    }
    ConfirmDialog {
        id: leaveDialog
        question: qsTr("Leave without saving the letter?")
        explanation: qsTr("Your changes to the cover letter have not been saved.")
        confirmText: qsTr("Leave without saving")
        cancelText: qsTr("Stay")
        onConfirmed: {
            letter.reload()
            page.StackView.view.pop()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + 2 * Theme.pagePadding
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: body
                x: Theme.pagePadding
                y: Theme.spacing + 4
                width: flick.width - 2 * Theme.pagePadding
                spacing: Theme.spacing

                Banner {
                    Layout.fillWidth: true
                    tone: "info"
                    text: letter.canSave
                          ? (letter.usingDefault
                             ? qsTr("This is Stride's suggested letter. Change it to your school's own words and save it: every progress report printed after that has it.")
                             : qsTr("Every progress report printed goes home with this letter, filled in for each pupil."))
                          : qsTr("Only a senior leader or the office can change the school's cover letter. This is the letter that goes home now.")
                }

                // The letter, the fields to put in it, then the letter as a family reads it. Each
                // text's width is the page's from the start, so its wrapped height is right on the
                // first layout.
                FieldLabel {
                    Layout.fillWidth: true
                    text: qsTr("The letter")
                }
                FieldArea {
                    id: letterField
                    objectName: "letterField"
                    Layout.fillWidth: true
                    Layout.preferredWidth: body.width
                    Layout.preferredHeight: Math.max(360, implicitHeight)
                    readOnly: !letter.canSave
                    text: letter.text
                    onTextChanged: if (text !== letter.text) letter.text = text
                    placeholderText: qsTr("Dear parent or carer of <FIRST NAME>, ...")
                }
                Text {
                    Layout.fillWidth: true
                    Layout.preferredWidth: body.width
                    visible: letter.canSave
                    text: qsTr("Tap a field to put it where the cursor is. Stride fills it in for each pupil.")
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredWidth: body.width
                    visible: letter.canSave
                    spacing: Theme.gap
                    Repeater {
                        model: letter.fields
                        TextButton {
                            required property string modelData
                            text: modelData
                            showsData: true // a merge field: the same in every language
                            font.pixelSize: Theme.smallSize
                            onClicked: {
                                letterField.insert(letterField.cursorPosition, modelData)
                                letterField.forceActiveFocus()
                            }
                        }
                    }
                }
                FieldLabel {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: letter.previewPupil !== "" ? qsTr("As a family will read it: %1").arg(letter.previewPupil)
                                                     : qsTr("As a family will read it")
                }
                Panel {
                    Layout.fillWidth: true
                    Layout.preferredWidth: body.width
                    implicitHeight: previewText.implicitHeight + 2 * Theme.pagePadding
                    Text {
                        id: previewText
                        // The school's own letter, merged: its words are the school's, not Stride's.
                        readonly property bool showsData: true
                        objectName: "letterPreview"
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.pagePadding }
                        text: letter.preview
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        lineHeight: 1.2
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchLarge, letterMessage.implicitHeight) + 2 * Theme.spacing
            visible: letter.canSave
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
                    id: letterMessage
                    objectName: "letterMessage"
                    Layout.fillWidth: true
                    // What the last save said; else a field Stride cannot fill in, as typed; else
                    // that there is something to save.
                    text: letter.message !== "" ? letter.message
                          : letter.problem !== "" ? letter.problem
                          : letter.changed ? qsTr("You have changes that are not saved yet.") : ""
                    wrapMode: Text.WordWrap
                    color: letter.message !== "" ? (letter.refused ? Theme.error : Theme.successText)
                           : letter.problem !== "" ? Theme.error : Theme.warningText
                    font.pixelSize: Theme.bodySize
                }
                TextButton {
                    objectName: "defaultLetterButton"
                    text: qsTr("Use Stride's suggested letter")
                    onClicked: letter.useDefault()
                }
                PrimaryButton {
                    objectName: "saveLetterButton"
                    text: qsTr("Save letter")
                    enabled: letter.changed || letter.usingDefault
                    onClicked: saveAfterTap.start()
                }
            }
        }
    }
}
