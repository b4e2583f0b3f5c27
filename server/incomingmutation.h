#pragma once

#include <store/hybridlogicalclock.h>

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace Stride::Server {

// Why one mutation of a push was not applied, in the server's words (docs/sync.md, "Push").
struct Rejection
{
    QString mutationId;
    QString error;   // a stable code: forbidden, append_only, clock_skew, wrong_school, ...
    QString message; // a sentence a teacher or support can act on

    QJsonObject toJson() const;
};

struct ParsedMutation;

// One mutation as a device sends it, checked for shape: known table, known columns, plain values,
// a readable HLC. Whether it is allowed is PushApplier's business.
struct IncomingMutation
{
    QString mutationId;
    QString entity;
    QString entityId;
    QString op; // "upsert" or "delete"
    QJsonObject fields;
    // `fields` as jsonUtf8 writes them: encoded once, for the author's proof and, when the change
    // makes a row, for the row and the change feed (each had encoded them again).
    QByteArray fieldsText;
    QJsonObject previous;
    QString hlc;
    HlcTimestamp stamp;
    QString authorStaffId;
    QString recordedAt;
    QString proof; // the author's proof that they made it (ChangeProof, AuthorProofs)

    bool isDelete() const { return op == QLatin1String("delete"); }

    // nullopt when the element cannot even be named, which makes the whole push a bad request.
    static std::optional<QString> mutationIdOf(const QJsonValue &value);
    // `sentFieldsText`: the fields as the body holds them, when that is known to be exactly what
    // jsonUtf8 writes for them (RawFields); otherwise they are written out again.
    static ParsedMutation parse(const QJsonObject &json, QByteArrayView sentFieldsText = {});
};

// A mutation as read from a push: the mutation, or the reason it cannot be read.
struct ParsedMutation
{
    std::optional<IncomingMutation> mutation;
    std::optional<Rejection> rejection;
};

} // namespace Stride::Server
