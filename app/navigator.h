#pragma once

#include "databasestatus.h"

#include "domain/vocabulary.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Stride {

// Where the app goes next, as typed calls: the pages' signals and the self-test both ask here, and
// the window (Main.qml) listens and moves its page stack. A renamed or changed destination then
// fails to compile in C++ and to lint in QML, instead of failing when someone taps it. The window
// reports back which page is showing, so the self-test can wait for it without reading QML
// properties by name.
class Navigator : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString pageName READ pageName WRITE setPageName NOTIFY pageChanged)
    Q_PROPERTY(bool pageReady READ pageReady WRITE setPageReady NOTIFY pageChanged)
    Q_PROPERTY(QString pageSummary READ pageSummary WRITE setPageSummary NOTIFY pageChanged)
    // The page showing itself, so the self-test can reach the C++ objects it binds to (its list
    // model, its evidence detail) by their types.
    Q_PROPERTY(QObject *page READ page WRITE setPage NOTIFY pageChanged)

public:
    explicit Navigator(QObject *parent = nullptr);

    // Where the app begins: the problem page for a store that did not open, the enrolment page for
    // a tablet with no school on it yet, else signing in.
    Q_INVOKABLE void showStart() { emit startRequested(); }
    Q_INVOKABLE void showSignIn() { emit signInRequested(); }
    Q_INVOKABLE void showEnrol() { emit enrolRequested(); }
    Q_INVOKABLE void showDatabaseProblem(Stride::DatabaseStatus *problem)
    {
        emit databaseProblemRequested(problem);
    }
    Q_INVOKABLE void showSync() { emit syncRequested(); }
    Q_INVOKABLE void showClassList() { emit classListRequested(); }
    Q_INVOKABLE void showClass(const QString &classId) { emit classRequested(classId); }
    Q_INVOKABLE void showPupil(const QString &pupilId) { emit pupilRequested(pupilId); }
    // A capture of these pupils ("photo", "video", "audio", "work" or "written"), with a target
    // already ticked if one is given.
    Q_INVOKABLE void showCapture(const QStringList &pupilIds, const QString &targetId, const QString &kind)
    {
        emit captureRequested(pupilIds, targetId, kind);
    }
    Q_INVOKABLE void showPupilEvidence(const QString &pupilId) { emit pupilEvidenceRequested(pupilId); }
    Q_INVOKABLE void showTargetEvidence(const QString &pupilId, const QString &targetId,
                                        const QString &areaName, const QString &targetText,
                                        const QString &areaColour)
    {
        emit targetEvidenceRequested(pupilId, targetId, areaName, targetText, areaColour);
    }
    Q_INVOKABLE void showEvidence(const QString &evidenceId) { emit evidenceRequested(evidenceId); }
    // Assessment week (issue 10): a class's grid of targets ("" for the teacher's own class), one
    // target's review and judgement, next term's target being written (from this term's judged
    // target, or an existing one by its id), and a pupil's Provision Map for next term.
    Q_INVOKABLE void showAssessment(const QString &classId) { emit assessmentRequested(classId); }
    Q_INVOKABLE void showTargetReview(const QString &targetId) { emit targetReviewRequested(targetId); }
    Q_INVOKABLE void showTargetEditor(const QString &fromTargetId, const QString &targetId)
    {
        emit targetEditorRequested(fromTargetId, targetId);
    }
    Q_INVOKABLE void showProvisionMap(const QString &pupilId) { emit provisionMapRequested(pupilId); }
    // A pupil's one-page profile for their family: the term's highlights chosen from their evidence.
    Q_INVOKABLE void showProfileHighlights(const QString &pupilId)
    {
        emit profileHighlightsRequested(pupilId);
    }
    // Senior leaders: the school's deleted evidence, to restore an item; and, for the self-test,
    // the question a Restore asks, about the first item listed.
    Q_INVOKABLE void showDeletedEvidence() { emit deletedEvidenceRequested(); }
    Q_INVOKABLE void askToRestore() { emit restoreQuestionRequested(); }
    // Senior leaders: the school's moderation figures (agreement, outcomes, challenge) by term.
    Q_INVOKABLE void showModerationFigures() { emit moderationFiguresRequested(); }
    // Senior leaders: the whole school's targets at each status by area, class, key stage, need
    // and term, and the trend across terms (issue 13).
    Q_INVOKABLE void showSchoolAnalysis() { emit schoolAnalysisRequested(); }
    // The term's moderation meeting (issue 12): what is waiting for the signed-in person, a class's
    // sample chosen ("assessment" or "targetSetting" forms), each kind of form, and the evidence
    // to attach to an assessment form.
    Q_INVOKABLE void showModerationMeeting() { emit moderationMeetingRequested(); }
    Q_INVOKABLE void showModerationSample(const QString &classId, const QString &formKind)
    {
        emit moderationSampleRequested(classId, formKind);
    }
    Q_INVOKABLE void showAssessmentModerationForm(const QString &formId)
    {
        emit assessmentModerationFormRequested(formId);
    }
    Q_INVOKABLE void showTargetSettingModerationForm(const QString &formId)
    {
        emit targetSettingModerationFormRequested(formId);
    }
    Q_INVOKABLE void showModerationEvidence(const QString &formId)
    {
        emit moderationEvidenceRequested(formId);
    }
    // The term's ILP documents printed for a pupil, a class or the school, on a desktop (issue 13);
    // starting on this class ("" for the person's own class, or the whole school for SLT).
    Q_INVOKABLE void showIlpDocuments(const QString &classId) { emit ilpDocumentsRequested(classId); }
    // The progress report's cover letter (senior leaders write it); a family's reply slip recorded
    // for a pupil; the families whose slips are not back yet (issue 13).
    Q_INVOKABLE void showCoverLetter() { emit coverLetterRequested(); }
    Q_INVOKABLE void showParentReply(const QString &pupilId) { emit parentReplyRequested(pupilId); }
    Q_INVOKABLE void showAwaitingReplies() { emit awaitingRepliesRequested(); }
    // The term's end for senior leaders: the agreed targets carried into next term's ILPs; and
    // the year-end class move (SLT and the office), with each class's next class (issue 13).
    Q_INVOKABLE void showRollover() { emit rolloverRequested(); }
    Q_INVOKABLE void showClassMove() { emit classMoveRequested(); }
    // The school's settings for a lost tablet: the days offline before a tablet locks itself
    // (SLT and the office change them; issue 14).
    Q_INVOKABLE void showSchoolSettings() { emit schoolSettingsRequested(); }
    // Back one page, unless the page showing keeps the person there (an unsaved edit to confirm).
    Q_INVOKABLE void goBack() { emit backRequested(); }
    Q_INVOKABLE void dismissToast() { emit toastDismissRequested(); }
    // The "switch staff" sheet over the page (the page stays as it was underneath).
    Q_INVOKABLE void showSwitch() { emit switchRequested(); }
    Q_INVOKABLE void hideSwitch() { emit switchHideRequested(); }

    // What a person does on the page showing, asked for by name-checked calls rather than by
    // calling the page's QML functions by name: the page listens and does it as a tap would.
    // Sign-in: this member of staff's tile, so the PIN pad for them.
    Q_INVOKABLE void chooseStaff(const QString &staffId) { emit staffChosen(staffId); }
    // The pupil page: its targets scrolled to the first card of a section ("Preparing for
    // Adulthood", as the model words it).
    Q_INVOKABLE void showSection(const QString &section) { emit sectionRequested(section); }
    // The capture page: a kind's button (a written observation goes straight on to tagging).
    Q_INVOKABLE void chooseKind(Stride::EvidenceKind kind) { emit kindChosen(kind); }
    // The tagging page: scrolled to its end, where the tags below the targets are.
    Q_INVOKABLE void scrollToEnd() { emit scrollToEndRequested(); }
    // Evidence detail: the "Delete this evidence?" question, and closing it unanswered.
    Q_INVOKABLE void askToDelete() { emit deleteQuestionRequested(); }
    Q_INVOKABLE void dismissQuestion() { emit questionDismissRequested(); }
    // The enrolment form, filled in as typed (not sent: that is Connect).
    Q_INVOKABLE void fillEnrolForm(const QString &address, const QString &code, const QString &tabletName)
    {
        emit enrolFormFillRequested(address, code, tabletName);
    }

    QString pageName() const { return m_pageName; }
    bool pageReady() const { return m_pageReady; }
    QString pageSummary() const { return m_pageSummary; }
    QObject *page() const { return m_page; }
    void setPageName(const QString &name);
    void setPageReady(bool ready);
    void setPageSummary(const QString &summary);
    void setPage(QObject *page);

