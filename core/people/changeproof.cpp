#include "changeproof.h"

#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace Stride::ChangeProof {

namespace {

void append(QByteArray &out, const QByteArray &part)
{
    out += QByteArray::number(part.size());
    out += ':';
    out += part;
}

// HMAC-SHA256 with the key set up once per thread and secret: OpenSSL's one-shot HMAC() looked up
// the algorithm and hashed the key again for every change, twice the cost of the hash itself (a
// store checks every change of a push, mostly under one person's secret). Each change is hashed
// in a copy of the keyed context, so nothing of one change's hash reaches the next.
class KeyedHmac
{
public:
    ~KeyedHmac() { reset(); }

    QByteArray of(const QByteArray &secret, const QByteArray &data)
    {
        if (!m_keyed || m_secret != secret) {
            reset();
            static EVP_MAC *const algorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
            m_keyed = algorithm ? EVP_MAC_CTX_new(algorithm) : nullptr;
            char digest[] = "SHA256";
            const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                         OSSL_PARAM_construct_end()};
            if (!m_keyed ||
                !EVP_MAC_init(m_keyed, reinterpret_cast<const unsigned char *>(secret.constData()),
                              size_t(secret.size()), params)) {
                reset();
                return {};
            }
            // A copy of its own, not a share of the caller's bytes, so reset() wipes what it held.
            m_secret = QByteArray(secret.constData(), secret.size());
        }
        EVP_MAC_CTX *one = EVP_MAC_CTX_dup(m_keyed);
        unsigned char digest[EVP_MAX_MD_SIZE];
        size_t length = 0;
        const bool ok = one &&
                        EVP_MAC_update(one, reinterpret_cast<const unsigned char *>(data.constData()),
                                       size_t(data.size())) &&
                        EVP_MAC_final(one, digest, &length, sizeof digest);
        EVP_MAC_CTX_free(one);
        return ok ? QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)) : QByteArray();
    }

private:
    void reset()
    {
        EVP_MAC_CTX_free(m_keyed);
        m_keyed = nullptr;
        // The secret does not stay in this thread's memory after it is no longer used.
        OPENSSL_cleanse(m_secret.data(), size_t(m_secret.size()));
        m_secret.clear();
    }

    EVP_MAC_CTX *m_keyed = nullptr;
    QByteArray m_secret;
};

QByteArray hmac(const QByteArray &secret, const QByteArray &data)
{
    thread_local KeyedHmac keyed;
    return keyed.of(secret, data);
}

} // namespace

QByteArray canonical(const ProvableChange &c)
{
    QByteArray out = QByteArrayLiteral("stride-change-proof-v1\n");
    for (const QString *part :
         {&c.mutationId, &c.entity, &c.entityId, &c.op, &c.hlc, &c.authorStaffId, &c.recordedAt})
        append(out, part->toUtf8());
    append(out,
           c.fieldsText.isEmpty() ? QJsonDocument(c.fields).toJson(QJsonDocument::Compact) : c.fieldsText);
    // Most changes say nothing of the values they replaced: "{}", as QJsonDocument writes it.
    append(out, c.previous.isEmpty() ? QByteArrayLiteral("{}")
                                     : QJsonDocument(c.previous).toJson(QJsonDocument::Compact));
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
