#include "staffpin.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Stride {

namespace {

// Gives this file's sentences one context ("StaffPin") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(StaffPin)
};

} // namespace

namespace {
constexpr int kIterations = 20000;
const QByteArray kScheme = QByteArrayLiteral("pbkdf2-sha256$20000$");

QByteArray derive(const QString &pin, const QByteArray &salt)
{
    return kScheme +
           QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, kIterations, 32)
               .toBase64();
}

// Constant-time comparison, so timing does not leak how much of a guess was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

ValidationProblems StaffPin::check(const QString &pin)
{
    ValidationProblems p;
    if (pin.size() < kMinDigits || pin.size() > kMaxDigits ||
        !std::all_of(pin.cbegin(), pin.cend(),
                     [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); })) {
        p.append(
            {QStringLiteral("pin"), Words::tr("A PIN is %1 to %2 digits.").arg(kMinDigits).arg(kMaxDigits)});
        return p;
    }
    const bool allSame = std::all_of(pin.cbegin(), pin.cend(), [&](QChar c) { return c == pin.front(); });
    bool ascending = true;
    for (qsizetype i = 1; i < pin.size(); ++i)
        ascending = ascending && pin.at(i).unicode() == pin.at(i - 1).unicode() + 1;
    if (allSame || ascending)
        p.append({QStringLiteral("pin"), Words::tr("That PIN is too easy to guess; choose another.")});
    return p;
}

bool StaffPin::set(Staff &staff, const QString &pin)
{
    if (!check(pin).isEmpty())
        return false;
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    staff.pinSalt = salt;
    staff.pinHash = derive(pin, salt);
    return true;
}

bool StaffPin::matches(const Staff &staff, const QString &pin)
{
    if (staff.pinHash.isEmpty() || staff.pinSalt.isEmpty())
        return false;
    return sameBytes(derive(pin, staff.pinSalt), staff.pinHash);
}

} // namespace Stride
