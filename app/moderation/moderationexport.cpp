#include "moderationexport.h"

#include "media/mediastore.h"
#include "media/waveformpicture.h"
#include "moderation/formpdf.h"
#include "moderation/packmaker.h"
#include "store/store.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Stride {

namespace {

// A file name from words a person reads ("Physical and/or Sensory Development" has a slash).
QString fileNameOf(const QStringList &parts)
{
    QStringList clean;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            clean << QString(part)
                         .replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"))
                         .trimmed();
    return clean.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

} // namespace

ModerationExport::ModerationExport(QObject *parent) : QObject(parent) {}

void ModerationExport::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

void ModerationExport::setMedia(MediaFiles *media)
{
    if (media == m_media)
        return;
    m_media = media;
    emit mediaChanged();
}

bool ModerationExport::available()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return false;
#else
    return true;
#endif
}

QString ModerationExport::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Stride"));
}

void ModerationExport::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

QString ModerationExport::readyToSave(QString *problem) const
{
    // Forms and packs hold children's photos and the school's judgements, and leave the tablet's
    // protection once saved: only a teacher or senior leader, signed in, takes them off it.
    const auto me = m_session->store().staff(m_session->staffId());
    if (!me || !me->active || !me->canJudgeTargets()) {
        *problem = tr("Only teachers and senior leaders save moderation forms and packs, because they hold "
                      "children's photos and the school's judgements. Ask the class teacher.");
        return {};
    }
    const QString path = folder();
    if (!QDir().mkpath(path)) {
        *problem = tr("The folder %1 could not be made, so nothing was saved. Check that this computer "
                      "lets Stride write there.")
                       .arg(QDir::toNativeSeparators(path));
        return {};
    }
    return path;
}

bool ModerationExport::finish(bool ok, const QString &message, const QString &path)
{
    m_succeeded = ok;
    m_message = message;
    m_savedPath = ok ? path : QString();
    emit saved();
    return ok;
}

bool ModerationExport::saveAssessmentForm(const QString &formId)
{
    if (!m_session || !m_session->store().isOpen())
        return finish(false, tr("Nothing is open to save."), {});
    const Store &store = m_session->store();
    const auto form = store.assessmentModerationForm(formId);
    const auto target = form ? store.target(form->targetId) : std::nullopt;
    const auto plan = target ? store.ilp(target->ilpId) : std::nullopt;
    const auto pupil = plan ? store.pupil(plan->pupilId) : std::nullopt;
    const auto area = target ? store.area(target->areaId) : std::nullopt;
    const auto term = plan ? store.term(plan->termId) : std::nullopt;
    if (!form || !pupil)
        return finish(false, tr("This form is no longer on the tablet, so it cannot be saved as a PDF."), {});
    QString problem;
    const QString dir = readyToSave(&problem);
    if (dir.isEmpty())
        return finish(false, problem, {});
    const QString path =
        QDir(dir).filePath(fileNameOf({tr("Assessment moderation form"), pupil->initials,
                                       area ? area->name : QString(), term ? term->name : QString()}));
    FormPdf::Settings settings;
    settings.pictures = devicePictures();
    QString error;
    if (!FormPdf::writeAssessmentForm(store, m_media ? &m_media->store() : nullptr, formId, path, settings,
                                      &error))
        return finish(false, error, {});
    return finish(true, tr("Saved as %1").arg(QDir::toNativeSeparators(path)), path);
}

bool ModerationExport::saveTargetSettingForm(const QString &formId)
{
    if (!m_session || !m_session->store().isOpen())
        return finish(false, tr("Nothing is open to save."), {});
    const Store &store = m_session->store();
    const auto form = store.targetSettingModerationForm(formId);
    const auto pupil = form ? store.pupil(form->pupilId) : std::nullopt;
    if (!form || !pupil)
        return finish(false, tr("This form is no longer on the tablet, so it cannot be saved as a PDF."), {});
    const auto area = store.area(form->areaId);
    const auto term = store.term(form->termId);
    QString problem;
    const QString dir = readyToSave(&problem);
    if (dir.isEmpty())
        return finish(false, problem, {});
    const QString path =
        QDir(dir).filePath(fileNameOf({tr("Target setting moderation form"), pupil->initials,
                                       area ? area->name : QString(), term ? term->name : QString()}));
    FormPdf::Settings settings;
    settings.pictures = devicePictures();
    QString error;
    if (!FormPdf::writeTargetSettingForm(store, m_media ? &m_media->store() : nullptr, formId, path, settings,
                                         &error))
        return finish(false, error, {});
    return finish(true, tr("Saved as %1").arg(QDir::toNativeSeparators(path)), path);
}

bool ModerationExport::savePack(const QString &classId, bool outsideSchool)
{
    if (!m_session || !m_session->store().isOpen() || m_session->termId().isEmpty())
        return finish(false, tr("Nothing is open to save."), {});
    QString problem;
    const QString dir = readyToSave(&problem);
    if (dir.isEmpty())
        return finish(false, problem, {});
    ModerationPack::Request request;
    request.termId = m_session->termId();
    request.classId = classId;
    request.outsideSchool = outsideSchool;
    request.outputPath = dir;
    request.madeBy = m_session->staffName();
    request.pictures = devicePictures();
    const ModerationPack::Result result =
        ModerationPack::make(m_session->store(), m_media ? &m_media->store() : nullptr, request);
    // The children's photos in it left the tablet in this person's hands: the school's audit log
    // hears of each item, as of one opened on its page.
    if (result.ok)
        for (const QString &evidenceId : result.evidenceSent)
            m_session->store().recordEvidenceOpened(evidenceId);
    return finish(result.ok, result.message, result.path);
}

} // namespace Stride
