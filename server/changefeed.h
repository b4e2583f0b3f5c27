#pragma once

#include "devices.h"
#include "recordstore.h"

#include <QJsonObject>
#include <QList>

namespace Stride::Server {

// One page of a school's changes after a cursor (docs/sync.md, "Pull").
struct ChangePage
{
    QList<ChangeEntry> changes;
    qint64 cursor = 0;
    bool more = false;

    // The page as the pull's answer (docs/sync.md, "Pull"), with `extra`'s members after its own.
    // Written as text, each change's fields spliced in as the feed holds them: building the page
    // as one QJsonObject and encoding it took most of a pull's time on the store.
    QByteArray toJsonText(const QJsonObject &extra = {}) const;
};

class ChangeFeed
{
public:
    static constexpr int kDefaultLimit = 500;
    static constexpr int kMaxLimit = 1000;
    // A page stops taking changes before the fields it holds pass this many bytes (of their JSON
    // text), so a page of a thousand long notes is not a thousand times one note: the store builds
    // a page whole in memory, and so does the tablet. One change larger than this goes alone.
    static constexpr qint64 kPageBytes = 1024 * 1024;

    // Reads only committed changes of the device's school, in seq order, and keeps those the
    // device may see (TabletScope): a page may hold fewer than it read, and its cursor is past
    // the last change read. A cursor beyond the end (after the store was restored from an older
    // backup) comes back as the end, so the tablet picks up whatever is written from then on.
    // A class tablet's page starts with the evictions of the pupils it no longer serves and the
    // snapshots of those it now serves (docs/sync.md, "Scope").
    static ChangePage page(const Device &device, qint64 since, int limit);
};

} // namespace Stride::Server
