#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

namespace Stride {

// What one HTTP exchange with the school's store came to: the status and body if the server
// answered, or why it could not be reached.
struct HttpResult
{
    int status = 0; // 0: no answer at all (offline, refused, timed out)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    QJsonObject json;                      // the body, when it is a JSON object
    QHash<QByteArray, QByteArray> headers; // names in lower case

    bool reachedServer() const { return status > 0; }
    bool isSuccess() const { return status >= 200 && status < 300; }
    // docs/sync.md: 410 always means this tablet was removed from the school (decision 2).
    bool deviceRevoked() const { return status == 410; }
    // The store took the request's token and answered it (anything but an unknown or revoked
    // tablet, or the limit on unknown sign-ins): what keeps a tablet unlocked (OfflineLock). An
    // error of its own after the token check (a wrong PIN, a file it has not got) counts; an
    // answer with no status, a redirect or a server error (a proxy's, perhaps) does not.
    bool passedTokenCheck() const;
    QByteArray header(const char *lowerCaseName) const { return headers.value(QByteArray(lowerCaseName)); }
    QString errorCode() const { return json.value(QLatin1String("error")).toString(); }
    QString serverMessage() const { return json.value(QLatin1String("message")).toString(); }

    // What went wrong, in words a teacher can act on; `what` names the action ("send changes").
    QString describeFailure(const QString &what) const;

    // Keeps the body, and reads it as JSON when it is a JSON object (the store's errors are).
    void setBody(const QByteArray &bytes);
};

} // namespace Stride
