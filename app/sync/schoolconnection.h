#pragma once

#include "sync/storecertificate.h"
#include "sync/syncreport.h"

#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Stride {

class SyncClient;
class SyncEngine;

// The tablet's link to the school's store, for the pages: whether it is enrolled and to which
// school, enrolling with the one-time code the office gives, and the sync state put into the few
// words a TA reads at a glance in the header ("All sent", "3 waiting", "Offline"). The work is the
// core's (SyncClient, SyncEngine); this only words it and starts it.
class SchoolConnection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolmentChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY enrolmentChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY enrolmentChanged)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolMessage READ enrolMessage NOTIFY enrolmentChanged)
    Q_PROPERTY(bool erased READ erased NOTIFY enrolmentChanged)
    Q_PROPERTY(QString erasedMessage READ erasedMessage NOTIFY enrolmentChanged)
    // The SHA-256 fingerprint of a store's self-signed certificate, waiting for the person to
    // compare it with the office's printout; empty when there is none to compare.
    Q_PROPERTY(QString certificateFingerprint READ certificateFingerprint NOTIFY enrolmentChanged)

    Q_PROPERTY(Tone tone READ tone NOTIFY statusChanged) // the header chip's colour and the sync page's state
    Q_PROPERTY(QString shortText READ shortText NOTIFY statusChanged) // the header chip
    Q_PROPERTY(QString headline READ headline NOTIFY statusChanged)   // the sync page's first line
    Q_PROPERTY(QString waitingText READ waitingText NOTIFY statusChanged)
    Q_PROPERTY(QString lastSentText READ lastSentText NOTIFY statusChanged)
    Q_PROPERTY(QString problemText READ problemText NOTIFY statusChanged)
    // Why photos, videos or voice notes are still waiting (the school's store is full...).
    Q_PROPERTY(QString mediaProblemText READ mediaProblemText NOTIFY statusChanged)
    Q_PROPERTY(QString lastRoundText READ lastRoundText NOTIFY statusChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY statusChanged)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY statusChanged)

public:
    // How sync stands, at a glance: all sent, sending, something waiting to go, no network (or not
    // enrolled), or something a person must look at.
    enum Tone {
        Ok,
        Busy,
        Waiting,
        Offline,
        Problem
    };
    Q_ENUM(Tone)

    SchoolConnection(SyncClient &client, SyncEngine &engine, QObject *parent = nullptr);

    // Reads the enrolment from the store and, when there is one, starts syncing. Called once the
    // store is open (at start, and again after a revoked tablet was wiped and reopened empty).
    void storeOpened();

    bool enrolled() const { return !m_schoolName.isEmpty() || !m_serverAddress.isEmpty(); }
    QString schoolName() const { return m_schoolName; }
    QString serverAddress() const { return m_serverAddress; }
    QString deviceName() const { return m_deviceName; }
    bool enrolling() const { return m_enrolling; }
    QString enrolMessage() const { return m_enrolMessage; }
    bool erased() const { return m_erased; }
    QString erasedMessage() const { return m_erasedMessage; }
    QString certificateFingerprint() const;

    Tone tone() const;
    QString shortText() const;
    QString headline() const;
    QString waitingText() const;
    QString lastSentText() const;
    QString problemText() const;
    QString mediaProblemText() const;
    QString lastRoundText() const { return m_lastRound; }
    int conflictCount() const;
    int refusedCount() const;

    // The office's one-time code ("ABCDE-FGHJK") and the school store's address. Says what went
    // wrong in words the person can act on; on success the first sync starts at once. An
    // unencrypted address (addressWarning) is refused unless the person confirmed it. For an https
    // address the store's certificate is fetched first, before the code is sent: one no authority
    // vouches for is shown by its fingerprint (certificateFingerprint), and enrolling then needs
    // `certificateConfirmed`, after which the tablet trusts that certificate alone.
    Q_INVOKABLE void enrol(const QString &serverAddress, const QString &code, const QString &deviceName,
                           bool unencryptedConfirmed = false, bool certificateConfirmed = false);
    // The address was changed: a fingerprint shown for the old one no longer applies.
    Q_INVOKABLE void forgetCertificate();
    // Shows this store's certificate for the person to compare (after a check found it self-signed;
    // the self-test shows one without a store).
    void askToCompare(const QUrl &storeUrl, const QSslCertificate &certificate);
    // What the enrolment page says under the address as it is typed: empty, or why an http://
    // address would expose pupils' records (StoreAddress::warning).
    Q_INVOKABLE QString addressWarning(const QString &serverAddress) const;
    Q_INVOKABLE void syncNow();
    // The message about a wiped tablet has been read.
    Q_INVOKABLE void acknowledgeErased();

signals:
    void enrolmentChanged();
    void statusChanged();
    // The school removed this tablet and its data is gone; the app must reopen an empty store.
    void deviceErased();
    // A sync brought records that changed something here: views re-read.
    void recordsArrived();

private:
    void readEnrolment();
    void onSyncFinished(const SyncReport &report);
    void onCertificateChecked();
    void startEnrolling(const QUrl &url, const QString &code, const QString &deviceName,
                        const QSslCertificate &pinned);

    SyncClient &m_client;
    SyncEngine &m_engine;
    QString m_schoolName;
    QString m_serverAddress;
    QString m_deviceName;
    bool m_enrolling = false;
    QString m_enrolMessage;
    bool m_erased = false;
    QString m_erasedMessage;
    QString m_lastRound;
    StoreCertificate m_certificateCheck;
    // While the certificate is checked: what to enrol with if the system trusts it.
    QUrl m_checkedUrl;
    QString m_checkedCode;
    QString m_checkedName;
    // A self-signed certificate shown for comparison, and the address it came from.
    QSslCertificate m_unconfirmed;
    QUrl m_unconfirmedUrl;
};

} // namespace Stride
