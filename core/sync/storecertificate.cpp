#include "storecertificate.h"

#include <QCryptographicHash>
#include <QSslSocket>
#include <QTimer>

namespace Stride {

namespace {

// What is wrong with a certificate nobody vouched for, and nothing else: the case a person can
// settle by comparing fingerprints.
bool onlyUnvouched(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors)
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    return true;
}

} // namespace

StoreCertificate::StoreCertificate(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish({Verdict::Unreachable, QSslCertificate(),
                tr("The school's store at %1 did not answer in time. Check the address and that the tablet "
                   "is on the school's Wi-Fi.")
                    .arg(m_url.host())});
    });
}

StoreCertificate::~StoreCertificate()
{
    if (m_socket)
        m_socket->abort();
}

void StoreCertificate::check(const QUrl &storeUrl, int timeoutMs)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_url = storeUrl;
    m_result = Result();
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    // The errors are looked at, never ignored: the handshake stops there, and nothing is sent.
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        m_result.certificate = socket->peerCertificate();
        judge(errors);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        finish({Verdict::TrustedBySystem, socket->peerCertificate(), QString()});
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        finish({Verdict::Unreachable, QSslCertificate(),
                tr("Could not reach the school's store at %1 (%2). Check the address and that the tablet is "
                   "on the school's Wi-Fi.")
                    .arg(m_url.host(), socket->errorString())});
    });
    m_timer->start(timeoutMs);
    socket->connectToHostEncrypted(storeUrl.host(), quint16(storeUrl.port(443)));
}

void StoreCertificate::judge(const QList<QSslError> &errors)
{
    const QSslCertificate &certificate = m_result.certificate;
    if (!certificate.isNull() && certificate.isSelfSigned() && onlyUnvouched(errors)) {
        finish({Verdict::SelfSigned, certificate, QString()});
        return;
    }
    QString why;
    for (const QSslError &e : errors) {
        if (e.error() == QSslError::HostNameMismatch) {
            why =
                tr("The school's store shows a certificate made for another address than %1, so this tablet "
                   "will not use it. Check the address with the office; IT support can make a certificate "
                   "for this address.")
                    .arg(m_url.host());
            break;
        }
        if (e.error() == QSslError::CertificateExpired) {
            why = tr("The school's store shows a certificate that has expired, so this tablet will not use "
                     "it. Ask IT support to renew it.");
            break;
        }
        if (e.error() == QSslError::CertificateNotYetValid) {
            why = tr("The school's store shows a certificate that is not valid yet. Check this tablet's date "
                     "and time, then try again.");
            break;
        }
    }
    if (why.isEmpty())
        why = tr("The school's store shows a certificate this tablet cannot check (%1). Ask IT support to "
                 "install the school's certificate authority on the tablet, or to use a self-signed "
                 "certificate from stride-store tls-selfsigned.")
                  .arg(errors.isEmpty() ? QString() : errors.first().errorString());
    finish({Verdict::Refused, certificate, why});
}

void StoreCertificate::finish(Result result)
{
    if (!m_socket)
        return; // already decided: a handshake refused also reports the socket's error
    m_timer->stop();
    QSslSocket *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_result = std::move(result);
    emit finished();
}

QString StoreCertificate::fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
}

bool StoreCertificate::matches(const QString &typed, const QSslCertificate &certificate)
{
    QString hex;
    for (const QChar c : typed)
        if (c.isLetterOrNumber())
            hex += c.toUpper();
    return !certificate.isNull() && hex.size() == 64 &&
           hex == QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()).toUpper();
}

} // namespace Stride
