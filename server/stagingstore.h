#pragma once

#include <store/store.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Stride::Server {

// A throwaway core Store under <data-dir>/staging/, for the admin commands. The core does the work
// exactly as on a tablet (the CSV importer, the demo school, PIN hashing, validation), writing to
// this store; its change log is then pushed to the server through the same PushApplier a tablet's
// push goes through. So there is one implementation of importing and one path into the records.
class StagingStore
{
public:
    explicit StagingStore(const QString &dataDir);
    ~StagingStore(); // removes the file

    bool open(QString *error);
    Store &store() { return m_store; }

    // Copies the school's organisation and plans (school, staff, classes, pupils, outcomes, terms,
    // areas, ILPs, targets and their links) from the server's records, without logging them, so
    // the importer matches rows against what the server holds and logs only real changes. Also
    // moves the staging clock past every stamp the server holds, so its changes win the merge.
    bool seed(const QString &schoolId, QString *error);

    // The staging change log in the push format of docs/sync.md.
    QList<QJsonObject> pendingMutations() const;

private:
    QString m_path;
    Store m_store;
};

} // namespace Stride::Server
