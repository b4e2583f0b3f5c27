#include "auditcommand.h"

#include "auditreport.h"
#include "sqlconnection.h"
#include "storesetup.h"

#include <QDate>

#include <cstdio>

namespace Stride::Server {

int AuditCommand::run(const CommandLine &line)
{
    const bool pupil = line.has(QStringLiteral("pupil"));
    const bool staff = line.has(QStringLiteral("staff"));
    if (pupil == staff) {
        std::fprintf(stderr, "stride-store: audit needs either --pupil ID or --staff ID (one of them).\n");
        return 2;
    }
    QDate since;
    if (line.has(QStringLiteral("since"))) {
        since = QDate::fromString(line.value(QStringLiteral("since")).trimmed(), Qt::ISODate);
        if (!since.isValid()) {
            std::fprintf(stderr, "stride-store: --since takes a date written as 2026-11-01.\n");
            return 2;
        }
    }
    const QString id = line.value(pupil ? QStringLiteral("pupil") : QStringLiteral("staff")).trimmed();
    QString dataDir;
    QString error;
    if (!openStore(line, &dataDir, &error)) {
        std::fprintf(stderr, "stride-store: %s\n", qPrintable(error));
        return 1;
    }
    int status = 0;
    try {
        const AuditReport report =
            pupil ? AuditReport::forPupil(id, since) : AuditReport::forStaff(id, since);
        if (!report.error.isEmpty()) {
            std::fprintf(stderr, "stride-store: %s\n", qPrintable(report.error));
            status = 1;
        } else {
            std::printf("%s\n", qPrintable(report.heading));
            for (const QString &text : report.lines)
                std::printf("%s\n", qPrintable(text));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "stride-store: the audit log could not be read: %s\n", e.what());
        status = 1;
    }
    std::fflush(stdout);
    SqlConnection::closeThisThread();
    return status;
}

} // namespace Stride::Server
