#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
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

    bool revoked() const { return !revokedAt.isEmpty(); }
};

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
    // A new one-time code, shown as XXXXX-XXXXX; the caller makes sure the school exists.
    static QString createEnrolmentCode(const QString &schoolId, const QString &deviceName, int validSeconds);
    // Uses a code up (atomically: two tablets racing with one code, one wins). nullopt for a
    // wrong, used or expired code; which of the three is not said, on purpose.
    static std::optional<Enrolment> enrol(const QString &typedCode, const QString &deviceName);
    static Authentication authenticate(const QString &token);
    // Records when a tablet was last heard from, at most every few minutes per tablet.
    static void noteSeen(const Device &device);
    static bool revoke(const QString &deviceId, Device *revoked);
    static QList<Device> list(const QString &schoolId);
    // The school's admin pseudo-device, made on first use: the device the admin commands push as.
    static QString adminDevice(const QString &schoolId);
};

} // namespace Stride::Server
