#pragma once

#include "core/tenancy/contextsearch.h"
#include "core/tenancy/membershipservice.h"

#include <QList>
#include <QUndoCommand>

namespace tenantdesk {

// One membership edit of this session (a role change, a revoke, an added member, or a batch of
// them), as MembershipHistory keeps it on its QUndoStack: the changes that were applied and
// the changes that take them back. The command itself writes nothing: undoing and redoing
// are changes of their own that MembershipHistory sends through MembershipService (with its
// checks and audit entries) before it moves the stack, so a refused undo leaves the stack
// where it was.
class MembershipEditCommand : public QUndoCommand
{
public:
    MembershipEditCommand(const QString &tenantId, const QString &text,
                          QList<MembershipChange> forward, QList<MembershipChange> backward);

    // Built from a batch and what MembershipService::apply did with each change: only the
    // changes that changed something are kept, each with its inverse.
    static MembershipEditCommand *fromResults(const QString &tenantId, const QString &text,
                                              const QList<MembershipChange> &changes,
                                              const QList<MembershipChangeResult> &results);

    void undo() override { }
    void redo() override { }

    QString tenantId() const { return m_tenantId; }
    // Where the edit was made (tenant, and workspace when the edit was within the active
    // one): undo switches the view there first. Its name is part of text().
    const SwitchTarget &where() const { return m_where; }
    void setWhere(const SwitchTarget &where) { m_where = where; }
    const QList<MembershipChange> &forward() const { return m_forward; }
    const QList<MembershipChange> &backward() const { return m_backward; }
    bool isEmpty() const { return m_forward.isEmpty(); }

private:
    QString m_tenantId;
    SwitchTarget m_where;
    QList<MembershipChange> m_forward;
    QList<MembershipChange> m_backward;
};

} // namespace tenantdesk
