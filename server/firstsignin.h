#pragma once

#include "devices.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace Stride::Server {

// A person's first sign-in on a tablet (`POST /v1/sign-in`, docs/sync.md "Sign-in"): the store
// checks their PIN against its own staff record and, if it is right, gives them a credential for
// this tablet (AuthorCredentials), with which the tablet proves their changes. Wrong PINs are counted
// on the store, per person (5, then a pause that doubles each time) and per tablet (20 across
// everyone, then the same), so a copied device token cannot try every PIN of every person:
// at most a handful of guesses a day each, and the school sees every try in the audit log.
namespace FirstSignIn {

inline constexpr int kPersonTries = 5;
inline constexpr int kPersonPauseSeconds = 300;
inline constexpr int kTabletTries = 20;
inline constexpr int kTabletPauseSeconds = 900;

struct Answer
{
    int status = 200;
    QJsonObject body;
    int retryAfterSeconds = 0; // for 423
};

Answer answer(const Device &device, const QString &staffId, const QString &pin);
// The office has set this person a new PIN: their wrong tries with the old one no longer count.
void forgetWrongTries(QSqlDatabase &db, const QString &staffId);

} // namespace FirstSignIn

} // namespace Stride::Server
