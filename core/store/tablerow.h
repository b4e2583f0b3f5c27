#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <optional>

#include "../domain/vocabulary.h"

namespace Stride {

// One row of one table, as the store writes it and the change log records it: column name to
// value, with the id apart. Column names are the sync protocol's field names too.
struct TableRow
{
    QString table;
    QString id;
    QVariantMap values;
};

// How each kind of value is written, the same way everywhere: dates as ISO text, instants as UTC
// ISO text with milliseconds (so text order is time order), absent values as NULL.
namespace Column {
QVariant date(const QDate &d);
QVariant instant(const QDateTime &t);
QVariant optionalText(const QString &s); // empty -> NULL, for optional references
QVariant boolean(std::optional<bool> b);
template <typename E> QVariant key(std::optional<E> v)
{
    return v ? QVariant(toKey(*v)) : QVariant();
}

QDate toDate(const QVariant &v);
QDateTime toInstant(const QVariant &v);
std::optional<bool> toBoolean(const QVariant &v);
template <typename E> std::optional<E> toKey(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromKey<E>(v.toString());
}
template <typename E> E toKey(const QVariant &v, E fallback)
{
    return toKey<E>(v).value_or(fallback);
}
} // namespace Column

} // namespace Stride
