#include "moderationmeeting.h"

#include "moderation/moderationqueue.h"
#include "store/store.h"

#include <QHash>

namespace Stride {

namespace {

QString stageText(const ModerationQueueItem &item)
{
    const bool assessment = item.kind == ModerationQueueItem::Kind::Assessment;
    switch (item.stage.stage) {
    case ModerationStage::ToFill:
        return assessment ? ModerationMeeting::tr("The assessor's side is being filled in")
                          : ModerationMeeting::tr("The target setter's side is being filled in");
    case ModerationStage::ToModerate:
        return ModerationMeeting::tr("Ready to moderate");
    case ModerationStage::SetterToAnswer:
        return ModerationMeeting::tr("The moderator suggests a rewrite: the target setter to answer");
    case ModerationStage::AwaitingSlt:
        return ModerationMeeting::tr("Moderated: waiting for SLT's final word");
    case ModerationStage::Done:
        return ModerationMeeting::tr("Done");
    }
    return {};
}

// What is still to do, a line each.
QString bulleted(const QStringList &lines)
{
    QStringList list;
    for (const QString &line : lines)
        list << QStringLiteral("•  ") + line;
    return list.join(QLatin1Char('\n'));
}

} // namespace

ModerationMeeting::ModerationMeeting(QObject *parent) : QObject(parent) {}

void ModerationMeeting::setSession(Session *session)
{
    // Forms are made, filled and moderated on other tablets: sync brings them, and the queue moves.
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

QString ModerationMeeting::termName() const
{
    return m_session ? m_session->termName() : QString();
}

QString ModerationMeeting::waitingText() const
{
    if (m_waitingCount == 0)
        return tr("Nothing is waiting for you");
    return tr("%n form(s) waiting for you", nullptr, m_waitingCount);
}

void ModerationMeeting::reload()
{
    m_ready = false;
    m_waitingCount = 0;
    m_groups.clear();
    m_classes.clear();
    if (!m_session || !m_session->store().isOpen() || !m_session->signedIn() ||
        m_session->termId().isEmpty()) {
        emit changed();
        return;
    }
    const Store &store = m_session->store();
    const auto me = store.staff(m_session->staffId());
    if (!me) {
        emit changed();
        return;
    }
    const ModerationQueue queue = moderationQueue(store, *me, m_session->termId());

    QHash<QString, QString> classNames;
    for (const SchoolClass &c : store.classesOfSchool(m_session->schoolId()))
        classNames.insert(c.id, c.name);
    QHash<QString, QString> areaNames;
    for (const AreaOfLearning &a : store.areasOfSchool(m_session->schoolId()))
        areaNames.insert(a.id, a.name);

    auto itemsOf = [&](const QList<ModerationQueueItem> &list) {
        QVariantList items;
        for (const ModerationQueueItem &item : list) {
            const auto pupil = store.pupil(item.pupilId);
            const bool assessment = item.kind == ModerationQueueItem::Kind::Assessment;
            QString text;
            if (assessment) {
                if (const auto target = store.target(item.targetId))
                    text = target->text;
            } else if (const auto form = store.targetSettingModerationForm(item.formId)) {
                text = form->proposedTargetText.isEmpty() ? tr("No target proposed yet")
                                                          : form->proposedTargetText;
            }
            items << QVariantMap{
                {QStringLiteral("formId"), item.formId},
                {QStringLiteral("kind"),
                 assessment ? QStringLiteral("assessment") : QStringLiteral("targetSetting")},
                {QStringLiteral("kindText"), assessment ? tr("Assessment") : tr("Target setting")},
                {QStringLiteral("pupilInitials"), pupil ? pupil->initials : QString()},
                {QStringLiteral("className"), classNames.value(item.place.classId)},
                {QStringLiteral("areaName"), areaNames.value(item.place.areaId)},
                {QStringLiteral("targetText"), text},
                {QStringLiteral("stageText"), stageText(item)},
                {QStringLiteral("stillToDo"), bulleted(item.stage.stillToDo)}};
        }
        return items;
    };
    const struct
    {
        const char *key;
        QString heading;
        QString about;
        const QList<ModerationQueueItem> &items;
        bool waiting;
    } groups[] = {
        {"toFill", tr("Yours to fill in"),
         tr("Your side of these forms, or a moderator's rewrite to answer."), queue.mineToFill, true},
        {"toModerate", tr("To moderate"),
         tr("Look at the evidence and give your own judgement first: the assessor's is shown after it."),
         queue.toModerate, true},
        {"withModerator", tr("Yours, with a moderator"), tr("Nothing to do: the moderator has them."),
         queue.withModerator, false},
        {"awaitingSlt", tr("Awaiting SLT"), tr("Moderated: waiting for SLT's final word."), queue.awaitingSlt,
         me->canRecordFinalDecisions()},
        {"done", tr("Done"), tr("SLT's final word is recorded."), queue.done, false},
    };
    for (const auto &g : groups) {
        if (g.items.isEmpty())
            continue;
        if (g.waiting)
            m_waitingCount += int(g.items.size());
        m_groups << QVariantMap{{QStringLiteral("key"), QString::fromLatin1(g.key)},
                                {QStringLiteral("heading"), g.heading},
                                {QStringLiteral("about"), g.about},
                                {QStringLiteral("items"), itemsOf(g.items)}};
    }

    // The classes whose sample this person chooses: a teacher their own, SLT every class.
    QHash<QString, int> formsPerClass;
    for (const PlacedAssessmentForm &f :
         store.placedAssessmentModerationForms(m_session->schoolId(), m_session->termId()))
        ++formsPerClass[f.place.classId];
    for (const PlacedTargetSettingForm &f :
         store.placedTargetSettingModerationForms(m_session->schoolId(), m_session->termId()))
        ++formsPerClass[f.place.classId];
    if (me->canJudgeTargets()) {
        for (const SchoolClass &c : store.classesOfSchool(m_session->schoolId())) {
            if (!me->canRecordFinalDecisions() && !me->classIds.contains(c.id))
                continue;
            const int forms = formsPerClass.value(c.id);
            m_classes << QVariantMap{{QStringLiteral("classId"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("hasForms"), forms > 0},
                                     {QStringLiteral("formsText"),
                                      forms == 0 ? tr("No forms yet") : tr("%n form(s)", nullptr, forms)}};
        }
    }
    m_ready = true;
    emit changed();
}

QString ModerationMeeting::firstWaitingFormId() const
{
    for (const QVariant &g : m_groups) {
        const QVariantMap group = g.toMap();
        const QString key = group.value(QStringLiteral("key")).toString();
        if (key != QLatin1String("toFill") && key != QLatin1String("toModerate") &&
            key != QLatin1String("awaitingSlt"))
            continue;
        const QVariantList items = group.value(QStringLiteral("items")).toList();
        if (!items.isEmpty())
            return items.first().toMap().value(QStringLiteral("formId")).toString();
    }
    return {};
}

QString ModerationMeeting::firstWaitingFormKind() const
{
    const QString id = firstWaitingFormId();
    for (const QVariant &g : m_groups)
        for (const QVariant &i : g.toMap().value(QStringLiteral("items")).toList())
            if (i.toMap().value(QStringLiteral("formId")).toString() == id)
                return i.toMap().value(QStringLiteral("kind")).toString();
    return {};
}

} // namespace Stride
