#pragma once

#include "incomingmutation.h"
#include "sqlconnection.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Stride::Server {

struct Device;

// The store's audit log (docs/security.md, "Audit"): one row per thing someone did with a school's
// records, appended and never changed (server/schema.cpp, version 4: triggers refuse UPDATE and
// DELETE). What a row says is in `action`:
//   changed, deleted  a change the store applied (its fields by name, never their values: the
//                     values are in the records; the ids it refers to are kept, so the pupils of
//                     evidence stay known after a link is removed)
//   refused           a change the store refused, with the reason and the author it claimed
//   opened            a person opened an evidence item on a tablet (EvidenceOpening, synced up)
//   downloaded        a tablet fetched a media file (GET /v1/media/<sha256>)
//   download_refused  a class tablet asked for a file of a pupil it does not serve
//   received          a tablet pulled changes (the range of the school's feed it was sent)
//   signed_in         a person's first sign-in on a tablet, granted by the store
//   sign_in_refused   one refused: a wrong PIN, a pause, someone inactive or unknown
// Reads of the log are AuditReport's.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase &db) : m_db(db) {}

    // A push's rows are held from here on and written together by flush(), in their order, before
    // its transaction commits: a statement for each was a large part of a push's work.
    // Held rows all carry the time holding started, as the push's own rows do.
    void holdUntilFlush();
    void flush();

    // Inside the push's transaction, so a change and its row commit or roll back together.
    void applied(const QString &schoolId, const QString &deviceId, const IncomingMutation &m, bool created);
    void refused(const QString &schoolId, const QString &deviceId, const IncomingMutation &m,
                 const Rejection &why);
    // A change refused before it could be read (unknown table, broken clock stamp...).
    void refusedUnread(const QString &schoolId, const QString &deviceId, const Rejection &why);
    // A page of the change feed sent to a tablet: the seq numbers after `since` up to `cursor`.
    void received(const Device &device, qint64 since, qint64 cursor, int count);
    void downloaded(const Device &device, const QString &sha256, const QString &range);
    // A tablet asked for a file of a pupil it does not serve (docs/sync.md, "Scope"); it was told
    // the store has no such file.
    void downloadRefused(const Device &device, const QString &sha256);
    // A person's first sign-in on a tablet (FirstSignIn): `error` empty when granted, else the
    // refusal's code (wrong_pin, sign_in_paused...). Never the PIN typed.
    void signIn(const Device &device, const QString &staffId, const QString &error);

private:
    void append(const QString &schoolId, const QString &deviceId, const QString &staffId,
                const QString &action, const QString &entity, const QString &entityId,
                const QJsonObject &detail);
    // `detail` as compact JSON text (a push's rows, written without a QJsonObject).
    void appendText(const QString &schoolId, const QString &deviceId, const QString &staffId,
                    const QString &action, const QString &entity, const QString &entityId,
                    const QByteArray &detail);
    // `detail` made by the thread that writes the row, when rows are held (an applied change's).
    void appendDeferred(const QString &schoolId, const QString &deviceId, const QString &staffId,
                        const QString &action, const QString &entity, const QString &entityId,
                        std::shared_ptr<const Sql::DeferredText> detail);
    // A held row's columns but its detail.
    void holdRow(const QString &schoolId, const QString &deviceId, const QString &staffId,
                 const QString &action, const QString &entity, const QString &entityId);

    QSqlDatabase &m_db;
    bool m_holding = false;
    QString m_heldTime;
    Sql::Rows m_held;
};

} // namespace Stride::Server
