#pragma once

#include "sqltransaction.h"

#include <QString>

#include <optional>

namespace Stride::Server {

// How much media one school holds on the store, against its room (docs/security.md, "Bounds").
// Each file counts once per school, by its SHA-256, however many tablets sent it; uploads in
// progress count too, so twenty tablets starting videos at once cannot pass the quota together.
struct MediaUse
{
    qint64 storedBytes = 0;           // files the school holds
    qint64 uploadingBytes = 0;        // unexpired uploads of files it does not hold yet
    std::optional<qint64> quotaBytes; // none: the school may store as much as the disk takes

    qint64 usedBytes() const { return storedBytes + uploadingBytes; }
    // Whether a further `length` bytes fit in the school's room.
    bool fits(qint64 length) const { return !quotaBytes || usedBytes() + length <= *quotaBytes; }
    // "1.20 GB of 5.00 GB (24%), 300.0 MB of it still arriving", for the office.
    QString describe() const;
};

// The per-school media quota: a `school_quota` row set by `stride-store set-quota`, else the
// default `serve --media-quota-gb` gives (0: none).
class MediaQuota
{
public:
    static std::optional<qint64> ownQuota(const QString &schoolId);
    static void setQuota(const QString &schoolId, qint64 bytes);
    static void clearQuota(const QString &schoolId);

    // The school's use. An upload in progress of `exceptSha256` is left out: it is the file being
    // asked about again (a tablet that lost its upload's address starts a new one).
    static MediaUse useOf(const QString &schoolId, qint64 defaultQuotaBytes,
                          const QString &exceptSha256 = {});

    // Held from the check until the upload (or file) is recorded, so two requests at once cannot
    // both take the last of the room, in any of the store's processes: a transaction, which on
    // SQLite holds the database's write lock, and on PostgreSQL also an advisory lock on the
    // school's media (other schools do not wait). What is written while it is held is kept only if
    // commit() is reached.
    class Hold
    {
    public:
        explicit Hold(const QString &schoolId);
        void commit() { m_transaction.commit(); }

    private:
        SqlTransaction m_transaction;
    };

    // The store's answer when a file does not fit: 507 storage_full with this sentence.
    static QString fullMessage();

    // "5", "0.5", "2.25" GB (10^9 bytes, as disks are sold) as bytes; nullopt if not a number
    // above 0.
    static std::optional<qint64> bytesFromGb(const QString &text);
};

} // namespace Stride::Server
