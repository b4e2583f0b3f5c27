#pragma once

#include <QStringList>

namespace Stride::Bench {

// A school's morning: `tablets` real device stores (encrypted, each with its own SyncClient as the
// app has) enrolled with one stride-store, each recording `recordsEach` records (observations of
// two records: the item and its pupil), then all syncing at once on one event loop, twice, as the
// app's SyncEngine would (the second round catches up with what others pushed after a tablet's
// first pull). Prints the total time, each tablet's round time (its two syncs: pushing its own and
// pulling all the others') as p50 / p95 / max, the requests, errors and 429s the tablets met, and
// checks convergence on the tablets and in the store's database (exactly tablets x recordsEach new
// changes, none twice). Exits non-zero if they do not converge. `serveOptions` are passed to
// `stride-store serve`; without any, `--threads <tablets>`.
void crowd(int tablets, int recordsEach, QStringList serveOptions);

} // namespace Stride::Bench
