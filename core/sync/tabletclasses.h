#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Stride {

class Store;

// Whom this tablet serves, as the school's store last said in a pull answer (docs/sync.md,
// "Scope"): the whole school, or some classes by id. The store decides what a tablet holds and
// sends only that; the tablet keeps its word here (the meta table) only to tell the people using
// it what it holds. Changing it is the store's job (`stride-store set-device-classes`).
struct TabletClasses
{
    bool wholeSchool = true;
    QStringList classIds; // when not the whole school

    // The "scope" of a pull answer ({"whole_school": true} or {"whole_school": false,
    // "class_ids": [...]}); nullopt when the answer has none (a store from before it said so) or
    // it is not one of those.
    static std::optional<TabletClasses> fromPullAnswer(const QJsonObject &answer);
    // What the store last said; nullopt before it has said anything.
    static std::optional<TabletClasses> read(const Store &store);
    // Keeps it (joining the caller's transaction when there is one); false on a database error.
    bool save(Store &store) const;

    bool operator==(const TabletClasses &) const = default;
};

} // namespace Stride
