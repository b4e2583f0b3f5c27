#include "moderationfiguresmodel.h"

#include "store/store.h"

#include <algorithm>
#include <array>

namespace Stride {

namespace {

QVariantList agreementBars(const QList<FiguresRow<Agreement>> &rows)
{
    QVariantList bars;
    for (const FiguresRow<Agreement> &row : rows)
        bars << QVariantMap{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("counts"),
             QVariantList{row.counts.agreed, row.counts.differedByOne, row.counts.differedByMore}},
            {QStringLiteral("total"), row.counts.total()},
            {QStringLiteral("text"), ModerationFiguresModel::tr("%1: agreed on %2 of %3 (%4%)")
                                         .arg(row.name)
                                         .arg(row.counts.agreed)
                                         .arg(row.counts.total())
                                         .arg(row.counts.agreedPercent())}};
    return bars;
}

QVariantList challengeBars(const QList<FiguresRow<ChallengeCounts>> &rows)
{
    QVariantList bars;
    for (const FiguresRow<ChallengeCounts> &row : rows)
        bars << QVariantMap{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("counts"),
             QVariantList{row.counts.tooEasy, row.counts.justRight, row.counts.tooHard}},
            {QStringLiteral("total"), row.counts.total()},
            {QStringLiteral("text"), ModerationFiguresModel::tr("%1: %2 too easy, %3 just right, %4 too hard")
                                         .arg(row.name)
                                         .arg(row.counts.tooEasy)
                                         .arg(row.counts.justRight)
                                         .arg(row.counts.tooHard)}};
    return bars;
}

// Where agreement was lowest, when the rows differ: the place SLT look first.
QString lowestAgreement(const QList<FiguresRow<Agreement>> &rows, const QString &sameInEvery)
{
    if (rows.size() < 2)
        return {};
    const FiguresRow<Agreement> *lowest = &rows.first();
    int highest = rows.first().counts.agreedPercent();
    for (const FiguresRow<Agreement> &row : rows) {
        if (row.counts.agreedPercent() < lowest->counts.agreedPercent())
            lowest = &row;
        highest = std::max(highest, row.counts.agreedPercent());
    }
    if (lowest->counts.agreedPercent() == highest)
        return sameInEvery.arg(highest);
    return ModerationFiguresModel::tr("Agreement was lowest in %1: %2 of %3 (%4%).")
        .arg(lowest->name)
        .arg(lowest->counts.agreed)
        .arg(lowest->counts.total())
        .arg(lowest->counts.agreedPercent());
}

} // namespace

ModerationFiguresModel::ModerationFiguresModel(QObject *parent) : QObject(parent) {}

void ModerationFiguresModel::setSession(Session *session)
{
    if (!Session::follow(m_session, session, this, [this] { reload(); }))
        return;
    emit sessionChanged();
    reload();
}

void ModerationFiguresModel::setTermId(const QString &termId)
{
    m_termChosen = true;
    if (termId == m_termId)
        return;
    m_termId = termId;
    emit termIdChanged();
    reload();
}

void ModerationFiguresModel::reload()
{
    m_figures = {};
    m_termChoices.clear();
    m_termName.clear();
    m_allowed = false;
    const auto finish = [this] { emit loaded(); };
    if (!m_session || !m_session->store().isOpen() || !m_session->signedIn())
        return finish();
    const Store &store = m_session->store();
    // SLT's page, as the school's other whole-school pages are: the assessment lead is SLT.
    m_allowed = m_session->seniorLeader();
    if (!m_allowed)
        return finish();

    if (!m_termChosen && m_termId != m_session->termId()) {
        m_termId = m_session->termId();
        emit termIdChanged();
    }
    // Terms that have begun, newest first: a term to come has had no meeting.
    const QList<Term> terms = store.termsOfSchool(m_session->schoolId());
    for (auto term = terms.crbegin(); term != terms.crend(); ++term) {
        if (term->startsOn > m_session->today() && term->id != m_termId)
            continue;
        m_termChoices << QVariantMap{{QStringLiteral("termId"), term->id},
                                     {QStringLiteral("name"), term->name}};
        if (term->id == m_termId)
            m_termName = term->name;
    }
    m_termChoices << QVariantMap{{QStringLiteral("termId"), QString()},
                                 {QStringLiteral("name"), tr("All terms")}};
    if (m_termId.isEmpty())
        m_termName = tr("All terms");
    m_figures = moderationFigures(store, m_session->schoolId(), m_termId);
    finish();
}

QString ModerationFiguresModel::emptyText() const
{
    if (!m_allowed)
        return tr("The moderation figures are for senior leaders.");
    if (m_termId.isEmpty())
        return tr("No form has been moderated yet. The figures show here once a moderator has judged one.");
    return tr("No form of the %1 moderation meeting has been moderated yet. The figures show here once a "
              "moderator has judged one.")
        .arg(m_termName);
}

