#include "evidencelistmodel.h"

#include "../mediafiles.h"
#include "../pupiltargets.h"
#include "../session.h"
#include "../wording.h"

#include "store/store.h"

namespace Stride {

EvidenceListModel::EvidenceListModel(QObject *parent) : SessionListModel(parent) {}

void EvidenceListModel::setMedia(MediaFiles *media)
{
    if (m_media == media)
        return;
    if (m_media)
        disconnect(m_media, nullptr, this, nullptr);
    m_media = media;
    if (m_media)
        connect(m_media, &MediaFiles::fileArrived, this, &EvidenceListModel::mediaArrived);
    emit mediaChanged();
    reload();
}

void EvidenceListModel::mediaArrived()
{
    // Cheap: thumbnails are looked up by name on the disk, and a page holds at most a few dozen.
    for (int i = 0; i < m_rows.size(); ++i) {
        const QUrl thumbnail = m_media->thumbnailOf(m_rows[i].item);
        if (thumbnail != m_rows[i].thumbnail) {
            m_rows[i].thumbnail = thumbnail;
            emit dataChanged(index(i), index(i), {ThumbnailUrlRole});
        }
    }
}

void EvidenceListModel::filterUpdated()
{
    emit filterChanged();
    reload();
}

void EvidenceListModel::setPupilId(const QString &id)
{
    if (m_filter.pupilId == id)
        return;
    m_filter.pupilId = id;
    filterUpdated();
}

void EvidenceListModel::setTargetId(const QString &id)
{
    if (m_filter.targetId == id)
        return;
    m_filter.targetId = id;
    filterUpdated();
}

QString EvidenceListModel::kind() const
{
    return m_filter.kind ? toKey(*m_filter.kind) : QString();
}

void EvidenceListModel::setKind(const QString &key)
{
    const auto kind = fromKey<EvidenceKind>(key);
    if (kind == m_filter.kind)
        return;
    m_filter.kind = kind;
    filterUpdated();
}

QString EvidenceListModel::promptLevel() const
{
    return m_filter.promptLevel ? toKey(*m_filter.promptLevel) : QString();
}

void EvidenceListModel::setPromptLevel(const QString &key)
{
    const auto level = fromKey<PromptLevel>(key);
    if (level == m_filter.promptLevel)
        return;
    m_filter.promptLevel = level;
    filterUpdated();
}

QString EvidenceListModel::fromDate() const
{
    return m_filter.from.toString(Qt::ISODate);
}

void EvidenceListModel::setFromDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (date == m_filter.from)
        return;
    m_filter.from = date;
    filterUpdated();
}

QString EvidenceListModel::toDate() const
{
    return m_filter.to.toString(Qt::ISODate);
}

void EvidenceListModel::setToDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (date == m_filter.to)
        return;
    m_filter.to = date;
    filterUpdated();
}

bool EvidenceListModel::filtered() const
{
    return m_filter.kind || m_filter.promptLevel || m_filter.from.isValid() || m_filter.to.isValid();
}

void EvidenceListModel::clearFilters()
{
    if (!filtered())
        return;
    m_filter.kind.reset();
    m_filter.promptLevel.reset();
    m_filter.from = {};
    m_filter.to = {};
    filterUpdated();
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString EvidenceListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item.id : QString();
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const EvidenceItem &e = row.item;
    const QDateTime local = e.capturedAt.toLocalTime();
    switch (role) {
    case EvidenceIdRole:
        return e.id;
    case KindRole:
        return int(e.kind); // QML: Vocabulary.EvidenceKind
    case KindTextRole:
        return toLabel(e.kind);
    case WhenTextRole:
        return local.toString(QStringLiteral("ddd d MMM, HH:mm"));
    case DayTextRole:
        return local.date().toString(QStringLiteral("dddd d MMMM yyyy"));
    case ByTextRole:
        return row.byText;
    case Qt::DisplayRole:
    case NoteRole:
        return e.note;
    case PromptTextRole:
        return e.promptLevel ? toLabel(*e.promptLevel) : QString();
    case SettingTextRole:
        return Wording::setting(e.setting);
    case MeasureRole:
        return e.measure;
    case LearnerVoiceRole:
        return e.learnerVoice;
    case PupilsTextRole:
        return row.pupilsText;
    case TargetsTextRole:
        return row.targetsText;
    case ThumbnailUrlRole:
        return row.thumbnail;
    case DurationTextRole:
        for (const MediaReference &m : e.media)
            if (m.role == MediaRole::Original && m.durationMs > 0)
                return Wording::runningTime(m.durationMs);
        return QString();
    case VisibilityRole:
        return int(e.visibility); // QML: Vocabulary.Visibility
    case VisibilityTextRole:
        return toLabel(e.visibility);
    }
    return {};
}

