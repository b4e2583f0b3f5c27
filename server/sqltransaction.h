#pragma once

#include <QSqlDatabase>

namespace Stride::Server {

// One database transaction, rolled back unless commit() is reached: an exception anywhere in a
// push or an enrolment leaves the store exactly as it was.
//
// SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
// instead of deadlocking when both try to upgrade a read lock. PostgreSQL: a plain BEGIN at READ
// COMMITTED; callers that need ordering take a row lock (PushApplier locks the school's row).
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase &db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    // Throws StoreError if the commit fails; the data is then not stored.
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace Stride::Server
