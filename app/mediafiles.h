#pragma once

#include <QObject>
#include <QUrl>

namespace Stride {

class MediaStore;
struct MediaReference;
struct EvidenceItem;

// The views' way to the media store. Every file there is encrypted, and none is ever read by its
// path or written out plain to be shown: a photo, a thumbnail or a waveform has an
// "image://media/<sha256>" address (MediaImageProvider decodes it), and a video or voice note is
// handed to its player as a decrypting device (setPlayerSource), by the same address.
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
    // The file an address of urlOf() names; empty for any other address.
    static QString shaOfAddress(const QUrl &address);

    // Gives a MediaPlayer (`player`) the video or voice note at `address` (from urlOf()), read
    // through the store's decrypting device; an empty address leaves it with nothing. Empty when
    // it can play, else why not in words for the person holding the tablet.
    Q_INVOKABLE QString setPlayerSource(QObject *player, const QUrl &address) const;

signals:
    // A file arrived on this tablet after the views were filled (a thumbnail or original fetched
    // from the school's store): views showing it read its address again.
    void fileArrived(const QString &sha256);

private:
    MediaStore &m_store;
};

} // namespace Stride
