#include "parentreplies.h"

#include "../review/nexttermtarget.h"
#include "../store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace Stride::ParentReplies {

namespace {

// Gives this file's sentences one context ("ParentReplies") in the translation files.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(ParentReplies)
};

bool onRollFor(const Pupil &pupil, const Term &term)
{
    return !pupil.leftOn.isValid() || pupil.leftOn >= term.startsOn;
}

} // namespace

QString replyIdFor(const QString &ilpId)
{
    return linkId(ilpId, QStringLiteral("parent reply"));
}

ParentResponse newReply(const QString &ilpId, const QString &recordedBy, const QDate &today)
{
    ParentResponse reply;
    reply.id = replyIdFor(ilpId);
    reply.ilpId = ilpId;
    reply.recordedBy = recordedBy;
    reply.receivedOn = today;
    return reply;
}

std::optional<ParentResponse> replyTo(const Store &store, const QString &ilpId)
{
    const QList<ParentResponse> replies = store.parentResponsesOfIlp(ilpId); // oldest received first
    if (replies.isEmpty())
        return std::nullopt;
    const QString id = replyIdFor(ilpId);
    for (const ParentResponse &reply : replies)
        if (reply.id == id)
            return reply;
    return replies.last();
}

std::optional<ParentResponse> replyOf(const Store &store, const QString &pupilId, const QString &termId)
{
    const auto ilp = store.ilpFor(pupilId, termId);
    return ilp ? replyTo(store, ilp->id) : std::nullopt;
}

QString ilpIdOfReply(const Store &store, const QString &replyId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT ilp_id FROM parent_response WHERE id = ?"));
    q.addBindValue(replyId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<Term> reportTerm(const Store &store, const QString &schoolId, const QDate &today)
{
    const auto current = store.currentTerm(schoolId, today);
    if (!current)
        return std::nullopt;
    const QDate reportGoesHome = current->ilpDocumentsWeekStartsOn;
    if (reportGoesHome.isValid() && today >= reportGoesHome)
        if (auto next = nextTermAfter(store.termsOfSchool(schoolId), *current))
            return next;
    return current;
}

Awaited awaiting(const Store &store, const QString &schoolId, const QString &termId, const QString &classId)
{
    Awaited result;
    const auto term = store.term(termId);
    if (!term)
        return result;
    QList<SchoolClass> classes;
    if (classId.isEmpty()) {
        classes = store.classesOfSchool(schoolId);
    } else if (const auto one = store.schoolClass(classId)) {
        classes << *one;
    }
    for (const SchoolClass &schoolClass : classes) {
        for (const Pupil &pupil : store.pupilsInClass(schoolClass.id)) {
            if (!onRollFor(pupil, *term))
                continue;
            const auto ilp = store.ilpFor(pupil.id, termId);
            if (!ilp) {
                result.withoutIlp << pupil;
                continue;
            }
            if (store.parentResponsesOfIlp(ilp->id).isEmpty())
                result.families << AwaitedFamily{pupil, schoolClass.name, ilp->id};
            else
                ++result.replied;
        }
    }
    return result;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM"));
}

QString summary(const ParentResponse &reply)
{
    const QString who = reply.respondentName.trimmed();
    if (reply.approved) {
        QString text = who.isEmpty()
                           ? Words::tr("Approved on %1").arg(shortDate(reply.receivedOn))
                           : Words::tr("Approved on %1 by %2").arg(shortDate(reply.receivedOn), who);
        if (!reply.comments.trimmed().isEmpty())
            text += Words::tr(": \"%1\"", "the family's comments after their approval")
                        .arg(reply.comments.trimmed());
        return text;
    }
    return who.isEmpty() ? Words::tr("Not approved, on %1: \"%2\"")
                               .arg(shortDate(reply.receivedOn), reply.comments.trimmed())
                         : Words::tr("Not approved, on %1 by %2: \"%3\"")
                               .arg(shortDate(reply.receivedOn), who, reply.comments.trimmed());
}

} // namespace Stride::ParentReplies
