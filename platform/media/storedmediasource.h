#pragma once

#include <QString>
#include <QUrl>

class QIODevice;
class QMediaPlayer;

namespace Stride {

class MediaStore;

// A video or voice note played from the media store: the player reads the file through the
// store's decrypting device (QMediaPlayer::setSourceDevice), so no plain copy of it is ever
// written to play it. The device belongs to the player, and goes when the player's source changes
// again through here, or with the player.
namespace StoredMediaSource {

// Plays nothing more of an earlier file, and lets its device go.
void clear(QMediaPlayer &player);
// Gives `player` the file `sha256` (clearing what it had); false, with `error` in words a teacher
// can act on, when the file cannot be opened.
bool set(QMediaPlayer &player, const MediaStore &media, const QString &sha256, QString *error = nullptr);
// The address handed to the backend beside the device: the file's name with the extension of its
// content, told by its first bytes, so a backend that goes by the name picks the right demuxer.
QUrl addressFor(QIODevice &device, const QString &sha256);

} // namespace StoredMediaSource

} // namespace Stride
