#include "authorproofs.h"

#include "authorcredentials.h"

#include <people/changeproof.h>

namespace Stride::Server {

std::optional<Rejection> AuthorProofs::check(const IncomingMutation &m, const QString &authorName)
{
    auto found = m_credentials.constFind(m.authorStaffId);
    if (found == m_credentials.constEnd())
        found =
            m_credentials.insert(m.authorStaffId, AuthorCredentials::of(m_db, m_deviceId, m.authorStaffId));
    const ProvableChange change{m.mutationId,    m.entity,     m.entityId, m.op,       m.hlc,
                                m.authorStaffId, m.recordedAt, m.fields,   m.previous, m.fieldsText};
    if (found.value() && ChangeProof::matches(*found.value(), change, m.proof))
        return std::nullopt;
    return Rejection{
        m.mutationId, QStringLiteral("unproven_author"),
        found.value()
            ? QStringLiteral(
                  "The store could not confirm that %1 made this change on this tablet, so it was not "
                  "accepted. %1 should sign in on this tablet again while it can reach the store; "
                  "the change is then sent again.")
                  .arg(authorName)
            : QStringLiteral(
                  "%1 has not signed in on this tablet while it could reach the school's store (or "
                  "must do so again), so the store cannot tell that they made this change. When %1 "
                  "signs in on this tablet with the school's Wi-Fi on, the change is sent again.")
                  .arg(authorName)};
}

} // namespace Stride::Server
