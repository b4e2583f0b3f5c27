#include "storeaddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Stride::StoreAddress {

namespace {

bool isThisDevice(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl fromInput(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return {};
    QUrl url;
    if (text.contains(QLatin1String("://"))) {
        url = QUrl(text, QUrl::StrictMode);
    } else {
        url = QUrl(QLatin1String("https://") + text, QUrl::StrictMode);
        if (url.isValid() && isThisDevice(url.host()))
            url.setScheme(QStringLiteral("http"));
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    url.setScheme(scheme);
    return url;
}

bool isUnencrypted(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") && !isThisDevice(url.host());
}

QString warning(const QUrl &url)
{
    if (!isUnencrypted(url))
        return {};
    return QCoreApplication::translate(
        "StoreAddress", "This address starts with http://, so it is not encrypted: pupils' photos, "
                        "videos and records would cross the network where others on it could read "
                        "them. Ask the school office for the address that starts with https://.");
}

} // namespace Stride::StoreAddress
