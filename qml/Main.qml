import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Stride

// The window: one stack of pages. Signing in leads to the class list; signing out (or a store that
// cannot be opened) replaces the whole stack, so nobody can go "back" into someone else's session.
ApplicationWindow {
    id: window

    // Read by the self-test: which page is showing and whether it has finished loading.
    readonly property Item currentPage: stack.currentItem
    readonly property string pageName: currentPage ? currentPage.objectName : ""
    readonly property bool pageReady: currentPage !== null && !stack.busy && currentPage.ready === true
    readonly property string pageSummary: currentPage && currentPage.summary ? currentPage.summary : ""

    function showSignIn() {
        stack.replace(null, signInPage, {}, StackView.Immediate)
    }
    function showClassList() {
        if (stack.depth > 0 && stack.get(0).objectName === "class-list")
            stack.pop(null)
        else
            stack.replace(null, classListPage)
    }
    function showClass(classId) {
        showClassList()
        stack.push(classPage, { classId: classId })
    }
    function showPupil(pupilId) {
        if (currentPage && currentPage.objectName === "pupil")
            stack.replace(currentPage, pupilPage, { pupilId: pupilId })
        else
            stack.push(pupilPage, { pupilId: pupilId })
    }
    function showDatabaseProblem(problem) {
        stack.replace(null, databaseProblemPage, { problem: problem }, StackView.Immediate)
    }

    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: Session.schoolName !== "" ? qsTr("Stride – %1").arg(Session.schoolName) : qsTr("Stride")

    color: Theme.background
    font.pixelSize: Theme.bodySize
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.foreground: Theme.text
    Material.background: Theme.background

    header: AppHeader {
        title: window.currentPage && window.currentPage.title ? window.currentPage.title : qsTr("Stride")
        subtitle: window.currentPage && window.currentPage.subtitle ? window.currentPage.subtitle : ""
        canGoBack: stack.depth > 1
        onBackClicked: stack.pop()
    }

    StackView {
        id: stack
        anchors.fill: parent
        focus: true
        Component.onCompleted: {
            if (Database.ok)
                window.showSignIn()
            else
                window.showDatabaseProblem(Database)
        }
    }

    Connections {
        target: Session
        function onSignedInChanged() {
            if (Session.signedIn)
                window.showClassList()
            else
                window.showSignIn()
        }
    }
    Connections {
        target: Database
        function onStoreReady() {
            window.showSignIn()
        }
    }

    Component {
        id: signInPage
        SignInPage {}
    }
    Component {
        id: classListPage
        ClassListPage {
            onClassChosen: classId => window.showClass(classId)
        }
    }
    Component {
        id: classPage
        ClassPage {
            onPupilChosen: pupilId => window.showPupil(pupilId)
        }
    }
    Component {
        id: pupilPage
        PupilPage {}
    }
    Component {
        id: databaseProblemPage
        DatabaseProblemPage {}
    }
}
