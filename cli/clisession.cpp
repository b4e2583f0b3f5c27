#include "clisession.h"

#include "people/signin.h"
#include "sync/devicefiles.h"
#include "sync/storesignin.h"
#include "sync/syncclient.h"

#include <QEventLoop>
#include <QFileInfo>

namespace Stride::Cli {

Session::Session() : out(stdout), err(stderr) {}

bool Session::open(const QString &path, bool mustExist)
{
    databasePath = QFileInfo(path).absoluteFilePath();
    if (mustExist && !QFileInfo::exists(databasePath)) {
        fail(QStringLiteral("There is no Stride database at %1. Enrol first: stride-cli enrol --server URL "
                            "--code CODE --database %1")
                 .arg(path));
        return false;
    }
    const OpenResult opened = store.open(databasePath);
    if (!opened.ok()) {
        fail(opened.message +
             (opened.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(opened.detail)));
        return false;
    }
    mediaDir = DeviceFiles::mediaDirFor(databasePath);
    media = std::make_unique<MediaStore>(mediaDir);
    media->setKey(store.deviceKeys().media); // the media are sealed with the store's device key
    // A device from before media were sealed keeps plain files under their SHA-256, which the
    // store no longer finds by name: a sync would not send them, a pack or a document would miss
    // them. They are sealed here as the app seals them at its start (each sealed copy renamed into
    // place before its plain file goes, so a kill leaves one whole copy). Orphans are not removed
    // here as the app does: the app may be capturing into this folder right now.
    QString notSealed;
    if (media->sealPlainFiles(&notSealed) < 0)
        err << QStringLiteral("Some media files on this device are not sealed yet (%1); they are tried again "
                              "next time.")
                   .arg(notSealed)
            << Qt::endl;
    return true;
}

bool Session::signIn(const Staff &staff, const QString &pin)
{
    SignIn::Result signedIn = SignIn(store).attempt(staff.id, pin);
    if (signedIn.outcome == SignIn::Outcome::NeedsStore) {
        SyncClient client(store, media.get(), mediaDir);
        if (!client.useEnrolment()) {
            fail(QStringLiteral("This device is not enrolled with a school's store, so %1 cannot sign in "
                                "on it for the first time. Run \"stride-cli enrol\" first.")
                     .arg(staff.firstName));
            return false;
        }
        QEventLoop answered;
        StoreSignIn::signIn(store, client.api(), staff.id, pin, [&](const SignIn::Result &r) {
            signedIn = r;
            answered.quit();
        });
        answered.exec();
    }
    if (signedIn.outcome != SignIn::Outcome::SignedIn) {
        fail(signedIn.message);
        return false;
    }
    store.setActingStaffId(staff.id, signedIn.credential);
    return true;
}

std::optional<Staff> Session::staffNamed(const QString &schoolId, const QString &who) const
{
    if (who.contains(QLatin1Char('@')))
        return store.staffByEmail(schoolId, who);
    if (const auto byId = store.staff(who))
        return byId;
    for (const Staff &s : store.staffOfSchool(schoolId))
        if (s.displayName().compare(who.simplified(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString Session::termNamed(const QString &schoolId, const QString &wanted)
{
    QStringList names;
    for (const Term &t : store.termsOfSchool(schoolId)) {
        if (t.id == wanted || t.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return t.id;
        names << t.name;
    }
    fail(QStringLiteral("There is no term \"%1\" on this device. Its terms: %2.")
             .arg(wanted, names.join(QStringLiteral(", "))),
         Usage);
    return {};
}

void Session::say(const QString &line)
{
    out << line << Qt::endl;
}

int Session::fail(const QString &line, int code)
{
    err << line << Qt::endl;
    return code;
}

} // namespace Stride::Cli
