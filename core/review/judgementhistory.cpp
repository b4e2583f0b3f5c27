#include "judgementhistory.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(JudgementHistory)
};

bool madeBefore(const Judgement &a, const Judgement &b)
{
    if (a.judgedAt != b.judgedAt)
        return a.judgedAt < b.judgedAt;
    return a.id < b.id;
}

bool agree(const Judgement &a, const Judgement &b)
{
    return a.status == b.status && a.nextStep == b.nextStep;
}

// One whole sentence per role, so that a translation can say each its own way.
QString clashSentence(JudgementRole role, int count, const QString &judgements)
{
    switch (role) {
    case JudgementRole::Assessor:
        return Words::tr("%n assessor judgement(s), made on different tablets, disagree: %1. Judge again to "
                         "settle which one stands.",
                         nullptr, count)
            .arg(judgements);
    case JudgementRole::Moderator:
        return Words::tr("%n moderator judgement(s), made on different tablets, disagree: %1. Judge again to "
                         "settle which one stands.",
                         nullptr, count)
            .arg(judgements);
    case JudgementRole::SeniorLeader:
        return Words::tr(
                   "%n SLT judgement(s), made on different tablets, disagree: %1. Judge again to settle "
                   "which one stands.",
                   nullptr, count)
            .arg(judgements);
    case JudgementRole::Final:
        return Words::tr("%n final judgement(s), made on different tablets, disagree: %1. Decide again to "
                         "settle which one stands.",
                         nullptr, count)
            .arg(judgements);
    }
    return {};
}

// "2 Partially Met, Amend": as the assessment table reads.
QString judgementInWords(const Judgement &j)
{
    QString words = QStringLiteral("%1 %2").arg(int(j.status)).arg(toLabel(j.status));
    if (j.nextStep)
        words = Words::tr("%1, %2", "a status and a next step: \"2 Partially Met, Amend\"")
                    .arg(words, toLabel(*j.nextStep));
    return words;
}

} // namespace

std::optional<Judgement> JudgementHistory::current(JudgementRole role) const
{
    for (const JudgementEntry &e : entries)
        if (e.current && e.judgement.role == role)
            return e.judgement;
    return std::nullopt;
}

QList<Judgement> JudgementHistory::superseded() const
{
    QList<Judgement> crossedOut;
    for (const JudgementEntry &e : entries)
        if (e.superseded)
            crossedOut << e.judgement;
    return crossedOut;
}

QString JudgementHistory::toSupersede(JudgementRole role, TargetStatus status,
                                      std::optional<NextStep> nextStep) const
{
    for (const JudgementClash &clash : clashes) {
        if (clash.role != role)
            continue;
        for (auto it = clash.judgements.crbegin(); it != clash.judgements.crend(); ++it)
            if (it->status != status || it->nextStep != nextStep)
                return it->id;
        return clash.judgements.last().id;
    }
    const std::optional<Judgement> standing = current(role);
    return standing ? standing->id : QString();
}

JudgementHistory judgementHistory(const QList<Judgement> &judgements)
{
    JudgementHistory history;
    QSet<QString> replaced;
    for (const Judgement &j : judgements)
        if (!j.supersedesId.isEmpty() && j.supersedesId != j.id)
            replaced.insert(j.supersedesId);

    QList<Judgement> ordered = judgements;
    std::sort(ordered.begin(), ordered.end(), [](const Judgement &a, const Judgement &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        return madeBefore(a, b);
    });
    // The same judgement received twice (a page fetched again) is one judgement.
    ordered.erase(std::unique(ordered.begin(), ordered.end(),
                              [](const Judgement &a, const Judgement &b) { return a.id == b.id; }),
                  ordered.end());
    for (const Judgement &j : ordered)
        history.entries << JudgementEntry{j, replaced.contains(j.id), false, false};

    for (const auto &roleEntry : Vocabulary<JudgementRole>::entries()) {
        const JudgementRole role = roleEntry.value;
        QList<qsizetype> live;
        qsizetype latestOfRole = -1;
        for (qsizetype i = 0; i < history.entries.size(); ++i) {
            if (history.entries[i].judgement.role != role)
                continue;
            latestOfRole = i;
            if (!history.entries[i].superseded)
                live << i;
        }
        if (latestOfRole < 0)
            continue;
        // Judgements that supersede each other in a loop (possible only from damaged records)
        // leave no live one: the latest then stands, so a role that was judged never shows blank.
        history.entries[live.isEmpty() ? latestOfRole : live.last()].current = true;

        const bool disagree = std::any_of(live.begin(), live.end(), [&](qsizetype i) {
            return !agree(history.entries[i].judgement, history.entries[live.first()].judgement);
        });
        if (!disagree)
            continue;
        JudgementClash clash;
        clash.role = role;
        QStringList inWords;
        for (qsizetype i : live) {
            history.entries[i].inClash = true;
            clash.judgements << history.entries[i].judgement;
            inWords << judgementInWords(history.entries[i].judgement);
        }
        clash.sentence = clashSentence(role, int(live.size()), inWords.join(QStringLiteral("; ")));
        history.clashes << clash;
    }
    return history;
}

} // namespace Stride
