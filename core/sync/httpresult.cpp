#include "httpresult.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Stride {

namespace {

// Gives this file's sentences one context ("HttpResult") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(HttpResult)
};

} // namespace

void HttpResult::setBody(const QByteArray &bytes)
{
    body = bytes;
    json = {};
    if (body.startsWith('{')) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            json = doc.object();
    }
}

bool HttpResult::passedTokenCheck() const
{
    if (isSuccess())
        return true;
    if (status < 400 || status >= 500 || status == 410 || status == 429)
        return false;
    // A 401 is the store's "unknown tablet" unless it names another reason (a wrong PIN).
    const QString code = errorCode();
    if (status == 401)
        return !code.isEmpty() && code != QLatin1String("unauthenticated");
    return code != QLatin1String("unauthenticated");
}

QString HttpResult::describeFailure(const QString &what) const
{
    if (!reachedServer()) {
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
            return Words::tr("Could not %1: the school's Stride server is not answering. It may be switched "
                             "off or restarting; this tablet will try again by itself.")
                .arg(what);
        case QNetworkReply::HostNotFoundError:
            return Words::tr(
                       "Could not %1: the school's Stride server was not found. Check that the tablet is "
                       "on the school's Wi-Fi.")
                .arg(what);
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return Words::tr(
                       "Could not %1: the connection to the school's Stride server was too slow and was "
                       "given up. This tablet will try again by itself.")
                .arg(what);
        case QNetworkReply::SslHandshakeFailedError:
            return Words::tr("Could not %1: the school's Stride server could not prove who it is. Ask the "
                             "school's IT support to check its certificate.")
                .arg(what);
        default:
            return Words::tr("Could not %1: the tablet is not connected to the school's Stride server (%2). "
                             "Everything is kept on the tablet until it is.")
                .arg(what, networkErrorText);
        }
    }
    if (!serverMessage().isEmpty())
        return Words::tr("Could not %1: %2").arg(what, serverMessage());
    switch (status) {
    case 401:
        return Words::tr("Could not %1: the server does not recognise this tablet. Ask the school's Stride "
                         "administrator to enrol it again.")
            .arg(what);
    case 410:
        return Words::tr("This tablet was removed from Stride by your school; its data has been erased");
    case 429:
        return Words::tr("Could not %1 yet: the server asked this tablet to slow down. It will try again "
                         "shortly.")
            .arg(what);
    default:
        if (status >= 500)
            return Words::tr(
                       "Could not %1: the school's Stride server had a problem (HTTP %2). This tablet will "
                       "try again by itself; if it goes on, tell the school's IT support.")
                .arg(what)
                .arg(status);
        return Words::tr("Could not %1: the server answered HTTP %2.").arg(what).arg(status);
    }
}

} // namespace Stride
