#include "profilehighlights.h"

#include "../pupiltargets.h"

#include "domain/validation.h"
#include "store/store.h"
#include "termend/profileconsent.h"

#include <QBuffer>

namespace Stride {

namespace {

QString dayText(const QDateTime &when)
{
    return when.toLocalTime().date().toString(QStringLiteral("ddd d MMM yyyy"));
}

bool hasPicture(EvidenceKind kind)
{
    return kind == EvidenceKind::Photo || kind == EvidenceKind::WorkSample || kind == EvidenceKind::Video;
}

} // namespace

ProfileHighlights::ProfileHighlights(QObject *parent) : QObject(parent) {}

void ProfileHighlights::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void ProfileHighlights::setMedia(MediaFiles *media)
{
    if (m_media == media)
        return;
    m_media = media;
    emit mediaChanged();
    reload();
}

void ProfileHighlights::setPupilId(const QString &pupilId)
{
    if (pupilId == m_pupilId)
        return;
    m_pupilId = pupilId;
    emit pupilIdChanged();
    reload();
}

void ProfileHighlights::reload()
{
    m_found = false;
    m_canChoose = false;
    m_pupilName.clear();
    m_termId.clear();
    m_data = {};
    m_highlights.clear();
    m_chosen.clear();
    m_candidates.clear();
    const Store *store = m_session ? &m_session->store() : nullptr;
    const auto pupil = store && !m_pupilId.isEmpty() ? store->pupil(m_pupilId) : std::nullopt;
    if (pupil) {
        m_found = true;
        m_pupilName = pupil->displayName();
        m_termId = m_session->termId();
        if (const auto me = store->staff(m_session->staffId()))
            m_canChoose = me->hasRole(StaffRole::Teacher) || me->hasRole(StaffRole::SeniorLeader);
        m_data = OnePageProfile::read(*store, pupil->id, m_termId, m_media ? &m_media->store() : nullptr);
        m_highlights = store->profileHighlights(pupil->id, m_termId);
        QHash<QString, EvidenceItem> items;
        for (const OnePageProfile::Card &card : m_data.cards) {
            const auto item = store->evidenceItem(card.evidenceId);
            if (!item)
                continue;
            items.insert(item->id, *item);
            m_chosen << QVariantMap{
                {QStringLiteral("highlightId"), card.highlightId},
                {QStringLiteral("evidenceId"), card.evidenceId},
                // What the teacher wrote for the family; empty while the staff note stands in.
                {QStringLiteral("caption"), card.captionWrittenForStaff ? QString() : card.caption},
                {QStringLiteral("staffNote"), item->note},
                {QStringLiteral("captionWrittenForStaff"), card.captionWrittenForStaff},
                {QStringLiteral("dayText"), dayText(item->capturedAt)},
                {QStringLiteral("area"), card.area},
                {QStringLiteral("kindText"), toLabel(item->kind)},
                {QStringLiteral("thumbnailUrl"), m_media ? m_media->thumbnailOf(*item) : QUrl()},
                {QStringLiteral("photoPrints"), !card.picture.isNull()},
                {QStringLiteral("wordsOnlyReason"), card.wordsOnlyReason},
            };
        }
        EvidenceFilter filter;
        filter.pupilId = pupil->id;
        if (const auto term = store->term(m_termId)) {
            filter.from = term->startsOn;
            filter.to = term->endsOn;
        }
        QHash<QString, Pupil> pupils{{pupil->id, *pupil}};
        for (const EvidenceItem &item : store->evidence(filter, 300)) {
            QStringList areas;
            QList<Pupil> inIt;
            for (const EvidencePupil &ep : item.pupils) {
                if (!pupils.contains(ep.pupilId))
                    if (const auto p = store->pupil(ep.pupilId))
                        pupils.insert(p->id, *p);
                if (pupils.contains(ep.pupilId))
                    inIt << pupils.value(ep.pupilId);
                if (ep.pupilId == pupil->id)
                    for (const QString &targetId : ep.targetIds)
                        areas << PupilTargets::areaNameOf(*m_session, targetId);
            }
            areas.removeAll(QString());
            areas.removeDuplicates();
            bool chosen = false;
            for (const ProfileHighlight &h : m_highlights)
                chosen = chosen || h.evidenceId == item.id;
            const bool picture = hasPicture(item.kind);
            const ProfilePhotoConsent consent = ProfilePhotoConsent::of(item, inIt);
            m_candidates << QVariantMap{
                {QStringLiteral("evidenceId"), item.id},
                {QStringLiteral("dayText"), dayText(item.capturedAt)},
                {QStringLiteral("kindText"), toLabel(item.kind)},
                {QStringLiteral("area"), areas.join(QStringLiteral(" · "))},
                {QStringLiteral("promptText"), item.promptLevel ? toLabel(*item.promptLevel) : QString()},
                {QStringLiteral("note"), item.note},
                {QStringLiteral("thumbnailUrl"), m_media ? m_media->thumbnailOf(item) : QUrl()},
                {QStringLiteral("chosen"), chosen},
                {QStringLiteral("hasPicture"), picture},
                {QStringLiteral("photoPrints"), picture && consent.mayPrint},
                {QStringLiteral("wordsOnlyReason"), picture ? consent.reason : QString()},
            };
        }
    }
    emit loaded();
}

bool ProfileHighlights::refuseIfCannotChoose()
{
    if (m_canChoose)
        return false;
    setMessage(tr("Only teachers and senior leaders choose the highlights for a family's profile."));
    return true;
}

bool ProfileHighlights::saveHighlight(const ProfileHighlight &highlight)
{
    const WriteResult r = m_session->store().save(highlight);
    if (!r.ok)
        setMessage(r.message);
    return r.ok;
}

bool ProfileHighlights::choose(const QString &evidenceId)
{
    if (!m_session || refuseIfCannotChoose())
        return false;
    for (const ProfileHighlight &h : m_highlights)
        if (h.evidenceId == evidenceId)
            return remove(h.id);
    if (m_highlights.size() >= OnePageProfile::kMostHighlights) {
        setMessage(tr("The page holds %1 highlights. Take one off before choosing another.")
                       .arg(OnePageProfile::kMostHighlights));
        return false;
    }
    ProfileHighlight h;
    h.id = newId();
    h.pupilId = m_pupilId;
    h.termId = m_termId;
    h.evidenceId = evidenceId;
    h.chosenBy = m_session->staffId();
    h.sortOrder = m_highlights.isEmpty() ? 0 : m_highlights.last().sortOrder + 1;
    const bool ok = saveHighlight(h);
    if (ok)
        setMessage(tr("Added to the page. Write what it shows in words for the family."));
    reload();
    return ok;
}

bool ProfileHighlights::remove(const QString &highlightId)
{
    if (!m_session || refuseIfCannotChoose())
        return false;
    const WriteResult r = m_session->store().removeProfileHighlight(highlightId);
    setMessage(r.ok ? tr("Taken off the page.") : r.message);
    reload();
    return r.ok;
}

bool ProfileHighlights::setCaption(const QString &highlightId, const QString &caption)
{
    if (!m_session || refuseIfCannotChoose())
        return false;
    for (ProfileHighlight h : m_highlights) {
        if (h.id != highlightId)
            continue;
        if (h.caption == caption.trimmed())
            return true;
        h.caption = caption.trimmed();
        const bool ok = saveHighlight(h);
        if (ok)
            setMessage(tr("Caption saved."));
        reload();
        return ok;
    }
    return false;
}

bool ProfileHighlights::move(const QString &highlightId, int step)
{
    if (!m_session || refuseIfCannotChoose())
        return false;
    QList<ProfileHighlight> order = m_highlights;
    qsizetype at = -1;
    for (qsizetype i = 0; i < order.size(); ++i)
        if (order.at(i).id == highlightId)
            at = i;
    const qsizetype to = at + (step < 0 ? -1 : 1);
    if (at < 0 || to < 0 || to >= order.size())
        return false;
    order.swapItemsAt(at, to);
    // Every highlight numbered in its new place, in one transaction: the page's order is whole.
    const bool ok = m_session->store().transaction([&] {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order.at(i).sortOrder == int(i))
                continue;
            ProfileHighlight h = order.at(i);
            h.sortOrder = int(i);
            if (!saveHighlight(h))
                return false;
        }
        return true;
    });
    reload();
    return ok;
}

void ProfileHighlights::makePreview(int width)
{
    const QImage image = OnePageProfile::preview(m_data, qBound(200, width, 2000));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    m_preview = QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(bytes.toBase64());
    emit previewChanged();
}

void ProfileHighlights::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

} // namespace Stride
