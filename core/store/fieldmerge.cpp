#include "fieldmerge.h"

namespace Stride::FieldMerge {

bool incomingWins(const HlcTimestamp &incoming, const QString &held)
{
    // Parsed, not compared as text: text order matches time order only for the fixed-width
    // lower-case form this code writes, and a stamp from elsewhere (upper-case hex, a sign) still
    // parses to the same time.
    const auto heldStamp = HlcTimestamp::parse(held);
    return !heldStamp || incoming > *heldStamp;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    const QJsonValue x = a.isUndefined() ? QJsonValue(QJsonValue::Null) : a;
    const QJsonValue y = b.isUndefined() ? QJsonValue(QJsonValue::Null) : b;
    return x == y;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return a.toString() == b.toString();
}

bool isTrueConflict(const QJsonValue &held, const QJsonValue &incoming, const QJsonValue &seenByAuthor)
{
    return !held.isUndefined() && !sameValue(incoming, held) && !sameValue(seenByAuthor, held);
}

} // namespace Stride::FieldMerge
