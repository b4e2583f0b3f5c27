#pragma once

#include "domain/vocabulary.h"

#include <QString>

// The short phrases the views put on cards and badges, kept in one place so every page says the
// same thing the same way. The core's toLabel() gives the full vocabulary labels; these are the
// shorter forms that fit a tablet card.
namespace Stride::Wording {

QString yearGroup(int yearGroup);              // "Reception", "Year 3"
QString keyStage(int keyStage);                // "Early Years", "Key Stage 2"
QString consentBadge(MediaConsent consent);    // "No photos", "Internal only", "Shareable"
QString lineage(TargetLineage lineage);        // "Continues last term's target"
QString evidenceThisTerm(int count);           // "No evidence yet this term", "3 pieces of evidence this term"
QString initials(const QString &firstName, const QString &surname);

} // namespace Stride::Wording
