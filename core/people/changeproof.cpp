#include "changeproof.h"

#include <QJsonDocument>

#include <algorithm>
#include <charconv>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace Stride::ChangeProof {

namespace {

// Each part as its length in bytes, ':', and the bytes.
void appendLength(QByteArray &out, qsizetype size)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, size);
    out.append(digits, written.ptr - digits);
    out.append(':');
}

void appendPart(QByteArray &out, const char *bytes, qsizetype size)
{
    appendLength(out, size);
    out.append(bytes, size);
}

void appendPart(QByteArray &out, const QString &part)
{
    // Ids, stamps and table names are ASCII, nearly always: their UTF-8 is their characters, written
    // straight in, where a UTF-8 copy of each (and its length's text) was a third of a store's
    // check of a proof.
    const QChar *chars = part.constData();
    const qsizetype size = part.size();
    if (std::any_of(chars, chars + size, [](QChar c) { return c.unicode() >= 0x80; })) {
        const QByteArray utf8 = part.toUtf8();
        appendPart(out, utf8.constData(), utf8.size());
        return;
    }
    appendLength(out, size);
    const qsizetype at = out.size();
    out.resize(at + size);
    std::transform(chars, chars + size, out.data() + at, [](QChar c) { return char(c.unicode()); });
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
    const QByteArray fields =
        c.fieldsText.isEmpty() ? QJsonDocument(c.fields).toJson(QJsonDocument::Compact) : c.fieldsText;
    // Most changes say nothing of the values they replaced: "{}", as QJsonDocument writes it.
    const QByteArray previous = c.previous.isEmpty()
                                    ? QByteArrayLiteral("{}")
                                    : QJsonDocument(c.previous).toJson(QJsonDocument::Compact);
    const std::initializer_list<const QString *> parts{&c.mutationId, &c.entity,        &c.entityId,  &c.op,
                                                       &c.hlc,        &c.authorStaffId, &c.recordedAt};
    QByteArray out;
    // Room for every part at its ASCII length and its length's text, so the text is made in place.
    qsizetype room = 64 + fields.size() + previous.size();
    for (const QString *part : parts)
        room += part->size() + 8;
    out.reserve(room);
    out += "stride-change-proof-v1\n";
    for (const QString *part : parts)
        appendPart(out, *part);
    appendPart(out, fields.constData(), fields.size());
    appendPart(out, previous.constData(), previous.size());
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
