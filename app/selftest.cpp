#include "selftest.h"

#include "capturecontroller.h"
#include "databasestatus.h"
#include "demopins.h"
#include "evidencedetail.h"
#include "groupchoice.h"
#include "schoolsettings.h"
#include "session.h"
#include "tabletapp.h"
#include "thistablet.h"
#include "untranslatedtext.h"
#include "warningcounter.h"

#include "models/evidencelistmodel.h"
#include "models/targetlistmodel.h"
#include "moderation/assessmentmoderationdetail.h"
#include "moderation/moderationexport.h"
#include "moderation/moderationfiguresmodel.h"
#include "moderation/moderationmeeting.h"
#include "moderation/moderationsamplechooser.h"
#include "moderation/targetsettingmoderationdetail.h"
#include "review/assessmentgridmodel.h"
#include "review/provisionmap.h"
#include "review/targeteditor.h"
#include "review/targetreviewdetail.h"
#include "termend/awaitingreplies.h"
#include "termend/classmovemodel.h"
#include "termend/coverlettereditor.h"
#include "termend/ilpdocumentsrun.h"
#include "termend/parentreplies.h"
#include "termend/parentreply.h"
#include "termend/profilehighlights.h"
#include "termend/rolloverpreviewmodel.h"
#include "termend/schoolanalysis.h"

#include "capture/capturesource.h"
#include "people/offlinelock.h"
#include "security/devicekey.h"
#include "store/remoteapplier.h"
#include "store/store.h"
#include "store/tablerow.h"
#include "sync/tabletclasses.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace Stride {

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// A self-signed certificate for "stride.millbrook.lan", made for the self-test's picture of the
// enrolment page (no school's store uses it; its key was thrown away).
const char *const kSampleCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBtDCCAVqgAwIBAgIUWqcamor37VGHeUuVBLGhjVhPZcswCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUc3RyaWRlLm1pbGxicm9vay5sYW4wHhcNMjYxMjAyMTAzOTE0
WhcNMjkwMzA2MTAzOTE0WjAfMR0wGwYDVQQDDBRzdHJpZGUubWlsbGJyb29rLmxh
bjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABLVY9c5iluYBzouCmrxGEnYwXDoy
Y9wLjCcokZPGCiClTXSmFurAsRPXeMNHpjFE2Xwh8k04oqY9ho5uuPQb1e+jdDBy
MB0GA1UdDgQWBBTWkJ3Ag261Mw+qb+kMzGve2L58gzAfBgNVHSMEGDAWgBTWkJ3A
g261Mw+qb+kMzGve2L58gzAPBgNVHRMBAf8EBTADAQH/MB8GA1UdEQQYMBaCFHN0
cmlkZS5taWxsYnJvb2subGFuMAoGCCqGSM49BAMCA0gAMEUCIQD230wJySs2DPFw
zQc36hIG4eIPvOgKzh7q7RRIlq3vkgIgI74B6ZeQ+UjjH3umxL9t8AmHjCVhIcjB
zFtA7w2iP7w=
-----END CERTIFICATE-----
)";

void settle(int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

} // namespace

SelfTest::SelfTest(QQmlApplicationEngine &engine, TabletApp &app, const QString &screenshotsDir)
    : m_engine(engine), m_app(app), m_session(app.session()), m_navigator(app.navigator()),
      m_screenshotsDir(screenshotsDir)
{}

SelfTest::~SelfTest() = default;

void SelfTest::setCheckTranslated(bool on)
{
    m_untranslated = on ? std::make_unique<UntranslatedText>(m_session.store().database()) : nullptr;
}

