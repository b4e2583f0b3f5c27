#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Stride::Server {

// The credential each person was given on each tablet at their first sign-in there
// (docs/security.md, "Proven authors"). A change is accepted in a person's name only with a proof
// made by theirs on the tablet that sends it (AuthorProofs). Withdrawn when the person is
// deactivated, their PIN is changed, or they sign in there again (a new one replaces it); a revoked
// tablet's token opens nothing, so its credentials need no withdrawing.
namespace AuthorCredentials {

// A new credential for this person on this tablet, replacing any earlier one.
QByteArray issue(QSqlDatabase &db, const QString &deviceId, const QString &staffId, const QString &schoolId);
std::optional<QByteArray> of(QSqlDatabase &db, const QString &deviceId, const QString &staffId);
// Every tablet's credential for this person: they must sign in with the store again everywhere.
void withdrawAll(QSqlDatabase &db, const QString &staffId);

} // namespace AuthorCredentials

} // namespace Stride::Server
