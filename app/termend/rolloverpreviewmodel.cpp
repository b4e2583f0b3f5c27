#include "rolloverpreviewmodel.h"

#include "domain/vocabulary.h"
#include "store/store.h"

namespace Stride {

RolloverPreviewModel::RolloverPreviewModel(QObject *parent) : SessionListModel(parent) {}

QString RolloverPreviewModel::summary() const
{
    if (!m_preview.problem.isEmpty() || !m_preview.nextTerm)
        return {};
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    return tr("%1 to carry into %2, %3 to start; %4 already there; %5 cannot be made yet.")
        .arg(count(m_preview.toMake.size(), tr("1 target"), tr("%1 targets")), nextTermName(),
             count(m_preview.ilpsToMake.size(), tr("1 new ILP"), tr("%1 new ILPs")))
        .arg(m_preview.alreadyThere.size())
        .arg(m_preview.cannotMake.size());
}

bool RolloverPreviewModel::apply()
{
    Store *store = openStore();
    if (!store || !m_allowed) {
        m_resultText = tr("Only senior leaders roll the targets over.");
        emit resultChanged();
        return false;
    }
    const RolloverResult result = applyRollover(*store, m_preview);
    m_resultText = result.message;
    emit resultChanged();
    session()->notePlanChanged(); // reloads this model with the rest
    return result.ok;
}

void RolloverPreviewModel::refill()
{
    m_rows.clear();
    m_preview = {};
    m_allowed = false;
    Store *store = openStore();
    if (!store || !session()->signedIn())
        return;
    const auto me = store->staff(session()->staffId());
    m_allowed = me && me->hasRole(StaffRole::SeniorLeader);
    const auto term = store->term(session()->termId());
    if (!m_allowed || !term)
        return;
    m_preview = rolloverPreview(*store, *term);
    for (const RolloverLine &l : std::as_const(m_preview.toMake))
        m_rows << Row{tr("To make"), &l, true};
    for (const RolloverLine &l : std::as_const(m_preview.cannotMake))
        m_rows << Row{tr("Cannot be made yet"), &l, false};
    for (const RolloverLine &l : std::as_const(m_preview.alreadyThere))
        m_rows << Row{tr("Already there"), &l, false};
}

int RolloverPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RolloverPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const RolloverLine &line = *row.line;
    switch (role) {
    case SectionRole:
        return row.section;
    case PupilNameRole:
        return line.pupilName;
    case ClassNameRole:
        return line.className;
    case AreaNameRole:
        return line.areaName;
    case FromTextRole:
        return line.fromText;
    case TargetTextRole:
        return line.target.text;
    case ActionTextRole:
        return line.action ? toLabel(*line.action) : QString();
    case ReasonRole:
        return line.reason;
    case CanMakeRole:
        return row.canMake;
    default:
        return {};
    }
}

QHash<int, QByteArray> RolloverPreviewModel::roleNames() const
{
    return {{SectionRole, "section"},       {PupilNameRole, "pupilName"}, {ClassNameRole, "className"},
            {AreaNameRole, "areaName"},     {FromTextRole, "fromText"},   {TargetTextRole, "targetText"},
            {ActionTextRole, "actionText"}, {ReasonRole, "reason"},       {CanMakeRole, "canMake"}};
}

} // namespace Stride