signals:
    void startRequested();
    void signInRequested();
    void enrolRequested();
    void databaseProblemRequested(Stride::DatabaseStatus *problem);
    void syncRequested();
    void classListRequested();
    void classRequested(const QString &classId);
    void pupilRequested(const QString &pupilId);
    void captureRequested(const QStringList &pupilIds, const QString &targetId, const QString &kind);
    void pupilEvidenceRequested(const QString &pupilId);
    void targetEvidenceRequested(const QString &pupilId, const QString &targetId, const QString &areaName,
                                 const QString &targetText, const QString &areaColour);
    void evidenceRequested(const QString &evidenceId);
    void assessmentRequested(const QString &classId);
    void targetReviewRequested(const QString &targetId);
    void targetEditorRequested(const QString &fromTargetId, const QString &targetId);
    void provisionMapRequested(const QString &pupilId);
    void profileHighlightsRequested(const QString &pupilId);
    void deletedEvidenceRequested();
    void restoreQuestionRequested();
    void moderationFiguresRequested();
    void schoolAnalysisRequested();
    void moderationMeetingRequested();
    void moderationSampleRequested(const QString &classId, const QString &formKind);
    void assessmentModerationFormRequested(const QString &formId);
    void targetSettingModerationFormRequested(const QString &formId);
    void moderationEvidenceRequested(const QString &formId);
    void ilpDocumentsRequested(const QString &classId);
    void coverLetterRequested();
    void parentReplyRequested(const QString &pupilId);
    void awaitingRepliesRequested();
    void rolloverRequested();
    void classMoveRequested();
    void schoolSettingsRequested();
    void backRequested();
    void toastDismissRequested();
    void switchRequested();
    void switchHideRequested();
    void staffChosen(const QString &staffId);
    void sectionRequested(const QString &section);
    void kindChosen(Stride::EvidenceKind kind);
    void scrollToEndRequested();
    void deleteQuestionRequested();
    void questionDismissRequested();
    void enrolFormFillRequested(const QString &address, const QString &code, const QString &tabletName);
    void pageChanged();

private:
    QString m_pageName;
    bool m_pageReady = false;
    QString m_pageSummary;
    QPointer<QObject> m_page;
};

} // namespace Stride
