#pragma once

#include "recordid.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Stride {

// One thing wrong with a record, in words the person who typed it can act on.
struct ValidationProblem
{
    QString field;
    QString message;
    bool operator==(const ValidationProblem &) const = default;
};
using ValidationProblems = QList<ValidationProblem>;

// Ids are UUIDs made where the record is born (on the device), never row numbers handed out by
// a server: two offline tablets can never mint the same one. They come out in time order
// (RecordId::next).
inline QString newId()
{
    return RecordId::next();
}

// The id of a link between two records is derived from the two ids, so two tablets that make the
// same link offline make the same row, and sync sees one link rather than two.
inline QString linkId(const QString &a, const QString &b)
{
    static const QUuid ns(QStringLiteral("6f1c1a52-4b8e-4d8e-9a55-5d6c9b2e7a10"));
    return QUuid::createUuidV5(ns, a + QLatin1Char('/') + b).toString(QUuid::WithoutBraces);
}

inline bool isValidId(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

// Shared checks, so every entity words the same problem the same way.
void requireId(ValidationProblems &problems, const QString &field, const QString &id, const QString &what);
void requireText(ValidationProblems &problems, const QString &field, const QString &text, const QString &what,
                 int maxLength = 2000);
void limitText(ValidationProblems &problems, const QString &field, const QString &text, const QString &what,
               int maxLength);

} // namespace Stride
