#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace Stride::Server {

// Answers in the shape docs/sync.md promises: JSON bodies, and for every 4xx/5xx
// {"error": "<code>", "message": "<sentence>"}.
namespace Api {

void json(httplib::Response &res, int status, const QJsonObject &body);
// A body already written as JSON text (a pull's page, ChangePage::toJsonText).
void jsonText(httplib::Response &res, int status, const QByteArray &body);
void error(httplib::Response &res, int status, const QString &code, const QString &message,
           const QJsonObject &extra = {});
// The error code and sentence for a status httplib set by itself (a request it could not read).
void fillDefaultError(httplib::Response &res);

// Runs a handler so that nothing it throws escapes: a database that is unreachable or busy is a
// 503 (try again), anything else a 500. Nothing half-written stays, because every write is in a
// transaction that the exception has already rolled back.
void guarded(httplib::Response &res, const std::function<void()> &work);

} // namespace Api

} // namespace Stride::Server
