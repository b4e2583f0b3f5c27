#include "changeproof.h"

#include <QJsonDocument>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Stride::ChangeProof {

namespace {

void append(QByteArray &out, const QByteArray &part)
{
    out += QByteArray::number(part.size());
    out += ':';
    out += part;
}

QByteArray hmac(const QByteArray &secret, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), digest,
              &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace

QByteArray canonical(const ProvableChange &c)
{
    QByteArray out = QByteArrayLiteral("stride-change-proof-v1\n");
    for (const QString *part :
         {&c.mutationId, &c.entity, &c.entityId, &c.op, &c.hlc, &c.authorStaffId, &c.recordedAt})
        append(out, part->toUtf8());
    append(out, QJsonDocument(c.fields).toJson(QJsonDocument::Compact));
    append(out, QJsonDocument(c.previous).toJson(QJsonDocument::Compact));
    return out;
}

QString of(const QByteArray &secret, const ProvableChange &change)
{
    if (secret.isEmpty())
        return {};
    return QString::fromLatin1(hmac(secret, canonical(change)).toBase64());
}

bool matches(const QByteArray &secret, const ProvableChange &change, const QString &proof)
{
    if (secret.isEmpty() || proof.isEmpty())
        return false;
    const QByteArray expected = hmac(secret, canonical(change));
    const QByteArray given = QByteArray::fromBase64(proof.toLatin1());
    return !expected.isEmpty() && given.size() == expected.size() &&
           CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace Stride::ChangeProof
