pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Covers the whole app (header included) with the PIN pad. Two reasons to show it: the tablet was
// left idle (`Session.locked`: the same person types their PIN and finds everything as they left
// it, an unsaved capture included), or someone tapped "Switch" to hand the tablet over (choose
// your name, then your PIN). A different person signing in starts at their own class list;
// whatever the previous person had not saved waits for them.
Popup {
    id: lock
    objectName: "lockScreen"

    property string stage: "pin" // or "choose"
    property string chosenId
    property string chosenName
    property string chosenInitials
    readonly property bool switching: !Session.locked

    function showLocked() {
        choose(Session.staffId, Session.staffName, Session.staffInitials)
        open()
    }
    function showSwitch() {
        stage = "choose"
        Session.clearMessage()
        open()
    }
    function choose(staffId, name, initials) {
        chosenId = staffId
        chosenName = name
        chosenInitials = initials
        Session.clearMessage()
        pad.clear()
        stage = "pin"
    }
    function chooseById(staffId) {
        for (let i = 0; i < staff.count; ++i) {
            const index = staff.index(i, 0)
            if (staff.data(index, StaffListModel.StaffIdRole) === staffId) {
                choose(staffId, staff.data(index, StaffListModel.NameRole), staff.data(index, StaffListModel.InitialsRole))
                return true
            }
        }
        return false
    }
    function submit(pin) {
        // Choosing yourself while not locked needs no PIN: you are already signed in.
        if (chosenId === Session.staffId && !Session.locked) {
            close()
            return true
        }
        const ok = Session.signIn(chosenId, pin)
        if (ok)
            close()
        return ok
    }
    // A first sign-in on this tablet ends when the school's store has answered.
    Connections {
        target: Session
        function onSignedInChanged() {
            if (lock.opened && Session.signedIn && Session.staffId === lock.chosenId && !Session.locked)
                lock.close()
        }
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: 0
    enter: Transition {}
    exit: Transition {}
    background: Rectangle { color: Theme.background }

    Connections {
        target: Session
        function onLockedChanged() {
            if (Session.locked)
                lock.showLocked()
            else if (lock.opened && !lock.switching)
                lock.close()
        }
        function onSignedInChanged() {
            if (!Session.signedIn)
                lock.close()
        }
    }

    StaffListModel {
        id: staff
        session: Session
    }

    // The content as the popup's children, not as its contentItem: its parts are reached by id
    // (the PIN pad, the staff grid), and an id in a deferred contentItem would make it immediate.
    Item {
        anchors.fill: parent
        // --- Who is taking over?
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.pagePadding
            visible: lock.stage === "choose"
            spacing: Theme.spacing
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Who is using the tablet now?")
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                TextButton {
                    objectName: "lockCancel"
                    visible: lock.switching
                    text: qsTr("Cancel")
                    onClicked: lock.close()
                }
                TextButton {
                    visible: !lock.switching
                    text: qsTr("Back to %1").arg(Session.staffFirstName)
                    onClicked: lock.choose(Session.staffId, Session.staffName, Session.staffInitials)
                }
            }
            GridView {
                id: grid
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: staff
                cellWidth: Math.floor(width / Math.max(2, Math.floor(width / 260)))
                cellHeight: 120
                delegate: Item {
                    id: tile
                    required property string staffId
                    required property string name
                    required property string initials
                    width: grid.cellWidth
                    height: grid.cellHeight
                    Card {
                        objectName: "switchTile_" + tile.staffId
                        anchors.fill: parent
                        anchors.margins: Theme.gap
                        padding: Theme.spacing
                        Accessible.name: tile.name
                        onClicked: lock.choose(tile.staffId, tile.name, tile.initials)
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            InitialsAvatar {
                                size: 56
                                initials: tile.initials
                                name: tile.name
                            }
                            Text {
                                Layout.fillWidth: true
                                text: tile.name
                                wrapMode: Text.WordWrap
                                color: Theme.text
                                font.pixelSize: Theme.bodySize
                                font.bold: true
                            }
                        }
                    }
                }
            }
        }

        // --- The PIN (side by side; held upright, the name above the pad)
        GridLayout {
            id: pinLayout
            readonly property bool wide: width > height
            anchors.fill: parent
            anchors.margins: Theme.pagePadding
            visible: lock.stage === "pin"
            columns: wide ? 3 : 1
            columnSpacing: Theme.pagePadding * 2
            rowSpacing: Theme.pagePadding

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing
                Item { Layout.fillHeight: true }
                InitialsAvatar {
                    Layout.alignment: Qt.AlignHCenter
                    size: 112
                    initials: lock.chosenInitials
                    name: lock.chosenName
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: lock.chosenName
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                Text {
                    objectName: "lockReason"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: Session.lockedOut ? qsTr("The PIN pad is paused")
                        : Session.locked && lock.chosenId === Session.staffId
                          ? qsTr("The tablet locked itself while it was not in use. Type your PIN to carry on where you were.")
                          : qsTr("Type your PIN")
                    color: Theme.textMuted
                    font.pixelSize: Theme.largeSize
                }
                Text {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: Capture.active && Session.locked && lock.chosenId === Session.staffId
                    text: qsTr("Your unsaved %1 is kept.").arg(Capture.kindLabel.toLowerCase())
                    color: Theme.successText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                SignInMessage {
                    objectName: "lockMessage"
                }
                TextButton {
                    objectName: "lockNotYou"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Not %1? Choose your name").arg(lock.chosenName.split(" ")[0])
                    onClicked: {
                        Session.clearMessage()
                        lock.stage = "choose"
                    }
                }
                Item { Layout.fillHeight: true }
            }
            Rectangle {
                visible: pinLayout.wide
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                color: Theme.divider
            }
            PinPad {
                id: pad
                objectName: "lockPinPad"
                Layout.fillWidth: pinLayout.wide
                Layout.preferredWidth: pinLayout.wide ? 1 : implicitWidth
                Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
                enabled: !Session.lockedOut && !Session.checkingWithStore
                focus: lock.stage === "pin" && lock.opened
                onSubmitted: pin => lock.submit(pin)
            }
        }
    }
}
