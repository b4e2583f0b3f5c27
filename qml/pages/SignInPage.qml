pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// Who is using the tablet? A tile per member of staff, then a PIN pad. A wrong PIN says how many
// tries are left; after too many the pad pauses and says for how long. A tablet that has not
// reached the school's store for too long shows no names at all, only what to do about it.
StridePage {
    id: page
    objectName: "sign-in"

    property string stage: "choose" // or "pin"
    property string chosenId
    property string chosenName
    property string chosenInitials

    ready: true
    summary: Session.offlineLocked ? "locked until it reaches the store: \"%1\"".arg(Session.offlineLockMessage)
        : stage === "pin"
        ? "PIN pad for %1%2".arg(chosenName).arg(Session.message !== "" ? ": \"" + Session.message + "\"" : "")
        : "%1 staff to choose from".arg(staff.count)
    title: Session.hasSchool ? Session.schoolName : qsTr("Stride")
    subtitle: Session.todayText + (Session.termName !== "" ? "  ·  " + Session.termName : "")

    function chooseStaff(staffId) {
        for (let i = 0; i < staff.count; ++i) {
            const index = staff.index(i, 0)
            if (staff.data(index, StaffListModel.StaffIdRole) === staffId) {
                chosenId = staffId
                chosenName = staff.data(index, StaffListModel.NameRole)
                chosenInitials = staff.data(index, StaffListModel.InitialsRole)
                Session.clearMessage()
                stage = "pin"
                return true
            }
        }
        return false
    }
    function chooseSomeoneElse() {
        Session.clearMessage()
        stage = "choose"
    }
    // A tile chosen for the person (the self-test), as a tap would.
    Connections {
        target: Navigator
        function onStaffChosen(staffId) { page.chooseStaff(staffId) }
    }


    StaffListModel {
        id: staff
        session: Session
    }

    // --- Locked: the tablet has been away from the school's store for too long
    Banner {
        objectName: "offlineLock"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pagePadding, 720)
        visible: Session.offlineLocked
        tone: "warning"
        heading: qsTr("This tablet has locked itself")
        text: Session.offlineLockMessage
    }

    // --- Choose your name
    Item {
        anchors.fill: parent
        visible: page.stage === "choose" && !Session.offlineLocked

        Text {
            id: question
            anchors { left: parent.left; right: parent.right; top: parent.top }
            anchors.margins: Theme.pagePadding
            text: qsTr("Who is using the tablet?")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Text {
            id: hint
            anchors { left: question.left; right: question.right; top: question.bottom; topMargin: 4 }
            text: qsTr("Tap your name, then type your PIN.")
            visible: staff.count > 0
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }

        GridView {
            id: grid
            objectName: "staffGrid"
            anchors {
                left: parent.left; right: parent.right; top: hint.bottom; bottom: parent.bottom
                leftMargin: Theme.pagePadding - Theme.gap; rightMargin: Theme.pagePadding - Theme.gap
                topMargin: Theme.spacing; bottomMargin: Theme.gap
            }
            clip: true
            model: staff
            readonly property int columns: Math.max(2, Math.floor(width / 280))
            readonly property int rows: Math.max(1, Math.ceil(count / columns))
            cellWidth: Math.floor(width / columns)
            // Tiles grow to fill the screen when everyone fits, and scroll when they do not.
            cellHeight: Math.max(176, Math.min(232, Math.floor(height / rows)))
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: Item {
                id: cell
                required property string staffId
                required property string name
                required property string initials
                required property string roleText
                width: grid.cellWidth
                height: grid.cellHeight

                Card {
                    objectName: "staffTile_" + cell.staffId
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    padding: Theme.spacing
                    Accessible.name: cell.name
                    onClicked: page.chooseStaff(cell.staffId)

                    contentItem: ColumnLayout {
                        spacing: 6
                        Item { Layout.fillHeight: true }
                        InitialsAvatar {
                            Layout.alignment: Qt.AlignHCenter
                            Layout.bottomMargin: 4
                            size: 72
                            initials: cell.initials
                            name: cell.name
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: cell.name
                            elide: Text.ElideRight
                            color: Theme.text
                            font.pixelSize: Theme.largeSize
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: cell.roleText
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.pixelSize: Theme.smallSize
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }
        }

        EmptyState {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.pagePadding, 640)
            visible: staff.count === 0
            heading: Session.hasSchool ? qsTr("Nobody can sign in on this tablet yet")
                                       : qsTr("This tablet has no school's records on it yet")
            message: Session.hasSchool ? qsTr("Ask the office to add staff and set their PINs.")
                                       : qsTr("Ask the office to set up the tablet for your school.")
        }
    }

    // --- Type your PIN (side by side; held upright, the name above the pad)
    GridLayout {
        id: pinLayout
        readonly property bool wide: width > height
        anchors.fill: parent
        anchors.margins: Theme.pagePadding
        visible: page.stage === "pin" && !Session.offlineLocked
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
                initials: page.chosenInitials
                name: page.chosenName
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: page.chosenName
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: Session.lockedOut ? qsTr("The PIN pad is paused") : qsTr("Type your PIN")
                color: Theme.textMuted
                font.pixelSize: Theme.largeSize
            }
            SignInMessage {
                id: messageBox
                objectName: "signInMessage"
            }
            TextButton {
                objectName: "notYouButton"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Not %1? Choose your name").arg(page.chosenName.split(" ")[0])
                onClicked: page.chooseSomeoneElse()
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
            id: pinPad
            objectName: "pinPad"
            Layout.fillWidth: pinLayout.wide
            Layout.preferredWidth: pinLayout.wide ? 1 : implicitWidth
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            enabled: !Session.lockedOut && !Session.checkingWithStore
            focus: page.stage === "pin"
            onSubmitted: pin => Session.signIn(page.chosenId, pin)
        }
    }
}
