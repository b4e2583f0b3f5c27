#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Stride::Server {

struct Device
{
    QString id;
    QString schoolId;
    QString name;
    QString kind; // "tablet" or "admin"
    QString enrolledAt;
    QString revokedAt;
    QString lastSeenAt;
    bool wholeSchool = true; // false: only the pupils of its classes (DeviceScope)

    bool revoked() const { return !revokedAt.isEmpty(); }
};

// Whom a tablet serves (docs/sync.md, "Scope"): the whole school (SLT, the office), or the pupils
// of some classes and what their staff need.
struct DeviceScope
{
    bool wholeSchool = true;
    QStringList classIds; // when not the whole school: at least one

    // "the whole school" or the classes' names, for the person at the console.
    QString describe(const QString &schoolId) const;
};

// The entity of the feed entry a scope change takes (setScope): it moves the school's cursor and
// is never sent to any tablet.
inline QString scopeChangeEntity()
{
    return QStringLiteral("device_scope");
}

struct Enrolment
{
    Device device;
    QString token;
    QString schoolName;
};

struct Authentication
{
    enum class Status {
        Ok,
        Unknown,
        Revoked
    };
    Status status = Status::Unknown;
    Device device;
};

// Tablets and the codes that enrol them (docs/sync.md, "Devices and staff"). Codes and tokens are
// kept only as SHA-256, compared by looking the hash up, never the secret itself.
class DeviceRegistry
{
public:
    static constexpr int kDefaultCodeValiditySeconds = 24 * 3600;

    // The school's name, or nullopt if the store has no such school.
    static std::optional<QString> schoolName(const QString &schoolId);
    // A new one-time code, shown as XXXXX-XXXXX; the caller makes sure the school exists. The
    // tablet that uses it gets `scope`.
    static QString createEnrolmentCode(const QString &schoolId, const QString &deviceName, int validSeconds,
                                       const DeviceScope &scope);
    // Uses a code up (atomically: two tablets racing with one code, one wins). nullopt for a
    // wrong, used or expired code; which of the three is not said, on purpose.
    static std::optional<Enrolment> enrol(const QString &typedCode, const QString &deviceName);
    static Authentication authenticate(const QString &token);
    // Records when a tablet was last heard from, at most every few minutes per tablet.
    static void noteSeen(const Device &device);
    static bool revoke(const QString &deviceId, Device *revoked);
    static QList<Device> list(const QString &schoolId);
    static DeviceScope scopeOf(const Device &device);
    // Changes the classes a tablet serves. Its next pull sends it the pupils it now serves and
    // removes those it no longer does: the change takes a place in the school's feed, so that
    // pull's cursor moves (ChangeFeed sends snapshots and evictions only with a cursor that moves).
    static void setScope(const Device &device, const DeviceScope &scope);
    static std::optional<Device> find(const QString &deviceId);
    // The ids of the school's classes with this name (any case), for --class "Oak".
    static QStringList classesNamed(const QString &schoolId, const QString &name);
    // The school's admin pseudo-device, made on first use: the device the admin commands push as.
    static QString adminDevice(const QString &schoolId);
};

} // namespace Stride::Server
