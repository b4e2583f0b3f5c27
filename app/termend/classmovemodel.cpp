#include "classmovemodel.h"

#include "store/store.h"

#include <QLocale>

namespace Stride {

ClassMoveModel::ClassMoveModel(QObject *parent) : SessionListModel(parent) {}

QString ClassMoveModel::summary() const
{
    if (!m_preview.problem.isEmpty() || m_preview.term.id.isEmpty())
        return {};
    const int moving = m_preview.movingCount();
    return tr("%1 up a year, %2 leaving at the end of %3 (%4).")
        .arg(moving == 1 ? tr("1 pupil moves") : tr("%1 pupils move").arg(moving))
        .arg(m_preview.leavingCount())
        .arg(m_preview.term.name, QLocale().toString(m_preview.term.endsOn, QStringLiteral("d MMMM")));
}

bool ClassMoveModel::canApply() const
{
    if (!m_allowed || !m_preview.problem.isEmpty() || m_preview.lines.isEmpty() || !session())
        return false;
    return session()->today() >= classMoveOpensOn(m_preview.term);
}

QString ClassMoveModel::opensText() const
{
    if (m_preview.term.id.isEmpty() || !m_preview.problem.isEmpty() || canApply() || !m_allowed)
        return {};
    return tr("The move can be made from %1, the last week of term. Until then this is a preview.")
        .arg(QLocale().toString(classMoveOpensOn(m_preview.term), QStringLiteral("dddd d MMMM")));
}

QVariantList ClassMoveModel::destinationChoices() const
{
    QVariantList list;
    for (const auto &[id, name] : m_preview.classes)
        list << QVariantMap{{QStringLiteral("classId"), id}, {QStringLiteral("name"), name}};
    list << QVariantMap{{QStringLiteral("classId"), QString()}, {QStringLiteral("name"), tr("Leaves")}};
    return list;
}

QVariantList ClassMoveModel::nextClassChoices(const QString &classId) const
{
    QVariantList list{QVariantMap{{QStringLiteral("classId"), QString()},
                                  {QStringLiteral("name"), tr("No next class: pupils stay")}}};
    for (const auto &[id, name] : m_preview.classes)
        if (id != classId)
            list << QVariantMap{{QStringLiteral("classId"), id}, {QStringLiteral("name"), name}};
    return list;
}

void ClassMoveModel::setDestination(const QString &pupilId, const QString &classId)
{
    m_chosen.insert(pupilId, classId);
    reload();
}

bool ClassMoveModel::setNextClass(const QString &classId, const QString &nextClassId)
{
    Store *store = openStore();
    if (!store || !m_allowed)
        return false;
    auto schoolClass = store->schoolClass(classId);
    if (!schoolClass || classId == nextClassId)
        return false;
    schoolClass->nextClassId = nextClassId;
    const WriteResult w = store->save(*schoolClass);
    m_resultText = w ? QString() : w.message;
    emit resultChanged();
    reload();
    return w.ok;
}

bool ClassMoveModel::apply()
{
    Store *store = openStore();
    if (!store || !canApply()) {
        m_resultText = m_allowed ? opensText() : tr("Only senior leaders or the office move pupils.");
        emit resultChanged();
        return false;
    }
    const ClassMoveResult result = applyClassMove(*store, m_preview);
    m_resultText = result.message;
    if (result.ok)
        m_chosen.clear();
    emit resultChanged();
    session()->reload(); // the classes' pupils have changed everywhere
    reload();
    return result.ok;
}

void ClassMoveModel::refill()
{
    m_preview = {};
    m_classLinks.clear();
    m_allowed = false;
    Store *store = openStore();
    if (!store || !session()->signedIn())
        return;
    const auto me = store->staff(session()->staffId());
    m_allowed = me && (me->hasRole(StaffRole::SeniorLeader) || me->hasRole(StaffRole::Admin));
    if (!m_allowed)
        return;
    const QList<Term> terms = store->termsOfSchool(session()->schoolId());
    const std::optional<Term> term = classMoveTerm(terms, session()->today());
    if (!term) {
        m_preview.problem = tr("The school has no summer term in its dates: add the terms, with the last "
                               "of the school year, to plan the class move.");
        return;
    }
    m_preview = classMovePreview(*store, *term);
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it)
        m_preview.setDestination(it.key(), it.value());

    const QList<SchoolClass> classes = store->classesOfSchool(session()->schoolId());
    for (const SchoolClass &c : classes) {
        QString nextName;
        for (const SchoolClass &n : classes)
            if (n.id == c.nextClassId)
                nextName = n.name;
        m_classLinks << QVariantMap{{QStringLiteral("classId"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("nextClassId"), c.nextClassId},
                                    {QStringLiteral("nextClassName"), nextName}};
    }
}

int ClassMoveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.lines.size());
}

QVariant ClassMoveModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_preview.lines.size())
        return {};
    const ClassMoveLine &line = m_preview.lines.at(index.row());
    switch (role) {
    case PupilIdRole:
        return line.pupil.id;
    case PupilNameRole:
        return line.pupil.displayName();
    case SectionRole:
        return line.fromClassName.isEmpty() ? tr("No class") : line.fromClassName;
    case FromYearRole:
        return line.pupil.yearGroup == 0 ? tr("Reception") : tr("Year %1").arg(line.pupil.yearGroup);
    case ToClassIdRole:
        return line.toClassId;
    case DestinationRole:
        return line.leaves ? tr("Leaves at the end of term")
                           : tr("%1, Year %2").arg(line.toClassName).arg(line.toYearGroup);
    case LeavesRole:
        return line.leaves;
    case ChosenBySltRole:
        return line.chosenBySlt;
    case NoteRole:
        return line.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> ClassMoveModel::roleNames() const
{
    return {{PupilIdRole, "pupilId"},   {PupilNameRole, "pupilName"},     {SectionRole, "section"},
            {FromYearRole, "fromYear"}, {ToClassIdRole, "toClassId"},     {DestinationRole, "destination"},
            {LeavesRole, "leaves"},     {ChosenBySltRole, "chosenBySlt"}, {NoteRole, "note"}};
}

} // namespace Stride
