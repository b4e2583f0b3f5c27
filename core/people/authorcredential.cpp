#include "authorcredential.h"

#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <memory>

namespace Stride::AuthorCredential {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

// The sealing key: the PIN stretched, then bound to this tablet's secret and to the person, so
// a sealed credential copied to another person's row or another tablet opens with no PIN.
QByteArray sealingKey(const QString &pin, const QByteArray &salt, int iterations,
                      const QByteArray &deviceSecret, const QString &staffId)
{
    QByteArray stretched(kKeyBytes, Qt::Uninitialized);
    const QByteArray pinBytes = pin.toUtf8();
    if (!PKCS5_PBKDF2_HMAC(pinBytes.constData(), int(pinBytes.size()),
                           reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                           iterations, EVP_sha256(), kKeyBytes,
                           reinterpret_cast<unsigned char *>(stretched.data())))
        return {};
    const QByteArray info =
        QByteArrayLiteral("stride-credential-key-v1\n") + staffId.toUtf8() + '\n' + stretched;
    unsigned char key[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), deviceSecret.constData(), int(deviceSecret.size()),
              reinterpret_cast<const unsigned char *>(info.constData()), size_t(info.size()), key, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(key), int(length));
}

QByteArray associatedData(const QString &staffId)
{
    return QByteArrayLiteral("stride-credential-v1\n") + staffId.toUtf8();
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

WrappedCredential wrap(const QByteArray &secret, const QString &pin, const QByteArray &deviceSecret,
                       const QString &staffId, int iterations)
{
    WrappedCredential w;
    w.salt = randomBytes(16);
    w.nonce = randomBytes(kNonceBytes);
    w.iterations = iterations;
    const QByteArray key = sealingKey(pin, w.salt, iterations, deviceSecret, staffId);
    const QByteArray aad = associatedData(staffId);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(secret.size() + kTagBytes, Qt::Uninitialized);
    int length = 0;
    int total = 0;
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    if (key.isEmpty() || !ctx ||
        !EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(w.nonce)) ||
        !EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) ||
        !EVP_EncryptUpdate(ctx.get(), o, &length, bytes(secret), int(secret.size())))
        return {};
    total = length;
    if (!EVP_EncryptFinal_ex(ctx.get(), o + total, &length))
        return {};
    total += length;
    if (!EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + total))
        return {};
    out.resize(total + kTagBytes);
    w.sealed = out;
    return w;
}

std::optional<QByteArray> unwrap(const WrappedCredential &w, const QString &pin,
                                 const QByteArray &deviceSecret, const QString &staffId)
{
    if (w.sealed.size() <= kTagBytes || w.nonce.size() != kNonceBytes || w.iterations <= 0)
        return std::nullopt;
    const QByteArray key = sealingKey(pin, w.salt, w.iterations, deviceSecret, staffId);
    const QByteArray aad = associatedData(staffId);
    const qsizetype cipherBytes = w.sealed.size() - kTagBytes;
    QByteArray tag = w.sealed.right(kTagBytes);
    QByteArray out(cipherBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (key.isEmpty() || !ctx ||
        !EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(w.nonce)) ||
        !EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) ||
        !EVP_DecryptUpdate(ctx.get(), o, &length, bytes(w.sealed), int(cipherBytes)) ||
        !EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()))
        return std::nullopt;
    int last = 0;
    // The tag is checked here: a wrong PIN, tablet or person gives a different key, so it fails.
    if (EVP_DecryptFinal_ex(ctx.get(), o + length, &last) != 1)
        return std::nullopt;
    out.resize(length + last);
    return out;
}

} // namespace Stride::AuthorCredential