int SelfTest::run()
{
    const QList<QObject *> roots = m_engine.rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
    if (!m_window) {
        say(QStringLiteral("FAIL  the main window did not load"));
        return 1;
    }
    if (!m_screenshotsDir.isEmpty() && !QDir().mkpath(m_screenshotsDir)) {
        say(QStringLiteral("FAIL  cannot create the screenshots folder %1").arg(m_screenshotsDir));
        return 1;
    }
    const int warningsAtStart = WarningCounter::qmlWarnings();
    if (warningsAtStart > 0) {
        say(QStringLiteral("FAIL  %1 QML warning(s) while loading the main window").arg(warningsAtStart));
        ++m_failures;
    }
    Store &store = m_session.store();
    if (!store.isOpen()) {
        // What a person would see: the problem page instead of signing in. Nothing else can load.
        step(QStringLiteral("database-problem"), QStringLiteral("database-problem"), [] { return true; });
        say(QStringLiteral("FAIL  the store could not be opened, so no other page can load"));
        return 1;
    }
    if (!m_session.hasSchool()) {
        step(QStringLiteral("sign-in"), QStringLiteral("sign-in"), [&] {
            m_navigator.showSignIn();
            return true;
        });
        say(QStringLiteral("FAIL  the store holds no school, so no other page can load: add --demo"));
        return 1;
    }
    QList<Staff> staff;
    for (const Staff &member : store.staffOfSchool(m_session.schoolId()))
        if (member.active)
            staff << member;
    if (staff.isEmpty()) {
        say(QStringLiteral("FAIL  the school has no staff to sign in as"));
        return 1;
    }
    const Staff first = staff.first();
    const QString pin = demoPinFor(first.id);

    step(QStringLiteral("sign-in"), QStringLiteral("sign-in"), [&] {
        m_navigator.showSignIn();
        return true;
    });

    step(QStringLiteral("sign-in-pin"), QStringLiteral("sign-in"), [&] {
        m_navigator.chooseStaff(first.id);
        // One wrong PIN, so the page shows what a mistyped PIN looks like; the right one clears it.
        QString wrong = pin.isEmpty() ? QStringLiteral("0000") : pin;
        wrong.back() = QChar(char16_t(u'0' + (wrong.back().digitValue() + 1) % 10));
        m_session.signIn(first.id, wrong);
        return true;
    });

    // A first sign-in on a tablet waits for the school's store to check the PIN; the PIN pad says
    // so meanwhile. The store's answer is held back here so the page can be seen in that state.
    const Session::StoreCheck storeCheck = m_session.storeCheck();
    step(QStringLiteral("sign-in-checking"), QStringLiteral("sign-in"), [&] {
        m_session.setStoreCheck([](const QString &, const QString &, auto) {});
        m_session.clearMessage();
        m_session.signIn(first.id, pin);
        return m_session.checkingWithStore();
    });
    m_session.setStoreCheck(storeCheck);
    m_session.clearMessage();

    // A tablet that has not reached its school's store for longer than the school allows locks
    // itself (OfflineLock). Shown as if this tablet were enrolled and had last reached its store
    // 15 days ago, inside a transaction that is rolled back afterwards, so nothing of it is kept.
    {
        QSqlQuery q(store.database());
        const bool begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        step(QStringLiteral("sign-in-offline-lock"), QStringLiteral("sign-in"), [&] {
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO enrolment (id, server_url, device_id, device_token, school_id,"
                " enrolled_at) VALUES (1, 'https://stride.school.example', 'self-test', 'self-test', ?, ?)"));
            q.addBindValue(m_session.schoolId());
            const QDateTime away = QDateTime::currentDateTimeUtc().addDays(-15);
            q.addBindValue(Column::instant(away));
            if (!begun || !q.exec() || !OfflineLock(store).noteStoreReached(away))
                return false;
            m_session.refreshOfflineLock();
            return m_session.offlineLocked();
        });
        if (begun)
            q.exec(QStringLiteral("ROLLBACK"));
        m_session.refreshOfflineLock();
        if (m_session.offlineLocked()) {
            say(QStringLiteral("FAIL  the offline lock stayed after the self-test took it away"));
            ++m_failures;
        }
    }

    step(QStringLiteral("class-list"), QStringLiteral("class-list"), [&] {
        if (pin.isEmpty()) {
            say(QStringLiteral("      %1 is not in the demo school, so the self-test does not know their PIN")
                    .arg(first.displayName()));
            return false;
        }
        // Signing in takes the app to the class list by itself, as it does for a person.
        return m_session.signIn(first.id, pin);
    });

    QString classId = m_session.staffClassIds().value(0);
    if (classId.isEmpty()) {
        const QList<SchoolClass> classes = store.classesOfSchool(m_session.schoolId());
        if (!classes.isEmpty())
            classId = classes.first().id;
    }
    step(QStringLiteral("class"), QStringLiteral("class"), [&] {
        m_navigator.showClass(classId);
        return true;
    });

    const QList<Pupil> pupils = store.pupilsInClass(classId);
    const QString pupilId = pupils.isEmpty() ? QString() : pupils.first().id;
    step(QStringLiteral("pupil"), QStringLiteral("pupil"), [&] {
        m_navigator.showPupil(pupilId);
        return true;
    });

    if (!pupils.isEmpty() && pupils.first().isPreparingForAdulthood()) {
        step(QStringLiteral("pupil-pathways"), QStringLiteral("pupil"), [&] {
            // The section's heading as the model words it, in whatever language it is in.
            m_navigator.showSection(TargetListModel::tr("Preparing for Adulthood"));
            return true;
        });
    }

    QTemporaryDir captureScratch;
    if (!pupilId.isEmpty())
        captureSteps(classId, pupilId, captureScratch.path());

    // A target's review as a TA sees it: the evidence and the aspects, the judgements read-only.
    const QString reviewedTargetId = [&] {
        TargetListModel targets;
        targets.setSession(&m_session);
        targets.setPupilId(pupilId);
        return targets.firstTargetId();
    }();
    if (!reviewedTargetId.isEmpty() && !m_session.judges())
        step(QStringLiteral("target-review-read-only"), QStringLiteral("target-review"), [&] {
            m_navigator.showTargetReview(reviewedTargetId);
            return true;
        });

    // The one-page profile for the family, as a TA sees it: read only.
    if (!pupilId.isEmpty() && !m_session.judges())
        step(QStringLiteral("profile-highlights-read-only"), QStringLiteral("profile-highlights"), [&] {
            m_navigator.showProfileHighlights(pupilId);
            waitForPage(QStringLiteral("profile-highlights"), 5000);
            auto *profile = currentPage() ? currentPage()->findChild<ProfileHighlights *>() : nullptr;
            return profile && profile->found() && !profile->canChoose() && !profile->choose(QString());
        });

    // The school's settings as someone who may not change them sees them: read only.
    step(QStringLiteral("school-settings-read-only"), QStringLiteral("school-settings"), [&] {
        m_navigator.showSchoolSettings();
        waitForPage(QStringLiteral("school-settings"), 5000);
        const auto *settings = currentPage() ? currentPage()->findChild<SchoolSettings *>() : nullptr;
        return settings && !settings->canChange();
    });

    // A senior leader sees every class, their own first, and pupils of every key stage.
    m_session.signOut();
    const auto leader = std::find_if(staff.cbegin(), staff.cend(),
                                     [](const Staff &s) { return s.hasRole(StaffRole::SeniorLeader); });
    if (leader != staff.cend()) {
        const QString leaderPin = demoPinFor(leader->id);
        // In assessment week a senior leader, who judges, starts on the assessment grid.
        if (m_session.assessmentWeek()) {
            step(QStringLiteral("assessment-home-senior-leader"), QStringLiteral("assessment"),
                 [&] { return !leaderPin.isEmpty() && m_session.signIn(leader->id, leaderPin); });
            step(QStringLiteral("class-list-senior-leader"), QStringLiteral("class-list"), [&] {
                m_navigator.showClassList();
                return true;
            });
        } else {
            step(QStringLiteral("class-list-senior-leader"), QStringLiteral("class-list"),
                 [&] { return !leaderPin.isEmpty() && m_session.signIn(leader->id, leaderPin); });
        }
        QString otherPupilId;
        for (const SchoolClass &c : store.classesOfSchool(m_session.schoolId())) {
            const QList<Pupil> inClass = store.pupilsInClass(c.id);
            if (c.id != classId && !inClass.isEmpty()) {
                otherPupilId = inClass.first().id;
                break;
            }
        }
        if (!otherPupilId.isEmpty())
            step(QStringLiteral("pupil-another-class"), QStringLiteral("pupil"), [&] {
                m_navigator.showPupil(otherPupilId);
                return true;
            });
        step(QStringLiteral("sync"), QStringLiteral("sync"), [&] {
            m_navigator.showSync();
            return true;
        });
        lostTabletSteps(classId);
        reviewSteps(classId);
        deletedEvidenceSteps(otherPupilId);
        moderationSteps(classId, leader->id);
        // The school's moderation figures for the term, as SLT read them.
        step(QStringLiteral("moderation-figures"), QStringLiteral("moderation-figures"), [&] {
            m_navigator.showModerationFigures();
            waitForPage(QStringLiteral("moderation-figures"), 5000);
            const auto *figures =
                currentPage() ? currentPage()->findChild<ModerationFiguresModel *>() : nullptr;
            return figures && figures->allowed();
        });
        step(QStringLiteral("moderation-figures-end"), QStringLiteral("moderation-figures"), [&] {
            m_navigator.scrollToEnd();
            return true;
        });
        // Last term's meeting, as chosen from the page's term chooser: the demo moderated none of
        // its forms, so the page says so.
        step(QStringLiteral("moderation-figures-last-term"), QStringLiteral("moderation-figures"), [&] {
            auto *figures = currentPage() ? currentPage()->findChild<ModerationFiguresModel *>() : nullptr;
            const QList<Term> terms = store.termsOfSchool(m_session.schoolId());
            const auto current = std::find_if(terms.cbegin(), terms.cend(),
                                              [&](const Term &t) { return t.id == m_session.termId(); });
            if (!figures || current == terms.cbegin() || current == terms.cend())
                return false;
            figures->setTermId(std::prev(current)->id);
            return figures->nothingModerated();
        });
        // The whole school's targets at each status, as the head of assessment reads them at the
        // term's end: this term's with the trend, then last term's for Key Stage 3.
        step(QStringLiteral("school-analysis"), QStringLiteral("school-analysis"), [&] {
            m_navigator.showSchoolAnalysis();
            waitForPage(QStringLiteral("school-analysis"), 5000);
            const auto *analysis = currentPage() ? currentPage()->findChild<SchoolAnalysis *>() : nullptr;
            return analysis && analysis->allowed() && analysis->hasFigures();
        });
        step(QStringLiteral("school-analysis-end"), QStringLiteral("school-analysis"), [&] {
            m_navigator.scrollToEnd();
            return true;
        });
        step(QStringLiteral("school-analysis-last-term-key-stage-3"), QStringLiteral("school-analysis"), [&] {
            auto *analysis = currentPage() ? currentPage()->findChild<SchoolAnalysis *>() : nullptr;
            const QList<Term> terms = store.termsOfSchool(m_session.schoolId());
            const auto current = std::find_if(terms.cbegin(), terms.cend(),
                                              [&](const Term &t) { return t.id == m_session.termId(); });
            if (!analysis || current == terms.cbegin() || current == terms.cend())
                return false;
            analysis->setTermId(std::prev(current)->id);
            analysis->setKeyStage(3);
            return analysis->hasFigures();
        });
        // The term's ILP documents for the class, printed into a scratch folder as SLT would on a
        // desktop: next term's, for which most of the demo's pupils have no targets yet (named
        // with what to fix), then this term's, which every pupil has, reprinted whole.
        QTemporaryDir documentsScratch;
        step(QStringLiteral("ilp-documents"), QStringLiteral("ilp-documents"), [&] {
            m_navigator.showIlpDocuments(classId);
            waitForPage(QStringLiteral("ilp-documents"), 5000);
            auto *run = currentPage() ? currentPage()->findChild<IlpDocumentsRun *>() : nullptr;
            return run && run->allowed() && run->scope() == QLatin1String("class");
        });
        auto printDocuments = [&](const QString &termId) {
            auto *run = currentPage() ? currentPage()->findChild<IlpDocumentsRun *>() : nullptr;
            if (!run || !documentsScratch.isValid())
                return false;
            run->setFolder(documentsScratch.path());
            if (!termId.isEmpty())
                run->setTermId(termId);
            if (!run->start() || !run->waitUntilFinished(120000) || !run->finished()) {
                say(QStringLiteral("      the ILP documents did not finish: %1").arg(run->message()));
                return false;
            }
            say(QStringLiteral("      %1").arg(run->message()));
            return run->succeeded() || !run->notPrinted().isEmpty();
        };
        step(QStringLiteral("ilp-documents-next-term"), QStringLiteral("ilp-documents"),
             [&] { return printDocuments({}); });
        step(QStringLiteral("ilp-documents-next-term-end"), QStringLiteral("ilp-documents"), [&] {
            m_navigator.scrollToEnd();
            return true;
        });
        step(QStringLiteral("ilp-documents-this-term"), QStringLiteral("ilp-documents"),
             [&] { return printDocuments(m_session.termId()); });
        // A family's one-page profile as its teacher chooses it: the demo's highlights, one of them
        // a photo with another child in it whose consent keeps it in school, so it prints as words.
        QString profilePupilId;
        for (const Pupil &p : store.pupilsOfSchool(m_session.schoolId()))
            for (const ProfileHighlight &h : store.profileHighlights(p.id, m_session.termId()))
                if (const auto item = store.evidenceItem(h.evidenceId);
                    profilePupilId.isEmpty() && item && item->pupils.size() > 1)
                    profilePupilId = p.id;
        if (!profilePupilId.isEmpty())
            step(QStringLiteral("profile-highlights"), QStringLiteral("profile-highlights"), [&] {
                m_navigator.showProfileHighlights(profilePupilId);
                waitForPage(QStringLiteral("profile-highlights"), 5000);
                const auto *profile =
                    currentPage() ? currentPage()->findChild<ProfileHighlights *>() : nullptr;
                if (!profile || !profile->canChoose() || profile->chosenCount() == 0)
                    return false;
                bool wordsOnly = false;
                bool photo = false;
                for (const QVariant &v : profile->chosen()) {
                    const QVariantMap card = v.toMap();
                    photo = photo || card.value(QStringLiteral("photoPrints")).toBool();
                    wordsOnly =
                        wordsOnly || !card.value(QStringLiteral("wordsOnlyReason")).toString().isEmpty();
                }
                return photo && wordsOnly;
            });
        // The progress report home to families (issue 13): the cover letter the assessment lead
        // writes, refused with a field Stride cannot fill in; the families whose reply slips are
        // not back yet; a slip being recorded; and a pupil whose family has replied.
        step(QStringLiteral("cover-letter"), QStringLiteral("cover-letter"), [&] {
            m_navigator.showCoverLetter();
            waitForPage(QStringLiteral("cover-letter"), 5000);
            const auto *letter = currentPage() ? currentPage()->findChild<CoverLetterEditor *>() : nullptr;
            return letter && letter->canSave() && !letter->preview().contains(QLatin1Char('<'));
        });
        step(QStringLiteral("cover-letter-preview"), QStringLiteral("cover-letter"), [&] {
            m_navigator.scrollToEnd();
            return true;
        });
        step(QStringLiteral("cover-letter-refused"), QStringLiteral("cover-letter"), [&] {
            auto *letter = currentPage() ? currentPage()->findChild<CoverLetterEditor *>() : nullptr;
            if (!letter)
                return false;
            letter->setText(letter->text() + QStringLiteral("\n<TEACHER>"));
            return !letter->save() && letter->message().contains(QLatin1String("<TEACHER>"));
        });
        step(QStringLiteral("awaiting-replies"), QStringLiteral("awaiting-replies"), [&] {
            // Away from the refused letter without the question about unsaved changes.
            if (auto *letter = currentPage() ? currentPage()->findChild<CoverLetterEditor *>() : nullptr)
                letter->reload();
            m_navigator.showAwaitingReplies();
            waitForPage(QStringLiteral("awaiting-replies"), 5000);
            return currentPage() && currentPage()->findChild<AwaitingReplies *>();
        });
        const auto reportTerm = ParentReplies::reportTerm(store, m_session.schoolId(), m_session.today());
        QString awaitedPupilId;
        QString repliedPupilId;
        if (reportTerm) {
            const auto awaited = ParentReplies::awaiting(store, m_session.schoolId(), reportTerm->id);
            if (!awaited.families.isEmpty())
                awaitedPupilId = awaited.families.first().pupil.id;
            for (const Pupil &p : store.pupilsOfSchool(m_session.schoolId()))
                if (repliedPupilId.isEmpty() && ParentReplies::replyOf(store, p.id, reportTerm->id))
                    repliedPupilId = p.id;
        }
        if (!awaitedPupilId.isEmpty())
            step(QStringLiteral("parent-reply"), QStringLiteral("parent-reply"), [&] {
                m_navigator.showParentReply(awaitedPupilId);
                waitForPage(QStringLiteral("parent-reply"), 5000);
                const auto *reply = currentPage() ? currentPage()->findChild<ParentReplyForm *>() : nullptr;
                return reply && reply->hasIlp() && !reply->recorded() && reply->canRecord();
            });
        if (!repliedPupilId.isEmpty()) {
            step(QStringLiteral("parent-reply-recorded"), QStringLiteral("parent-reply"), [&] {
                m_navigator.showParentReply(repliedPupilId);
                waitForPage(QStringLiteral("parent-reply"), 5000);
                const auto *reply = currentPage() ? currentPage()->findChild<ParentReplyForm *>() : nullptr;
                return reply && reply->recorded();
            });
            step(QStringLiteral("pupil-parent-reply"), QStringLiteral("pupil"), [&] {
                m_navigator.showPupil(repliedPupilId);
                return true;
            });
        }
        // The term's end (issue 13): the agreed targets carried into next term's ILPs, and the
        // year-end class move, previewed as SLT see them (neither applied here).
        step(QStringLiteral("rollover"), QStringLiteral("rollover"), [&] {
            m_navigator.showRollover();
            waitForPage(QStringLiteral("rollover"), 5000);
            const auto *rollover =
                currentPage() ? currentPage()->findChild<RolloverPreviewModel *>() : nullptr;
            return rollover && rollover->allowed() &&
                   (rollover->count() > 0 || !rollover->problem().isEmpty());
        });
        step(QStringLiteral("class-move"), QStringLiteral("class-move"), [&] {
            m_navigator.showClassMove();
            waitForPage(QStringLiteral("class-move"), 5000);
            const auto *move = currentPage() ? currentPage()->findChild<ClassMoveModel *>() : nullptr;
            return move && move->allowed() && (move->count() > 0 || !move->problem().isEmpty());
        });
        m_session.signOut();
    }

    // A real damaged file, opened by a second store, so the page shows the core's own words.
    QTemporaryDir scratch;
    Store damagedStore;
    const QString damagedPath = scratch.filePath(QStringLiteral("stride.db"));
    QFile garbage(damagedPath);
    if (garbage.open(QIODevice::WriteOnly))
        garbage.write(QByteArray("This is not a database, it is a shopping list: milk, bread, glue sticks.\n")
                          .repeated(64));
    garbage.close();
    DatabaseStatus problem(damagedStore, damagedPath);
    problem.open();
    step(QStringLiteral("database-problem"), QStringLiteral("database-problem"), [&] {
        if (problem.status() != QLatin1String("damaged")) {
            say(QStringLiteral("      expected a damaged store, got \"%1\"").arg(problem.status()));
            return false;
        }
        m_navigator.showDatabaseProblem(&problem);
        return true;
    });
    // Leave the page before the status object it shows goes away.
    m_navigator.showSignIn();
    settle(50);

    // A store whose key is gone (the tablet was reset): moved aside as key-lost, never called
    // damaged, and the tablet is offered enrolment again.
    const QString keyLostPath = scratch.filePath(QStringLiteral("keylost.db"));
    {
        Store made;
        made.open(keyLostPath);
    }
    DeviceKey::remove(keyLostPath);
    Store keyLostStore;
    DatabaseStatus keyLost(keyLostStore, keyLostPath);
    keyLost.open();
    step(QStringLiteral("database-key-lost"), QStringLiteral("database-problem"), [&] {
        if (keyLost.status() != QLatin1String("key-lost") || !keyLost.canStartFresh()) {
            say(QStringLiteral("      expected a store whose key is gone, got \"%1\"").arg(keyLost.status()));
            return false;
        }
        m_navigator.showDatabaseProblem(&keyLost);
        return true;
    });
    m_navigator.showSignIn();
    settle(50);

    // Enrolling a tablet, with an address on the school's network that is not encrypted: the
    // page must say so before anything is sent.
    step(QStringLiteral("enrol-unencrypted"), QStringLiteral("enrol"), [&] {
        m_navigator.showEnrol();
        m_navigator.fillEnrolForm(QStringLiteral("http://192.168.1.20:8470"), QStringLiteral("ABCDE-23456"),
                                  QStringLiteral("Oak class tablet 2"));
        return true;
    });
    m_navigator.showSignIn();
    settle(50);

    // A store with a certificate of its own (stride-store tls-selfsigned): its fingerprint, for the
    // person to compare with the office's printout before the tablet trusts it.
    step(QStringLiteral("enrol-certificate"), QStringLiteral("enrol"), [&] {
        const QUrl address(QStringLiteral("https://stride.millbrook.lan:8470"));
        m_navigator.showEnrol();
        m_navigator.fillEnrolForm(address.toString(), QStringLiteral("ABCDE-23456"),
                                  QStringLiteral("Oak class tablet 2"));
        m_app.connection().askToCompare(address, QSslCertificate(QByteArray(kSampleCertificate)));
        return !m_app.connection().certificateFingerprint().isEmpty();
    });
    m_navigator.showSignIn();
    m_app.connection().forgetCertificate();
    settle(50);

    const int warnings = WarningCounter::qmlWarnings();
    if (m_failures == 0 && warnings == 0) {
        say(QStringLiteral("self-test passed: %1 pages, no QML warnings").arg(m_number));
        return 0;
    }
    say(QStringLiteral("self-test FAILED: %1 page(s) failed, %2 QML warning(s)")
            .arg(m_failures)
            .arg(warnings));
    return 1;
}

