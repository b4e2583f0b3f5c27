#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Stride {

// One entry of the device's change log: a row upserted (the fields that changed, and what they
// were before) or deleted. Written in the same transaction as the change itself, so the log and
// the data can never disagree; this is what sync sends.
struct Mutation
{
    qint64 seq = 0; // this device's order
    QString mutationId;
    QString entity; // the table
    QString entityId;
    QString op; // "upsert" or "delete"
    QJsonObject fields;
    QJsonObject previous;
    QString hlc;
    QString authorStaffId;
    QString deviceId;
    QDateTime recordedAt;
    QDateTime sentAt;
};

} // namespace Stride
