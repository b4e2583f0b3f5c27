pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import Stride

// Choosing a file where there is no camera. Qt 6.4's own file dialog selects the first file of
// a folder as it opens, so a tap on Open imported a picture nobody chose. Here nothing is chosen
// until the person taps a file: it is highlighted and Open wakes up; a double tap opens it at once.
Popup {
    id: picker
    property string title: qsTr("Choose a file")
    // The patterns of the files that can be chosen ("*.jpg"); folders are always shown.
    // (var: qmllint 6.4 cannot assign a list<string> to FolderListModel's QStringList.)
    property var nameFilters: []
    // The folder shown; set it before open() (the folder of the last file chosen, say).
    property url folder
    // The file the person tapped, or empty.
    readonly property url selectedFile: files.chosenUrl
    readonly property bool canOpen: files.chosenPath !== ""
    // The folder has been read (the list is filled in the background).
    readonly property bool ready: files.status === FolderListModel.Ready

    signal accepted(url file)
    signal rejected()

    // The file called `name` in this folder is chosen, as a tap on it would. False if there is none.
    function selectFile(name: string): bool {
        for (let row = 0; row < files.count; ++row) {
            if (!files.isFolder(row) && files.get(row, "fileName") === name) {
                files.choose(files.get(row, "filePath"), files.get(row, "fileUrl"))
                list.positionViewAtIndex(row, ListView.Contain)
                return true
            }
        }
        return false
    }
    // Open: the chosen file is handed over and the picker closes.
    function accept() {
        if (!picker.canOpen)
            return
        const file = picker.selectedFile
        picker.close()
        picker.accepted(file)
    }
    function reject() {
        picker.close()
        picker.rejected()
    }
    // The folder as a person reads it ("/home/ta/Pictures").
    function pathOf(folder: url): string {
        return decodeURIComponent(String(folder).replace(/^file:\/\//, ""))
    }
    function openFolder(folder: url) {
        picker.folder = folder
    }

    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.pagePadding : 720, 720)
    height: Math.min(parent ? parent.height - 2 * Theme.pagePadding : 640, 640)
    padding: Theme.spacing + 4
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { radius: Theme.radius; color: Theme.surface }

    // The picker's folder is the one shown: FolderListModel 6.4 does not say when its own
    // folder changes (folderChanged comes only in some cases), so nothing here binds to it.
    onFolderChanged: {
        files.choose("", "")
        files.folder = picker.folder
    }
    onAboutToShow: {
        files.choose("", "")
        files.folder = picker.folder
    }
    onClosed: files.choose("", "")
    onNameFiltersChanged: files.choose("", "")

    Timer {
        id: settling
        interval: 500 // longer than the gap of a double tap (400 ms by default)
    }

    FolderListModel {
        id: files
        // The file the person tapped (kept by its path, not its row: rows move when the folder
        // changes on disk); empty until they do.
        property string chosenPath
        property url chosenUrl
        function choose(path: string, url: url) {
            files.chosenPath = path
            files.chosenUrl = url
        }
        showDirsFirst: true
        showDotAndDotDot: false
        showHidden: false
        caseSensitive: false // cameras write .JPG
        sortField: FolderListModel.Name
        nameFilters: picker.nameFilters
    }

    // The content as the popup's child, not its contentItem: the list is reached by id from its
    // delegates, and an id in a deferred contentItem would make it immediate.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: picker.title
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.largeSize
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            TextButton {
                objectName: "filePickerUp"
                text: qsTr("Up")
                enabled: picker.pathOf(picker.folder) !== "/"
                onClicked: picker.openFolder(files.parentFolder)
            }
            Text {
                objectName: "filePickerFolder"
                Layout.fillWidth: true
                text: picker.pathOf(picker.folder)
                elide: Text.ElideLeft // the end of the path is the part that says where you are
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
        }
        ListView {
            id: list
            objectName: "filePickerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: files
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property string fileName
                required property url fileUrl
                required property string filePath
                required property bool fileIsDir
                readonly property bool chosen: files.chosenPath === row.filePath
                objectName: (row.fileIsDir ? "filePickerFolder_" : "filePickerFile_") + row.fileName
                width: ListView.view.width
                height: Math.max(Theme.touch, label.implicitHeight + 2 * Theme.gap)
                color: row.chosen ? Theme.primaryLight : tap.pressed ? Theme.pressed : "transparent"
                radius: Theme.radius / 2
                Accessible.role: Accessible.ListItem
                Accessible.name: row.fileIsDir ? qsTr("Folder %1").arg(row.fileName) : row.fileName
                Accessible.selected: row.chosen

                Text {
                    id: icon
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.largeSize
                    text: row.fileIsDir ? "▸" : ""
                    color: Theme.textMuted
                    font.pixelSize: Theme.largeSize
                }
                Text {
                    id: label
                    anchors.left: icon.right
                    anchors.leftMargin: Theme.gap
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.fileName
                    wrapMode: Text.Wrap // long names are read whole, not cut
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: row.chosen
                }
                // A MouseArea, not a TapHandler: Qt Quick turns a finger's double tap into its
                // double click too, and Qt Test can make one (a TapHandler's it cannot, in 6.4).
                MouseArea {
                    id: tap
                    anchors.fill: parent
                    onClicked: {
                        if (settling.running)
                            return
                        if (row.fileIsDir) {
                            picker.openFolder(row.fileUrl)
                            // The second tap of a double tap on a folder lands on whatever row is
                            // then under the finger: it is not the person choosing that file.
                            settling.restart()
                        } else {
                            files.choose(row.filePath, row.fileUrl)
                        }
                    }
                    onDoubleClicked: {
                        if (row.fileIsDir || settling.running)
                            return
                        files.choose(row.filePath, row.fileUrl)
                        picker.accept()
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: picker.ready && files.count === 0
                text: qsTr("Nothing here to choose. Go up, or open another folder.")
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            TextButton {
                objectName: "filePickerCancel"
                text: qsTr("Cancel")
                onClicked: picker.reject()
            }
            PrimaryButton {
                objectName: "filePickerOpen"
                text: qsTr("Open")
                enabled: picker.canOpen
                onClicked: picker.accept()
            }
        }
    }
}
