#include "ilpdocument.h"

#include "moderation/formpdflayout.h"
#include "termend/ilpdocumentdata.h"

#include <QCoreApplication>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(IlpDocument)
};

// The columns' shares of the page, as the template's tables are drawn.
constexpr double kArea = 1.6;
constexpr double kTarget = 4.2;
constexpr double kJudged = 1.05; // the Status and Action columns
constexpr double kEmptyRow = 30; // points left to write in where nothing is recorded yet
constexpr double kEmptyProvision = 56;

QString firstName(const IlpDocumentData &data)
{
    return data.pupil.firstName;
}

// "Name: Ava Smith   Class: Oak   Date: Spring 2027", boxed as the template's first line.
void heading(FormPdfLayout &layout, const IlpDocumentData &data)
{
    FormCell name = FormCell::value(data.pupil.displayName(), 2.4);
    FormCell schoolClass = FormCell::value(data.className, 1.3);
    FormCell date = FormCell::value(data.newTerm.name, 1.4);
    for (FormCell *c : {&name, &schoolClass, &date})
        c->textPoints = 10;
    layout.row({FormCell::labelled(Words::tr("Name:"), {}, 0.7), name,
                FormCell::labelled(Words::tr("Class:"), {}, 0.7), schoolClass,
                FormCell::labelled(Words::tr("Date:"), {}, 0.65), date});
    layout.placed(layout.pt(8));
}

// A table's own heading ("Autumn 2026 ILP Targets"), kept with the table's first rows.
void tableHeading(FormPdfLayout &layout, const QString &text)
{
    layout.ensureRoom(90);
    layout.paragraph(text, layout.font(11, true));
    layout.placed(layout.pt(2));
}

FormCell areaCell(const QString &areaName, double share = kArea)
{
    FormCell c;
    c.label = areaName;
    c.share = share;
    return c;
}

FormCell centred(const QString &text)
{
    FormCell c = FormCell::value(text, kJudged);
    c.align = Qt::AlignHCenter;
    return c;
}

FormCell header(const QString &text, double share)
{
    FormCell c = FormCell::labelled(text, {}, share);
    return c;
}

QString reviewHeading(const IlpDocumentData &data)
{
    return data.oldTerm ? Words::tr("%1 ILP Targets").arg(data.oldTerm->name)
                        : Words::tr("Last Term's ILP Targets");
}

void progressReview(FormPdfLayout &layout, const IlpDocumentData &data)
{
    layout.sectionBar(Words::tr("Progress Review"));
    layout.placed(layout.pt(6));
    tableHeading(layout, reviewHeading(data));
    layout.row({header(Words::tr("Area of Learning"), kArea), header(Words::tr("Targets"), kTarget),
                header(Words::tr("Status"), kJudged), header(Words::tr("Action"), kJudged)});
    for (const IlpDocumentData::ReviewRow &row : data.review) {
        const auto status = row.outcome.status();
        layout.row({areaCell(row.areaName), FormCell::value(row.targetText, kTarget),
                    centred(status ? toLabel(*status) : QString()),
                    centred(row.outcome.action ? toLabel(*row.outcome.action) : QString())},
                   row.targetText.isEmpty() ? kEmptyRow : 0);
    }
    layout.placed(layout.pt(10));

    tableHeading(layout, Words::tr("%1 ILP Targets").arg(data.newTerm.name));
    layout.row(
        {header(Words::tr("Area of Learning"), kArea), header(Words::tr("Target"), kTarget + 2 * kJudged)});
    for (const IlpDocumentData::NewTargetRow &row : data.newTargets)
        layout.row({areaCell(row.areaName), FormCell::value(row.targetText, kTarget + 2 * kJudged)},
                   row.targetText.isEmpty() ? kEmptyRow : 0);
    layout.placed(layout.pt(10));
}

// The key to the Status and Action columns in the seed's words: its two small tables side by side.
void key(FormPdfLayout &layout)
{
    layout.ensureRoom(150);
    layout.paragraph(Words::tr("Key"), layout.font(11, true));
    layout.placed(layout.pt(2));
    constexpr double kWord = 1.15;
    constexpr double kMeaning = 2.15;
    FormCell gap;
    gap.boxed = false;
    gap.share = 0.3;
    FormCell status = header(Words::tr("Status"), kWord + kMeaning);
    FormCell action = header(Words::tr("Action"), kWord + kMeaning);
    status.align = action.align = Qt::AlignHCenter;
    layout.row({status, gap, action});
    const QList<TargetStatus> statuses{TargetStatus::Exceeded, TargetStatus::Met, TargetStatus::PartiallyMet,
                                       TargetStatus::Unmet};
    const QList<NextStep> steps{NextStep::Continue, NextStep::Amend, NextStep::Replace};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QList<FormCell> cells{areaCell(toLabel(statuses.at(i)), kWord),
                              FormCell::value(statusDescriptor(statuses.at(i)), kMeaning), gap};
        if (i < steps.size()) {
            cells << areaCell(toLabel(steps.at(i)), kWord)
                  << FormCell::value(nextStepMeaning(steps.at(i)), kMeaning);
        } else {
            FormCell none = gap;
            none.share = kWord + kMeaning;
            cells << none;
        }
        for (FormCell &c : cells)
            c.textPoints = 8.5;
        layout.row(cells);
    }
}

