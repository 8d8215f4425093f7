#include "widgets/memberships/membershipeditcommand.h"

namespace tenantdesk {

MembershipEditCommand::MembershipEditCommand(const QString &tenantId, const QString &text,
                                             QList<MembershipChange> forward,
                                             QList<MembershipChange> backward)
    : m_tenantId(tenantId)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward))
{
    setText(text);
}

MembershipEditCommand *
MembershipEditCommand::fromResults(const QString &tenantId, const QString &text,
                                   const QList<MembershipChange> &changes,
                                   const QList<MembershipChangeResult> &results)
{
    QList<MembershipChange> forward;
    QList<MembershipChange> backward;
    for (int i = 0; i < changes.size() && i < results.size(); ++i) {
        const MembershipChange &change = changes.at(i);
        const MembershipChangeResult &result = results.at(i);
        MembershipChange inverse;
        inverse.userId = change.userId;
        inverse.workspaceId = change.workspaceId;
        switch (result.outcome) {
        case MembershipChangeResult::Outcome::Added:
            inverse.kind = MembershipChange::Kind::Revoke;
            break;
        case MembershipChangeResult::Outcome::Changed:
        case MembershipChangeResult::Outcome::Removed:
            if (!result.previousRole)
                continue;
            inverse.kind = MembershipChange::Kind::Grant;
            inverse.role = *result.previousRole;
            break;
        case MembershipChangeResult::Outcome::Unchanged:
        case MembershipChangeResult::Outcome::Refused:
            continue;
        }
        forward.append(change);
        // Undone last-to-first, as if each step were taken back in turn.
        backward.prepend(inverse);
    }
    return new MembershipEditCommand(tenantId, text, std::move(forward), std::move(backward));
}

} // namespace tenantdesk
