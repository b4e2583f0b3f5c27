#include "ilpdocumentsrun.h"

#include "documents/documentbatch.h"
#include "media/mediastore.h"
#include "store/store.h"

#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace Stride {

namespace {

QVariantList namedList(const QList<DocumentBatch::NamedPupil> &pupils)
{
    QVariantList list;
    for (const DocumentBatch::NamedPupil &p : pupils)
        list << QVariantMap{{QStringLiteral("pupilId"), p.pupilId},
                            {QStringLiteral("name"), p.name},
                            {QStringLiteral("className"), p.className},
                            {QStringLiteral("reasons"), p.reasons.join(QLatin1Char('\n'))}};
    return list;
}

} // namespace

IlpDocumentsRun::IlpDocumentsRun(QObject *parent) : QObject(parent) {}

IlpDocumentsRun::~IlpDocumentsRun()
{
    // The page went while printing: the run stops at the next pupil, and saves nothing.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void IlpDocumentsRun::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void IlpDocumentsRun::setMedia(MediaFiles *media)
{
    if (media == m_media)
        return;
    m_media = media;
    emit mediaChanged();
}

bool IlpDocumentsRun::available()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return false;
#else
    return true;
#endif
}

void IlpDocumentsRun::reload()
{
    m_allowed = false;
    m_wholeSchool = false;
    m_ownClassIds.clear();
    m_termChoices.clear();
    m_classChoices.clear();
    if (m_session && m_session->store().isOpen() && m_session->signedIn()) {
        const Store &store = m_session->store();
        const auto me = store.staff(m_session->staffId());
        if (me && me->active) {
            m_wholeSchool = me->hasRole(StaffRole::SeniorLeader) || me->hasRole(StaffRole::Admin);
            m_allowed = m_wholeSchool || me->hasRole(StaffRole::Teacher);
            m_ownClassIds = me->classIds;
        }
        if (m_allowed) {
            for (const Term &t : store.termsOfSchool(m_session->schoolId()))
                m_termChoices << QVariantMap{{QStringLiteral("termId"), t.id},
                                             {QStringLiteral("name"), t.name}};
            for (const SchoolClass &c : store.classesOfSchool(m_session->schoolId()))
                if (m_wholeSchool || m_ownClassIds.contains(c.id))
                    m_classChoices << QVariantMap{{QStringLiteral("classId"), c.id},
                                                  {QStringLiteral("name"), c.name}};
        }
    }
    // The term the documents are for: next term's, which this term's end writes (seed 000), unless
    // one was chosen.
    const bool termKnown = std::any_of(m_termChoices.cbegin(), m_termChoices.cend(), [&](const QVariant &t) {
        return t.toMap().value(QStringLiteral("termId")).toString() == m_termId;
    });
    if (!termKnown && m_session)
        m_termId = !m_session->nextTermId().isEmpty() ? m_session->nextTermId() : m_session->termId();
    const bool classKnown =
        std::any_of(m_classChoices.cbegin(), m_classChoices.cend(), [&](const QVariant &c) {
            return c.toMap().value(QStringLiteral("classId")).toString() == m_classId;
        });
    if (!classKnown) {
        const QString own = m_ownClassIds.value(0);
        m_classId = !own.isEmpty() && m_classChoices.size() > 0
                        ? own
                        : m_classChoices.value(0).toMap().value(QStringLiteral("classId")).toString();
    }
    if (m_scope == QLatin1String("school") && !m_wholeSchool)
        m_scope = QStringLiteral("class");
    readPupilChoices();
    emit choicesChanged();
}

void IlpDocumentsRun::readPupilChoices()
{
    m_pupilChoices.clear();
    if (m_session && m_session->store().isOpen() && !m_classId.isEmpty())
        for (const Pupil &p : m_session->store().pupilsInClass(m_classId))
            if (!p.leftOn.isValid())
                m_pupilChoices << QVariantMap{{QStringLiteral("pupilId"), p.id},
                                              {QStringLiteral("name"), p.displayName()}};
    const bool known = std::any_of(m_pupilChoices.cbegin(), m_pupilChoices.cend(), [&](const QVariant &p) {
        return p.toMap().value(QStringLiteral("pupilId")).toString() == m_pupilId;
    });
    if (!known)
        m_pupilId = m_pupilChoices.value(0).toMap().value(QStringLiteral("pupilId")).toString();
}

void IlpDocumentsRun::setTermId(const QString &termId)
{
    if (termId == m_termId)
        return;
    m_termId = termId;
    emit choicesChanged();
}

void IlpDocumentsRun::setScope(const QString &scope)
{
    if (scope == m_scope || (scope == QLatin1String("school") && !m_wholeSchool))
        return;
    m_scope = scope;
    emit choicesChanged();
}

