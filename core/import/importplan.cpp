#include "importplan.h"

#include "../store/store.h"

#include <algorithm>

namespace Stride {

namespace {

QString lower(const QString &text)
{
    return text.trimmed().toLower();
}

QString ilpKey(const QString &pupilId, const QString &termId)
{
    return pupilId + QLatin1Char('/') + termId;
}

void compare(QList<FieldChange> &changes, const char *field, const QString &before, const QString &after)
{
    if (before != after)
        changes.append({QString::fromLatin1(field), before, after});
}

RowReport rowReport(const ImportRow &row, const QString &record, bool isNew,
                    const QList<FieldChange> &changes)
{
    RowReport r;
    r.line = row.line();
    r.record = record;
    r.action = isNew ? RowAction::Add : changes.isEmpty() ? RowAction::Unchanged : RowAction::Change;
    if (!isNew)
        r.changes = changes;
    return r;
}

QStringList sortedNames(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

// References are matched ignoring case, as people type them: "eo1" is EO1.
qsizetype outcomeIndex(const Pupil &pupil, const QString &reference)
{
    for (qsizetype i = 0; i < pupil.ehcpOutcomes.size(); ++i)
        if (lower(pupil.ehcpOutcomes.at(i).reference) == lower(reference))
            return i;
    return -1;
}

} // namespace

ImportPlanner::ImportPlanner(const Store &store, const QString &schoolId)
    : m_store(store), m_schoolId(schoolId)
{
    // The whole school is read once up front: a school has hundreds of records, not millions, and
    // every row is then checked against memory rather than with a query of its own.
    for (const SchoolClass &c : store.classesOfSchool(schoolId))
        m_classes.insert(lower(c.name), c);
    for (const Staff &s : store.staffOfSchool(schoolId))
        if (!s.email.isEmpty())
            m_staff.insert(lower(s.email), s);
    for (const Pupil &p : store.pupilsOfSchool(schoolId))
        if (!p.upn.isEmpty())
            m_pupils.insert(p.upn.toUpper(), p);
    for (const Term &t : store.termsOfSchool(schoolId))
        m_terms.insert(lower(t.name), t);
    for (const AreaOfLearning &a : store.areasOfSchool(schoolId))
        m_areas.insert(lower(a.name), a);
}

void ImportPlanner::planFile(ImportKind kind, const CsvTable &table, const HeaderCheck &header,
                             bool unreadable, FileReport &report, QList<CsvProblem> &problems)
{
    m_file = table.file;
    m_firstLine.clear();
    report.kind = kind;
    report.file = table.file;
    if (unreadable)
        m_unreadable.insert(int(kind));
    // Without a required column every row would have the same problem; the header's one says it.
    for (const ImportColumn &c : importColumns(kind)) {
        if (c.required && !header.indexOf.contains(QLatin1String(c.name))) {
            m_unreadable.insert(int(kind));
            return;
        }
    }
    for (const CsvTable::Row &r : table.rows) {
        ImportRow row(table, r, header.indexOf, problems);
        switch (kind) {
        case ImportKind::Classes:
            planClass(row, report);
            break;
        case ImportKind::Staff:
            planStaff(row, report);
            break;
        case ImportKind::Pupils:
            planPupil(row, report);
            break;
        case ImportKind::EhcpOutcomes:
            planOutcome(row, report);
            break;
        case ImportKind::Targets:
            planTarget(row, report);
            break;
        }
    }
}

QString ImportPlanner::className(const QString &classId) const
{
    for (const SchoolClass &c : m_classes)
        if (c.id == classId)
            return c.name;
    return {};
}

QString ImportPlanner::classNames(const QStringList &classIds) const
{
    QStringList names;
    for (const QString &id : classIds)
        names << className(id);
    return sortedNames(names).join(QStringLiteral("; "));
}

QString ImportPlanner::outcomeReferences(const Pupil &pupil, const QStringList &outcomeIds) const
{
    // In the pupil's own order, so the order they are written in the cell doesn't matter.
    QStringList references;
    for (const EhcpOutcome &o : pupil.ehcpOutcomes)
        if (outcomeIds.contains(o.id))
            references << o.reference;
    return references.join(QStringLiteral("; "));
}

void ImportPlanner::queuePupil(const QString &upn, const ImportOrigin &origin)
{
    for (const auto &[queued, _] : m_pupilSaves)
        if (queued == upn)
            return;
    m_pupilSaves.append({upn, origin});
}

const SchoolClass *ImportPlanner::findClass(ImportRow &row, const char *column, const QString &name)
{
    const auto it = m_classes.constFind(lower(name));
    if (it != m_classes.constEnd())
        return &*it;
    if (m_brokenClasses.contains(lower(name)) || unreadable(ImportKind::Classes)) {
        row.blocked(column);
        return nullptr;
    }
    QStringList known;
    for (const SchoolClass &c : m_classes)
        known << c.name;
    QString message =
        QStringLiteral("There is no class called \"%1\". Add it to classes.csv, or use one of the "
                       "school's classes: %2.")
            .arg(name, quotedList(sortedNames(known)));
    if (name.contains(QLatin1Char(',')))
        message += QStringLiteral(" Separate several classes with \";\".");
    row.problem(column, message);
    return nullptr;
}

Pupil *ImportPlanner::findPupil(ImportRow &row)
{
    const QString upn = row.text("upn").toUpper();
    if (upn.isEmpty()) {
        row.problem("upn", QStringLiteral("Give the pupil's UPN (Unique Pupil Number), as in pupils.csv."));
        return nullptr;
    }
    const auto it = m_pupils.find(upn);
    if (it != m_pupils.end())
        return &*it;
    if (m_brokenPupils.contains(upn) || unreadable(ImportKind::Pupils)) {
        row.blocked("upn");
        return nullptr;
    }
    row.problem("upn",
                QStringLiteral("There is no pupil with the UPN %1. Add the pupil to pupils.csv, or check "
                               "the number.")
                    .arg(upn));
    return nullptr;
}

void ImportPlanner::planClass(ImportRow &row, FileReport &report)
{
    const QString name = row.text("name");
    const QString key = lower(name);
    if (!key.isEmpty()) {
        if (const int first = m_firstLine.value(key); first > 0) {
            row.problem("name",
                        QStringLiteral("The class \"%1\" is already on line %2. List each class once.")
                            .arg(name)
                            .arg(first));
            return;
        }
        m_firstLine.insert(key, row.line());
    }

    const auto existing = m_classes.constFind(key);
    const bool isNew = existing == m_classes.constEnd();
    SchoolClass c = isNew ? SchoolClass{newId(), m_schoolId, {}, {}} : *existing;
    c.name = name;
    row.report(c.validate(), {{QStringLiteral("name"), "name"}});
    if (!row.canPlan()) {
        if (!key.isEmpty())
            m_brokenClasses.insert(key);
        return;
    }

    QList<FieldChange> changes;
    if (!isNew)
        compare(changes, "name", existing->name, c.name);
    if (isNew || !changes.isEmpty())
        m_classSaves.append({key, {m_file, row.line(), c.name}});
    m_classes.insert(key, c);
    report.rows << rowReport(row, c.name, isNew, changes);
}

void ImportPlanner::planStaff(ImportRow &row, FileReport &report)
{
    const QString email = row.text("email");
    const QString key = lower(email);
    if (key.isEmpty()) {
        row.problem("email",
                    QStringLiteral("Give the staff member's email address: Stride uses it to recognise "
                                   "them when a file is imported again."));
    } else if (const int first = m_firstLine.value(key); first > 0) {
        row.problem("email", QStringLiteral("%1 is already on line %2. List each member of staff once.")
                                 .arg(email)
                                 .arg(first));
        return;
    } else {
        m_firstLine.insert(key, row.line());
    }

    const auto existing = m_staff.constFind(key);
    const bool isNew = existing == m_staff.constEnd();
    Staff s;
    if (isNew) {
        // No PIN: a new member of staff asks the office for one, it is never made up here.
        s.id = newId();
        s.schoolId = m_schoolId;
    } else {
        s = *existing;
    }
    s.firstName = row.text("first_name");
    s.surname = row.text("surname");
    s.email = email;

    QStringList unknownRoles;
    s.roles = fromKeyList<StaffRole>(row.text("roles"), &unknownRoles);
    if (!unknownRoles.isEmpty())
        row.problem("roles",
                    QStringLiteral("%1 %2 not a role Stride knows. Use %3, separated by \";\" when there "
                                   "are several.")
                        .arg(quotedList(unknownRoles),
                             unknownRoles.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                             acceptedValues<StaffRole>()));
    s.classIds.clear();
    for (const QString &name : splitList(row.text("classes"), QStringLiteral(";")))
        if (const SchoolClass *c = findClass(row, "classes", name); c && !s.classIds.contains(c->id))
            s.classIds << c->id;

    row.report(s.validate(), {{QStringLiteral("firstName"), "first_name"},
                              {QStringLiteral("surname"), "surname"},
                              {QStringLiteral("email"), "email"},
                              {QStringLiteral("roles"), "roles"},
                              {QStringLiteral("classIds"), "classes"}});
    if (!row.canPlan())
        return;

    QList<FieldChange> changes;
    if (!isNew) {
        compare(changes, "first_name", existing->firstName, s.firstName);
        compare(changes, "surname", existing->surname, s.surname);
        compare(changes, "email", existing->email, s.email);
        compare(changes, "roles", displayValues(existing->roles), displayValues(s.roles));
        compare(changes, "classes", classNames(existing->classIds), classNames(s.classIds));
    }
    if (isNew || !changes.isEmpty())
        m_staffSaves.append({key, {m_file, row.line(), s.displayName()}});
    m_staff.insert(key, s);
    report.rows << rowReport(row, s.displayName(), isNew, changes);
}

void ImportPlanner::planPupil(ImportRow &row, FileReport &report)
{
    const QString upn = row.text("upn").toUpper();
    if (upn.isEmpty()) {
        row.problem("upn", QStringLiteral("Give the pupil's UPN (Unique Pupil Number): Stride uses it to "
                                          "recognise the pupil when a file is imported again."));
    } else if (const int first = m_firstLine.value(upn); first > 0) {
        row.problem("upn",
                    QStringLiteral("The UPN %1 is already on line %2. List each pupil once, and check that "
                                   "this is not a different pupil with a mistyped UPN.")
                        .arg(upn)
                        .arg(first));
        return;
    } else {
        m_firstLine.insert(upn, row.line());
    }

    const auto existing = m_pupils.constFind(upn);
    const bool isNew = existing == m_pupils.constEnd();
    Pupil p;
    if (isNew) {
        p.id = newId();
        p.schoolId = m_schoolId;
    } else {
        p = *existing; // keeps their EHCP outcomes: saving a pupil saves the whole list
    }
    p.upn = upn;
    p.firstName = row.text("first_name");
    p.surname = row.text("surname");
    p.initials = row.text("initials");
    if (p.initials.isEmpty())
        p.initials = Pupil::initialsFor(p.firstName, p.surname);

    const QString classCell = row.text("class");
    if (classCell.isEmpty())
        row.problem("class", QStringLiteral("Give the pupil's class."));
    else if (const SchoolClass *c = findClass(row, "class", classCell))
        p.classId = c->id;

    const QString year = row.text("year_group");
    const std::optional<int> yearGroup = parseYearGroup(year);
    if (yearGroup)
        p.yearGroup = *yearGroup;
    else
        row.problem(
            "year_group",
            year.isEmpty()
                ? QStringLiteral("Give the pupil's year group: a number from 0 (Reception) to 14, such as 7 "
                                 "or \"Year 7\".")
                : QStringLiteral("\"%1\" is not a year group. Write a number from 0 (Reception) to 14, such "
                                 "as 7 or \"Year 7\".")
                      .arg(year));

    const QString stage = row.text("key_stage");
    if (stage.isEmpty()) {
        p.keyStage = Pupil::keyStageForYear(p.yearGroup);
    } else if (const std::optional<int> keyStage = parseKeyStage(stage)) {
        p.keyStage = *keyStage;
    } else {
        row.problem("key_stage",
                    QStringLiteral("\"%1\" is not a key stage. Write a number from 0 (EYFS) to 5, such "
                                   "as 3 or \"KS3\", or leave it blank to work it out from the year "
                                   "group.")
                        .arg(stage));
    }

    p.specificNeeds = row.text("specific_needs");

    const QString pronouns = row.text("pronouns");
    // Left empty, the pupil is named in the ILP documents' list of what to fix rather than
    // printed with pronouns nobody chose.
    if (pronouns.isEmpty())
        p.pronouns = Pronouns::NotRecorded;
    else if (const auto value = fromKey<Pronouns>(pronouns))
        p.pronouns = *value;
    else
        row.problem("pronouns",
                    QStringLiteral("\"%1\" is not one of the pronouns Stride uses in documents. Use %2.")
                        .arg(pronouns, acceptedValues<Pronouns>()));

    // Consent is never assumed from a blank cell: whoever fills in the file must say.
    const QString consent = row.text("media_consent");
    if (const auto value = fromKey<MediaConsent>(consent))
        p.mediaConsent = *value;
    else
        row.problem("media_consent",
                    consent.isEmpty()
                        ? QStringLiteral("Say what media consent the school has for this pupil: %1.")
                              .arg(acceptedValues<MediaConsent>())
                        : QStringLiteral("\"%1\" is not a media consent Stride knows. Use %2.")
                              .arg(consent, acceptedValues<MediaConsent>()));

    row.report(p.validate(), {{QStringLiteral("upn"), "upn"},
                              {QStringLiteral("firstName"), "first_name"},
                              {QStringLiteral("surname"), "surname"},
                              {QStringLiteral("initials"), "initials"},
                              {QStringLiteral("classId"), "class"},
                              {QStringLiteral("yearGroup"), "year_group"},
                              {QStringLiteral("keyStage"), "key_stage"},
                              {QStringLiteral("specificNeeds"), "specific_needs"}});
    if (!row.canPlan()) {
        if (!upn.isEmpty())
            m_brokenPupils.insert(upn);
        return;
    }

    QList<FieldChange> changes;
    if (!isNew) {
        compare(changes, "first_name", existing->firstName, p.firstName);
        compare(changes, "surname", existing->surname, p.surname);
        compare(changes, "initials", existing->initials, p.initials);
        compare(changes, "class", className(existing->classId), className(p.classId));
        compare(changes, "year_group", QString::number(existing->yearGroup), QString::number(p.yearGroup));
        compare(changes, "key_stage", QString::number(existing->keyStage), QString::number(p.keyStage));
        compare(changes, "specific_needs", existing->specificNeeds, p.specificNeeds);
        compare(changes, "pronouns", toLabel(existing->pronouns), toLabel(p.pronouns));
        compare(changes, "media_consent", toLabel(existing->mediaConsent), toLabel(p.mediaConsent));
    }
    m_pupils.insert(upn, p);
    if (isNew || !changes.isEmpty())
        queuePupil(upn, {m_file, row.line(), p.displayName()});
    report.rows << rowReport(row, p.displayName(), isNew, changes);
}

void ImportPlanner::planOutcome(ImportRow &row, FileReport &report)
{
    Pupil *pupil = findPupil(row);
    const QString upn = row.text("upn").toUpper();
    const QString reference = row.text("reference");
    const QString key = upn + QLatin1Char('/') + lower(reference);
    if (!upn.isEmpty() && !reference.isEmpty()) {
        if (const int first = m_firstLine.value(key); first > 0) {
            row.problem("reference",
                        QStringLiteral("The outcome %1 for the pupil %2 is already on line %3. List "
                                       "each outcome once.")
                            .arg(reference, upn)
                            .arg(first));
            return;
        }
        m_firstLine.insert(key, row.line());
    }

    const qsizetype index = pupil ? outcomeIndex(*pupil, reference) : -1;
    const bool isNew = index < 0;
    EhcpOutcome o;
    if (!isNew) {
        o = pupil->ehcpOutcomes.at(index);
    } else {
        o.id = newId();
        o.pupilId = pupil ? pupil->id : QString();
        int last = 0;
        if (pupil)
            for (const EhcpOutcome &other : pupil->ehcpOutcomes)
                last = std::max(last, other.sortOrder);
        o.sortOrder = last + 1; // after the pupil's other outcomes, in file order
    }
    o.reference = reference;
    o.text = row.text("outcome");
    row.report(o.validate(), {{QStringLiteral("pupilId"), "upn"},
                              {QStringLiteral("reference"), "reference"},
                              {QStringLiteral("text"), "outcome"}});
    if (!pupil || !row.canPlan()) {
        if (!reference.isEmpty())
            m_brokenOutcomes.insert(key);
        return;
    }

    QList<FieldChange> changes;
    if (!isNew) {
        compare(changes, "reference", pupil->ehcpOutcomes.at(index).reference, o.reference);
        compare(changes, "outcome", pupil->ehcpOutcomes.at(index).text, o.text);
        pupil->ehcpOutcomes[index] = o;
    } else {
        pupil->ehcpOutcomes << o;
    }
    const QString record = QStringLiteral("%1, %2").arg(pupil->displayName(), o.reference);
    if (isNew || !changes.isEmpty())
        queuePupil(upn, {m_file, row.line(), record});
    report.rows << rowReport(row, record, isNew, changes);
}

void ImportPlanner::planTarget(ImportRow &row, FileReport &report)
{
    Pupil *pupil = findPupil(row);
    const QString upn = row.text("upn").toUpper();

    const Term *term = nullptr;
    QList<Term> allTerms = m_terms.values();
    std::sort(allTerms.begin(), allTerms.end(),
              [](const Term &a, const Term &b) { return a.startsOn < b.startsOn; });
    QStringList termNames;
    for (const Term &t : allTerms)
        termNames << t.name;
    const QString termName = row.text("term");
    const QList<Term> terms = m_terms.values(lower(termName));
    if (termName.isEmpty())
        row.problem("term", QStringLiteral("Give the term the target is for, by its name in Stride: %1.")
                                .arg(quotedList(termNames)));
    else if (terms.isEmpty())
        row.problem("term",
                    QStringLiteral("There is no term called \"%1\" in Stride. Set the term up in Stride "
                                   "first, or use one of: %2.")
                        .arg(termName, quotedList(termNames)));
    else if (terms.size() > 1)
        row.problem("term",
                    QStringLiteral("More than one term is called \"%1\". Give each term its own name in "
                                   "Stride (such as \"Autumn 2025\"), then use that name here.")
                        .arg(termName));
    else
        term = &*m_terms.constFind(lower(termName));

    const AreaOfLearning *area = nullptr;
    QStringList areaNames;
    for (const AreaOfLearning &a : m_areas)
        if (a.active)
            areaNames << a.name;
    std::sort(areaNames.begin(), areaNames.end(), [this](const QString &a, const QString &b) {
        return m_areas.value(lower(a)).sortOrder < m_areas.value(lower(b)).sortOrder;
    });
    const QString areaName = row.text("area");
    const auto foundArea = m_areas.constFind(lower(areaName));
    if (areaName.isEmpty()) {
        row.problem("area",
                    QStringLiteral("Give the area of learning: one of %1.").arg(quotedList(areaNames)));
    } else if (foundArea == m_areas.constEnd()) {
        row.problem("area",
                    QStringLiteral("\"%1\" is not one of this school's areas of learning. Use one of: %2.")
                        .arg(areaName, quotedList(areaNames)));
    } else if (!foundArea->active) {
        row.problem("area", QStringLiteral("The school no longer uses the area \"%1\". Use one of: %2.")
                                .arg(foundArea->name, quotedList(areaNames)));
    } else if (pupil && !foundArea->appliesTo(pupil->keyStage)) {
        row.problem("area",
                    QStringLiteral("\"%1\" targets are for pupils in key stage %2 and above, and %3 is in "
                                   "key stage %4. Choose another area, or check the key stage in "
                                   "pupils.csv.")
                        .arg(foundArea->name)
                        .arg(foundArea->minKeyStage.value_or(0))
                        .arg(pupil->displayName())
                        .arg(pupil->keyStage));
    } else {
        area = &*foundArea;
    }

    if (pupil && term && area) {
        const QString key = upn + QLatin1Char('/') + term->id + QLatin1Char('/') + area->id;
        if (const int first = m_firstLine.value(key); first > 0) {
            row.problem("area",
                        QStringLiteral("%1 already has a target for \"%2\" in %3 on line %4. An ILP holds "
                                       "one target per area of learning, so keep one of the two rows.")
                            .arg(pupil->displayName(), area->name, term->name)
                            .arg(first));
            return;
        }
        m_firstLine.insert(key, row.line());
    }

    // The plan the target belongs to: the pupil's ILP for the term, made if they have none yet.
    Ilp ilp;
    bool ilpIsNew = false;
    std::optional<Target> existing;
    if (pupil && term) {
        const QString key = ilpKey(pupil->id, term->id);
        if (!m_ilps.contains(key))
            if (const auto stored = m_store.ilpFor(pupil->id, term->id))
                m_ilps.insert(key, *stored);
        if (m_ilps.contains(key)) {
            ilp = m_ilps.value(key);
            if (!m_storedTargets.contains(ilp.id))
                m_storedTargets.insert(ilp.id, m_store.targetsOfIlp(ilp.id));
        } else {
            ilp = {newId(), pupil->id, term->id, {}};
            ilpIsNew = true;
        }
        if (area)
            for (const Target &stored : m_storedTargets.value(ilp.id))
                if (stored.areaId == area->id)
                    existing = stored;
    }

    Target t;
    if (existing) {
        t = *existing;
    } else {
        t.id = newId();
        t.lineage = TargetLineage::New;
    }
    // Stand-ins while the pupil, term or area are unknown, so the rest of the row is still checked.
    t.ilpId = ilp.id.isEmpty() ? newId() : ilp.id;
    t.areaId = area ? area->id : newId();
    t.text = row.text("target");

    const QStringList references = splitList(row.text("ehcp_outcomes"), QStringLiteral(";,"));
    t.ehcpOutcomeIds.clear();
    if (pupil) {
        QStringList unknown;
        for (const QString &reference : references) {
            if (const qsizetype i = outcomeIndex(*pupil, reference); i >= 0) {
                if (!t.ehcpOutcomeIds.contains(pupil->ehcpOutcomes.at(i).id))
                    t.ehcpOutcomeIds << pupil->ehcpOutcomes.at(i).id;
            } else if (m_brokenOutcomes.contains(upn + QLatin1Char('/') + lower(reference)) ||
                       unreadable(ImportKind::EhcpOutcomes)) {
                row.blocked("ehcp_outcomes");
            } else {
                unknown << reference;
            }
        }
        QStringList known;
        for (const EhcpOutcome &o : pupil->ehcpOutcomes)
            known << o.reference;
        if (!unknown.isEmpty())
            row.problem(
                "ehcp_outcomes",
                known.isEmpty()
                    ? QStringLiteral("%1 has no EHCP outcomes in Stride yet, so this target can't link to "
                                     "%2. Add the outcomes in ehcp_outcomes.csv, or leave this blank and "
                                     "say in no_ehcp_link_reason why the target is not linked.")
                          .arg(pupil->displayName(), quotedList(unknown))
                    : QStringLiteral("%1 has no EHCP outcome %2. Their outcomes are %3. Add it to "
                                     "ehcp_outcomes.csv, or check the reference.")
                          .arg(pupil->displayName(), quotedList(unknown), quotedList(known)));
    }
    t.noEhcpLinkReason = row.text("no_ehcp_link_reason");

    QStringList unknownAspects;
    t.aspects = fromKeyList<MappAspect>(row.text("aspects"), &unknownAspects);
    if (!unknownAspects.isEmpty())
        row.problem("aspects",
                    QStringLiteral("%1 %2 not a MAPP aspect. Use %3, separated by \";\" when there are "
                                   "several.")
                        .arg(quotedList(unknownAspects),
                             unknownAspects.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                             acceptedValues<MappAspect>()));
    t.provision = row.text("provision");

    QString dateProblem;
    if (const std::optional<QDate> date = parseDate(row.text("predicted_completion"), &dateProblem))
        t.predictedCompletionOn = *date;
    else
        row.problem("predicted_completion", dateProblem);

    // Outcomes that were given but not found are already a problem; "link it or say why" on top
    // of that would send them to the wrong cell.
    const char *reasonColumn = references.isEmpty() ? "no_ehcp_link_reason" : "ehcp_outcomes";
    // A plan imported as the school's record must say why a target has no EHCP link (seed 000:
    // "if not, why not?"). A draft written on a tablet may be saved without it: the target
    // checker says so there, and again at moderation, but never stops the teacher saving.
    ValidationProblems problems = t.validate();
    if (t.ehcpOutcomeIds.isEmpty() && t.noEhcpLinkReason.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("noEhcpLinkReason"),
             QStringLiteral("Link this target to an EHCP outcome, or say why it is not linked.")});
    row.report(problems, {{QStringLiteral("text"), "target"},
                          {QStringLiteral("ehcpOutcomeIds"), "ehcp_outcomes"},
                          {QStringLiteral("noEhcpLinkReason"), reasonColumn},
                          {QStringLiteral("provision"), "provision"}});
    if (!pupil || !term || !area || !row.canPlan())
        return;

