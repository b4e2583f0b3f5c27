#include "targetrewrite.h"

#include "store/store.h"

#include <QCoreApplication>

namespace Stride {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(TargetRewrite)
};

RewriteAnswer nothingToAnswer(const TargetSettingModerationForm &form)
{
    RewriteAnswer answer;
    answer.form = form;
    answer.refusal = Words::tr("The moderator has not re-written this target, so there is nothing to accept "
                               "or decline.");
    return answer;
}

WriteResult answerOnStore(Store &store, const QString &formId, bool accept)
{
    const auto form = store.targetSettingModerationForm(formId);
    if (!form)
        return WriteResult::failure(Words::tr("This form is not on this tablet any more."));
    if (store.actingStaffId() != form->setterId) {
        const auto setter = store.staff(form->setterId);
        return WriteResult::failure(
            Words::tr("Only the target setter (%1) can accept or decline the moderator's re-written target.")
                .arg(setter ? setter->displayName() : Words::tr("the teacher who wrote it")));
    }
    const auto proposed =
        form->proposedTargetId.isEmpty() ? std::nullopt : store.target(form->proposedTargetId);
    const RewriteAnswer answer = accept ? acceptRewrite(*form, proposed) : declineRewrite(*form, proposed);
    if (!answer.ok)
        return WriteResult::failure(answer.refusal);
    if (!answer.changed)
        return WriteResult::success();
    WriteResult result;
    const bool saved = store.transaction([&] {
        result = store.save(answer.form);
        if (result.ok && answer.amendedTarget)
            result = store.save(*answer.amendedTarget);
        return result.ok;
    });
    if (!saved && result.ok)
        return WriteResult::failure(Words::tr("The answer was not saved: %1").arg(store.lastError()));
    return result;
}

} // namespace

RewriteAnswer acceptRewrite(const TargetSettingModerationForm &form,
                            const std::optional<Target> &proposedTarget)
{
    const QString rewrite = form.suggestedRewrite.trimmed();
    if (rewrite.isEmpty())
        return nothingToAnswer(form);
    RewriteAnswer answer;
    answer.ok = true;
    answer.form = form;
    // The setter's own wording, once: a second rewrite accepted does not make the first one "theirs".
    if (answer.form.originalProposedText.isEmpty() && form.proposedTargetText.trimmed() != rewrite)
        answer.form.originalProposedText = form.proposedTargetText;
    answer.form.proposedTargetText = rewrite;
    answer.form.setterAcceptsAmendment = true;
    if (proposedTarget && proposedTarget->text.trimmed() != rewrite) {
        Target amended = *proposedTarget;
        amended.text = rewrite;
        answer.amendedTarget = amended;
    }
    answer.changed = !(answer.form == form) || answer.amendedTarget.has_value();
    return answer;
}

RewriteAnswer declineRewrite(const TargetSettingModerationForm &form,
                             const std::optional<Target> &proposedTarget)
{
    const QString rewrite = form.suggestedRewrite.trimmed();
    if (rewrite.isEmpty())
        return nothingToAnswer(form);
    RewriteAnswer answer;
    answer.ok = true;
    answer.form = form;
    answer.form.setterAcceptsAmendment = false;
    const bool wasAccepted = form.setterAcceptsAmendment.value_or(false) &&
                             form.proposedTargetText.trimmed() == rewrite &&
                             !form.originalProposedText.isEmpty();
    if (wasAccepted) {
        answer.form.proposedTargetText = form.originalProposedText;
        answer.form.originalProposedText.clear();
        // Only a target still reading as the rewrite: an edit made since in the target editor stands.
        if (proposedTarget && proposedTarget->text.trimmed() == rewrite) {
            Target restored = *proposedTarget;
            restored.text = form.originalProposedText;
            answer.amendedTarget = restored;
        }
    }
    answer.changed = !(answer.form == form) || answer.amendedTarget.has_value();
    return answer;
}

WriteResult acceptRewrite(Store &store, const QString &formId)
{
    return answerOnStore(store, formId, true);
}

WriteResult declineRewrite(Store &store, const QString &formId)
{
    return answerOnStore(store, formId, false);
}

} // namespace Stride