QHash<int, QByteArray> EvidenceListModel::roleNames() const
{
    return {{EvidenceIdRole, "evidenceId"},
            {KindRole, "kind"},
            {KindTextRole, "kindText"},
            {WhenTextRole, "whenText"},
            {DayTextRole, "dayText"},
            {ByTextRole, "byText"},
            {NoteRole, "note"},
            {PromptTextRole, "promptText"},
            {SettingTextRole, "settingText"},
            {MeasureRole, "measure"},
            {LearnerVoiceRole, "learnerVoice"},
            {PupilsTextRole, "pupilsText"},
            {TargetsTextRole, "targetsText"},
            {ThumbnailUrlRole, "thumbnailUrl"},
            {DurationTextRole, "durationText"},
            {VisibilityRole, "visibility"},
            {VisibilityTextRole, "visibilityText"}};
}

QList<EvidenceItem> EvidenceListModel::readPage(const QDateTime &before) const
{
    Store *store = openStore();
    if (!store || (m_filter.pupilId.isEmpty() && m_filter.targetId.isEmpty()))
        return {};
    return store->evidence(m_filter, kPageSize, before);
}

EvidenceListModel::Row EvidenceListModel::rowFor(const EvidenceItem &item)
{
    Store *store = openStore();
    Row row;
    row.item = item;
    if (!m_staffNames.contains(item.capturedBy)) {
        const auto member = store ? store->staff(item.capturedBy) : std::nullopt;
        m_staffNames.insert(item.capturedBy, member ? member->displayName() : tr("Someone no longer here"));
    }
    row.byText = m_staffNames.value(item.capturedBy);
    // In a group, name the others: "with Ruby and Oliver".
    QStringList others;
    QStringList areas;
    for (const EvidencePupil &p : item.pupils) {
        if (!m_pupilNames.contains(p.pupilId)) {
            const auto pupil = store ? store->pupil(p.pupilId) : std::nullopt;
            m_pupilNames.insert(p.pupilId, pupil ? pupil->firstName : QString());
        }
        if (p.pupilId != m_filter.pupilId)
            others << m_pupilNames.value(p.pupilId);
        if (!m_filter.pupilId.isEmpty() && p.pupilId != m_filter.pupilId)
            continue; // only this pupil's targets on their timeline
        for (const QString &t : p.targetIds) {
            if (!m_areaNames.contains(t) && session())
                m_areaNames.insert(t, PupilTargets::areaNameOf(*session(), t));
            areas << m_areaNames.value(t);
        }
    }
    others.removeAll(QString());
    if (!m_filter.pupilId.isEmpty())
        row.pupilsText = others.isEmpty() ? QString() : tr("With %1").arg(Wording::names(others));
    else
        row.pupilsText = Wording::names(others);
    areas.removeDuplicates();
    row.targetsText = areas.join(QStringLiteral(" · "));
    if (m_media)
        row.thumbnail = m_media->thumbnailOf(item);
    return row;
}

void EvidenceListModel::refill()
{
    m_rows.clear();
    m_staffNames.clear();
    m_pupilNames.clear();
    m_areaNames.clear();
    const QList<EvidenceItem> page = readPage({});
    for (const EvidenceItem &e : page)
        m_rows << rowFor(e);
    m_more = page.size() == kPageSize;
    m_loaded = openStore() != nullptr;
}

bool EvidenceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void EvidenceListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    const QList<EvidenceItem> page = readPage(m_rows.last().item.capturedAt);
    m_more = page.size() == kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const EvidenceItem &e : page)
        m_rows << rowFor(e);
    endInsertRows();
    emit countChanged();
}

} // namespace Stride
