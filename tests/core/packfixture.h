#pragma once

// A moderation meeting to print and pack: one school, one class, three staff who assess, moderate
// and finalise, two pupils (one whose media consent is for use inside the school only), forms of
// both kinds, and evidence with real JPEG files in a media store. Shared by the PDF and pack tests
// and the moderation pack benchmark, so it uses no test framework: each step returns false and
// says why.
#include "domain/areaoflearning.h"
#include "media/mediastore.h"
#include "moderation/formchanges.h"
#include "store/store.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QUuid>

namespace PackFixture {

using namespace Stride;

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A JPEG with something in it (bands of colour and a label), `size` pixels.
inline QByteArray jpeg(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    for (int x = 0; x < size.width(); x += 16)
        p.fillRect(x, 0, 16, size.height(), QColor::fromHsv((seed * 37 + x) % 360, 120, 220));
    p.setPen(Qt::black);
    QFont f;
    f.setPixelSize(qMax(8, size.height() / 6));
    p.setFont(f);
    p.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("evidence %1").arg(seed));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

struct Meeting
{
    MediaStore *media = nullptr;
    School school;
    SchoolClass oak;
    Staff assessor;  // Sarah Jones, Oak's teacher
    Staff moderator; // Tom Gallagher, another teacher
    Staff senior;    // Helen Ward, SLT
    Pupil ava;       // consent: shareable with parents
    Pupil cara;      // consent: inside the school only
    Term term;
    QList<AreaOfLearning> areas;
    QList<Target> avaTargets;
    QList<Target> caraTargets;
    QString error;
    int seed = 0;
    int pupilCount = 0;
    // When set, each photo's original is these bytes with a few of its own after the picture (still
    // a JPEG that opens), so that a benchmark makes a hundred 4 MB photos without encoding each.
    QByteArray photoOriginal;

    template <typename T> bool save(Store &store, const T &value)
    {
        const WriteResult r = store.save(value);
        if (!r.ok)
            error = r.message;
        return r.ok;
    }

    bool setUp(Store &store, MediaStore *mediaStore)
    {
        media = mediaStore;
        school = {newUuid(), QStringLiteral("Millbrook Park School"), QStringLiteral("123456"), {}};
        oak = {newUuid(), school.id, QStringLiteral("Oak"), {}};
        if (!save(store, school) || !save(store, oak))
            return false;
        auto staff = [&](const QString &first, const QString &last, QList<StaffRole> roles) {
            Staff s;
            s.id = newUuid();
            s.schoolId = school.id;
            s.firstName = first;
            s.surname = last;
            s.email = first.toLower() + QStringLiteral("@school.example");
            s.roles = roles;
            s.classIds = {oak.id};
            return s;
        };
        assessor = staff(QStringLiteral("Sarah"), QStringLiteral("Jones"), {StaffRole::Teacher});
        moderator = staff(QStringLiteral("Tom"), QStringLiteral("Gallagher"), {StaffRole::Teacher});
        senior = staff(QStringLiteral("Helen"), QStringLiteral("Ward"),
                       {StaffRole::SeniorLeader, StaffRole::Teacher});
        if (!save(store, assessor) || !save(store, moderator) || !save(store, senior))
            return false;
        areas = AreaOfLearning::defaultSet(school.id);
        for (const AreaOfLearning &a : areas)
            if (!save(store, a))
                return false;
        term.id = newUuid();
        term.schoolId = school.id;
        term.name = QStringLiteral("Autumn 2026");
        term.startsOn = QDate(2026, 9, 2);
        term.halfTermStartsOn = QDate(2026, 10, 26);
        term.halfTermEndsOn = QDate(2026, 10, 30);
        term.endsOn = QDate(2026, 12, 18);
        term.applyStandardCycle();
        if (!save(store, term))
            return false;
        const auto a = addPupil(store, QStringLiteral("Ava"), QStringLiteral("Smith"),
                                MediaConsent::ShareableWithParents, &avaTargets);
        const auto c = addPupil(store, QStringLiteral("Cara"), QStringLiteral("Brown"),
                                MediaConsent::InternalOnly, &caraTargets);
        if (!a || !c)
            return false;
        ava = *a;
        cara = *c;
        return true;
    }

    // A pupil of Oak in Year 5 with an EHCP outcome, an ILP this term and a target in each area.
    std::optional<Pupil> addPupil(Store &store, const QString &first, const QString &last,
                                  MediaConsent consent, QList<Target> *targets)
    {
        Pupil p;
        p.id = newUuid();
        p.schoolId = school.id;
        p.classId = oak.id;
        p.upn = QStringLiteral("%1%2").arg(first.left(1)).arg(123456789012LL + pupilCount++);
        p.firstName = first;
        p.surname = last;
        p.yearGroup = 5;
        p.keyStage = 2;
        p.specificNeeds = QStringLiteral("ASD, SLD");
        p.mediaConsent = consent;
        EhcpOutcome o;
        o.id = newUuid();
        o.pupilId = p.id;
        o.reference = QStringLiteral("EO1");
        o.text = QStringLiteral("%1 will communicate needs and wants using symbols.").arg(first);
        p.ehcpOutcomes << o;
        if (!save(store, p) || !targetsFor(store, p, targets))
            return std::nullopt;
        return p;
    }