void provisionMap(FormPdfLayout &layout, const IlpDocumentData &data)
{
    layout.title(Words::tr("Provision Map"));
    heading(layout, data);
    layout.sectionBar(Words::tr("%1 Targets and Associated Support").arg(data.newTerm.name));
    constexpr double kMapArea = 1.6;
    constexpr double kMapTarget = 3;
    constexpr double kMapProvision = 3;
    layout.row({header(Words::tr("Area of Learning"), kMapArea), header(Words::tr("Targets"), kMapTarget),
                header(Words::tr("Interventions and Strategies"), kMapProvision)});
    for (const IlpDocumentData::NewTargetRow &row : data.newTargets)
        layout.row({areaCell(row.areaName, kMapArea), FormCell::value(row.targetText, kMapTarget),
                    FormCell::value(row.provision, kMapProvision)},
                   row.provision.isEmpty() ? kEmptyProvision : 0);
    layout.placed(layout.pt(10));

    // The question and its answer in one box, kept with the section's bar where they fit on a page.
    FormCell provision = FormCell::value(data.additionalProvision);
    provision.label = Words::tr("Interventions and Strategies - What other support is important for %1?")
                          .arg(firstName(data));
    const double inner = layout.contentWidth() - layout.pt(10);
    const double needed = (layout.textHeight(provision.label, layout.font(9, true), inner) +
                           layout.textHeight(provision.text, layout.font(9), inner)) /
                              layout.pt(1) +
                          50;
    layout.ensureRoom(qMax(needed, 150.0));
    layout.sectionBar(Words::tr("Additional/General Provision"));
    layout.row({provision}, 110);
}

QString numberWord(int n)
{
    const QStringList words{Words::tr("one"),  Words::tr("two"), Words::tr("three"), Words::tr("four"),
                            Words::tr("five"), Words::tr("six"), Words::tr("seven"), Words::tr("eight"),
                            Words::tr("nine"), Words::tr("ten")};
    return n >= 1 && n <= words.size() ? words.at(n - 1) : QString::number(n);
}

} // namespace

QString IlpDocument::overview(const IlpDocumentData &data)
{
    const QString name = firstName(data);
    QString needs;
    switch (data.pupil.pronouns) {
    case Pronouns::He:
        needs = Words::tr("he needs");
        break;
    case Pronouns::She:
        needs = Words::tr("she needs");
        break;
    case Pronouns::They:
    case Pronouns::NotRecorded:
        needs = Words::tr("they need");
        break;
    }
    int areas = 0;
    bool adulthood = false;
    for (const IlpDocumentData::NewTargetRow &row : data.newTargets) {
        if (row.areaKind == AreaKind::SendCodeOfPractice)
            ++areas;
        else
            adulthood = true;
    }
    QString text =
        Words::tr(
            "This Individual Learning Plan sets out %1's current learning priorities and the associated "
            "support %2 to be able to succeed. Medium term targets have been set in each of the %3 areas of "
            "learning from the SEND Code of Practice, and these are connected to the long term outcomes set "
            "out in %1's EHCP (formerly the Statement of SEN). Progress towards these targets is reviewed on "
            "a termly basis.")
            .arg(name, needs, numberWord(areas));
    // Seed 004: pupils in Key Stage 4/5 carry the Preparing for Adulthood pathways on their plans too.
    if (adulthood)
        text += QLatin1Char(' ') +
                Words::tr("Targets have also been set in the Preparing for Adulthood pathways.");
    return text;
}

void IlpDocument::drawProgressReport(FormPdfLayout &layout, const IlpDocumentData &data)
{
    layout.startPage();
    layout.setFooter(
        Words::tr("%1 - Individual Learning Programme, %2").arg(data.pupil.displayName(), data.newTerm.name));
    layout.title(Words::tr("Individual Learning Programme"));
    heading(layout, data);
    layout.sectionBar(Words::tr("Overview"));
    layout.placed(layout.pt(2));
    layout.paragraph(overview(data), layout.font(9.5));
    layout.placed(layout.pt(6));
    progressReview(layout, data);
    key(layout);
}

void IlpDocument::draw(FormPdfLayout &layout, const IlpDocumentData &data)
{
    drawProgressReport(layout, data);
    layout.startPage();
    layout.setFooter(Words::tr("%1 - Provision Map, %2").arg(data.pupil.displayName(), data.newTerm.name));
    provisionMap(layout, data);
}

} // namespace Stride
