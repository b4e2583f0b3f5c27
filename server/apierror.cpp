#include "apierror.h"

#include "sqlconnection.h"

#include <httplib.h>

#include <QJsonDocument>

namespace Stride::Server::Api {

void json(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void jsonText(httplib::Response &res, int status, const QByteArray &body)
{
    res.status = status;
    res.set_content(body.constData(), size_t(body.size()), "application/json");
}

void error(httplib::Response &res, int status, const QString &code, const QString &message,
           const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), code);
    body.insert(QStringLiteral("message"), message);
    json(res, status, body);
}

void fillDefaultError(httplib::Response &res)
{
    switch (res.status) {
    case 400:
        return error(res, 400, QStringLiteral("bad_request"),
                     QStringLiteral("The request could not be read."));
    case 404:
        return error(res, 404, QStringLiteral("not_found"),
                     QStringLiteral("There is nothing at this address."));
    case 405:
        return error(res, 405, QStringLiteral("method_not_allowed"),
                     QStringLiteral("This address does not accept that kind of request."));
    case 413:
        return error(
            res, 413, QStringLiteral("too_large"),
            QStringLiteral("The request is larger than the store accepts. Send it in smaller parts."));
    case 414:
        return error(res, 414, QStringLiteral("uri_too_long"),
                     QStringLiteral("The request's address is too long."));
    case 416:
        return error(res, 416, QStringLiteral("range_not_satisfiable"),
                     QStringLiteral("The requested part of the file is outside the file."));
    case 431:
        return error(res, 431, QStringLiteral("headers_too_large"),
                     QStringLiteral("The request's headers are too large."));
    default:
        if (res.status >= 500)
            return error(
                res, res.status, QStringLiteral("internal_error"),
                QStringLiteral("The store could not handle this request. Try again; if it keeps happening, "
                               "tell support."));
        return error(res, res.status, QStringLiteral("request_refused"),
                     QStringLiteral("The store refused this request."));
    }
}

void guarded(httplib::Response &res, const std::function<void()> &work)
{
    try {
        work();
        return;
    } catch (const StoreError &e) {
        qWarning("stride-store: %s", e.what());
        if (e.transient()) {
            res.headers.clear();
            res.set_header("Retry-After", "5");
            return error(res, 503, QStringLiteral("unavailable"),
                         QStringLiteral(
                             "The store's database is busy or unreachable. Nothing was changed; try again in "
                             "a moment."));
        }
    } catch (const std::exception &e) {
        qWarning("stride-store: request failed: %s", e.what());
    } catch (...) {
        qWarning("stride-store: request failed with an unknown exception");
    }
    res.headers.clear();
    error(res, 500, QStringLiteral("internal_error"),
          QStringLiteral(
              "The store could not handle this request, so nothing was changed. Try again; if it keeps "
              "happening, tell support."));
}

} // namespace Stride::Server::Api
