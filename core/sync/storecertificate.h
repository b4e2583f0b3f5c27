#pragma once

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

class QSslSocket;
class QTimer;

namespace Stride {

// The certificate a school's store shows at an https address, asked for before anything is sent
// to it (docs/security.md, "TLS"): a TLS handshake and nothing more, which keeps the certificate
// even when this tablet does not trust it. A store with a self-signed certificate (`stride-store
// tls-selfsigned`) is then enrolled only once the person has compared its fingerprint with the
// office's printout, and the tablet trusts exactly that certificate from then on.
class StoreCertificate : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Unreachable,     // no handshake: the store is not there, or does not speak TLS
        TrustedBySystem, // a certificate this tablet already trusts: enrol as usual
        SelfSigned,      // trusted only once a person has compared its fingerprint
        Refused          // wrong name, expired, or otherwise not to be used: never offered
    };

    struct Result
    {
        Verdict verdict = Verdict::Unreachable;
        QSslCertificate certificate;
        QString message; // for Unreachable and Refused: why, in words a person can act on
    };

    explicit StoreCertificate(QObject *parent = nullptr);
    ~StoreCertificate() override;

    void check(const QUrl &storeUrl, int timeoutMs = 15000);
    bool isRunning() const { return m_socket; }
    const Result &result() const { return m_result; }

    // The SHA-256 of the certificate as `stride-store tls-selfsigned` prints it: upper-case hex
    // pairs joined by colons.
    static QString fingerprintOf(const QSslCertificate &certificate);
    // Whether a fingerprint as typed (any case, with or without colons or spaces) is this one's.
    static bool matches(const QString &typed, const QSslCertificate &certificate);

signals:
    void finished();

private:
    void judge(const QList<QSslError> &errors);
    void finish(Result result);

    QPointer<QSslSocket> m_socket;
    QTimer *m_timer;
    QUrl m_url;
    Result m_result;
};

} // namespace Stride