void SelfTest::lostTabletSteps(const QString &classId)
{
    Store &store = m_session.store();
    // The school's offline-lock days as a senior leader changes them: the page, then a value out
    // of range refused, with what was typed kept. Nothing is saved.
    step(QStringLiteral("school-settings"), QStringLiteral("school-settings"), [&] {
        m_navigator.showSchoolSettings();
        waitForPage(QStringLiteral("school-settings"), 5000);
        const auto *settings = currentPage() ? currentPage()->findChild<SchoolSettings *>() : nullptr;
        return settings && settings->canChange();
    });
    step(QStringLiteral("school-settings-refused"), QStringLiteral("school-settings"), [&] {
        auto *settings = currentPage() ? currentPage()->findChild<SchoolSettings *>() : nullptr;
        if (!settings)
            return false;
        settings->setTypedDays(QStringLiteral("400"));
        return !settings->save() && settings->typedDays() == QLatin1String("400") &&
               settings->message().contains(QLatin1String("365"));
    });
    if (auto *settings = currentPage() ? currentPage()->findChild<SchoolSettings *>() : nullptr)
        settings->reload();

    // What the sync page says of this tablet once it is enrolled to one class and reached the
    // store three days ago: shown inside a transaction that is rolled back, so nothing is kept.
    QSqlQuery q(store.database());
    const bool begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    step(QStringLiteral("sync-this-tablet"), QStringLiteral("sync"), [&] {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO enrolment (id, server_url, device_id, device_token, school_id,"
            " enrolled_at) VALUES (1, 'https://stride.school.example', 'self-test', 'self-test', ?, ?)"));
        q.addBindValue(m_session.schoolId());
        const QDateTime reached = QDateTime::currentDateTimeUtc().addDays(-3);
        q.addBindValue(Column::instant(reached.addDays(-30)));
        if (!begun || !q.exec() || !OfflineLock(store).noteStoreReached(reached) ||
            !TabletClasses{false, {classId}}.save(store))
            return false;
        m_navigator.showSync();
        waitForPage(QStringLiteral("sync"), 5000);
        auto *tablet = currentPage() ? currentPage()->findChild<ThisTablet *>() : nullptr;
        if (!tablet)
            return false;
        tablet->reload();
        return tablet->enrolled() && !tablet->wholeSchool() && !tablet->lockText().isEmpty();
    });
    if (begun)
        q.exec(QStringLiteral("ROLLBACK"));
    if (auto *tablet = currentPage() ? currentPage()->findChild<ThisTablet *>() : nullptr)
        tablet->reload();
    m_session.refreshOfflineLock();
}

