#pragma once

#include "domain/target.h"
#include "domain/targetsettingmoderationform.h"
#include "store/writeresult.h"

#include <QString>
#include <optional>

// The moderator's re-written target on the Target Setting Moderation Form ("Would you suggest any
// amendments to this target? If so, please re-write the target here. Does the target setter accept
// this amendment?"). An accepted rewrite becomes the proposed target, and the setter's own wording
// is kept beside it (originalProposedText), so the form shows where the target came from. If the
// proposal is already next term's target, that target's text is amended too, the same way the
// target editor saves it, so the ILP carries the wording the meeting agreed.
namespace Stride {

class Store;

struct RewriteAnswer
{
    bool ok = false;
    QString refusal; // why not, in words for the setter
    TargetSettingModerationForm form;
    std::optional<Target> amendedTarget; // next term's target with its text changed, to save too
    bool changed = false;                // false when it was already so (answering twice changes nothing)
};

// Accepting: the rewrite becomes the proposed target; the setter's first wording is kept (a second
// accepted rewrite keeps the setter's own, not the first rewrite). `proposedTarget` is the target
// named by form.proposedTargetId, if it exists.
RewriteAnswer acceptRewrite(const TargetSettingModerationForm &form,
                            const std::optional<Target> &proposedTarget);
// Declining: the proposal stays the setter's. A rewrite accepted earlier is undone: the setter's own
// wording comes back, and next term's target with it if it still reads as the rewrite.
RewriteAnswer declineRewrite(const TargetSettingModerationForm &form,
                             const std::optional<Target> &proposedTarget);

// The same on the store, in one transaction (the form and next term's target, or neither), as the
// acting member of staff, who must be the form's target setter.
WriteResult acceptRewrite(Store &store, const QString &formId);
WriteResult declineRewrite(Store &store, const QString &formId);

} // namespace Stride
