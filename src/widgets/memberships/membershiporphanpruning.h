#pragma once

#include <QObject>

#include <functional>

namespace tenantdesk {

class MembershipsPage;
class Session;

// Remove Deleted Users' Memberships… of the memberships page: lists the memberships of the
// page's tenant whose user no longer exists (core's dry run), asks whether to remove them,
// saying how many, and removes them all, each with its audit entry. A class of its own: a
// clean-up of the whole tenant in two worker jobs and a question between them, apart from the
// page's edits of the rows on screen.
class MembershipOrphanPruning : public QObject
{
    Q_OBJECT

public:
    MembershipOrphanPruning(Session *session, MembershipsPage *page);

    // done gets how many were removed (-1: not done).
    void prune(std::function<void(int)> done = {});

private:
    Session *m_session;
    MembershipsPage *m_page;
};

} // namespace tenantdesk
