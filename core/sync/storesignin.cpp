#include "storesignin.h"

#include "syncapi.h"

#include "../people/changeproof.h"
#include "../store/store.h"

#include <QCoreApplication>
#include <QPointer>

namespace Stride {

namespace {

// Gives these sentences one context ("StoreSignIn") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(StoreSignIn)
};

SignIn::Result answerOf(const HttpResult &r, const QString &firstName)
{
    SignIn::Result result;
    result.message = r.serverMessage();
    if (!r.reachedServer()) {
        result.outcome = SignIn::Outcome::NeedsStore;
        result.message =
            Words::tr("The tablet could not reach the school's store, and the first time %1 signs in "
                      "on this tablet the store checks the PIN. Connect to the school's Wi-Fi and "
                      "try again.")
                .arg(firstName);
        return result;
    }
    const QString code = r.errorCode();
    if (r.status == 401 && code == QLatin1String("wrong_pin")) {
        result.outcome = SignIn::Outcome::WrongPin;
        result.attemptsLeft = r.json.value(QLatin1String("attempts_left")).toInt();
    } else if (r.status == 423) {
        result.outcome = SignIn::Outcome::LockedOut;
        bool ok = false;
        const int seconds = r.header("retry-after").toInt(&ok);
        if (ok)
            result.lockedUntil = QDateTime::currentDateTimeUtc().addSecs(seconds);
    } else {
        result.outcome = SignIn::Outcome::UnknownStaff;
    }
    if (result.message.isEmpty())
        result.message = r.describeFailure(Words::tr("check the PIN"));
    return result;
}

} // namespace

void StoreSignIn::signIn(Store &store, SyncApi &api, const QString &staffId, const QString &pin,
                         std::function<void(const SignIn::Result &)> done)
{
    const auto member = store.staff(staffId);
    const QString firstName = member ? member->firstName : QString();
    const QJsonObject body{{QStringLiteral("staff_id"), staffId}, {QStringLiteral("pin"), pin}};
    // The store outlives no request: if the tablet closes meanwhile, the answer is dropped.
    QPointer<SyncApi> guard(&api);
    api.sendJson("POST", QStringLiteral("/v1/sign-in"), body,
                 [&store, guard, staffId, pin, firstName, done = std::move(done)](const HttpResult &r) {
                     if (!guard)
                         return;
                     const QByteArray credential = QByteArray::fromBase64(
                         r.json.value(QLatin1String("credential")).toString().toLatin1());
                     if (!r.isSuccess() || credential.size() != ChangeProof::kSecretBytes) {
                         SignIn::Result failed = answerOf(r, firstName);
                         if (r.isSuccess()) // a 200 without a credential is not one to keep
                             failed.message = Words::tr("The school's store answered, but not with a "
                                                        "sign-in this tablet can use. Ask IT support.");
                         done(failed);
                         return;
                     }
                     SignIn::Result result;
                     if (!store.isOpen() || !SignIn(store).keepCredential(staffId, pin, credential)) {
                         result.message =
                             Words::tr("The store checked the PIN, but this tablet could not keep "
                                       "the sign-in. Ask IT support to look at the tablet.");
                         done(result);
                         return;
                     }
                     result.outcome = SignIn::Outcome::SignedIn;
                     result.credential = credential;
                     done(result);
                 });
}

} // namespace Stride
