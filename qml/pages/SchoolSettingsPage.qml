pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The school's settings for a lost tablet: how many days a tablet may go without reaching the
// school's store before it locks itself. Senior leaders and the office change it here, saved as a
// change of the school's record that every tablet receives at its next sync; anyone else reads it.
// Which classes a tablet serves is set on the school's store by the office. Reached from the class
// list.
StridePage {
    id: page
    objectName: "school-settings"

    ready: true
    title: qsTr("School settings")
    subtitle: Session.schoolName
    summary: "offline lock %1 days, %2%3".arg(settings.offlineLockDays)
             .arg(settings.canChange ? "can change" : "read only")
             .arg(settings.message !== "" ? (settings.refused ? ", refused: " : ", ") + settings.message : "")

    SchoolSettings {
        id: settings
        objectName: "schoolSettings"
        session: Session
    }

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
            y: Theme.pagePadding
            width: Math.min(flick.width - 2 * Theme.pagePadding, 900)
            spacing: Theme.spacing

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("A lost or stolen tablet")
            }
            Panel {
                Layout.fillWidth: true
                implicitHeight: lockColumn.implicitHeight + 2 * Theme.pagePadding
                ColumnLayout {
                    id: lockColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.pagePadding }
                    spacing: Theme.spacing
                    FieldLabel {
                        Layout.fillWidth: true
                        text: qsTr("Days a tablet may stay offline before it locks itself")
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("A tablet that has not reached the school's store for this many days locks itself, "
                                   + "so a lost or stolen tablet kept offline does not stay open. Nobody can sign in "
                                   + "on it until it reaches the store again: connecting it to the school's Wi-Fi is "
                                   + "enough. Fewer days keep pupils' records safer; more days suit a tablet that goes "
                                   + "on long trips away from school.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        visible: settings.canChange
                        TextField {
                            id: daysField
                            objectName: "offlineLockDaysField"
                            Layout.preferredWidth: 140
                            font.pixelSize: Theme.largeSize
                            inputMethodHints: Qt.ImhDigitsOnly
                            horizontalAlignment: TextInput.AlignRight
                            Accessible.name: qsTr("Days a tablet may stay offline before it locks itself")
                            text: settings.typedDays
                            onTextEdited: settings.typedDays = text
                            onAccepted: settings.save()
                        }
                        Text {
                            text: qsTr("days (1 to 365; Stride's default is 14)")
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                        }
                        PrimaryButton {
                            objectName: "saveOfflineLockDays"
                            text: qsTr("Save")
                            enabled: settings.changed
                            onClicked: settings.save()
                        }
                    }
                    Text {
                        objectName: "offlineLockDaysNow"
                        Layout.fillWidth: true
                        visible: !settings.canChange
                        text: qsTr("Now: %1.").arg(settings.currentText)
                        color: Theme.text
                        font.pixelSize: Theme.largeSize
                        font.bold: true
                    }
                    Banner {
                        objectName: "offlineLockDaysMessage"
                        Layout.fillWidth: true
                        visible: settings.message !== ""
                        tone: settings.refused ? "error" : "success"
                        text: settings.message
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: !settings.canChange
                        text: qsTr("Only a senior leader or the office can change this.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                    }
                }
            }

            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                text: qsTr("Which classes each tablet holds")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Each tablet holds only the records of the classes it is set up for, or of the whole school "
                           + "for senior leaders and the office. The office sets this on the school's store when it "
                           + "sets a tablet up, and can change it there. The sync page of each tablet shows what it "
                           + "holds and when it locks itself.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
            TextButton {
                objectName: "thisTabletButton"
                text: qsTr("What this tablet holds")
                onClicked: Navigator.showSync()
            }
        }
    }
}