QString ModerationFiguresModel::agreementText() const
{
    const Agreement &a = m_figures.agreement;
    QStringList sentences;
    if (a.total() == 0)
        sentences << tr("No assessment has both an assessor's and a moderator's judgement yet.");
    else
        sentences << tr("Moderators agreed with %1 of %n assessment(s) (%2%).", nullptr, a.total())
                         .arg(a.agreed)
                         .arg(a.agreedPercent());
    // Only the differences there were: "Two or more steps apart: 0" is no news.
    if (a.differedByOne > 0)
        sentences << tr("One step apart: %1.").arg(a.differedByOne);
    if (a.differedByMore > 0)
        sentences << tr("Two or more steps apart: %1.").arg(a.differedByMore);
    if (const int waiting = m_figures.assessmentForms - m_figures.moderatedForms; waiting > 0)
        sentences << tr("%n form(s) still wait for a moderator's judgement.", nullptr, waiting);
    return sentences.join(QLatin1Char(' '));
}

QVariantList ModerationFiguresModel::agreementOverall() const
{
    if (m_figures.agreement.total() == 0)
        return {};
    return agreementBars({{QString(), tr("Whole school"), m_figures.agreement}});
}

QVariantList ModerationFiguresModel::agreementByArea() const
{
    return agreementBars(m_figures.agreementByArea);
}

QString ModerationFiguresModel::agreementByAreaText() const
{
    return lowestAgreement(m_figures.agreementByArea, tr("Agreement was the same in every area: %1%."));
}

QVariantList ModerationFiguresModel::agreementByClass() const
{
    return agreementBars(m_figures.agreementByClass);
}

QString ModerationFiguresModel::agreementByClassText() const
{
    return lowestAgreement(m_figures.agreementByClass, tr("Agreement was the same in every class: %1%."));
}

QVariantList ModerationFiguresModel::outcomes() const
{
    const OutcomeCounts &o = m_figures.outcomes;
    if (o.total() == 0)
        return {};
    // One bar each, its count in its own place of `counts`, so each is drawn in its own colour.
    QVariantList bars;
    const std::array<std::pair<ModerationOutcome, int>, 3> each{{{ModerationOutcome::Up, o.up},
                                                                 {ModerationOutcome::Down, o.down},
                                                                 {ModerationOutcome::Same, o.same}}};
    for (int i = 0; i < int(each.size()); ++i) {
        const auto &[outcome, count] = each.at(i);
        QVariantList counts{0, 0, 0};
        counts[i] = count;
        bars << QVariantMap{{QStringLiteral("name"), toLabel(outcome)},
                            {QStringLiteral("counts"), counts},
                            {QStringLiteral("total"), count},
                            {QStringLiteral("text"), tr("%1: %2").arg(toLabel(outcome)).arg(count)}};
    }
    return bars;
}

QString ModerationFiguresModel::outcomeText() const
{
    const OutcomeCounts &o = m_figures.outcomes;
    if (o.total() == 0)
        return tr("No final target status has been recorded by SLT yet.");
    return tr("Of %n final decision(s), %1 moved the target up, %2 moved it down and %3 kept the "
              "assessor's first judgement.",
              nullptr, o.total())
        .arg(o.up)
        .arg(o.down)
        .arg(o.same);
}

QVariantList ModerationFiguresModel::challengeOverall() const
{
    if (m_figures.challenge.total() == 0)
        return {};
    return challengeBars({{QString(), tr("Whole school"), m_figures.challenge}});
}

QVariantList ModerationFiguresModel::challengeByArea() const
{
    return challengeBars(m_figures.challengeByArea);
}

QVariantList ModerationFiguresModel::challengeByClass() const
{
    return challengeBars(m_figures.challengeByClass);
}

QString ModerationFiguresModel::challengeText() const
{
    const ChallengeCounts &c = m_figures.challenge;
    if (c.total() == 0)
        return tr("No moderator has judged the challenge of a proposed target yet.");
    return tr("Moderators found %1 of %n proposed target(s) too easy, %2 just right and %3 too hard.",
              nullptr, c.total())
        .arg(c.tooEasy)
        .arg(c.justRight)
        .arg(c.tooHard);
}

QString ModerationFiguresModel::summary() const
{
    if (!m_allowed)
        return QStringLiteral("not shown: not a senior leader");
    return QStringLiteral("%1: %2 of %3 agreed, %4 up %5 down %6 same, %7 too easy %8 too hard")
        .arg(m_termName)
        .arg(m_figures.agreement.agreed)
        .arg(m_figures.agreement.total())
        .arg(m_figures.outcomes.up)
        .arg(m_figures.outcomes.down)
        .arg(m_figures.outcomes.same)
        .arg(m_figures.challenge.tooEasy)
        .arg(m_figures.challenge.tooHard);
}

} // namespace Stride