    QList<FieldChange> changes;
    if (existing) {
        compare(changes, "target", existing->text, t.text);
        compare(changes, "ehcp_outcomes", outcomeReferences(*pupil, existing->ehcpOutcomeIds),
                outcomeReferences(*pupil, t.ehcpOutcomeIds));
        compare(changes, "no_ehcp_link_reason", existing->noEhcpLinkReason, t.noEhcpLinkReason);
        compare(changes, "aspects", displayValues(existing->aspects), displayValues(t.aspects));
        compare(changes, "provision", existing->provision, t.provision);
        compare(changes, "predicted_completion", displayDate(existing->predictedCompletionOn),
                displayDate(t.predictedCompletionOn));
    }
    const QString record = QStringLiteral("%1, %2, %3").arg(pupil->displayName(), term->name, area->name);
    const ImportOrigin origin{m_file, row.line(), record};
    if (ilpIsNew) {
        m_ilps.insert(ilpKey(pupil->id, term->id), ilp);
        m_ilpSaves.append({ilpKey(pupil->id, term->id), origin});
        ++report.ilpsAdded;
    }
    if (!existing || !changes.isEmpty())
        m_targetSaves.append({t, origin});
    report.rows << rowReport(row, record, !existing, changes);
}

ImportChanges ImportPlanner::changes() const
{
    ImportChanges changes;
    for (const auto &[key, origin] : m_classSaves)
        changes.classes.append({m_classes.value(key), origin});
    for (const auto &[key, origin] : m_staffSaves)
        changes.staff.append({m_staff.value(key), origin});
    for (const auto &[key, origin] : m_pupilSaves)
        changes.pupils.append({m_pupils.value(key), origin});
    for (const auto &[key, origin] : m_ilpSaves)
        changes.ilps.append({m_ilps.value(key), origin});
    changes.targets = m_targetSaves;
    return changes;
}

} // namespace Stride