void IlpDocumentsRun::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    readPupilChoices();
    emit choicesChanged();
}

void IlpDocumentsRun::setPupilId(const QString &pupilId)
{
    if (pupilId == m_pupilId)
        return;
    m_pupilId = pupilId;
    emit choicesChanged();
}

QString IlpDocumentsRun::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(tr("Stride documents"));
}

void IlpDocumentsRun::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

QString IlpDocumentsRun::progressText() const
{
    if (!running())
        return {};
    if (m_currentPupil.isEmpty())
        return tr("%1 of %2 pupils").arg(m_done).arg(m_total);
    return tr("%1 of %2: %3").arg(m_done + 1).arg(m_total).arg(m_currentPupil);
}

void IlpDocumentsRun::fail(const QString &message)
{
    m_finished = true;
    m_succeeded = false;
    m_cancelled = false;
    m_message = message;
    m_savedFolder.clear();
    m_notPrinted.clear();
    m_notFinal.clear();
    emit resultChanged();
}

bool IlpDocumentsRun::start()
{
    if (running())
        return false;
    if (!m_session || !m_session->store().isOpen() || m_session->store().path().isEmpty()) {
        fail(tr("Nothing is open to print."));
        return false;
    }
    if (!m_allowed) {
        fail(tr("Only teachers, senior leaders and the office print the ILP documents, because they go home "
                "to families."));
        return false;
    }
    DocumentBatch::Request request;
    request.newTermId = m_termId;
    request.outputFolder = folder();
    request.printedOn = m_session->today();
    if (m_scope == QLatin1String("pupil"))
        request.pupilId = m_pupilId;
    else if (m_scope == QLatin1String("class"))
        request.classId = m_classId;
    const bool mine = m_scope == QLatin1String("school") ? m_wholeSchool
                                                         : m_wholeSchool || m_ownClassIds.contains(m_classId);
    if (!mine || (m_scope == QLatin1String("pupil") && m_pupilId.isEmpty()) ||
        (m_scope != QLatin1String("school") && m_classId.isEmpty())) {
        fail(tr("Choose one of your classes, or one of its pupils, to print."));
        return false;
    }

    const QString databasePath = m_session->store().path();
    const QString mediaRoot = m_media ? m_media->store().rootDir() : QString();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = 0;
    m_total = 0;
    m_currentPupil.clear();
    m_finished = false;
    m_message.clear();
    emit resultChanged();
    emit progressChanged();

    const auto cancel = m_cancel;
    m_thread = QThread::create([this, request, databasePath, mediaRoot, cancel] {
        // Qt's database connections belong to the thread that opens them: this run reads the
        // tablet's file through a connection of its own (SQLite's WAL lets it read while the app
        // writes).
        DocumentBatch::Result result;
        {
            Store store;
            const OpenResult opened = store.open(databasePath);
            if (!opened.ok()) {
                result.message = tr("The tablet's records could not be read for printing (%1): nothing was "
                                    "saved. Try again.")
                                     .arg(opened.message);
            } else {
                std::unique_ptr<MediaStore> media;
                if (!mediaRoot.isEmpty()) {
                    media = std::make_unique<MediaStore>(mediaRoot);
                    media->setKey(store.deviceKeys().media);
                }
                result = DocumentBatch::run(
                    store, media.get(), request,
                    [this, cancel](const DocumentBatch::Progress &p) {
                        // Queued to the page's thread; dropped with this object if the page has gone.
                        QMetaObject::invokeMethod(
                            this,
                            [this, p] {
                                m_done = p.done;
                                m_total = p.total;
                                m_currentPupil = p.pupilName;
                                emit progressChanged();
                            },
                            Qt::QueuedConnection);
                    },
                    cancel.get());
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_finished = true;
                m_succeeded = result.ok;
                m_cancelled = result.cancelled;
                m_message = result.message;
                m_savedFolder = result.ok ? result.folder : QString();
                m_notPrinted = namedList(result.notPrinted);
                m_notFinal = namedList(result.notFinal);
                m_currentPupil.clear();
                if (result.ok)
                    m_done = m_total;
                QThread *done = m_thread;
                m_thread = nullptr;
                if (done) {
                    done->wait();
                    done->deleteLater();
                }
                emit resultChanged();
                emit progressChanged();
                emit runningChanged();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    emit runningChanged();
    emit progressChanged();
    return true;
}

void IlpDocumentsRun::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool IlpDocumentsRun::openFolder() const
{
    if (m_savedFolder.isEmpty())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedFolder));
}

bool IlpDocumentsRun::waitUntilFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (running() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return !running();
}

} // namespace Stride
