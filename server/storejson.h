#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Stride::Server {

// JSON objects as the store's tables and answers hold them: compact text, keys sorted (as
// QJsonDocument writes them), so the same fields always make the same text.
QString jsonText(const QJsonObject &object);
QByteArray jsonUtf8(const QJsonObject &object); // the same, as UTF-8
QJsonObject jsonObject(const QString &text);

} // namespace Stride::Server
