#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace tenantdesk {

class Database;

// A place the user can switch to: a tenant, or one workspace of it.
struct SwitchTarget
{
    QString tenantId;
    QString tenantName;
    QString tenantSlug;
    QString workspaceId; // empty: the tenant itself
    QString workspaceName;
    QString workspaceSlug;
};

// Finds tenants and workspaces the actor may see whose name or slug contains the text,
// in SQL and bounded by limit, for the quick switcher (10k tenants, 100k workspaces).
class ContextSearch
{
public:
    ContextSearch(const Database &db, const Actor &actor);
    Result<QList<SwitchTarget>> search(const QString &text, int limit) const;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
