#include "cli/jsonbuilders.h"

#include <QJsonDocument>

namespace tenantdesk::cli {

namespace {

// What tenants and workspaces have in common.
template<typename Row> QJsonObject namedRowJson(const Row &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("slug"), row.slug},
            {QStringLiteral("settings"), row.settings},
            {QStringLiteral("created_at"), row.createdAt},
            {QStringLiteral("updated_at"), row.updatedAt}};
}

} // namespace

QJsonObject tenantJson(const Tenant &tenant)
{
    return namedRowJson(tenant);
}

QJsonObject workspaceJson(const Workspace &workspace)
{
    QJsonObject object = namedRowJson(workspace);
    object.insert(QStringLiteral("tenant_id"), workspace.tenantId);
    return object;
}

QJsonObject membershipJson(const Membership &membership)
{
    const bool wide = membership.isTenantWide();
    return {{QStringLiteral("tenant_id"), membership.tenantId},
            {QStringLiteral("user_id"), membership.userId},
            {QStringLiteral("username"),
             membership.isOrphaned() ? QJsonValue() : QJsonValue(membership.username)},
            {QStringLiteral("email"),
             membership.isOrphaned() ? QJsonValue() : QJsonValue(membership.email)},
            {QStringLiteral("orphaned"), membership.isOrphaned()},
            {QStringLiteral("workspace_id"),
             wide ? QJsonValue() : QJsonValue(membership.workspaceId)},
            {QStringLiteral("workspace_slug"),
             wide ? QJsonValue() : QJsonValue(membership.workspaceSlug)},
            {QStringLiteral("role"), tenantRoleName(membership.role)},
            {QStringLiteral("created_at"), membership.createdAt}};
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), globalRoleName(user.globalRole)},
            {QStringLiteral("locked"), user.locked}};
}

QJsonObject auditEntryJson(const AuditEntry &entry)
{
    QJsonObject object{{QStringLiteral("seq"), entry.seq},
                       {QStringLiteral("created_at"), entry.createdAt},
                       {QStringLiteral("event_type"), entry.eventType},
                       {QStringLiteral("payload"),
                        QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object()},
                       {QStringLiteral("hash"), entry.hash},
                       {QStringLiteral("prev_hash"), entry.prevHash}};
    if (!entry.signature.isEmpty()) {
        object.insert(QStringLiteral("signature"), entry.signature);
        object.insert(QStringLiteral("signature_alg"), entry.signatureAlg);
    }
    return object;
}

} // namespace tenantdesk::cli
