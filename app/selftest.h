#pragma once

#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class QObject;

namespace Stride {

class Navigator;
class Session;
class TabletApp;
class UntranslatedText;

// `stride --self-test`: shows every page in turn through the Navigator, as the app's own pages do
// (signing in through the core rather than typing a PIN), waits until each is ready, prints
// one line per page, optionally saves a screenshot of each, and fails on any QML warning. The
// capture steps go through the real capture controller and file-import source with a photo
// made at run time, so the screenshots show every step of a real capture.
class SelfTest
{
public:
    SelfTest(QQmlApplicationEngine &engine, TabletApp &app, const QString &screenshotsDir);
    ~SelfTest();
    // Returns the process exit code: 0 when every page loaded without a QML warning.
    int run();
    // Under a pseudo translation: also fail a page that shows text tr()/qsTr() did not give.
    void setCheckTranslated(bool on);

private:
    bool step(const QString &name, const QString &expectedPage, const std::function<bool()> &action);
    bool waitForPage(const QString &expectedPage, int timeoutMs);
    QObject *currentPage() const;
    QString demoPinFor(const QString &staffId) const;
    // The capture flow, the timeline, the evidence page and the lock, for one pupil of a class.
    void captureSteps(const QString &classId, const QString &pupilId, const QString &scratchDir);
    // Assessment week, as a teacher or senior leader: the class grid, one target reviewed and
    // judged (then judged again), next term's target written, and the pupil's provision map.
    void reviewSteps(const QString &classId);
    // A lost tablet (issue 14): the school's offline-lock days as SLT change them, and what the
    // sync page says this tablet holds and when it locks.
    void lostTabletSteps(const QString &classId);
    // Senior leaders' list of deleted evidence, with an item on it, and Restore's question.
    void deletedEvidenceSteps(const QString &pupilId);
    // The moderation meeting, as a senior leader (`leaderId`, signed in) and then as the class
    // teacher whose forms they moderate: a class's samples chosen, an assessment form moderated
    // blind, then shown the assessor's judgement, and finalised; a target-setting form moderated
    // with a rewrite the teacher accepts. Ends with the senior leader signed in again.
    void moderationSteps(const QString &classId, const QString &leaderId);

    QQmlApplicationEngine &m_engine;
    TabletApp &m_app;
    Session &m_session;
    Navigator &m_navigator; // every page change goes through it, as the app's own do
    QString m_screenshotsDir;
    QQuickWindow *m_window = nullptr;
    int m_number = 0;
    int m_failures = 0;
    std::unique_ptr<UntranslatedText> m_untranslated; // set when checking translation
};

} // namespace Stride
