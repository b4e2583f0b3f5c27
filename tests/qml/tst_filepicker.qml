import QtQuick
import QtTest
import Stride

// The file picker on a tablet without a camera: it opens with nothing chosen and Open asleep, so
// a TA who taps Open at once imports nothing; a tap on a file chooses it, and Open hands over
// exactly that file. It runs over tests/data (folders import and tls, and the CSV files in import).
TestCase {
    id: testCase
    name: "FilePicker"
    width: 800
    height: 800
    visible: true
    when: windowShown

    readonly property url dataFolder: Qt.resolvedUrl("../data")
    readonly property url importFolder: Qt.resolvedUrl("../data/import")

    Component {
        id: pickerComponent
        FilePicker {
            nameFilters: ["*.csv"]
        }
    }

    SignalSpy {
        id: accepted
        signalName: "accepted"
    }

    function openPicker(folder) {
        const picker = createTemporaryObject(pickerComponent, testCase)
        verify(picker, "the picker loads")
        accepted.target = picker
        accepted.clear()
        picker.folder = folder
        picker.open()
        tryVerify(() => picker.opened, 2000, "the picker opens")
        return picker
    }

    function row(picker, name) {
        let found = null
        tryVerify(() => (found = findChild(picker.contentItem, name)) !== null, 3000, "the picker lists " + name)
        return found
    }

    function test_nothingIsChosenOnOpen() {
        const picker = openPicker(importFolder)
        row(picker, "filePickerFile_pupils.csv")
        verify(picker.ready)
        verify(!picker.canOpen, "no file is chosen before the person taps one")
        compare(String(picker.selectedFile), "")
        const open = findChild(picker.contentItem, "filePickerOpen")
        verify(!open.enabled, "Open cannot be pressed with nothing chosen")
        mouseClick(open)
        compare(accepted.count, 0)
        verify(picker.opened)
    }

    function test_tappingAFileChoosesItAndOpenGivesIt() {
        const picker = openPicker(importFolder)
        const file = row(picker, "filePickerFile_pupils.csv")
        mouseClick(file)
        verify(picker.canOpen)
        compare(String(picker.selectedFile), String(Qt.resolvedUrl("../data/import/pupils.csv")))
        const open = findChild(picker.contentItem, "filePickerOpen")
        verify(open.enabled)
        mouseClick(open)
        compare(accepted.count, 1)
        compare(String(accepted.signalArguments[0][0]), String(Qt.resolvedUrl("../data/import/pupils.csv")))
        tryVerify(() => !picker.visible, 2000, "the picker closes")
    }

    function test_aDoubleTapOpensTheFile() {
        const picker = openPicker(importFolder)
        mouseDoubleClickSequence(row(picker, "filePickerFile_ehcp_outcomes.csv"))
        compare(accepted.count, 1)
        compare(String(accepted.signalArguments[0][0]), String(Qt.resolvedUrl("../data/import/ehcp_outcomes.csv")))
    }

    function test_choosingByNameIsLikeATap() {
        const picker = openPicker(importFolder)
        row(picker, "filePickerFile_classes.csv")
        verify(!picker.selectFile("no such file.csv"))
        verify(!picker.canOpen)
        // A file further down the list: it is brought into view, highlighted.
        verify(picker.selectFile("targets.csv"))
        compare(String(picker.selectedFile), String(Qt.resolvedUrl("../data/import/targets.csv")))
        verify(row(picker, "filePickerFile_targets.csv").chosen)
    }

    function test_foldersOpenAndUpGoesBack() {
        const picker = openPicker(dataFolder)
        // Only folders here: the name filter hides nothing that is a folder.
        mouseClick(row(picker, "filePickerFolder_import"))
        row(picker, "filePickerFile_pupils.csv")
        compare(String(picker.folder), String(importFolder))
        compare(findChild(picker.contentItem, "filePickerFolder").text, picker.pathOf(importFolder))
        verify(!picker.canOpen, "opening a folder chooses nothing in it")
        mouseClick(findChild(picker.contentItem, "filePickerUp"))
        row(picker, "filePickerFolder_tls")
        verify(!picker.canOpen)
    }

    function test_cancelGivesNothing() {
        const picker = openPicker(importFolder)
        mouseClick(row(picker, "filePickerFile_classes.csv"))
        verify(picker.canOpen)
        mouseClick(findChild(picker.contentItem, "filePickerCancel"))
        compare(accepted.count, 0)
        tryVerify(() => !picker.visible, 2000, "the picker closes")
        // Opened again, the earlier choice is gone.
        picker.open()
        tryVerify(() => picker.opened, 2000)
        verify(!picker.canOpen)
    }

    function test_rowsAreLargeEnoughToTap() {
        const picker = openPicker(importFolder)
        verify(row(picker, "filePickerFile_classes.csv").height >= 48)
    }
}
