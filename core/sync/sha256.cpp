#include "sha256.h"

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

} // namespace Stride::Sha256
