#include "mediaeviction.h"

#include "syncledger.h"

#include "../media/mediastore.h"

namespace Stride::MediaEviction {

qint64 freeOriginals(SyncLedger &ledger, MediaStore &media, qint64 bytesWanted)
{
    qint64 freed = 0;
    for (const QString &sha : ledger.freeableOriginals()) {
        if (freed >= bytesWanted)
            break;
        const qint64 size = qMax<qint64>(0, media.plainSize(sha));
        if (media.contains(sha) && !media.remove(sha))
            continue;
        ledger.setMediaState(sha, QStringLiteral("evicted"), size);
        freed += size;
    }
    return freed;
}

} // namespace Stride::MediaEviction
