#include "targetlistmodel.h"

#include "../session.h"
#include "../wording.h"

#include "store/store.h"

#include <algorithm>

namespace Stride {

TargetListModel::TargetListModel(QObject *parent) : SessionListModel(parent) {}

void TargetListModel::setPupilId(const QString &pupilId)
{
    if (m_pupilId == pupilId)
        return;
    m_pupilId = pupilId;
    reload();
    emit pupilIdChanged();
}

int TargetListModel::targetCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.targetId.isEmpty(); }));
}

QString TargetListModel::firstTargetId() const
{
    const auto first =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return !r.targetId.isEmpty(); });
    return first == m_rows.cend() ? QString() : first->targetId;
}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case TargetIdRole:
        return row.targetId;
    case AreaIdRole:
        return row.areaId;
    case AreaNameRole:
        return row.areaName;
    case AreaKindRole:
        return row.areaKind;
    case AreaIndexRole:
        return row.areaIndex;
    case SectionRole:
        return row.section;
    case HasTargetRole:
        return !row.targetId.isEmpty();
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case AspectsRole:
        return row.aspects;
    case EhcpRefsRole:
        return row.ehcpRefs;
    case EhcpTextRole:
        return row.ehcpText;
    case LineageRole:
        return int(row.lineage); // QML: Vocabulary.TargetLineage
    case LineageTextRole:
        return row.lineageText;
    case EvidenceCountRole:
        return row.evidenceCount;
    case EvidenceTextRole:
        return Wording::evidenceThisTerm(row.evidenceCount);
    case ProvisionRole:
        return row.provision;
    }
    return {};
}

QHash<int, QByteArray> TargetListModel::roleNames() const
{
    return {{TargetIdRole, "targetId"},         {AreaIdRole, "areaId"},
            {AreaNameRole, "areaName"},         {AreaKindRole, "areaKind"},
            {AreaIndexRole, "areaIndex"},       {SectionRole, "section"},
            {HasTargetRole, "hasTarget"},       {TextRole, "text"},
            {AspectsRole, "aspects"},           {EhcpRefsRole, "ehcpRefs"},
            {EhcpTextRole, "ehcpText"},         {LineageRole, "lineage"},
            {LineageTextRole, "lineageText"},   {EvidenceCountRole, "evidenceCount"},
            {EvidenceTextRole, "evidenceText"}, {ProvisionRole, "provision"}};
}

void TargetListModel::refill()
{
    m_rows.clear();
    m_hasPlan = false;
    Store *store = openStore();
    if (!store || m_pupilId.isEmpty())
        return;
    const auto pupil = store->pupil(m_pupilId);
    if (!pupil)
        return;

    QList<Target> targets;
    QHash<QString, int> evidence;
    const QString termId = session()->termId();
    if (!termId.isEmpty()) {
        if (const auto ilp = store->ilpFor(pupil->id, termId)) {
            m_hasPlan = true;
            targets = store->targetsOfIlp(ilp->id);
            evidence = store->evidenceCountsForPupil(pupil->id, termId);
        }
    }
    QHash<QString, QString> outcomeRefs;
    for (const EhcpOutcome &o : pupil->ehcpOutcomes)
        outcomeRefs.insert(o.id, o.reference);

    auto targetRow = [&](const Target &t, Row row) {
        row.targetId = t.id;
        row.text = t.text;
        for (MappAspect a : t.aspects)
            row.aspects << toLabel(a);
        for (const QString &id : t.ehcpOutcomeIds)
            row.ehcpRefs << outcomeRefs.value(id, QStringLiteral("?"));
        if (row.ehcpRefs.isEmpty())
            row.ehcpText = t.noEhcpLinkReason.isEmpty()
                               ? tr("Not linked to an EHCP outcome")
                               : tr("Not linked to an EHCP outcome: %1").arg(t.noEhcpLinkReason);
        row.lineage = t.lineage;
        row.lineageText = Wording::lineage(t.lineage);
        row.evidenceCount = evidence.value(t.id);
        row.provision = t.provision;
        return row;
    };

    QSet<QString> shown;
    int sendIndex = 0;
    int pfaIndex = 0;
    for (const AreaOfLearning &area : store->areasOfSchool(session()->schoolId())) {
        QList<Target> inArea;
        for (const Target &t : targets)
            if (t.areaId == area.id)
                inArea << t;
        if (inArea.isEmpty() && !area.appliesTo(pupil->keyStage))
            continue;
        const bool pfa = area.kind == AreaKind::PreparingForAdulthood;
        Row base;
        base.areaId = area.id;
        base.areaName = area.name;
        base.areaKind = toKey(area.kind);
        base.areaIndex = pfa ? pfaIndex++ : sendIndex++;
        base.section = pfa ? tr("Preparing for Adulthood") : tr("Areas of learning");
        if (inArea.isEmpty())
            m_rows.append(base);
        for (const Target &t : inArea) {
            m_rows.append(targetRow(t, base));
            shown.insert(t.id);
        }
    }
    // A target in an area the school has since removed is still part of the plan: show it last.
    for (const Target &t : targets) {
        if (shown.contains(t.id))
            continue;
        Row base;
        base.areaId = t.areaId;
        base.areaName = tr("Area no longer in use");
        base.section = tr("Other areas");
        m_rows.append(targetRow(t, base));
    }
}

} // namespace Stride
