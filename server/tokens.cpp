#include "tokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Stride::Server::Tokens {

namespace {
// QRandomGenerator::system() reads the operating system's cryptographic source.
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}
constexpr char kCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString newDeviceToken()
{
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrolmentCode()
{
    const int alphabetSize = int(sizeof(kCodeAlphabet)) - 1;
    QString code;
    for (int i = 0; i < 10; ++i) {
        // bounded() is uniform (it rejects the biased tail), so every code is equally likely.
        code += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
        if (i == 4)
            code += QLatin1Char('-');
    }
    return code;
}

QString normaliseEnrolmentCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed)
        if (c != QLatin1Char('-') && !c.isSpace())
            code += c.toUpper();
    return code;
}

QString newOpaqueId()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

} // namespace Stride::Server::Tokens
