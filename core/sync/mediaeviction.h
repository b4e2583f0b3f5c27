#pragma once

#include <QtGlobal>

namespace Stride {

class MediaStore;
class SyncLedger;

// Frees space on a full tablet by removing original photos, videos and voice notes that the
// school's server has confirmed it holds (docs/sync.md: never before), oldest first, until
// `bytesWanted` are free. Thumbnails stay, so lists still show them; an original comes back on
// demand through MediaFetcher. Returns the bytes freed.
namespace MediaEviction {
qint64 freeOriginals(SyncLedger &ledger, MediaStore &media, qint64 bytesWanted);
}

} // namespace Stride
