#pragma once

#include "domain/vocabulary.h"

#include <QJsonValue>
#include <QString>

// The short phrases the views put on cards and badges, kept in one place so every page says the
// same thing the same way. The core's toLabel() gives the full vocabulary labels; these are the
// shorter forms that fit a tablet card.
namespace Stride::Wording {

QString yearGroup(int yearGroup);           // "Reception", "Year 3"
QString keyStage(int keyStage);             // "Early Years", "Key Stage 2"
QString consentBadge(MediaConsent consent); // "No photos", "Internal only", "Shareable"
QString lineage(TargetLineage lineage);     // "Continues last term's target"
QString evidenceThisTerm(int count);        // "No evidence yet this term", "3 pieces of evidence this term"
QString initials(const QString &firstName, const QString &surname);
QString runningTime(qint64 ms);              // "0:07", "12:30", "1:02:03"
QString freeSpace(qint64 bytes);             // "12.4 GB free on this tablet"
QString setting(const QString &setting);     // "swimming_pool" or "Swimming pool" -> "Swimming pool"
QString names(const QStringList &names);     // "Alfie", "Alfie and Ruby", "Alfie, Ruby and Amira"
QString promptLevelShort(PromptLevel level); // "Independent", "Gestural", ... "Full physical"

// A synced column as people call it ("prompt_level" -> "Prompt level"), and one of its values as
// they would read it ("physical" -> "Physical prompt"). The evidence history and the sync page's
// clashes both use these, so a field has one name everywhere.
QString fieldLabel(const QString &field);
QString fieldValue(const QString &field, const QJsonValue &value);

} // namespace Stride::Wording