bool SelfTest::step(const QString &name, const QString &expectedPage, const std::function<bool()> &action)
{
    const QString label = QStringLiteral("%1 %2").arg(++m_number, 2, 10, QLatin1Char('0')).arg(name);
    const int warningsBefore = WarningCounter::qmlWarnings();
    bool ok = action() && waitForPage(expectedPage, 5000);
    const int warnings = WarningCounter::qmlWarnings() - warningsBefore;
    QString note;
    if (!ok)
        note = QStringLiteral("the page \"%1\" did not load or did not become ready").arg(expectedPage);
    else if (warnings > 0)
        note = QStringLiteral("%1 QML warning(s)").arg(warnings);
    else
        note = m_navigator.pageSummary();
    if (ok && m_untranslated) { // a page that loaded, with or without QML warnings
        const QStringList untranslated = m_untranslated->findIn(m_window->contentItem());
        for (const QString &text : untranslated)
            say(QStringLiteral("      not translated on %1: %2").arg(name, text));
        if (!untranslated.isEmpty()) {
            ok = false;
            note += QStringLiteral(" (%1 visible text(s) did not pass through translation)")
                        .arg(untranslated.size());
        }
    }
    ok = ok && warnings == 0;

    if (!m_screenshotsDir.isEmpty()) {
        const QString file =
            QDir(m_screenshotsDir)
                .filePath(QStringLiteral("%1-%2.png").arg(m_number, 2, 10, QLatin1Char('0')).arg(name));
        if (!m_window->grabWindow().save(file)) {
            ok = false;
            note += QStringLiteral(" (could not save %1)").arg(file);
        }
    }
    say(QStringLiteral("%1  %2  %3")
            .arg(ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), label.leftJustified(28), note));
    if (!ok)
        ++m_failures;
    return ok;
}

