#include "storejson.h"

#include <QJsonDocument>

namespace Stride::Server {

QByteArray jsonUtf8(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(jsonUtf8(object));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace Stride::Server
