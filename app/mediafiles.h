#pragma once

#include <QObject>
#include <QUrl>

namespace Stride {

class MediaStore;
struct MediaReference;
struct EvidenceItem;

// The views' way to the media store: a file:// address for a photo, a thumbnail, a video or a
// voice note, by its SHA-256. Files stay in the app's private folder; nothing is copied out.
class MediaFiles : public QObject
{
    Q_OBJECT

public:
    explicit MediaFiles(MediaStore &store, QObject *parent = nullptr);

    MediaStore &store() const { return m_store; }
    // Empty when the file is not on this tablet (not downloaded yet, or cleared after sync).
    Q_INVOKABLE QUrl urlOf(const QString &sha256) const;
    QUrl thumbnailOf(const EvidenceItem &item) const;
    QUrl originalOf(const EvidenceItem &item) const;
    // The original's SHA-256 whether or not it is on this tablet (for fetching it).
    static QString originalShaOf(const EvidenceItem &item);

signals:
    // A file arrived on this tablet after the views were filled (a thumbnail or original fetched
    // from the school's store): views showing it read its address again.
    void fileArrived(const QString &sha256);

private:
    MediaStore &m_store;
};

} // namespace Stride
