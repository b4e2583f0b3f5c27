#include "evidencedetail.h"

#include "mediafiles.h"
#include "session.h"
#include "wording.h"

#include "domain/evidencedeleterule.h"
#include "domain/validation.h"
#include "store/store.h"

#include <algorithm>

namespace Stride {

namespace {

// The evidence item's columns its history shows, in this order. Others (ids, clocks) are not shown.
const QStringList &historyFields()
{
    static const QStringList fields{QStringLiteral("kind"),           QStringLiteral("note"),
                                    QStringLiteral("prompt_level"),   QStringLiteral("setting"),
                                    QStringLiteral("people_present"), QStringLiteral("measure"),
                                    QStringLiteral("learner_voice"),  QStringLiteral("visibility")};
    return fields;
}

QString quoted(const QString &text)
{
    QString t = text;
    if (t.size() > 120)
        t = t.left(117) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(t);
}

} // namespace

EvidenceDetail::EvidenceDetail(QObject *parent) : EvidenceTags(parent) {}

void EvidenceDetail::setSession(Session *session)
{
    if (m_session == session)
        return;
    m_session = session;
    emit sessionChanged();
    reload();
}

void EvidenceDetail::setMedia(MediaFiles *media)
{
    if (m_media == media)
        return;
    if (m_media)
        disconnect(m_media, nullptr, this, nullptr);
    m_media = media;
    // A file of this item fetched from the school's store: its addresses are read again, and
    // nothing else is, so tags being edited meanwhile are kept.
    if (m_media)
        connect(m_media, &MediaFiles::fileArrived, this, [this](const QString &sha256) {
            for (const MediaReference &m : m_item.media)
                if (m.sha256 == sha256) {
                    emit itemChanged();
                    return;
                }
        });
    emit sessionChanged();
    emit itemChanged();
}

void EvidenceDetail::setEvidenceId(const QString &id)
{
    if (m_evidenceId == id)
        return;
    m_evidenceId = id;
    emit evidenceIdChanged();
    reload();
}

void EvidenceDetail::reload()
{
    m_found = false;
    m_canDelete = false;
    m_item = {};
    m_saved = {};
    m_byText.clear();
    QList<Pupil> pupils;
    const Store *store = m_session && m_session->store().isOpen() ? &m_session->store() : nullptr;
    const auto item = store && !m_evidenceId.isEmpty() ? store->evidenceItem(m_evidenceId) : std::nullopt;
    if (item) {
        m_found = true;
        m_item = *item;
        m_saved = *item;
        const auto member = store->staff(item->capturedBy);
        m_byText = member ? member->displayName() : tr("someone no longer at the school");
        for (const EvidencePupil &p : item->pupils)
            if (const auto pupil = store->pupil(p.pupilId))
                pupils << *pupil;
        const auto reader = store->staff(m_session->staffId());
        m_canDelete = reader && EvidenceDeleteRule::allows(*reader, *item, pupils);
        // Who looked at which pupil's evidence, for the school's audit log: once per opening by a
        // person, not again when the page reloads (after a save, or a file arriving).
        const QString opening = m_evidenceId + QLatin1Char('/') + m_session->staffId();
        if (m_session->signedIn() && m_openingRecorded != opening &&
            m_session->store().recordEvidenceOpened(m_evidenceId))
            m_openingRecorded = opening;
    }
    // Saved already: shown as it is, even where consent has since been narrowed.
    setConsent(ConsentCheck::of(pupils, m_item.kind), pupils, false);
    describePupils(m_session);
    rebuildHistory();
    emit itemChanged();
    emit targetsChanged();
    emit tagsChanged();
    emit dirtyChanged();
}

QString EvidenceDetail::capturedText() const
{
    if (!m_found)
        return {};
    const QDateTime local = m_item.capturedAt.toLocalTime();
    return tr("%1 at %2", "a day, then a time: \"Wednesday 2 December 2026 at 10:42\"")
        .arg(local.date().toString(QStringLiteral("dddd d MMMM yyyy")),
             local.time().toString(QStringLiteral("HH:mm")));
}

QUrl EvidenceDetail::imageUrl() const
{
    if (!m_media || !(m_item.kind == EvidenceKind::Photo || m_item.kind == EvidenceKind::WorkSample))
        return {};
    return m_media->originalOf(m_item);
}

QUrl EvidenceDetail::playbackUrl() const
{
    if (!m_media || !(m_item.kind == EvidenceKind::Video || m_item.kind == EvidenceKind::Audio))
        return {};
    return m_media->originalOf(m_item);
}

QUrl EvidenceDetail::thumbnailUrl() const
{
    return m_media ? m_media->thumbnailOf(m_item) : QUrl();
}

QString EvidenceDetail::mediaText() const
{
    for (const MediaReference &m : m_item.media) {
        if (m.role != MediaRole::Original)
            continue;
        if (m.durationMs > 0)
            return QStringLiteral("%1, %2").arg(toLabel(m_item.kind), Wording::runningTime(m.durationMs));
        if (m.widthPx > 0)
            return QStringLiteral("%1, %2 × %3").arg(toLabel(m_item.kind)).arg(m.widthPx).arg(m.heightPx);
    }
    return toLabel(m_item.kind);
}

bool EvidenceDetail::mediaMissing() const
{
    return m_found && needsMedia() && (!m_media || m_media->originalOf(m_item).isEmpty());
}

QString EvidenceDetail::originalSha() const
{
    return MediaFiles::originalShaOf(m_item);
}

void EvidenceDetail::edited()
{
    setMessage({});
    emit dirtyChanged();
}

bool EvidenceDetail::save()
{
    if (!m_found || !m_session)
        return false;
    if (!dirty())
        return true;
    EvidenceItem item = m_item;
    item.note = item.note.trimmed();
    const WriteResult result = m_session->store().save(item);
    if (!result.ok) {
        setMessage(result.message);
        return false;
    }
    reload();
    m_session->noteEvidenceChanged();
    setMessage(tr("Changes saved."));
    return true;
}

void EvidenceDetail::revert()
{
    m_item = m_saved;
    emit targetsChanged();
    emit tagsChanged();
    edited();
}

bool EvidenceDetail::remove()
{
    if (!m_found || !m_session)
        return false;
    const WriteResult result = m_session->store().removeEvidenceItem(m_item.id);
    if (!result.ok) {
        setMessage(result.message);
        return false;
    }
    m_found = false;
    emit itemChanged();
    m_session->noteEvidenceChanged();
    emit removed();
    return true;
}

void EvidenceDetail::rebuildHistory()
{
    m_history.clear();
    if (!m_found || !m_session) {
        emit historyChanged();
        return;
    }
    const Store &store = m_session->store();
    // The item's own row, and its links to pupils' targets: every target the form can show,
    // so a link made and later taken away is in the history too.
    QList<Mutation> all = store.mutationsOf(QStringLiteral("evidence_item"), m_item.id);
    QHash<QString, QString> linkLabels; // link row id -> "Communication and Interaction (Alfie)"
    for (const QVariant &pv : pupils()) {
        const QVariantMap p = pv.toMap();
        for (const QVariant &tv : p.value(QStringLiteral("targets")).toList()) {
            const QVariantMap t = tv.toMap();
            const QString id = linkId(m_item.id, t.value(QStringLiteral("targetId")).toString());
            linkLabels.insert(id, tr("%1 (%2)", "an area of learning, then a pupil's first name")
                                      .arg(t.value(QStringLiteral("areaName")).toString(),
                                           p.value(QStringLiteral("firstName")).toString()));
            all << store.mutationsOf(QStringLiteral("evidence_target"), id);
        }
    }
    std::sort(all.begin(), all.end(), [](const Mutation &a, const Mutation &b) { return a.seq < b.seq; });

    // One entry per save: the mutations one person made within a moment of each other.
    struct Entry
    {
        QDateTime at;
        QString author;
        bool created = false;
        QStringList lines;
    };
    QList<Entry> entries;
    for (const Mutation &m : all) {
        if (entries.isEmpty() || entries.last().author != m.authorStaffId ||
            std::abs(entries.last().at.msecsTo(m.recordedAt)) > 2000)
            entries.append({m.recordedAt, m.authorStaffId, false, {}});
        Entry &e = entries.last();
        if (m.entity == QLatin1String("evidence_item")) {
            if (m.op == QLatin1String("upsert") && m.previous.isEmpty() &&
                m.fields.contains(QStringLiteral("captured_at"))) {
                e.created = true;
                continue;
            }
            for (const QString &f : historyFields()) {
                if (!m.fields.contains(f))
                    continue;
                const QString now = Wording::fieldValue(f, m.fields.value(f));
                const QString was = Wording::fieldValue(f, m.previous.value(f));
                const QString l = Wording::fieldLabel(f);
                if (was.isEmpty())
                    e.lines << tr("%1: added %2", "a field, then its new value").arg(l, quoted(now));
                else if (now.isEmpty())
                    e.lines << tr("%1: removed (was %2)", "a field, then its old value").arg(l, quoted(was));
                else
                    e.lines << tr("%1: was %2, now %3", "a field, its old value, its new value")
                                   .arg(l, quoted(was), quoted(now));
            }
        } else {
            const QString what = linkLabels.value(m.entityId, tr("a target"));
            if (m.op == QLatin1String("delete"))
                e.lines << tr("No longer linked to %1", "a target: \"Communication (Alfie)\"").arg(what);
            else if (m.previous.isEmpty())
                e.lines << tr("Linked to %1", "a target: \"Communication (Alfie)\"").arg(what);
        }
    }
    QHash<QString, QString> names;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (!it->created && it->lines.isEmpty())
            continue;
        if (!names.contains(it->author)) {
            const auto member = store.staff(it->author);
            names.insert(it->author, member ? member->displayName() : tr("Someone on another tablet"));
        }
        const QDateTime local = it->at.toLocalTime();
        m_history.append(
            QVariantMap{{QStringLiteral("whenText"), local.toString(QStringLiteral("d MMM yyyy, HH:mm"))},
                        {QStringLiteral("byText"), names.value(it->author)},
                        {QStringLiteral("heading"), it->created ? tr("Captured") : tr("Changed")},
                        {QStringLiteral("lines"), it->lines}});
    }
    emit historyChanged();
}

} // namespace Stride