    bool targetsFor(Store &store, const Pupil &pupil, QList<Target> *targets)
    {
        const Ilp ilp{newUuid(), pupil.id, term.id, QString()};
        if (!save(store, ilp))
            return false;
        int order = 0;
        for (const AreaOfLearning &area : areas) {
            if (!area.appliesTo(pupil.keyStage))
                continue;
            Target t;
            t.id = newUuid();
            t.ilpId = ilp.id;
            t.areaId = area.id;
            t.text =
                QStringLiteral("%1 will request a drink using a symbol at snack time, 4 times out of 5 (%2)")
                    .arg(pupil.firstName, area.name);
            t.ehcpOutcomeIds << pupil.ehcpOutcomes.first().id;
            t.sortOrder = ++order;
            if (!save(store, t))
                return false;
            *targets << t;
        }
        return true;
    }

    // A media file in the store, with its reference.
    bool putMedia(const QByteArray &bytes, MediaRole role, const QString &mime, QSize size,
                  QList<MediaReference> *into)
    {
        const MediaStore::PutResult put = media->put(bytes);
        if (!put.ok) {
            error = put.message;
            return false;
        }
        MediaReference m;
        m.sha256 = put.sha256;
        m.role = role;
        m.mimeType = mime;
        m.byteSize = put.byteSize;
        m.widthPx = size.width();
        m.heightPx = size.height();
        *into << m;
        return true;
    }