bool SelfTest::waitForPage(const QString &expectedPage, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (m_navigator.pageName() == expectedPage && m_navigator.pageReady()) {
            settle(150); // let layouts settle and a frame render before anyone looks
            return true;
        }
        QThread::msleep(5);
    }
    return false;
}

QObject *SelfTest::currentPage() const
{
    return m_navigator.page();
}

void SelfTest::captureSteps(const QString &classId, const QString &firstPupilId, const QString &scratchDir)
{
    Store &store = m_session.store();
    // The photo is of a pupil whose consent allows it; the class's first pupil may have none.
    QString pupilId = firstPupilId;
    for (const Pupil &p : store.pupilsInClass(classId)) {
        if (p.mediaConsent == MediaConsent::ShareableWithParents) {
            pupilId = p.id;
            break;
        }
    }
    if (pupilId != firstPupilId) {
        m_navigator.showPupil(pupilId);
        waitForPage(QStringLiteral("pupil"), 5000);
    }
    CaptureController &capture = m_app.capture();
    capture.setAutoOpenPicker(false); // a screenshot of the page, not of the file dialog over it
    QString savedId;
    QStringList savedIds;
    QObject::connect(&capture, &CaptureController::saved, &capture, [&](const QString &id) {
        if (savedId.isEmpty())
            savedId = id;
        savedIds << id;
    });

    // A photo made here (a child's painting, of sorts), never a file in the repository.
    const QString photoPath = QDir(scratchDir).filePath(QStringLiteral("painting.jpg"));
    {
        QImage image(1600, 1200, QImage::Format_RGB32);
        image.fill(QColor(0xF4, 0xEE, 0xE0));
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const QList<QColor> colours{QColor(0x2F, 0x6A, 0x9E), QColor(0xD9, 0x8C, 0x1F),
                                    QColor(0x2A, 0x77, 0x53), QColor(0xB0, 0x3A, 0x2E)};
        for (int i = 0; i < 14; ++i) {
            p.setBrush(colours[i % colours.size()]);
            p.drawEllipse(QPointF(180 + i * 95, 600 + ((i * 137) % 400) - 200), 120 - i * 4,
                          90 + (i % 3) * 20);
        }
        p.end();
        image.save(photoPath, "JPEG", 90);
    }

    const QString targetId = [&] {
        TargetListModel targets;
        targets.setSession(&m_session);
        targets.setPupilId(pupilId);
        return targets.firstTargetId();
    }();
    QString noConsentId;
    QString internalId;
    for (const Pupil &p : store.pupilsOfSchool(m_session.schoolId())) {
        if (p.mediaConsent == MediaConsent::None && (noConsentId.isEmpty() || p.classId == classId))
            noConsentId = p.id;
        if (p.mediaConsent == MediaConsent::InternalOnly && internalId.isEmpty() && p.classId == classId)
            internalId = p.id;
    }

    const QString capturePage = QStringLiteral("capture");
    const QString tagging = QStringLiteral("tagging");
    step(QStringLiteral("capture-photo"), capturePage, [&] {
        m_navigator.showCapture({pupilId}, targetId, QStringLiteral("photo"));
        return capture.active();
    });
    step(QStringLiteral("capture-low-space"), capturePage, [&] {
        capture.setFreeSpaceProbe([] { return qint64(312) * 1024 * 1024; });
        return capture.lowOnSpace();
    });
    capture.setFreeSpaceProbe([this] { return m_app.mediaStore().bytesAvailable(); });
    step(QStringLiteral("capture-video"), capturePage, [&] {
        capture.setKind(EvidenceKind::Video);
        return capture.kind() == EvidenceKind::Video;
    });
    step(QStringLiteral("tagging-photo"), tagging, [&] {
        capture.setKind(EvidenceKind::Photo);
        capture.importFile(photoPath);
        return true;
    });
    step(QStringLiteral("tagging-photo-tagged"), tagging, [&] {
        capture.setPromptLevel(QStringLiteral("spoken"));
        capture.setSetting(QStringLiteral("Classroom"));
        capture.setPeoplePresent(QStringLiteral("Mrs Patel (TA)"));
        capture.setMeasure(QStringLiteral("3 of 4 colours named"));
        capture.setNote(QStringLiteral("Chose the paints herself and named red, blue and yellow."));
        settle(50);
        m_navigator.scrollToEnd();
        return capture.canSave();
    });
    step(QStringLiteral("pupil-after-save"), QStringLiteral("pupil"), [&] { return capture.save(); });
    m_navigator.dismissToast();

    if (!noConsentId.isEmpty()) {
        step(QStringLiteral("capture-consent-blocked"), capturePage, [&] {
            m_navigator.showCapture({noConsentId}, QString(), QStringLiteral("photo"));
            return !capture.consentAllowed();
        });
        m_navigator.goBack();
        step(QStringLiteral("capture-group-consent-blocked"), capturePage, [&] {
            m_navigator.showCapture({pupilId, noConsentId}, targetId, QStringLiteral("photo"));
            return !capture.consentAllowed();
        });
        step(QStringLiteral("tagging-written-instead"), tagging, [&] {
            m_navigator.chooseKind(EvidenceKind::Written);
            return capture.kind() == EvidenceKind::Written;
        });
        step(QStringLiteral("tagging-written-filled"), tagging, [&] {
            capture.setNote(
                QStringLiteral("Painted side by side at the easel and took turns with the big brush."));
            capture.setPromptLevel(QStringLiteral("gestural"));
            return capture.canSave();
        });
        step(QStringLiteral("pupil-after-written"), QStringLiteral("pupil"), [&] { return capture.save(); });
        m_navigator.dismissToast();
    }
    // A video and a voice note too, where ffmpeg can make them (scripts/bootstrap installs it):
    // they show the running time, the first-frame thumbnail and the waveform, and the player.
    QString videoId;
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (!ffmpeg.isEmpty()) {
        const QString videoPath = QDir(scratchDir).filePath(QStringLiteral("easel.mp4"));
        const QString voicePath = QDir(scratchDir).filePath(QStringLiteral("voice.wav"));
        QProcess::execute(
            ffmpeg,
            {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
             QStringLiteral("error"),        QStringLiteral("-y"),
             QStringLiteral("-f"),           QStringLiteral("lavfi"),
             QStringLiteral("-i"),           QStringLiteral("testsrc=duration=3:size=640x480:rate=25"),
             QStringLiteral("-f"),           QStringLiteral("lavfi"),
             QStringLiteral("-i"),           QStringLiteral("sine=frequency=440:duration=3"),
             QStringLiteral("-c:v"),         QStringLiteral("libx264"),
             QStringLiteral("-pix_fmt"),     QStringLiteral("yuv420p"),
             QStringLiteral("-c:a"),         QStringLiteral("aac"),
             QStringLiteral("-shortest"),    videoPath});
        QProcess::execute(
            ffmpeg,
            {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
             QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("aevalsrc='0.6*sin(2*PI*220*t)*abs(sin(2*PI*0.7*t))':s=16000:d=4"), voicePath});
        auto captureFile = [&](const QString &kind, const QString &path) {
            if (!QFile::exists(path))
                return false;
            m_navigator.showCapture({pupilId}, targetId, kind);
            waitForPage(capturePage, 5000);
            capture.importFile(path);
            // A video's thumbnail and running time take a moment to read.
            return waitForPage(tagging, 20000);
        };
        step(QStringLiteral("tagging-video"), tagging,
             [&] { return captureFile(QStringLiteral("video"), videoPath); });
        const int before = int(savedIds.size());
        capture.save();
        if (savedIds.size() > before)
            videoId = savedIds.last();
        waitForPage(QStringLiteral("pupil"), 5000);
        step(QStringLiteral("tagging-voice-note"), tagging,
             [&] { return captureFile(QStringLiteral("audio"), voicePath); });
        capture.save();
        waitForPage(QStringLiteral("pupil"), 5000);
        m_navigator.dismissToast();
    } else {
        say(QStringLiteral("      ffmpeg is not installed: no video or voice note steps"));
    }

    if (!internalId.isEmpty()) {
        step(QStringLiteral("tagging-visibility-bounded"), tagging, [&] {
            m_navigator.showCapture({internalId}, QString(), QStringLiteral("written"));
            waitForPage(tagging, 5000);
            m_navigator.scrollToEnd();
            return !capture.canShare();
        });
        m_navigator.goBack();
    }

    QPointer<GroupChoice> group;
    step(QStringLiteral("class-group-choosing"), QStringLiteral("class"), [&] {
        const QList<Pupil> inClass = store.pupilsInClass(classId);
        m_navigator.showClass(classId);
        waitForPage(QStringLiteral("class"), 5000);
        // Chosen on the page's own GroupChoice, as taps on "Group evidence" and three cards would.
        group = currentPage() ? currentPage()->findChild<GroupChoice *>() : nullptr;
        if (!group)
            return false;
        group->start();
        for (int i = 0; i < std::min<qsizetype>(3, inClass.size()); ++i)
            group->toggle(inClass[i].id);
        return true;
    });
    step(QStringLiteral("capture-group"), capturePage, [&] { return group && group->record(); });
    m_navigator.goBack();

    step(QStringLiteral("pupil-evidence"), QStringLiteral("pupil-evidence"), [&] {
        m_navigator.showPupil(pupilId);
        waitForPage(QStringLiteral("pupil"), 5000);
        m_navigator.showPupilEvidence(pupilId);
        return true;
    });
    step(QStringLiteral("pupil-evidence-photos"), QStringLiteral("pupil-evidence"), [&] {
        // Narrowed as the drop-downs would, on the list the page shows.
        auto *evidence = currentPage() ? currentPage()->findChild<EvidenceListModel *>() : nullptr;
        if (!evidence)
            return false;
        evidence->setKind(QStringLiteral("photo"));
        evidence->setPromptLevel(QString());
        return true;
    });
    m_navigator.goBack();
    const auto target = store.target(targetId);
    const auto area = target ? store.area(target->areaId) : std::nullopt;
    step(QStringLiteral("target-evidence"), QStringLiteral("target-evidence"), [&] {
        m_navigator.showTargetEvidence(pupilId, targetId, area ? area->name : QString(),
                                       target ? target->text : QString(), QStringLiteral("#2F6A9E"));
        return true;
    });
    if (!videoId.isEmpty()) {
        step(QStringLiteral("evidence-detail-video"), QStringLiteral("evidence-detail"), [&] {
            m_navigator.showEvidence(videoId);
            return true;
        });
        m_navigator.goBack();
    }
    step(QStringLiteral("evidence-detail"), QStringLiteral("evidence-detail"), [&] {
        if (savedId.isEmpty())
            return false;
        m_navigator.showEvidence(savedId);
        return true;
    });
    step(QStringLiteral("evidence-detail-edited"), QStringLiteral("evidence-detail"), [&] {
        // The edit as the page's fields make it, on the item the page shows.
        auto *detail = currentPage() ? currentPage()->findChild<EvidenceDetail *>() : nullptr;
        if (!detail)
            return false;
        detail->setNote(QStringLiteral("Chose the paints herself and named red, blue and yellow; "
                                       "asked for green."));
        detail->setPromptLevel(QStringLiteral("gestural"));
        return detail->save() && detail->history().size() >= 2;
    });
    step(QStringLiteral("evidence-detail-delete-question"), QStringLiteral("evidence-detail"), [&] {
        m_navigator.askToDelete();
        return true;
    });
    // Leave the question unanswered: close it as "Keep it" would.
    m_navigator.dismissQuestion();
    settle(100);

    const QString pin = demoPinFor(m_session.staffId());
    step(QStringLiteral("idle-lock"), QStringLiteral("evidence-detail"), [&] {
        m_session.lock();
        return m_session.locked();
    });
    m_session.unlock(pin);
    settle(50);
    step(QStringLiteral("switch-staff"), QStringLiteral("evidence-detail"), [&] {
        m_navigator.showSwitch();
        return true;
    });
    m_navigator.hideSwitch();
    settle(50);
}

