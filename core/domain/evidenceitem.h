#pragma once

#include "validation.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Stride {

// A media file an evidence item refers to, named by the SHA-256 of its bytes (content-addressed:
// the same bytes are stored once, and a checksum proves an upload complete).
struct MediaReference
{
    QString sha256; // 64 lower-case hex digits
    MediaRole role = MediaRole::Original;
    QString mimeType;
    qint64 byteSize = 0;
    int widthPx = 0;
    int heightPx = 0;
    qint64 durationMs = 0; // video and audio

    bool operator==(const MediaReference &) const = default;
};

// A pupil in an evidence item, and which of *their* targets it shows.
struct EvidencePupil
{
    QString pupilId;
    QStringList targetIds;

    bool operator==(const EvidencePupil &) const = default;
};

// The heart of the product: one piece of evidence (a written observation, a photo, a video, a
// voice note or a photo of work) of one or more pupils working on their targets.
struct EvidenceItem
{
    QString id;
    QString schoolId;
    EvidenceKind kind = EvidenceKind::Written;
    QDateTime capturedAt;
    QString capturedBy; // staff id
    QString deviceId;
    QString note;
    QList<EvidencePupil> pupils;
    std::optional<PromptLevel> promptLevel;
    QString setting;       // classroom, café, community... (MAPP generalisation)
    QString peoplePresent; // different people (MAPP generalisation)
    QString measure;       // "2 requests this week" (MAPP fluency and maintenance)
    QString learnerVoice;  // what the pupil said or chose
    Visibility visibility = Visibility::InternalOnly;
    QList<MediaReference> media;

    QStringList pupilIds() const;
    // Validation of the item on its own; the rules that need the pupils' records (consent, whose
    // targets) are checked by EvidenceRules against the store.
    ValidationProblems validate() const;
    bool operator==(const EvidenceItem &) const = default;
};

} // namespace Stride
