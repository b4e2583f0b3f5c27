pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Stride

// The window: one stack of pages. Signing in leads to the class list; signing out (or a store that
// cannot be opened) replaces the whole stack, so nobody can go "back" into someone else's session.
ApplicationWindow {
    id: window

    // Read by the self-test: which page is showing and whether it has finished loading.
    // (Not "as StridePage": qmlcachegen 6.4 turns that cast into C++ that does not compile.)
    readonly property StridePage currentPage: stack.currentItem instanceof StridePage ? stack.currentItem : null
    readonly property string pageName: currentPage ? currentPage.objectName : ""
    readonly property bool pageReady: currentPage !== null && !stack.busy && currentPage.ready === true
    readonly property string pageSummary: (lockScreen.opened ? (Session.locked ? "[locked] " : "[switching] ") : "")
                                          + (currentPage && currentPage.summary ? currentPage.summary : "")
    readonly property bool lockShowing: lockScreen.opened

    // Page transitions; the start-up benchmark turns them off (they are not start-up time).
    property bool animate: true
    readonly property var pushMode: animate ? StackView.PushTransition : StackView.Immediate
    // The page a capture was started from: Save (or giving up) comes back to it.
    property Item captureOrigin: null

    function showSignIn() {
        stack.replace(null, signInPage, {}, StackView.Immediate)
    }
    // Where the app begins: the problem page for a store that did not open, the enrolment page
    // for a tablet with no school on it yet, else signing in.
    function showStart() {
        if (!Database.ok)
            showDatabaseProblem(Database)
        else if (!Session.hasSchool)
            showEnrol()
        else
            showSignIn()
        return true
    }
    function showEnrol() {
        stack.replace(null, enrolPage, {}, StackView.Immediate)
        return true
    }
    function showSync() {
        if (currentPage && currentPage.objectName === "sync")
            return true
        stack.push(syncPage, {}, pushMode)
        return true
    }
    function showClassList() {
        if (stack.depth > 0 && stack.get(0).objectName === "class-list")
            stack.pop(null, animate ? StackView.PopTransition : StackView.Immediate)
        else
            stack.replace(null, classListPage, {}, animate ? StackView.ReplaceTransition : StackView.Immediate)
    }
    // Where a person starts after signing in: the class list; in assessment week, for a teacher
    // or senior leader, their class's assessment grid (which offers the class list).
    function showHome() {
        if (Session.assessmentWeek && Session.judges)
            stack.replace(null, assessmentPage, { isHome: true }, animate ? StackView.ReplaceTransition : StackView.Immediate)
        else
            showClassList()
    }
    function showAssessment(classId) {
        stack.push(assessmentPage, { classId: classId }, pushMode)
        return true
    }
    function showTargetReview(targetId) {
        stack.push(targetReviewPage, { targetId: targetId }, pushMode)
        return true
    }
    function showTargetEditor(fromTargetId, targetId) {
        stack.push(targetEditorPage, { fromTargetId: fromTargetId, targetId: targetId }, pushMode)
        return true
    }
    function showProvisionMap(pupilId) {
        stack.push(provisionMapPage, { pupilId: pupilId }, pushMode)
        return true
    }
    function showProfileHighlights(pupilId) {
        stack.push(profileHighlightsPage, { pupilId: pupilId }, pushMode)
        return true
    }
    function showDeletedEvidence() {
        stack.push(deletedEvidencePage, {}, pushMode)
        return true
    }
    function showModerationFigures() {
        stack.push(moderationFiguresPage, {}, pushMode)
        return true
    }
    function showSchoolAnalysis() {
        stack.push(schoolAnalysisPage, {}, pushMode)
        return true
    }
    // The progress report's cover letter, a family's reply slip, and the slips not back yet.
    function showCoverLetter() {
        stack.push(coverLetterPage, {}, pushMode)
        return true
    }
    function showParentReply(pupilId) {
        stack.push(parentReplyPage, { pupilId: pupilId }, pushMode)
        return true
    }
    function showAwaitingReplies() {
        stack.push(awaitingRepliesPage, {}, pushMode)
        return true
    }
    // The moderation meeting, a class's sample, the two forms and the evidence for a form: pushed
    // on top of wherever they were opened from (the assessment grid, the class list's timeline).
    function showModerationMeeting() {
        if (currentPage && currentPage.objectName === "moderation-meeting")
            return true
        stack.push(moderationMeetingPage, {}, pushMode)
        return true
    }
    function showModerationSample(classId, formKind) {
        stack.push(moderationSamplePage, { classId: classId, formKind: formKind || "assessment" }, pushMode)
        return true
    }
    function showAssessmentModerationForm(formId) {
        stack.push(assessmentModerationPage, { formId: formId }, pushMode)
        return true
    }
    function showTargetSettingModerationForm(formId) {
        stack.push(targetSettingModerationPage, { formId: formId }, pushMode)
        return true
    }
    function showModerationEvidence(formId) {
        stack.push(moderationEvidencePage, { formId: formId }, pushMode)
        return true
    }
    function showIlpDocuments(classId) {
        stack.push(ilpDocumentsPage, { classId: classId }, pushMode)
        return true
    }
    // The term's end for senior leaders: next term's ILPs rolled over; the year-end class move.
    function showRollover() {
        stack.push(rolloverPage, {}, pushMode)
        return true
    }
    function showClassMove() {
        stack.push(classMovePage, {}, pushMode)
        return true
    }
    // The school's settings for a lost tablet (senior leaders and the office change them).
    function showSchoolSettings() {
        stack.push(schoolSettingsPage, {}, pushMode)
        return true
    }
    // A form saved: back to the page it was opened from, with a word that it worked.
    function finishForm(message) {
        stack.pop()
        toast.show(message)
    }
    function showClass(classId) {
        showClassList()
        stack.push(classPage, { classId: classId }, pushMode)
    }
    function showPupil(pupilId) {
        if (currentPage && currentPage.objectName === "pupil")
            stack.replace(currentPage, pupilPage, { pupilId: pupilId }, pushMode)
        else
            stack.push(pupilPage, { pupilId: pupilId }, pushMode)
    }
    // A capture of these pupils ("photo", "video", "audio", "work" or "written"), with a target
    // already ticked if given. Consent is checked before the camera opens (the capture page then
    // says who cannot be in it); a written observation goes straight to its sheet. With no kind
    // ("Record evidence") the capture page opens on a photo and the person chooses the kind there
    // first; a kind asked for (a target's Photo button) opens the file picker at once where there
    // is no camera.
    function showCapture(pupilIds, targetId, kind) {
        captureOrigin = currentPage
        Capture.begin(pupilIds, targetId || "", kind || "photo")
        if (Capture.kind === Vocabulary.EvidenceKind.Written)
            stack.push(taggingPage, {}, pushMode)
        else
            stack.push(capturePage, { kindChosen: !!kind }, pushMode)
        return true
    }
    function showTagging() {
        if (currentPage && currentPage.objectName === "tagging")
            return true
        stack.push(taggingPage, {}, pushMode)
        return true
    }
    function showPupilEvidence(pupilId) {
        stack.push(pupilEvidencePage, { pupilId: pupilId }, pushMode)
        return true
    }
    function showTargetEvidence(pupilId, targetId, areaName, text, colour) {
        stack.push(targetEvidencePage, { pupilId: pupilId, targetId: targetId, areaName: areaName || "",
                                         targetText: text || "", areaColour: colour || Theme.primary }, pushMode)
        return true
    }
    function showEvidence(evidenceId) {
        stack.push(evidenceDetailPage, { evidenceId: evidenceId }, pushMode)
        return true
    }
    function goBack() {
        if (stack.depth <= 1)
            return false
        if (currentPage && typeof currentPage.leave === "function" && !currentPage.leave())
            return false
        stack.pop()
        return true
    }
    // Back to where the capture began (after Save, or a capture given up).
    function leaveCapture() {
        const origin = captureOrigin
        captureOrigin = null
        if (origin && stack.find(item => item === origin))
            stack.pop(origin)
        else
            stack.pop()
    }
    function resumeParkedDraft() {
        if (!Capture.resumeParkedDraft())
            return false
        captureOrigin = currentPage
        if (Capture.kind === Vocabulary.EvidenceKind.Written || Capture.hasMedia)
            stack.push(taggingPage, {}, pushMode)
        else
            stack.push(capturePage, {}, pushMode)
        return true
    }
    function dismissToast() {
        toast.opacity = 0
        return true
    }
    function showLock() {
        lockScreen.showLocked()
        return true
    }
    function showSwitch() {
        lockScreen.showSwitch()
        return true
    }
    function hideSwitch() {
        if (!Session.locked)
            lockScreen.close()
        return true
    }
    function showDatabaseProblem(problem) {
        stack.replace(null, databaseProblemPage, { problem: problem }, StackView.Immediate)
    }

    width: 1280
    height: 800
    // Small enough for a tablet held upright (800 x 1280) as well as on its side.
    minimumWidth: 720
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
        onBackClicked: Navigator.goBack()
        onSwitchClicked: Navigator.showSwitch()
        onSyncClicked: Navigator.showSync()
    }

    StackView {
        id: stack
        anchors.fill: parent
        focus: true
        Component.onCompleted: window.showStart()
    }

    // Every way to another page goes through the Navigator (the pages' signals here, the header, the
    // self-test): the window only carries the requests out, and tells it which page is showing.
    Connections {
        target: Navigator
        function onStartRequested() { window.showStart() }
        function onSignInRequested() { window.showSignIn() }
        function onEnrolRequested() { window.showEnrol() }
        function onDatabaseProblemRequested(problem) { window.showDatabaseProblem(problem) }
        function onSyncRequested() { window.showSync() }
        function onClassListRequested() { window.showClassList() }
        function onClassRequested(classId) { window.showClass(classId) }
        function onPupilRequested(pupilId) { window.showPupil(pupilId) }
        function onCaptureRequested(pupilIds, targetId, kind) { window.showCapture(pupilIds, targetId, kind) }
        function onPupilEvidenceRequested(pupilId) { window.showPupilEvidence(pupilId) }
        function onTargetEvidenceRequested(pupilId, targetId, areaName, targetText, areaColour) {
            window.showTargetEvidence(pupilId, targetId, areaName, targetText, areaColour)
        }
        function onEvidenceRequested(evidenceId) { window.showEvidence(evidenceId) }
        function onAssessmentRequested(classId) { window.showAssessment(classId) }
        function onTargetReviewRequested(targetId) { window.showTargetReview(targetId) }
        function onTargetEditorRequested(fromTargetId, targetId) { window.showTargetEditor(fromTargetId, targetId) }
        function onProvisionMapRequested(pupilId) { window.showProvisionMap(pupilId) }
        function onProfileHighlightsRequested(pupilId) { window.showProfileHighlights(pupilId) }
        function onDeletedEvidenceRequested() { window.showDeletedEvidence() }
        function onModerationFiguresRequested() { window.showModerationFigures() }
        function onSchoolAnalysisRequested() { window.showSchoolAnalysis() }
        function onCoverLetterRequested() { window.showCoverLetter() }
        function onParentReplyRequested(pupilId) { window.showParentReply(pupilId) }
        function onAwaitingRepliesRequested() { window.showAwaitingReplies() }
        function onModerationMeetingRequested() { window.showModerationMeeting() }
        function onModerationSampleRequested(classId, formKind) { window.showModerationSample(classId, formKind) }
        function onAssessmentModerationFormRequested(formId) { window.showAssessmentModerationForm(formId) }
        function onTargetSettingModerationFormRequested(formId) { window.showTargetSettingModerationForm(formId) }
        function onModerationEvidenceRequested(formId) { window.showModerationEvidence(formId) }
        function onIlpDocumentsRequested(classId) { window.showIlpDocuments(classId) }
        function onRolloverRequested() { window.showRollover() }
        function onClassMoveRequested() { window.showClassMove() }
        function onSchoolSettingsRequested() { window.showSchoolSettings() }
        function onBackRequested() { window.goBack() }
        function onToastDismissRequested() { window.dismissToast() }
        function onSwitchRequested() { window.showSwitch() }
        function onSwitchHideRequested() { window.hideSwitch() }
    }
    Binding { target: Navigator; property: "pageName"; value: window.pageName }
    Binding { target: Navigator; property: "pageReady"; value: window.pageReady }
    Binding { target: Navigator; property: "pageSummary"; value: window.pageSummary }
    Binding { target: Navigator; property: "page"; value: window.currentPage }

    Connections {
        target: Session
        function onSignedInChanged() {
            if (Session.signedIn)
                window.showHome()
            else
                window.showStart()
        }
        // The first sync brought the school: its staff can now sign in.
        function onSchoolChanged() {
            if (Session.hasSchool && window.pageName === "enrol")
                window.showSignIn()
        }
    }
    Connections {
        target: Capture
        function onMediaCaptured() {
            if (window.pageName === "capture")
                window.showTagging()
        }
        function onSaved(evidenceId, summary) {
            window.leaveCapture()
            toast.show(summary)
        }
    }
    Connections {
        target: Connection
        // Nothing said before the wipe is true any more ("saved for ...").
        function onDeviceErased() {
            window.dismissToast()
        }
    }
    Connections {
        target: Database
        // QML handlers run before the C++ slots on the same signal, so wait for the app to have
        // re-read the school from the store (TabletApp::storeReady) before choosing the page.
        function onStoreReady() {
            showStartLater.start()
        }
    }
    // Qt.callLater(window.showStart), as a zero timer: qmllint 6.4 cannot check Qt.callLater.
    Timer {
        id: showStartLater
        interval: 0
        onTriggered: window.showStart()
    }

    Component {
        id: signInPage
        SignInPage {}
    }
    Component {
        id: classListPage
        ClassListPage {
            onClassChosen: classId => Navigator.showClass(classId)
        }
    }
    Component {
        id: classPage
        ClassPage {
            onPupilChosen: pupilId => Navigator.showPupil(pupilId)
            onGroupCaptureRequested: pupilIds => Navigator.showCapture(pupilIds, "", "")
        }
    }
    Component {
        id: pupilPage
        PupilPage {
            onCaptureRequested: (pupilId, targetId, kind) => Navigator.showCapture([pupilId], targetId, kind)
            onTimelineRequested: pupilId => Navigator.showPupilEvidence(pupilId)
            onTargetEvidenceRequested: (pupilId, targetId, areaName, text, colour) =>
                Navigator.showTargetEvidence(pupilId, targetId, areaName, text, colour)
        }
    }
    Component {
        id: capturePage
        CapturePage {
            onWrittenChosen: stack.replace(stack.currentItem, taggingPage, {}, window.pushMode)
        }
    }
    Component {
        id: taggingPage
        TaggingPage {}
    }
    Component {
        id: pupilEvidencePage
        PupilEvidencePage {
            onEvidenceChosen: evidenceId => Navigator.showEvidence(evidenceId)
            onCaptureRequested: pupilId => Navigator.showCapture([pupilId], "", "")
        }
    }
    Component {
        id: targetEvidencePage
        TargetEvidencePage {
            onEvidenceChosen: evidenceId => Navigator.showEvidence(evidenceId)
            onCaptureRequested: (pupilId, targetId) => Navigator.showCapture([pupilId], targetId, "")
        }
    }
    Component {
        id: evidenceDetailPage
        EvidenceDetailPage {}
    }
    Component {
        id: syncPage
        SyncPage {}
    }
    Component {
        id: assessmentPage
        AssessmentPage {}
    }
    Component {
        id: targetReviewPage
        TargetReviewPage {}
    }
    Component {
        id: targetEditorPage
        TargetEditorPage {
            onFinished: message => window.finishForm(message)
        }
    }
    Component {
        id: provisionMapPage
        ProvisionMapPage {
            onFinished: message => window.finishForm(message)
        }
    }
    Component {
        id: profileHighlightsPage
        ProfileHighlightsPage {}
    }
    Component {
        id: enrolPage
        EnrolPage {}
    }
    Component {
        id: deletedEvidencePage
        DeletedEvidencePage {}
    }
    Component {
        id: moderationFiguresPage
        ModerationFiguresPage {}
    }
    Component {
        id: schoolAnalysisPage
        SchoolAnalysisPage {}
    }
    Component {
        id: coverLetterPage
        CoverLetterPage {}
    }
    Component {
        id: parentReplyPage
        ParentReplyPage {
            onFinished: message => window.finishForm(message)
        }
    }
    Component {
        id: awaitingRepliesPage
        AwaitingRepliesPage {}
    }
    Component {
        id: moderationMeetingPage
        ModerationMeetingPage {}
    }
    Component {
        id: moderationSamplePage
        ModerationSamplePage {
            onFinished: message => window.finishForm(message)
        }
    }
    Component {
        id: assessmentModerationPage
        AssessmentModerationPage {}
    }
    Component {
        id: targetSettingModerationPage
        TargetSettingModerationPage {}
    }
    Component {
        id: moderationEvidencePage
        ModerationEvidencePage {}
    }
    Component {
        id: ilpDocumentsPage
        IlpDocumentsPage {}
    }

    // An unsaved capture left when someone else took the tablet, offered back to its owner.
    Banner {
        id: parkedBanner
        objectName: "parkedDraftBanner"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.spacing }
        z: 10
        visible: Session.signedIn && Capture.hasParkedDraft && !Capture.active
        tone: "info"
        text: Capture.parkedDraftText
        PrimaryButton {
            objectName: "resumeDraftButton"
            text: qsTr("Carry on with it")
            onClicked: window.resumeParkedDraft()
        }
        TextButton {
            text: qsTr("Throw it away")
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.width: 1; border.color: Theme.divider }
            onClicked: {
                Capture.resumeParkedDraft()
                Capture.discard()
            }
        }
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.pagePadding
        z: 20
    }

    LockScreen {
        id: lockScreen
    }
    Component {
        id: rolloverPage
        RolloverPage {}
    }
    Component {
        id: classMovePage
        ClassMovePage {}
    }
    Component {
        id: schoolSettingsPage
        SchoolSettingsPage {}
    }
    Component {
        id: databaseProblemPage
        DatabaseProblemPage {}
    }
}