void SelfTest::deletedEvidenceSteps(const QString &pupilId)
{
    Store &store = m_app.store();
    step(QStringLiteral("deleted-evidence"), QStringLiteral("deleted-evidence"), [&] {
        m_navigator.showDeletedEvidence();
        return true;
    });
    // One of the pupil's items deleted here by the senior leader, and the store's entry for it
    // arriving as the next sync would bring it (the store writes that list, docs/sync.md).
    const QList<EvidenceItem> items = store.newestEvidenceForPupil(pupilId, 50);
    if (items.isEmpty())
        return;
    const EvidenceItem item = items.last();
    step(QStringLiteral("deleted-evidence-listed"), QStringLiteral("deleted-evidence"), [&] {
        if (!store.removeEvidenceItem(item.id).ok)
            return false;
        RemoteChange entry;
        entry.entity = QStringLiteral("deleted_evidence");
        entry.entityId = item.id;
        entry.op = QStringLiteral("upsert");
        entry.hlc = store.clock().now().toString();
        entry.deviceId = QStringLiteral("stride-store");
        entry.fields = {
            {QStringLiteral("school_id"), item.schoolId},
            {QStringLiteral("kind"), toKey(item.kind)},
            {QStringLiteral("captured_at"), Column::instant(item.capturedAt).toString()},
            {QStringLiteral("captured_by"), item.capturedBy},
            {QStringLiteral("pupil_ids"),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(item.pupilIds())).toJson(QJsonDocument::Compact))},
            {QStringLiteral("deleted_by"), m_session.staffId()},
            {QStringLiteral("deleted_at"), Column::instant(QDateTime::currentDateTimeUtc()).toString()},
            {QStringLiteral("restored_by"), QJsonValue()},
            {QStringLiteral("restored_at"), QJsonValue()}};
        if (!RemoteApplier(store).apply(entry).ok())
            return false;
        m_session.reload();
        return true;
    });
    step(QStringLiteral("deleted-evidence-restore-question"), QStringLiteral("deleted-evidence"), [&] {
        m_navigator.askToRestore();
        return true;
    });
    // Left unanswered, as "Leave it deleted" would.
    m_navigator.dismissQuestion();
    settle(100);
}

