#include "sqltransaction.h"

#include "sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Stride::Server {

SqlTransaction::SqlTransaction(QSqlDatabase &db) : m_db(db)
{
    Sql::exec(m_db,
              SqlConnection::isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

SqlTransaction::~SqlTransaction()
{
    if (!m_open)
        return;
    // Never throws: a failed rollback leaves nothing committed either, and the connection is
    // reopened on its next use.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qWarning("stride-store: rollback failed: %s", qPrintable(q.lastError().text()));
}

void SqlTransaction::commit()
{
    Sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace Stride::Server
