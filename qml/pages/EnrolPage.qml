import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Stride

// A tablet with no school on it: connect it to the school's store with the one-time code the
// office prints (stride-store enrol-device), then wait while the first sync brings the school's
// classes, pupils and staff. Also where a tablet the school has removed says so.
StridePage {
    id: page
    objectName: "enrol"

    readonly property bool fetching: Connection.enrolled && !Session.hasSchool

    ready: true
    title: qsTr("Stride")
    subtitle: fetching ? qsTr("Connecting to %1").arg(Connection.schoolName) : qsTr("Set up this tablet")
    summary: fetching ? "fetching records: %1".arg(Connection.headline)
                      : "enrol form%1%2".arg(Connection.erased ? " (after erase)" : "")
                        .arg(Connection.enrolMessage !== "" ? ": \"" + Connection.enrolMessage + "\"" : "")

    // For the tests and the self-test: fill the form as a person would, and press Connect.
    function fill(address, code, name) {
        addressField.text = address
        codeField.text = code
        nameField.text = name
        return true
    }
    Connections {
        target: Navigator
        function onEnrolFormFillRequested(address, code, tabletName) { page.fill(address, code, tabletName) }
    }
    function connectTablet() {
        Connection.enrol(addressField.text, codeField.text, nameField.text, unencryptedBox.checked,
                         certificateBox.checked)
        return true
    }
    // For the tests: tick that the fingerprint matches the office's printout.
    function confirmCertificate() {
        certificateBox.checked = true
        return true
    }

    // Under the address as it is typed: why an http:// address would expose pupils' records.
    readonly property string addressWarning: Connection.addressWarning(addressField.text)

    Flickable {
        id: flick
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: connectBar.top }
        contentHeight: Math.max(height, box.height + 2 * Theme.pagePadding)
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        Panel {
            id: box
            width: Math.min(flick.width - 2 * Theme.pagePadding, 720)
            height: content.implicitHeight + 2 * Theme.pagePadding + 8
            x: (flick.width - width) / 2
            y: Math.max(Theme.pagePadding, (flick.height - height) / 2)

            ColumnLayout {
                id: content
                anchors { left: parent.left; right: parent.right; top: parent.top }
                anchors.margins: Theme.pagePadding + 8
                spacing: Theme.spacing

                Banner {
                    objectName: "erasedBanner"
                    Layout.fillWidth: true
                    visible: Connection.erased
                    tone: "info"
                    heading: qsTr("This tablet's Stride data has been removed")
                    text: Connection.erasedMessage
                }

                Text {
                    Layout.fillWidth: true
                    text: page.fetching ? qsTr("Fetching %1's records").arg(Connection.schoolName)
                                        : qsTr("Connect this tablet to your school")
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }

                // --- While the first sync runs.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.fetching
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: Connection.headline
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                    }
                    ProgressBar {
                        Layout.fillWidth: true
                        indeterminate: Connection.tone === Connection.Busy && Sync.progress <= 0
                        from: 0
                        to: 1
                        value: Sync.progress
                    }
                    Banner {
                        Layout.fillWidth: true
                        visible: Connection.problemText !== ""
                        tone: "warning"
                        text: Connection.problemText
                        TextButton {
                            text: qsTr("Try again")
                            onClicked: Connection.syncNow()
                        }
                    }
                }

                // --- The form.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: !page.fetching
                    spacing: Theme.gap

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("The school office gives you the store's address and a one-time code. The code "
                                   + "works once, within 24 hours.")
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.bodySize
                        // Room before the first question, so the intro does not read as its label.
                        Layout.bottomMargin: Theme.spacing
                    }
                    FieldLabel { text: qsTr("School store address") }
                    TextField {
                        id: addressField
                        objectName: "addressField"
                        Layout.fillWidth: true
                        placeholderTextColor: Theme.placeholder
                        placeholderText: qsTr("https://stride.school.example")
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        font.pixelSize: Theme.bodySize
                        text: Connection.serverAddress
                        onTextEdited: {
                            unencryptedBox.checked = false
                            certificateBox.checked = false
                            Connection.forgetCertificate()
                        }
                    }
                    Banner {
                        objectName: "unencryptedWarning"
                        Layout.fillWidth: true
                        visible: page.addressWarning !== ""
                        tone: "warning"
                        heading: qsTr("Not encrypted")
                        text: page.addressWarning
                    }
                    CheckBox {
                        id: unencryptedBox
                        objectName: "unencryptedBox"
                        Layout.fillWidth: true
                        visible: page.addressWarning !== ""
                        text: qsTr("Use it anyway: IT support says this network is closed to anyone outside the school")
                        font.pixelSize: Theme.bodySize
                        contentItem: Text {
                            leftPadding: unencryptedBox.indicator.width + unencryptedBox.spacing
                            text: unencryptedBox.text
                            font: unencryptedBox.font
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    // A store whose certificate no authority vouches for (one made with
                    // stride-store tls-selfsigned): its fingerprint, to compare with the office's
                    // printout before the tablet trusts it.
                    Banner {
                        objectName: "certificateCheck"
                        Layout.fillWidth: true
                        visible: Connection.certificateFingerprint !== ""
                        tone: "warning"
                        heading: qsTr("Check the store's certificate")
                        text: qsTr("This store has its own certificate, which only the school can vouch for. "
                                   + "Compare its fingerprint with the one the office printed for the store. "
                                   + "If any pair is different, do not connect: tell IT support.")
                    }
                    Text {
                        objectName: "certificateFingerprint"
                        // The store's fingerprint: data, not the app's wording.
                        readonly property bool showsData: true
                        Layout.fillWidth: true
                        visible: Connection.certificateFingerprint !== ""
                        // Eight pairs a line, as easy to compare as a printout.
                        text: {
                            const pairs = Connection.certificateFingerprint.split(":")
                            const lines = []
                            for (let i = 0; i < pairs.length; i += 8)
                                lines.push(pairs.slice(i, i + 8).join(":"))
                            return lines.join("\n")
                        }
                        color: Theme.text
                        font.family: "monospace"
                        font.pixelSize: Theme.bodySize
                        lineHeight: 1.3
                    }
                    CheckBox {
                        id: certificateBox
                        objectName: "certificateBox"
                        Layout.fillWidth: true
                        visible: Connection.certificateFingerprint !== ""
                        text: qsTr("Every pair is the same as on the office's printout")
                        font.pixelSize: Theme.bodySize
                        contentItem: Text {
                            leftPadding: certificateBox.indicator.width + certificateBox.spacing
                            text: certificateBox.text
                            font: certificateBox.font
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    FieldLabel { text: qsTr("Enrolment code") }
                    TextField {
                        id: codeField
                        objectName: "codeField"
                        Layout.fillWidth: true
                        placeholderTextColor: Theme.placeholder
                        placeholderText: qsTr("ABCDE-23456")
                        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                        font.pixelSize: Theme.largeSize
                        font.letterSpacing: 2
                        onTextEdited: text = text.toUpperCase()
                    }
                    FieldLabel { text: qsTr("What the school will call this tablet") }
                    TextField {
                        id: nameField
                        objectName: "nameField"
                        Layout.fillWidth: true
                        placeholderTextColor: Theme.placeholder
                        placeholderText: qsTr("Oak class iPad 2")
                        font.pixelSize: Theme.bodySize
                    }
                    Banner {
                        objectName: "enrolProblem"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                        visible: Connection.enrolMessage !== ""
                        tone: "error"
                        text: Connection.enrolMessage
                    }
                }
            }
        }
    }

    // Connect stays in sight below the form, however tall the form grows (the warning about an
    // http:// address, a problem from the last try) and whichever way the tablet is held.
    Rectangle {
        id: connectBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: page.fetching ? 0 : Theme.touch + 2 * Theme.spacing
        visible: !page.fetching
        color: Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: 1
            color: Theme.divider
        }
        PrimaryButton {
            objectName: "connectButton"
            anchors.verticalCenter: parent.verticalCenter
            x: box.x + Theme.pagePadding + 8
            enabled: !Connection.enrolling && addressField.text !== "" && codeField.text !== ""
                     && (page.addressWarning === "" || unencryptedBox.checked)
                     && (Connection.certificateFingerprint === "" || certificateBox.checked)
            text: Connection.enrolling ? qsTr("Connecting…") : qsTr("Connect")
            onClicked: page.connectTablet()
        }
    }
}