void SelfTest::reviewSteps(const QString &classId)
{
    // The class page as a teacher or senior leader sees it (with Assessment), which leads there.
    step(QStringLiteral("class-judges"), QStringLiteral("class"), [&] {
        m_navigator.showClass(classId);
        return true;
    });
    QPointer<AssessmentGridModel> grid;
    QString targetId;
    step(QStringLiteral("assessment"), QStringLiteral("assessment"), [&] {
        m_navigator.showAssessment(classId);
        waitForPage(QStringLiteral("assessment"), 5000);
        grid = currentPage() ? currentPage()->findChild<AssessmentGridModel *>() : nullptr;
        if (grid)
            targetId = grid->firstUnjudgedTargetId();
        return grid && grid->targetCount() > 0;
    });
    step(QStringLiteral("assessment-not-judged"), QStringLiteral("assessment"), [&] {
        // As the "Not yet judged" chip would.
        if (!grid)
            return false;
        grid->setFilter(AssessmentGridModel::Filter::NotJudged);
        return grid->filter() == AssessmentGridModel::Filter::NotJudged;
    });
    if (targetId.isEmpty()) {
        say(QStringLiteral("      every target in the class is judged: no review steps"));
        return;
    }

    QPointer<TargetReviewDetail> detail;
    step(QStringLiteral("target-review"), QStringLiteral("target-review"), [&] {
        m_navigator.showTargetReview(targetId);
        waitForPage(QStringLiteral("target-review"), 5000);
        detail = currentPage() ? currentPage()->findChild<TargetReviewDetail *>() : nullptr;
        return detail && detail->canJudge();
    });
    if (!detail)
        return;
    // The next steps as the form offers them: Continue, Amend, Replace.
    const QVariantList steps = detail->nextStepChoices();
    const QString amend = steps.value(1).toMap().value(QStringLiteral("key")).toString();
    const QString abilities =
        QStringLiteral("Finds the symbol on a full page when the book is open in front of him.");
    const QString voice = QStringLiteral("Pointed to 'happy' when asked about snack time.");
    if (m_untranslated) {
        m_untranslated->addData(abilities);
        m_untranslated->addData(voice);
    }
    step(QStringLiteral("target-review-judged"), QStringLiteral("target-review"), [&] {
        // As the form's choices and Save judgement would.
        return detail->judge(2, amend, abilities, voice, QString()) && detail->currentStatus() == 2;
    });
    step(QStringLiteral("target-review-changed-mind"), QStringLiteral("target-review"), [&] {
        // A changed mind: the first judgement stays, crossed out (at the foot of the page).
        const bool judged = detail->judge(3, amend, abilities, voice, QString());
        settle(50);
        m_navigator.scrollToEnd();
        return judged && detail->history().size() >= 2;
    });
    const QString pupilId = detail->pupilId();

    QPointer<TargetEditor> editor;
    step(QStringLiteral("target-editor"), QStringLiteral("target-editor"), [&] {
        m_navigator.showTargetEditor(targetId, QString());
        waitForPage(QStringLiteral("target-editor"), 5000);
        editor = currentPage() ? currentPage()->findChild<TargetEditor *>() : nullptr;
        return editor && editor->ready();
    });
    step(QStringLiteral("target-editor-checked"), QStringLiteral("target-editor"), [&] {
        // Seed 000's own example of a target too vague to judge: the checker says why.
        if (!editor)
            return false;
        editor->setText(QStringLiteral("To develop her walking."));
        return !editor->findings().isEmpty();
    });
    step(QStringLiteral("target-review-next-term"), QStringLiteral("target-review"), [&] {
        // Saved with the checker's findings (they never block): back to the review.
        return editor && editor->save();
    });
    m_navigator.dismissToast();
    step(QStringLiteral("provision-map"), QStringLiteral("provision-map"), [&] {
        m_navigator.showProvisionMap(pupilId);
        waitForPage(QStringLiteral("provision-map"), 5000);
        const ProvisionMap *map = currentPage() ? currentPage()->findChild<ProvisionMap *>() : nullptr;
        return map && map->ready() && !map->rows().isEmpty();
    });

    // Another target judged Continue, and carried into next term as it stands.
    if (grid)
        grid->reload();
    const QString another = grid ? grid->firstUnjudgedTargetId() : QString();
    if (another.isEmpty())
        return;
    step(QStringLiteral("target-review-continued"), QStringLiteral("target-review"), [&] {
        m_navigator.showTargetReview(another);
        waitForPage(QStringLiteral("target-review"), 5000);
        TargetReviewDetail *review =
            currentPage() ? currentPage()->findChild<TargetReviewDetail *>() : nullptr;
        if (!review || !review->judge(3, steps.value(0).toMap().value(QStringLiteral("key")).toString(),
                                      abilities, QString(), QString()))
            return false;
        // As "Carry into next term" would.
        const QString carried = review->continueTarget();
        settle(50);
        m_navigator.scrollToEnd(); // where the form and next term's target are
        return !carried.isEmpty() && review->nextTermTargetId() == carried;
    });
}

