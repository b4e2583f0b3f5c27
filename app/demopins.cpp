#include "demopins.h"

#include "demo/demoschool.h"
#include "store/store.h"

#include "people/changeproof.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Stride {

QString DemoPins::of(const Store &store, const QString &staffId)
{
    return DemoSchool::pinOf(store, staffId);
}

SignIn::Result DemoPins::firstSignIn(Store &store, const QString &staffId, const QString &pin)
{
    SignIn::Result result;
    const QString expected = of(store, staffId);
    if (expected.isEmpty() || pin != expected) {
        result.outcome = SignIn::Outcome::WrongPin;
        result.message = QCoreApplication::translate("SignIn", "That PIN is not right.");
        return result;
    }
    QByteArray credential(ChangeProof::kSecretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(credential.data()),
                                          credential.size() / 4);
    if (!SignIn(store).keepCredential(staffId, pin, credential)) {
        result.message = QCoreApplication::translate("SignIn", "This tablet could not keep the sign-in.");
        return result;
    }
    result.outcome = SignIn::Outcome::SignedIn;
    result.credential = credential;
    return result;
}

} // namespace Stride
