#include "tabletclasses.h"

#include "../store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Stride {

namespace {

const QString kKey = QStringLiteral("tablet_classes");

QJsonObject toJson(const TabletClasses &classes)
{
    return {{QStringLiteral("whole_school"), classes.wholeSchool},
            {QStringLiteral("class_ids"), QJsonArray::fromStringList(classes.classIds)}};
}

std::optional<TabletClasses> fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue whole = o.value(QLatin1String("whole_school"));
    if (!whole.isBool())
        return std::nullopt;
    TabletClasses classes;
    classes.wholeSchool = whole.toBool();
    if (classes.wholeSchool)
        return classes;
    for (const QJsonValue &id : o.value(QLatin1String("class_ids")).toArray())
        if (id.isString() && !id.toString().isEmpty())
            classes.classIds << id.toString();
    if (classes.classIds.isEmpty())
        return std::nullopt; // a class tablet serves at least one class
    return classes;
}

} // namespace

std::optional<TabletClasses> TabletClasses::fromPullAnswer(const QJsonObject &answer)
{
    return fromJson(answer.value(QLatin1String("scope")));
}

std::optional<TabletClasses> TabletClasses::read(const Store &store)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

bool TabletClasses::save(Store &store) const
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(*this)).toJson(QJsonDocument::Compact)));
    return q.exec();
}

} // namespace Stride
