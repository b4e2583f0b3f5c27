#include "spreadsheetexport.h"

#include "documents/ilpcsv.h"
#include "documents/ilpspreadsheet.h"
#include "store/store.h"
#include "termend/ilprows.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Stride {

SpreadsheetExport::SpreadsheetExport(QObject *parent) : QObject(parent) {}

void SpreadsheetExport::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

bool SpreadsheetExport::available()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return false;
#else
    return true;
#endif
}

bool SpreadsheetExport::allowed() const
{
    if (!m_session || !m_session->store().isOpen())
        return false;
    const auto me = m_session->store().staff(m_session->staffId());
    return me && me->active && (me->hasRole(StaffRole::SeniorLeader) || me->hasRole(StaffRole::Admin));
}

QString SpreadsheetExport::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Stride"));
}

void SpreadsheetExport::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

bool SpreadsheetExport::finish(bool ok, const QString &message, const QString &path)
{
    m_succeeded = ok;
    m_message = message;
    m_savedPath = ok ? path : QString();
    emit saved();
    return ok;
}

bool SpreadsheetExport::save(const QString &termId, const QString &format)
{
    if (!m_session || !m_session->store().isOpen() || !m_session->hasSchool())
        return finish(false, tr("Nothing is open to save."), {});
    if (!allowed())
        return finish(false,
                      tr("Only senior leaders and administrators save the ILP spreadsheet, because it "
                         "holds every pupil's targets and needs across the school."),
                      {});
    const Store &store = m_session->store();
    QString termName = tr("All terms");
    if (!termId.isEmpty()) {
        const auto term = store.term(termId);
        if (!term)
            return finish(false, tr("That term is no longer on this device: choose another."), {});
        termName = term->name;
    }
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return finish(false,
                      tr("The folder %1 could not be made, so nothing was saved. Check that this computer "
                         "lets Stride write there.")
                          .arg(QDir::toNativeSeparators(dir)),
                      {});
    const bool csv = format.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    // "ILP spreadsheet - Millbrook Park School - Autumn 2026 - 2026-12-04.xlsx"; characters a file
    // name cannot hold become dashes.
    QString name = QStringList{tr("ILP spreadsheet"), m_session->schoolName(), termName,
                               m_session->today().toString(Qt::ISODate)}
                       .join(QStringLiteral(" - "));
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    const QString path = QDir(dir).filePath(name + (csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx")));

    const QList<IlpRow> rows =
        IlpRows::read(store, m_session->schoolId(), termId.isEmpty() ? QStringList() : QStringList{termId});
    if (csv) {
        const IlpCsv::Result r = IlpCsv::write(rows, path);
        return finish(r.ok, r.message, r.path);
    }
    const IlpSpreadsheet::Result r = IlpSpreadsheet::write(rows, path);
    return finish(r.ok, r.message, r.path);
}

} // namespace Stride
