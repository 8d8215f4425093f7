#include "core/access/accesswording.h"

#include "core/database/database.h"

#include <QSqlQuery>
#include <QStringList>

namespace tenantdesk::accesswording {

namespace {

QString placeLabel(const QString &tenantSlug, const QString &workspaceSlug)
{
    if (workspaceSlug.isEmpty())
        return AccessPolicy::tr("tenant \"%1\"").arg(tenantSlug);
    return AccessPolicy::tr("workspace \"%1/%2\"").arg(tenantSlug, workspaceSlug);
}

// Up to three usernames that hold one of `roles` at the target, for "who could do it".
QStringList holders(const Database &db, const QString &tenantId, const QString &workspaceId,
                    bool includeWorkspaceAdmins)
{
    if (!db.hasTable(QStringLiteral("users")))
        return {};
    // Each branch is one range of idx_tenant_users_role_scope: a tenant with a million
    // members still has few admins.
    QString sql = QStringLiteral("SELECT u.username FROM tenant_users tu JOIN users u ON u.id = "
                                 "tu.user_id WHERE tu.tenant_id = ? AND tu.role = 'tenant_admin' "
                                 "AND tu.workspace_id IS NULL");
    QVariantList values{tenantId};
    if (includeWorkspaceAdmins) {
        sql += QStringLiteral(" UNION SELECT u.username FROM tenant_users tu JOIN users u ON u.id "
                              "= tu.user_id WHERE tu.tenant_id = ? AND tu.role = 'workspace_admin' "
                              "AND (tu.workspace_id IS NULL OR tu.workspace_id = ?)");
        values << tenantId << workspaceId;
    }
    sql += QStringLiteral(" ORDER BY 1 LIMIT 4");
    auto query = db.exec(sql, values);
    QStringList names;
    if (!query)
        return names;
    while (query->next())
        names << query->value(0).toString();
    if (names.size() > 3) {
        names.removeLast();
        names << AccessPolicy::tr("others");
    }
    return names;
}

} // namespace

QString ruleOf(Action action)
{
    switch (action) {
    case Action::ViewTenant:
        return AccessPolicy::tr("seeing a tenant needs a role in it");
    case Action::ViewWorkspace:
        return AccessPolicy::tr(
                "seeing a workspace needs a tenant-wide role in its tenant or a grant on that "
                "workspace");
    case Action::CreateTenant:
        return AccessPolicy::tr("creating a tenant needs a global admin");
    case Action::DeleteTenant:
        return AccessPolicy::tr("deleting a tenant needs a global admin");
    case Action::RenameTenant:
    case Action::EditTenantSettings:
        return AccessPolicy::tr(
                "renaming a tenant or editing its settings needs a tenant_admin of the tenant");
    case Action::CreateWorkspace:
    case Action::RenameWorkspace:
    case Action::DeleteWorkspace:
        return AccessPolicy::tr(
                "creating, renaming or deleting a workspace needs a tenant_admin of its tenant");
    case Action::EditWorkspaceSettings:
        return AccessPolicy::tr(
                "editing a workspace's settings needs a tenant_admin of its tenant or a "
                "workspace_admin of the workspace");
    case Action::ManageTenantRole:
        return AccessPolicy::tr(
                "granting, changing or revoking a tenant-wide role needs a tenant_admin of the "
                "tenant");
    case Action::ManageWorkspaceRole:
        return AccessPolicy::tr(
                "granting, changing or revoking a role on a workspace needs a tenant_admin of its "
                "tenant, or a workspace_admin of the workspace for roles up to workspace_admin");
    case Action::RunMigrations:
        return AccessPolicy::tr("running migrations needs a global admin");
    case Action::Provision:
        return AccessPolicy::tr("provisioning needs a global admin");
    case Action::VerifyAudit:
        return AccessPolicy::tr("verifying the audit chain needs a global admin");
    case Action::ViewAudit:
        return AccessPolicy::tr(
                "viewing the audit entries of a tenant needs a tenant_admin of the tenant; all "
                "entries, a global admin");
    case Action::ManageUsers:
        return AccessPolicy::tr(
                "creating, locking, resetting, renaming or removing people needs a global "
                "admin");
    case Action::TransferTenant:
        return AccessPolicy::tr(
                "exporting, importing or moving a tenant, or deleting it with its data rows, "
                "needs a global admin");
    }
    return {};
}

QString userLabel(const Actor &actor)
{
    return actor.username.isEmpty() ? AccessPolicy::tr("this session") : actor.username;
}

QString describeRoles(const Actor &actor, Requirement requirement, const HeldRoles &held,
                      const QString &tenantSlug, const QString &workspaceSlug)
{
    const QString who = userLabel(actor);
    if (requirement == Requirement::AnyRoleInTenant) {
        if (held.anywhere == TenantRole::None)
            return AccessPolicy::tr("%1 has no role in tenant \"%2\"").arg(who, tenantSlug);
        return AccessPolicy::tr("%1 holds %2 in tenant \"%3\"")
                .arg(who, tenantRoleName(held.anywhere), tenantSlug);
    }
    const bool tenantWide = held.tenantWide != TenantRole::None;
    const bool onWorkspace = held.onWorkspace != TenantRole::None;
    if (tenantWide && onWorkspace)
        return AccessPolicy::tr("%1 is %2 of tenant \"%3\" and %4 on workspace \"%3/%5\"")
                .arg(who, tenantRoleName(held.tenantWide), tenantSlug,
                     tenantRoleName(held.onWorkspace), workspaceSlug);
    if (tenantWide)
        return AccessPolicy::tr("%1 is %2 of tenant \"%3\"")
                .arg(who, tenantRoleName(held.tenantWide), tenantSlug);
    if (onWorkspace)
        return AccessPolicy::tr("%1 is %2 on workspace \"%3/%4\"")
                .arg(who, tenantRoleName(held.onWorkspace), tenantSlug, workspaceSlug);
    if (held.anywhere != TenantRole::None)
        return workspaceSlug.isEmpty()
                ? AccessPolicy::tr("%1 holds grants only on single workspaces of tenant \"%2\"")
                          .arg(who, tenantSlug)
                : AccessPolicy::tr("%1 holds grants only on other workspaces of tenant \"%2\"")
                          .arg(who, tenantSlug);
    return AccessPolicy::tr("%1 has no role in %2").arg(who, placeLabel(tenantSlug, workspaceSlug));
}

QString whoCouldText(const Database &db, Requirement requirement, const QString &tenantId,
                     const QString &workspaceId, const QString &tenantSlug,
                     const QString &workspaceSlug)
{
    switch (requirement) {
    case Requirement::GlobalAdmin:
        break; // settled by the actor alone (AccessPolicy::decideForActor)
    case Requirement::AnyRoleInTenant:
    case Requirement::CoversWorkspace:
    case Requirement::TenantAdmin: {
        const QStringList names = holders(db, tenantId, workspaceId, false);
        const QString lead = requirement == Requirement::TenantAdmin
                ? AccessPolicy::tr("Who could")
                : AccessPolicy::tr("Who could grant access");
        const QString roleText
                = AccessPolicy::tr("a tenant_admin of tenant \"%1\"").arg(tenantSlug);
        if (names.isEmpty())
            return AccessPolicy::tr("%1: %2 (it has none) or a global admin.").arg(lead, roleText);
        return AccessPolicy::tr("%1: %2 (%3) or a global admin.")
                .arg(lead, roleText, names.join(QStringLiteral(", ")));
    }
    case Requirement::WorkspaceAdmin:
    case Requirement::WorkspaceRoles: {
        const QStringList names = holders(db, tenantId, workspaceId, true);
        const QString roleText
                = AccessPolicy::tr("a tenant_admin of tenant \"%1\" or a workspace_admin of %2")
                          .arg(tenantSlug, placeLabel(tenantSlug, workspaceSlug));
        if (names.isEmpty())
            return AccessPolicy::tr("Who could: %1, or a global admin.").arg(roleText);
        return AccessPolicy::tr("Who could: %1 (%2), or a global admin.")
                .arg(roleText, names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

} // namespace tenantdesk::accesswording
