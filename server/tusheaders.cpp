#include "tusheaders.h"

#include <QStringList>

namespace Stride::Server::TusHeaders {

std::optional<qint64> number(const std::string &text)
{
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoll(text);
}

std::optional<QString> metadataValue(const std::string &header, const QString &key)
{
    for (const QString &pair : QString::fromStdString(header).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = pair.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty() || parts.first() != key)
            continue;
        if (parts.size() != 2)
            return QString();
        const auto decoded =
            QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return QString::fromUtf8(*decoded);
    }
    return std::nullopt;
}

std::optional<QByteArray> sha256Checksum(const std::string &header)
{
    const QString text = QString::fromStdString(header).trimmed();
    const int space = text.indexOf(QLatin1Char(' '));
    if (space < 0 || text.left(space) != QLatin1String("sha256"))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.mid(space + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

} // namespace Stride::Server::TusHeaders
