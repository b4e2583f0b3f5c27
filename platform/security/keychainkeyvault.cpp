#include "keychainkeyvault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Stride {

namespace {

// Gives this file's sentences one context ("KeychainKeyVault") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(KeychainKeyVault)
};

const QString kService = QStringLiteral("Stride");

QString entryOf(const QString &account)
{
    return QStringLiteral("device-key:") + account;
}

// Starts `job` and waits for it, at most `timeout`. A job that has not answered by then is left to
// finish (and delete itself) on its own, and counts as unavailable.
KeyVault::Result run(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    KeyVault::Result result;
    job->setAutoDelete(true);
    // Never a plain-text file of QtKeychain's own: where there is no keystore, Stride's own named
    // fallback (FileKeyVault) decides, under its release-build policy.
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        finished = true;
        switch (done->error()) {
        case QKeychain::NoError:
            result.outcome = KeyVault::Outcome::Done;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                result.key = read->binaryData();
            break;
        case QKeychain::EntryNotFound:
            result.outcome = KeyVault::Outcome::NoKey;
            break;
        default:
            result.outcome = KeyVault::Outcome::Unavailable;
            result.detail =
                QStringLiteral("QtKeychain error %1: %2").arg(int(done->error())).arg(done->errorString());
            break;
        }
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        result.outcome = KeyVault::Outcome::Unavailable;
        result.detail = QStringLiteral("the keystore did not answer within %1 ms").arg(timeout.count());
    }
    return result;
}

} // namespace

KeychainKeyVault::KeychainKeyVault(std::chrono::milliseconds timeout) : m_timeout(timeout) {}

QString KeychainKeyVault::name() const
{
    return Words::tr("this device's keystore");
}

KeyVault::Result KeychainKeyVault::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(entryOf(account));
    return run(job, m_timeout);
}

KeyVault::Result KeychainKeyVault::write(const QString &account, const QByteArray &key)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(entryOf(account));
    job->setBinaryData(key);
    return run(job, m_timeout);
}

KeyVault::Result KeychainKeyVault::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(entryOf(account));
    return run(job, m_timeout);
}

} // namespace Stride
