#include "tlscertificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Stride::Server::TlsCertificate {

namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(FILE *p) const { std::fclose(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no detail from OpenSSL");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

// A key with a passphrase would make OpenSSL ask for it on the terminal, which a service cannot
// answer: refuse it instead.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

QString fingerprintOf(const X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(certificate, EVP_sha256(), digest, &length))
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex(':'))
        .toUpper();
}

QString dateOf(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!ASN1_TIME_to_tm(time, &parts))
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(parts.tm_year + 1900)
        .arg(parts.tm_mon + 1, 2, 10, QLatin1Char('0'))
        .arg(parts.tm_mday, 2, 10, QLatin1Char('0'));
}

Owned<BIO> openForReading(const QString &path, const QString &what, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("The %1 file %2 does not exist.").arg(what, path);
        return nullptr;
    }
    Owned<BIO> bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
    if (!bio)
        *error = QStringLiteral("The %1 file %2 could not be read (%3). Check its permissions: the user "
                                "running stride-store must be able to read it.")
                     .arg(what, path, lastOpenSslError());
    return bio;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1);
}

// Creates `path` afresh with `mode` (never replacing a file) and writes into it.
bool writeNew(const QString &path, mode_t mode, const std::function<bool(FILE *)> &write, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        *error =
            QStringLiteral("Could not create %1 (%2).").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    ::fchmod(fd, mode); // the umask may have taken bits away; it must not have added any
    Owned<FILE> file(::fdopen(fd, "w"));
    if (!file) {
        ::close(fd);
        *error = QStringLiteral("Could not write %1.").arg(path);
        return false;
    }
    if (!write(file.get()) || std::fflush(file.get()) != 0 || ::fsync(fd) != 0) {
        *error = QStringLiteral("Could not write %1 (%2).").arg(path, lastOpenSslError());
        return false;
    }
    return true;
}

} // namespace

Checked check(const QString &certificatePath, const QString &keyPath)
{
    Checked result;
    const Owned<BIO> certificateFile =
        openForReading(certificatePath, QStringLiteral("certificate (--tls-cert)"), &result.error);
    if (!certificateFile)
        return result;
    const Owned<X509> certificate(PEM_read_bio_X509(certificateFile.get(), nullptr, noPassphrase, nullptr));
    if (!certificate) {
        result.error = QStringLiteral("The certificate file %1 does not hold a PEM certificate "
                                      "(\"-----BEGIN CERTIFICATE-----\"): %2.")
                           .arg(certificatePath, lastOpenSslError());
        return result;
    }
    const Owned<BIO> keyFile = openForReading(keyPath, QStringLiteral("key (--tls-key)"), &result.error);
    if (!keyFile)
        return result;
    const Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyFile.get(), nullptr, noPassphrase, nullptr));
    if (!key) {
        result.error = QStringLiteral("The key file %1 does not hold a PEM private key without a "
                                      "passphrase: %2.")
                           .arg(keyPath, lastOpenSslError());
        return result;
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        result.error = QStringLiteral("The key file %1 does not belong to the certificate %2: give the "
                                      "key the certificate was made for.")
                           .arg(keyPath, certificatePath);
        return result;
    }
    result.expires = dateOf(X509_get0_notAfter(certificate.get()));
    if (X509_cmp_current_time(X509_get0_notAfter(certificate.get())) <= 0) {
        result.error = QStringLiteral("The certificate %1 expired on %2: tablets would refuse it. Renew it, "
                                      "or make a new one (stride-store tls-selfsigned).")
                           .arg(certificatePath, result.expires);
        return result;
    }
    result.fingerprint = fingerprintOf(certificate.get());
    result.ok = true;
    return result;
}

Made makeSelfSigned(const QString &directory, const QString &host, int days)
{
    Made made;
    if (!QDir().mkpath(directory)) {
        made.error = QStringLiteral("Could not create the folder %1.").arg(directory);
        return made;
    }
    const QDir dir(directory);
    made.certificatePath = dir.absoluteFilePath(QStringLiteral("stride-store.crt"));
    made.keyPath = dir.absoluteFilePath(QStringLiteral("stride-store.key"));
    for (const QString &path : {made.certificatePath, made.keyPath})
        if (QFileInfo::exists(path)) {
            made.error = QStringLiteral("%1 already exists, so nothing was made. Tablets that checked the "
                                        "old certificate's fingerprint would stop syncing with a new one: "
                                        "move the old pair away first if you really mean to replace it.")
                             .arg(path);
            return made;
        }

    const Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
    Owned<X509> certificate(X509_new());
    Owned<BIGNUM> serial(BN_new());
    if (!key || !certificate || !serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)) {
        made.error = QStringLiteral("OpenSSL could not make a key: %1.").arg(lastOpenSslError());
        return made;
    }
    X509 *c = certificate.get();
    X509_set_version(c, 2); // X.509 v3, for the extensions
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(c));
    // An hour's grace for a tablet whose clock is a little behind.
    X509_gmtime_adj(X509_getm_notBefore(c), -3600);
    X509_time_adj_ex(X509_getm_notAfter(c), days, 0, nullptr);
    X509_set_pubkey(c, key.get());
    X509_NAME *name = X509_get_subject_name(c);
    const QByteArray hostBytes = host.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Stride store"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(hostBytes.constData()), -1, -1, 0);
    X509_set_issuer_name(c, name);
    const QByteArray altName =
        (QHostAddress(host).isNull() ? QByteArrayLiteral("DNS:") : QByteArrayLiteral("IP:")) + hostBytes;
    // Its own trust anchor: a CA certificate that can only sign itself (pathlen 0), as `openssl req
    // -x509` makes, so clients that take it as their one trusted CA verify it as usual.
    if (!addExtension(c, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(c, NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(c, NID_ext_key_usage, "serverAuth") ||
        !addExtension(c, NID_subject_key_identifier, "hash") ||
        !addExtension(c, NID_subject_alt_name, altName.constData()) ||
        !X509_sign(c, key.get(), EVP_sha256())) {
        made.error = QStringLiteral("OpenSSL could not make the certificate for \"%1\": %2.")
                         .arg(host, lastOpenSslError());
        return made;
    }
    if (!writeNew(
            made.keyPath, 0600,
            [&](FILE *f) {
                return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
            },
            &made.error))
        return made;
    if (!writeNew(
            made.certificatePath, 0644, [&](FILE *f) { return PEM_write_X509(f, c) == 1; }, &made.error)) {
        QFile::remove(made.keyPath); // a key without its certificate is of no use to anyone
        return made;
    }
    made.fingerprint = fingerprintOf(c);
    made.ok = true;
    return made;
}

} // namespace Stride::Server::TlsCertificate
