#include "demopins.h"

#include "demo/demoschool.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Stride {

QString DemoPins::of(const Store &store, const QString &staffId)
{
    const auto member = store.staff(staffId);
    if (!member)
        return {};
    const QJsonObject root = QJsonDocument::fromJson(DemoSchool::bundledJson()).object();
    for (const QJsonValue &v : root.value(QLatin1String("staff")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("email")).toString() == member->email &&
            s.value(QLatin1String("first_name")).toString() == member->firstName)
            return s.value(QLatin1String("pin")).toString();
    }
    return {};
}

} // namespace Stride
