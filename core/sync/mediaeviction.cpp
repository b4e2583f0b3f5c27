#include "mediaeviction.h"

#include "syncledger.h"

#include "../media/mediastore.h"

#include <QFileInfo>

namespace Stride::MediaEviction {

qint64 freeOriginals(SyncLedger &ledger, MediaStore &media, qint64 bytesWanted)
{
    qint64 freed = 0;
    for (const QString &sha : ledger.freeableOriginals()) {
        if (freed >= bytesWanted)
            break;
        const qint64 size = QFileInfo(media.pathOf(sha)).size();
        if (media.contains(sha) && !media.remove(sha))
            continue;
        ledger.setMediaState(sha, QStringLiteral("evicted"), size);
        freed += size;
    }
    return freed;
}

} // namespace Stride::MediaEviction
