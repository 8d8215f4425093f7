#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tenantdesk {

class Database;

// aistack's single-to-multi provisioning ("tenant migrate").
struct ProvisionOptions
{
    QString tenantSlug = QStringLiteral("default");
    QString tenantName = QStringLiteral("Default");
    QString workspaceSlug = QStringLiteral("default");
    QString workspaceName = QStringLiteral("Default");
    // One role for every user; nullopt: global admins tenant_admin, everyone else member.
    std::optional<TenantRole> roleForAll;
};

struct ProvisionReport
{
    bool tenantCreated = false;
    bool workspaceCreated = false;
    int membershipsGranted = 0;
    QString tenantId;
    QString workspaceId;
    bool changedAnything() const
    {
        return tenantCreated || workspaceCreated || membershipsGranted > 0;
    }
};

// Creates the default tenant and workspace if missing and grants every user without a
// membership in it one; running it again changes nothing. Global admins only; one
// transaction with its audit entry.
class Provisioner
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::Provisioner)

public:
    Provisioner(const Database &db, const Actor &actor);
    Result<ProvisionReport> provision(const ProvisionOptions &options);

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
