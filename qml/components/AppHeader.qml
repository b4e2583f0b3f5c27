import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// The bar across the top of every page: back, the page's title and where it sits, whether what
// was recorded has reached the school's store, and who is signed in with a way to sign out (a
// shared tablet changes hands many times a day).
Rectangle {
    id: header

    property string title
    property string subtitle
    property bool canGoBack: false
    signal backClicked()
    signal switchClicked()
    signal syncClicked()

    implicitHeight: Theme.headerHeight
    color: Theme.surface

    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.canGoBack ? Theme.gap : Theme.pagePadding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ToolButton {
            id: back
            visible: header.canGoBack
            objectName: "backButton"
            Layout.preferredWidth: Theme.touchLarge
            Layout.preferredHeight: Theme.touchLarge
            text: "\u2190"
            font.pixelSize: Theme.titleSize
            Accessible.name: qsTr("Back")
            onClicked: header.backClicked()
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Text {
                Layout.fillWidth: true
                text: header.title
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.largeSize + 2
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: header.subtitle
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }

        SyncIndicator {
            visible: Connection.enrolled
            onClicked: header.syncClicked()
        }

        RowLayout {
            visible: Session.signedIn
            spacing: Theme.gap + 4
            InitialsAvatar {
                size: 44
                initials: Session.staffInitials
                name: Session.staffName
            }
            Text {
                // Held upright the header is narrow: the initials say who, the page's title keeps the room.
                visible: header.width >= 1000
                text: Session.staffName
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            // Handing the tablet to a colleague: their name, their PIN, from any page.
            TextButton {
                objectName: "switchStaffButton"
                Layout.leftMargin: Theme.gap
                text: qsTr("Switch")
                Accessible.name: qsTr("Switch to another member of staff")
                onClicked: header.switchClicked()
            }
            TextButton {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                onClicked: Session.signOut()
            }
        }
    }
}