    // Evidence of `pupil` against `target`: a photo (`photoSize` pixels, with a 320-pixel thumbnail
    // as capture makes), a video (its bytes stand in; its still frame is a real JPEG), a voice note
    // or a written observation.
    std::optional<EvidenceItem> addEvidence(Store &store, const Pupil &pupil, const Target &target,
                                            EvidenceKind kind, const QString &note,
                                            QSize photoSize = QSize(1600, 1200))
    {
        EvidenceItem item;
        item.id = newUuid();
        item.schoolId = school.id;
        item.kind = kind;
        item.capturedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 15)).addDays(seed);
        item.capturedBy = assessor.id;
        item.note = note;
        item.pupils = {{pupil.id, {target.id}}};
        item.promptLevel = PromptLevel::Gestural;
        item.setting = QStringLiteral("Classroom");
        item.visibility = pupil.mediaConsent == MediaConsent::ShareableWithParents
                              ? Visibility::ShareableWithParents
                              : Visibility::InternalOnly;
        ++seed;
        const QSize thumb = photoSize.scaled(320, 320, Qt::KeepAspectRatio);
        bool ok = true;
        switch (kind) {
        case EvidenceKind::Photo:
        case EvidenceKind::WorkSample:
            ok = putMedia(photoOriginal.isEmpty()
                              ? jpeg(photoSize, seed)
                              : photoOriginal + QByteArray("stride-bench") + QByteArray::number(seed),
                          MediaRole::Original, QStringLiteral("image/jpeg"), photoSize, &item.media) &&
                 putMedia(jpeg(thumb, seed), MediaRole::Thumbnail, QStringLiteral("image/jpeg"), thumb,
                          &item.media);
            break;
        case EvidenceKind::Video:
            ok = putMedia(QByteArray("a video's bytes ") + QByteArray::number(seed), MediaRole::Original,
                          QStringLiteral("video/mp4"), QSize(1280, 720), &item.media) &&
                 putMedia(jpeg(QSize(320, 180), seed), MediaRole::Thumbnail, QStringLiteral("image/jpeg"),
                          QSize(320, 180), &item.media);
            if (ok)
                item.media.first().durationMs = 42000;
            break;
        case EvidenceKind::Audio:
            ok = putMedia(QByteArray("a voice note's bytes ") + QByteArray::number(seed), MediaRole::Original,
                          QStringLiteral("audio/mp4"), QSize(), &item.media);
            if (ok)
                item.media.first().durationMs = 7000;
            break;
        case EvidenceKind::Written:
            break;
        }
        if (!ok || !save(store, item))
            return std::nullopt;
        return item;
    }

    // Judgements of a target in the assessment table's three roles; `assessor` holds each number the
    // assessor circled in turn (a changed mind supersedes the one before).
    bool judge(Store &store, const Target &target, QList<TargetStatus> assessorSteps,
               TargetStatus moderatorStatus, std::optional<TargetStatus> seniorStatus)
    {
        QString previous;
        QDateTime at(QDate(2026, 11, 20), QTime(9, 0));
        for (TargetStatus s : assessorSteps) {
            Judgement j;
            j.id = newUuid();
            j.targetId = target.id;
            j.role = JudgementRole::Assessor;
            j.status = s;
            j.nextStep = NextStep::Continue;
            j.judgedBy = assessor.id;
            j.judgedAt = at;
            j.supersedesId = previous;
            previous = j.id;
            at = at.addDays(1);
            if (!save(store, j))
                return false;
        }
        Judgement m;
        m.id = newUuid();
        m.targetId = target.id;
        m.role = JudgementRole::Moderator;
        m.status = moderatorStatus;
        m.judgedBy = moderator.id;
        m.judgedAt = QDateTime(QDate(2026, 11, 25), QTime(15, 30));
        if (!save(store, m))
            return false;
        if (seniorStatus) {
            Judgement s = m;
            s.id = newUuid();
            s.role = JudgementRole::SeniorLeader;
            s.status = *seniorStatus;
            s.judgedBy = senior.id;
            s.judgedAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0));
            if (!save(store, s))
                return false;
        }
        return true;
    }

    std::optional<AssessmentModerationForm> addAssessmentForm(Store &store, const Target &target,
                                                              const QList<EvidenceItem> &evidence)
    {
        AssessmentModerationForm f;
        f.id = newUuid();
        f.targetId = target.id;
        f.assessorId = assessor.id;
        f.startingPoint = QStringLiteral("Reached for the cup when it was held up; no symbol use yet.");
        f.provisionUsed = QStringLiteral("Daily PECS sessions with a TA; symbol strip on the snack table.");
        for (const EvidenceItem &e : evidence)
            f.evidenceIds << e.id;
        f.progressEvidenceNote = QStringLiteral("Snack-time tally chart for November.");
        f.currentAbilities = QStringLiteral("Hands over the drink symbol at snack time on most days.");
        f.moderatorId = moderator.id;
        f.moderatorExplanation = QStringLiteral("The videos show requests with a gestural prompt only.");
        f.moderatorAgreed = false;
        f.disagreementSource = QStringLiteral("Whether a gestural prompt still counts as met.");
        f.seniorLeaderId = senior.id;
        f.assessorModeratorAgreed = false;
        f.mindChangedBy = MindChangedBy::Assessor;
        f.sltComments = QStringLiteral("Evidence is strong but prompted; the tally shows 3 of 5.");
        f.sltFinalDecision = QStringLiteral("Partially met: continue the target next term.");
        f.finalStatus = TargetStatus::PartiallyMet;
        f.moderationOutcome = ModerationOutcome::Down;
        f.createdAt = QDateTime(QDate(2026, 11, 19), QTime(16, 0));
        f.assessorShownAt = QDateTime(QDate(2026, 11, 25), QTime(15, 45));
        f = withWhatTheModeratorSaw(store, f);
        if (!save(store, f))
            return std::nullopt;
        return f;
    }

    std::optional<TargetSettingModerationForm> addTargetSettingForm(Store &store, const Pupil &pupil,
                                                                    const Target &previous)
    {
        TargetSettingModerationForm f;
        f.id = newUuid();
        f.pupilId = pupil.id;
        f.areaId = previous.areaId;
        f.termId = term.id;
        f.previousTargetId = previous.id;
        f.setterId = assessor.id;
        f.previousStatus = TargetStatus::PartiallyMet;
        f.nextStep = NextStep::Amend;
        f.proposedTargetText =
            QStringLiteral(
                "%1 will request a drink or a snack with a two-symbol sentence strip, 4 times out of 5.")
                .arg(pupil.firstName);
        f.originalProposedText = QStringLiteral("%1 will ask for snack with symbols.").arg(pupil.firstName);
        f.reasons = QStringLiteral("Uses single symbols reliably; ready to join two.");
        f.ehcpOutcomeIds = {pupil.ehcpOutcomes.first().id};
        f.plannedProvision = QStringLiteral("Sentence strip modelled at every snack; weekly speech therapy.");
        f.moderatorId = moderator.id;
        f.clearEhcpLink = QStringLiteral("Yes, EO1 communication.");
        f.successCriteriaEmbedded = QStringLiteral("Yes: 4 times out of 5.");
        f.clearWhatMetLooksLike = QStringLiteral("Yes, counted on the tally chart.");
        f.provisionSuitable = QStringLiteral("Suitable, with the speech therapist's plan.");
        f.otherSuggestions = QStringLiteral("Try the strip at lunch as well.");
        f.challenge = ChallengeLevel::JustRight;
        f.suggestedRewrite = f.proposedTargetText;
        f.setterAcceptsAmendment = true;
        f.seniorLeaderId = senior.id;
        f.amendmentProposed = true;
        f.amendmentAccepted = true;
        f.moderationOutcome = QStringLiteral("Agreed as rewritten by the moderator.");
        f.createdAt = QDateTime(QDate(2026, 11, 26), QTime(16, 0));
        if (!save(store, f))
            return std::nullopt;
        return f;
    }
};

} // namespace PackFixture
