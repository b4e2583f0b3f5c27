#include "schoolconnection.h"

#include "store/store.h"
#include "sync/storeaddress.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"

#include <QLocale>
#include <QUrl>

#include <utility>

namespace Stride {

namespace {

QString megabytes(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return SchoolConnection::tr("%1 KB").arg(qMax<qint64>(1, (bytes + 1023) / 1024));
    return SchoolConnection::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// "10:42 today", "yesterday at 16:05", "Tue 24 Nov at 09:15", in the tablet's time zone.
QString when(const QDateTime &utc, const QDate &today)
{
    const QDateTime local = utc.toLocalTime();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return SchoolConnection::tr("%1 today", "a time today: \"10:42 today\"").arg(time);
    if (local.date() == today.addDays(-1))
        return SchoolConnection::tr("yesterday at %1").arg(time);
    return SchoolConnection::tr("%1 at %2", "a day, then a time: \"Tue 24 Nov at 09:15\"")
        .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                 .toString(local.date(), QStringLiteral("ddd d MMM")),
             time);
}

} // namespace

SchoolConnection::SchoolConnection(SyncClient &client, SyncEngine &engine, QObject *parent)
    : QObject(parent), m_client(client), m_engine(engine)
{
    connect(&m_engine, &SyncEngine::statusChanged, this, &SchoolConnection::statusChanged);
    connect(&m_engine, &SyncEngine::progressChanged, this, &SchoolConnection::statusChanged);
    connect(&m_engine, &SyncEngine::syncFinished, this, &SchoolConnection::onSyncFinished);
    connect(&m_certificateCheck, &StoreCertificate::finished, this, &SchoolConnection::onCertificateChecked);
    connect(&m_client, &SyncClient::enrolFinished, this, [this](bool ok, const QString &message) {
        m_enrolling = false;
        m_enrolMessage = ok ? QString() : message;
        if (ok) {
            m_unconfirmed = QSslCertificate();
            m_unconfirmedUrl.clear();
            readEnrolment();
            m_engine.start();
        }
        emit enrolmentChanged();
        emit statusChanged();
    });
}

void SchoolConnection::storeOpened()
{
    readEnrolment();
    emit enrolmentChanged();
    if (enrolled())
        m_engine.start();
    else
        m_engine.refreshStatus();
    emit statusChanged();
}

void SchoolConnection::readEnrolment()
{
    const auto enrolment = m_client.ledger().enrolment();
    m_schoolName = enrolment ? enrolment->schoolName : QString();
    m_serverAddress = enrolment ? enrolment->serverUrl.toString() : QString();
    m_deviceName = enrolment ? enrolment->deviceName : QString();
    if (enrolment && m_schoolName.isEmpty())
        m_schoolName = tr("your school", "in place of the school's name: \"your school's store\"");
}

QString SchoolConnection::addressWarning(const QString &serverAddress) const
{
    return StoreAddress::warning(StoreAddress::fromInput(serverAddress));
}

void SchoolConnection::enrol(const QString &serverAddress, const QString &code, const QString &deviceName,
                             bool unencryptedConfirmed, bool certificateConfirmed)
{
    if (m_enrolling)
        return;
    const QString address = serverAddress.trimmed();
    const QUrl url = StoreAddress::fromInput(address);
    if (!url.isValid()) {
        m_enrolMessage = tr("\"%1\" is not a server address. Type it as the office gave it, for example "
                            "https://stride.school.example")
                             .arg(address);
        emit enrolmentChanged();
        return;
    }
    if (StoreAddress::isUnencrypted(url) && !unencryptedConfirmed) {
        m_enrolMessage = StoreAddress::warning(url);
        emit enrolmentChanged();
        return;
    }
    // Read exactly as the client will send it, so a code is never refused here that the store
    // would take.
    if (SyncClient::normalisedCode(code).size() != SyncClient::kCodeLength) {
        m_enrolMessage = tr("An enrolment code has 10 letters and numbers, like ABCDE-23456. Check the code "
                            "the office gave you.");
        emit enrolmentChanged();
        return;
    }
    const QString name =
        deviceName.trimmed().isEmpty() ? QStringLiteral("Stride tablet") : deviceName.trimmed();
    if (url.scheme() != QLatin1String("https")) {
        startEnrolling(url, code, name, QSslCertificate());
        return;
    }
    if (!m_unconfirmed.isNull() && m_unconfirmedUrl == url) {
        if (!certificateConfirmed) {
            m_enrolMessage =
                tr("Compare the fingerprint above with the one the office printed for the store, "
                   "and tick the box only if they are the same.");
            emit enrolmentChanged();
            return;
        }
        startEnrolling(url, code, name, m_unconfirmed);
        return;
    }
    // Which certificate does the store show? Asked before the code goes anywhere.
    m_unconfirmed = QSslCertificate();
    m_unconfirmedUrl.clear();
    m_checkedUrl = url;
    m_checkedCode = code;
    m_checkedName = name;
    m_enrolling = true;
    m_enrolMessage.clear();
    m_erased = false;
    emit enrolmentChanged();
    m_certificateCheck.check(url);
}

void SchoolConnection::onCertificateChecked()
{
    const StoreCertificate::Result &result = m_certificateCheck.result();
    const QString code = std::exchange(m_checkedCode, {});
    if (result.verdict == StoreCertificate::Verdict::TrustedBySystem) {
        startEnrolling(m_checkedUrl, code, m_checkedName, QSslCertificate());
        return;
    }
    m_enrolling = false;
    if (result.verdict == StoreCertificate::Verdict::SelfSigned) {
        askToCompare(m_checkedUrl, result.certificate);
        return;
    }
    m_enrolMessage = result.message;
    emit enrolmentChanged();
}

void SchoolConnection::startEnrolling(const QUrl &url, const QString &code, const QString &deviceName,
                                      const QSslCertificate &pinned)
{
    m_enrolling = true;
    m_enrolMessage.clear();
    m_erased = false;
    emit enrolmentChanged();
    m_client.enrol(url, code, deviceName, pinned);
}

void SchoolConnection::askToCompare(const QUrl &storeUrl, const QSslCertificate &certificate)
{
    m_unconfirmed = certificate;
    m_unconfirmedUrl = storeUrl;
    m_enrolMessage.clear();
    emit enrolmentChanged();
}

void SchoolConnection::forgetCertificate()
{
    if (m_unconfirmed.isNull())
        return;
    m_unconfirmed = QSslCertificate();
    m_unconfirmedUrl.clear();
    emit enrolmentChanged();
}

QString SchoolConnection::certificateFingerprint() const
{
    return m_unconfirmed.isNull() ? QString() : StoreCertificate::fingerprintOf(m_unconfirmed);
}

void SchoolConnection::syncNow()
{
    if (enrolled())
        m_engine.syncNow();
}

void SchoolConnection::acknowledgeErased()
{
    m_erased = false;
    m_erasedMessage.clear();
    emit enrolmentChanged();
}

void SchoolConnection::onSyncFinished(const SyncReport &report)
{
    if (report.deviceErased) {
        m_erased = true;
        m_erasedMessage = report.message;
        m_schoolName.clear();
        m_serverAddress.clear();
        m_deviceName.clear();
        m_lastRound.clear();
        emit enrolmentChanged();
        emit statusChanged();
        emit deviceErased();
        return;
    }
    // A round that stopped is explained by problemText; this line is for what a round did.
    m_lastRound = report.ok ? report.summary() : QString();
    emit statusChanged();
    if (report.applied > 0)
        emit recordsArrived();
}

SchoolConnection::Tone SchoolConnection::tone() const
{
    if (!enrolled())
        return Offline;
    switch (m_engine.state()) {
    case SyncEngine::State::Syncing:
        return Busy;
    case SyncEngine::State::Offline:
        return Offline;
    case SyncEngine::State::Problem:
        return Problem;
    case SyncEngine::State::Idle:
        break;
    }
    if (conflictCount() > 0 || refusedCount() > 0)
        return Problem;
    return m_engine.pendingItems() > 0 ? Waiting : Ok;
}

QString SchoolConnection::shortText() const
{
    if (!enrolled())
        return tr("Not connected");
    const qint64 waiting = m_engine.pendingItems();
    switch (m_engine.state()) {
    case SyncEngine::State::Syncing:
        return tr("Sending %1%").arg(qRound(m_engine.progress() * 100));
    case SyncEngine::State::Offline:
        return waiting > 0 ? tr("Offline · %1 to send").arg(waiting) : tr("Offline");
    case SyncEngine::State::Problem:
        return tr("Sync problem");
    case SyncEngine::State::Idle:
        break;
    }
    if (conflictCount() > 0)
        return tr("%n clash(es) to sort out", nullptr, conflictCount());
    if (refusedCount() > 0)
        return tr("%n change(s) refused", nullptr, refusedCount());
    return waiting > 0 ? tr("%1 to send").arg(waiting) : tr("All sent");
}

QString SchoolConnection::headline() const
{
    if (!enrolled())
        return tr("This tablet is not connected to a school's Stride store. What you record stays on it.");
    switch (m_engine.state()) {
    case SyncEngine::State::Syncing:
        return m_engine.stage().isEmpty()
                   ? tr("Sending to %1's store…").arg(m_schoolName)
                   : tr("%1…", "a stage of syncing: \"Sending changes…\"").arg(m_engine.stage());
    case SyncEngine::State::Offline:
        return tr("No connection to %1's store. Everything you record is kept on this tablet and sent when "
                  "the Wi-Fi comes back.")
            .arg(m_schoolName);
    case SyncEngine::State::Problem:
        return tr("The last try to reach %1's store did not work. Nothing on this tablet is lost; it will "
                  "try again by itself.")
            .arg(m_schoolName);
    case SyncEngine::State::Idle:
        break;
    }
    if (m_engine.pendingItems() > 0)
        return tr("Some of what was recorded here is still to go to %1's store.").arg(m_schoolName);
    if (refusedCount() > 0)
        return tr("Everything else recorded on this tablet is safe in %1's store.").arg(m_schoolName);
    return tr("Everything recorded on this tablet is safe in %1's store.").arg(m_schoolName);
}

QString SchoolConnection::waitingText() const
{
    if (!m_client.store().isOpen())
        return {};
    const qint64 changes = m_client.ledger().unsentCount();
    const qint64 files = m_engine.pendingItems() - changes;
    if (changes <= 0 && files <= 0)
        return tr("Nothing waiting to send.");
    const QString size = megabytes(m_engine.pendingBytes());
    if (files <= 0)
        return tr("Waiting to send: %n change(s).", nullptr, changes);
    if (changes <= 0)
        return tr("Waiting to send: %n photo(s), video(s) or voice note(s) (%1).", nullptr, files).arg(size);
    return tr("Waiting to send: %1 and %2.")
        .arg(tr("%n change(s)", nullptr, changes),
             tr("%n photo(s), video(s) or voice note(s) (%1)", nullptr, files).arg(size));
}

QString SchoolConnection::lastSentText() const
{
    if (!enrolled())
        return {};
    const QDateTime last = m_engine.lastSuccess();
    if (!last.isValid())
        return tr("Not synced with %1's store yet.").arg(m_schoolName);
    return tr("Last synced %1.", "when: \"10:42 today\", \"yesterday at 16:05\"")
        .arg(when(last, QDate::currentDate()));
}

QString SchoolConnection::problemText() const
{
    return m_engine.state() == SyncEngine::State::Problem || m_engine.state() == SyncEngine::State::Offline
               ? m_engine.lastError()
               : QString();
}

QString SchoolConnection::mediaProblemText() const
{
    if (!m_client.store().isOpen())
        return {};
    return m_client.ledger().mediaProblems().join(QLatin1Char('\n'));
}

int SchoolConnection::conflictCount() const
{
    return int(m_engine.conflicts().size());
}

int SchoolConnection::refusedCount() const
{
    return int(m_engine.rejectedChanges().size());
}

} // namespace Stride
