#include "sha256.h"

#include <QFile>

#include <QCryptographicHash>

#ifdef STRIDE_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace Stride::Sha256 {

QByteArray digest(QByteArrayView bytes)
{
    Hasher h;
    h.addData(bytes);
    return h.result();
}

bool isAccelerated()
{
#ifdef STRIDE_HAVE_OPENSSL
    return true;
#else
    return false;
#endif
}

#ifdef STRIDE_HAVE_OPENSSL
struct Hasher::State
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(ctx); }
};

Hasher::Hasher() : m_state(std::make_unique<State>())
{
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}

void Hasher::addData(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_state->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Hasher::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->ctx, reinterpret_cast<unsigned char *>(out.data()), &length);
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr); // ready for another
    return out;
}
#else
struct Hasher::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Hasher::Hasher() : m_state(std::make_unique<State>()) {}

void Hasher::addData(QByteArrayView bytes)
{
    m_state->hash.addData(bytes);
}

QByteArray Hasher::result()
{
    const QByteArray out = m_state->hash.result();
    m_state->hash.reset();
    return out;
}
#endif

Hasher::~Hasher() = default;

bool addFileRange(Hasher &hash, const QString &path, qint64 from, qint64 to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 at = from; at < to;) {
        const qint64 n = file.read(block.data(), std::min<qint64>(block.size(), to - at));
        if (n <= 0)
            return false;
        hash.addData(QByteArrayView(block.constData(), n));
        at += n;
    }
    return true;
}

} // namespace Stride::Sha256