void SelfTest::moderationSteps(const QString &classId, const QString &leaderId)
{
    Store &store = m_session.store();
    step(QStringLiteral("moderation-meeting"), QStringLiteral("moderation-meeting"), [&] {
        m_navigator.showModerationMeeting();
        return true;
    });
    // Each kind of form's sample, as Stride suggests it, and the forms made as "Make forms" would.
    for (const QString &kind : {QStringLiteral("assessment"), QStringLiteral("targetSetting")}) {
        QPointer<ModerationSampleChooser> chooser;
        step(QStringLiteral("moderation-sample-%1")
                 .arg(kind == QLatin1String("assessment") ? QStringLiteral("assessment")
                                                          : QStringLiteral("target-setting")),
             QStringLiteral("moderation-sample"), [&] {
                 m_navigator.showModerationSample(classId, kind);
                 waitForPage(QStringLiteral("moderation-sample"), 5000);
                 chooser = currentPage() ? currentPage()->findChild<ModerationSampleChooser *>() : nullptr;
                 return chooser && chooser->ready() && !chooser->choices().isEmpty();
             });
        if (chooser && chooser->chosenCount() > 0)
            chooser->makeForms();
        m_navigator.goBack();
        waitForPage(QStringLiteral("moderation-meeting"), 5000);
    }

    // A form of the class the senior leader did not fill in themselves, to moderate blind.
    QString assessmentFormId;
    QString assessorId;
    for (const PlacedAssessmentForm &f :
         store.placedAssessmentModerationForms(m_session.schoolId(), m_session.termId()))
        if (f.place.classId == classId && f.form.assessorId != leaderId && f.form.moderatorId.isEmpty() &&
            assessmentFormId.isEmpty()) {
            assessmentFormId = f.form.id;
            assessorId = f.form.assessorId;
        }
    QString awaitingSltId;
    step(QStringLiteral("moderation-meeting-forms"), QStringLiteral("moderation-meeting"), [&] {
        auto *meeting = currentPage() ? currentPage()->findChild<ModerationMeeting *>() : nullptr;
        if (meeting)
            meeting->reload();
        // A moderated assessment form waiting for SLT (the demo's meeting has one), for the step below.
        for (const QVariant &g : meeting ? meeting->groups() : QVariantList())
            if (g.toMap().value(QStringLiteral("key")).toString() == QLatin1String("awaitingSlt"))
                for (const QVariant &item : g.toMap().value(QStringLiteral("items")).toList())
                    if (awaitingSltId.isEmpty() &&
                        item.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("assessment"))
                        awaitingSltId = item.toMap().value(QStringLiteral("formId")).toString();
        return meeting && meeting->ready() && !meeting->groups().isEmpty();
    });
    // What SLT read before their final word: the table, and the order the moderator judged in.
    if (!awaitingSltId.isEmpty()) {
        step(QStringLiteral("assessment-moderation-awaiting-slt"), QStringLiteral("assessment-moderation"),
             [&] {
                 m_navigator.showAssessmentModerationForm(awaitingSltId);
                 waitForPage(QStringLiteral("assessment-moderation"), 5000);
                 auto *awaiting =
                     currentPage() ? currentPage()->findChild<AssessmentModerationDetail *>() : nullptr;
                 m_navigator.showSection(QStringLiteral("table"));
                 return awaiting && awaiting->canEditSlt() && awaiting->moderatorHasJudged();
             });
        m_navigator.goBack();
        waitForPage(QStringLiteral("moderation-meeting"), 5000);
    }
    // On a desktop, the class's moderation pack saved (into a scratch folder), as its button would.
    QTemporaryDir packScratch;
    if (ModerationExport::available())
        step(QStringLiteral("moderation-meeting-pack"), QStringLiteral("moderation-meeting"), [&] {
            auto *exporter = currentPage() ? currentPage()->findChild<ModerationExport *>() : nullptr;
            if (!exporter)
                return false;
            exporter->setFolder(packScratch.path());
            const bool saved = exporter->savePack(classId, false);
            settle(50);
            m_navigator.scrollToEnd();
            return saved;
        });
    if (assessmentFormId.isEmpty()) {
        say(QStringLiteral("      no assessment form of the class to moderate: no form steps"));
        return;
    }
    QPointer<AssessmentModerationDetail> form;
    step(QStringLiteral("assessment-moderation-blind"), QStringLiteral("assessment-moderation"), [&] {
        m_navigator.showAssessmentModerationForm(assessmentFormId);
        waitForPage(QStringLiteral("assessment-moderation"), 5000);
        form = currentPage() ? currentPage()->findChild<AssessmentModerationDetail *>() : nullptr;
        m_navigator.showSection(QStringLiteral("table"));
        // Blind: nothing of the assessor's number before the moderator's own.
        return form && form->canModerate() && form->assessorStatus() == 0;
    });
    if (!form)
        return;
    const QString explanation = QStringLiteral("Three photos show him finding the symbol with a point; "
                                               "we talked about the gestural prompts in October.");
    if (m_untranslated)
        m_untranslated->addData(explanation);
    step(QStringLiteral("assessment-moderation-judged"), QStringLiteral("assessment-moderation"), [&] {
        // As circling 3 in the moderator's row would; the assessor's is still hidden.
        const bool judged = form->judge(QStringLiteral("moderator"), 3);
        settle(50);
        m_navigator.showSection(QStringLiteral("table"));
        return judged && form->canShowAssessorJudgement() && form->assessorStatus() == 0;
    });
    step(QStringLiteral("assessment-moderation-shown"), QStringLiteral("assessment-moderation"), [&] {
        // As "Show the assessor's judgement" would, then the moderator's section saved.
        const bool shown =
            form->showAssessorJudgement() &&
            form->saveModeratorSection(explanation, form->assessorStatus() == 3 ? 1 : 0, QString());
        settle(50);
        m_navigator.showSection(QStringLiteral("moderator"));
        return shown;
    });
    // On a desktop, the form saved as a PDF (into a scratch folder, not the person's Documents).
    QTemporaryDir pdfScratch;
    if (ModerationExport::available())
        step(QStringLiteral("assessment-moderation-pdf"), QStringLiteral("assessment-moderation"), [&] {
            auto *exporter = currentPage() ? currentPage()->findChild<ModerationExport *>() : nullptr;
            if (!exporter)
                return false;
            exporter->setFolder(pdfScratch.path());
            const bool saved = exporter->saveAssessmentForm(assessmentFormId);
            settle(50);
            m_navigator.showSection(QStringLiteral("top"));
            return saved;
        });
    step(QStringLiteral("assessment-moderation-slt"), QStringLiteral("assessment-moderation"), [&] {
        const bool saved = form->saveSltSection(form->assessorStatus() == 3 ? 1 : 0,
                                                QStringLiteral("neither"), explanation, QString(), 3);
        settle(50);
        m_navigator.showSection(QStringLiteral("slt"));
        return saved && !form->outcomeText().isEmpty();
    });
    m_navigator.goBack();
    waitForPage(QStringLiteral("moderation-meeting"), 5000);

    // A target-setting form of the class, moderated with a rewrite.
    QString settingFormId;
    for (const PlacedTargetSettingForm &f :
         store.placedTargetSettingModerationForms(m_session.schoolId(), m_session.termId()))
        if (f.place.classId == classId && f.form.setterId == assessorId && f.form.moderatorId.isEmpty() &&
            settingFormId.isEmpty())
            settingFormId = f.form.id;
    QPointer<TargetSettingModerationDetail> setting;
    const QString rewrite = QStringLiteral(
        "To request a drink at snack time with his PECS book, with no more than a gestural prompt.");
    if (m_untranslated)
        m_untranslated->addData(rewrite);
    if (!settingFormId.isEmpty()) {
        step(QStringLiteral("target-setting-moderation"), QStringLiteral("target-setting-moderation"), [&] {
            m_navigator.showTargetSettingModerationForm(settingFormId);
            waitForPage(QStringLiteral("target-setting-moderation"), 5000);
            setting = currentPage() ? currentPage()->findChild<TargetSettingModerationDetail *>() : nullptr;
            return setting && setting->canModerate();
        });
        step(QStringLiteral("target-setting-moderation-moderated"),
             QStringLiteral("target-setting-moderation"), [&] {
                 const bool saved =
                     setting && setting->saveModeratorSection(QStringLiteral("Yes"), QStringLiteral("Yes"),
                                                              QStringLiteral("Yes"), QStringLiteral("Yes"),
                                                              QString(), QStringLiteral("too_hard"), rewrite);
                 settle(50);
                 m_navigator.showSection(QStringLiteral("rewrite"));
                 return saved;
             });
        m_navigator.goBack();
        waitForPage(QStringLiteral("moderation-meeting"), 5000);
    }

    // The class teacher's side: their meeting, the form as its assessor sees it (the assessor's number
    // theirs to read), the evidence to attach, and the rewrite to accept.
    const QString assessorPin = demoPinFor(assessorId);
    m_session.signOut();
    if (assessorPin.isEmpty() || !m_session.signIn(assessorId, assessorPin)) {
        say(QStringLiteral("      the form's assessor is not in the demo school: no assessor steps"));
    } else {
        step(QStringLiteral("moderation-meeting-teacher"), QStringLiteral("moderation-meeting"), [&] {
            m_navigator.showModerationMeeting();
            return true;
        });
        step(QStringLiteral("assessment-moderation-assessor"), QStringLiteral("assessment-moderation"), [&] {
            m_navigator.showAssessmentModerationForm(assessmentFormId);
            waitForPage(QStringLiteral("assessment-moderation"), 5000);
            auto *mine = currentPage() ? currentPage()->findChild<AssessmentModerationDetail *>() : nullptr;
            return mine && mine->canEditAssessor() && mine->assessorJudgementVisible();
        });
        step(QStringLiteral("moderation-evidence"), QStringLiteral("moderation-evidence"), [&] {
            m_navigator.showModerationEvidence(assessmentFormId);
            waitForPage(QStringLiteral("moderation-evidence"), 5000);
            auto *picker = currentPage() ? currentPage()->findChild<AssessmentModerationDetail *>() : nullptr;
            auto *evidence = currentPage() ? currentPage()->findChild<EvidenceListModel *>() : nullptr;
            if (!picker || !evidence)
                return false;
            // The newest piece attached, as a tap on it would.
            if (evidence->rowCount() > 0)
                picker->setAttached(
                    evidence->data(evidence->index(0), EvidenceListModel::EvidenceIdRole).toString(), true);
            return picker->canEditAssessor();
        });
        m_navigator.goBack();
        step(QStringLiteral("assessment-moderation-attached"), QStringLiteral("assessment-moderation"),
             [] { return true; });
        if (!settingFormId.isEmpty())
            step(QStringLiteral("target-setting-moderation-accepted"),
                 QStringLiteral("target-setting-moderation"), [&] {
                     m_navigator.showTargetSettingModerationForm(settingFormId);
                     waitForPage(QStringLiteral("target-setting-moderation"), 5000);
                     auto *mine = currentPage() ? currentPage()->findChild<TargetSettingModerationDetail *>()
                                                : nullptr;
                     const bool accepted = mine && mine->answerRewrite(true);
                     settle(50);
                     m_navigator.showSection(QStringLiteral("rewrite"));
                     return accepted && mine->proposedTargetText() == rewrite;
                 });
        m_session.signOut();
    }
    m_session.signIn(leaderId, demoPinFor(leaderId));
    settle(50);
}

QString SelfTest::demoPinFor(const QString &staffId) const
{
    return DemoPins::of(m_session.store(), staffId);
}

} // namespace Stride
