#include "evidencecapture.h"

#include "../media/durablefile.h"
#include "../media/mediastore.h"
#include "../media/photoprocessor.h"
#include "../store/store.h"

#include <QFile>

#include <future>
#include <vector>

namespace Stride {

EvidenceCapture::EvidenceCapture(Store &store, MediaStore &media) : m_store(store), m_media(media) {}

ConsentCheck EvidenceCapture::checkConsent(const QStringList &pupilIds, EvidenceKind kind) const
{
    QList<Pupil> pupils;
    for (const QString &id : pupilIds)
        if (auto p = m_store.pupil(id))
            pupils << *p;
    return ConsentCheck::of(pupils, kind);
}

bool EvidenceCapture::isLowOnSpace() const
{
    return m_media.bytesAvailable() < kLowSpaceBytes;
}

void EvidenceCapture::discardUnreferenced(const QStringList &hashes)
{
    const QSet<QString> referenced = m_store.referencedMediaHashes();
    for (const QString &sha : hashes)
        if (!referenced.contains(sha))
            m_media.remove(sha);
}

EvidenceCapture::Outcome EvidenceCapture::save(EvidenceItem item, const CapturedMedia *media)
{
    Outcome outcome;
    if (item.id.isEmpty())
        item.id = newId();
    if (media)
        item.kind = media->kind;

    // Consent first, before a single byte is written: a pupil without consent never reaches the disk.
    const ConsentCheck consent = checkConsent(item.pupilIds(), item.kind);
    if (!consent.allowed) {
        if (media && !media->incomingPath.isEmpty())
            DurableFile::overwriteAndRemove(media->incomingPath); // a plain recording: not kept
        outcome.message = consent.message;
        outcome.pupilsWithoutConsent = consent.withoutMediaConsent;
        outcome.offerWrittenObservation = true;
        return outcome;
    }
    if (item.visibility == Visibility::ShareableWithParents &&
        consent.mostVisible != Visibility::ShareableWithParents)
        item.visibility = Visibility::InternalOnly; // never more visible than consent allows

    QStringList written;
    auto keep = [&](const MediaStore::PutResult &put, MediaRole role, const QString &mime, QSize size,
                    qint64 durationMs) {
        if (!put.ok)
            return false;
        written << put.sha256;
        item.media.append({put.sha256, role, mime, put.byteSize, size.width(), size.height(), durationMs});
        return true;
    };

    if (media) {
        item.media.clear();
        bool ok = true;
        QString failure;
        if (media->kind == EvidenceKind::Photo || media->kind == EvidenceKind::WorkSample) {
            QByteArray bytes = media->bytes;
            if (bytes.isEmpty() && !media->incomingPath.isEmpty()) {
                QFile f(media->incomingPath);
                if (f.open(QIODevice::ReadOnly))
                    bytes = f.readAll();
                f.close();
                DurableFile::overwriteAndRemove(media->incomingPath);
            }
            // The cleaned photo is sealed and flushed on a second thread while this one decodes
            // its thumbnail: the two longest steps of a Save, side by side.
            std::vector<std::future<MediaStore::PutResult>> writes;
            const PhotoProcessor::Result photo =
                PhotoProcessor::process(bytes, [this, &writes](const QByteArray &cleaned) {
                    writes.push_back(
                        std::async(std::launch::async, [this, cleaned] { return m_media.put(cleaned); }));
                });
            QStringList superseded;
            for (std::size_t i = 0; i + 1 < writes.size(); ++i)
                if (const auto early = writes[i].get(); early.ok)
                    superseded << early.sha256;
            MediaStore::PutResult original;
            if (!writes.empty())
                original = writes.back().get();
            if (!photo.ok) {
                if (original.ok)
                    superseded << original.sha256;
                discardUnreferenced(superseded);
                outcome.message = photo.message;
                return outcome;
            }
            if (writes.empty())
                original = m_media.put(photo.bytes);
            superseded.removeAll(original.sha256);
            if (!superseded.isEmpty())
                discardUnreferenced(superseded);
            ok = keep(original, MediaRole::Original, photo.mimeType, photo.size, 0);
            failure = original.message;
            if (ok) {
                const auto thumb = m_media.put(photo.thumbnail);
                ok = keep(thumb, MediaRole::Thumbnail, QStringLiteral("image/jpeg"), photo.thumbnailSize, 0);
                failure = thumb.message;
            }
        } else {
            const auto original = media->incomingPath.isEmpty() ? m_media.put(media->bytes)
                                                                : m_media.adopt(media->incomingPath);
            ok = keep(original, MediaRole::Original, media->mimeType, media->size, media->durationMs);
            failure = original.message;
            if (ok && !media->thumbnailJpeg.isEmpty()) {
                const auto thumb = m_media.put(media->thumbnailJpeg);
                ok = keep(thumb, MediaRole::Thumbnail, QStringLiteral("image/jpeg"), media->thumbnailSize, 0);
                failure = thumb.message;
            }
        }
        if (!ok) {
            discardUnreferenced(written);
            outcome.message = failure;
            return outcome;
        }
    }

    const WriteResult saved = m_store.save(item);
    if (!saved.ok) {
        discardUnreferenced(written);
        outcome.message = saved.message;
        return outcome;
    }
    outcome.ok = true;
    outcome.evidenceId = item.id;
    return outcome;
}

int EvidenceCapture::cleanUpAfterCrash()
{
    const int removed = m_media.removeOrphans(m_store.referencedMediaHashes());
    // A tablet from before media was sealed: its plain files are sealed once, here, before any
    // capture or reader needs them (a kill part way carries on at the next start).
    QString error;
    if (m_media.sealPlainFiles(&error) < 0)
        qWarning("EvidenceCapture: media files not yet sealed: %s", qPrintable(error));
    return removed;
}

} // namespace Stride
