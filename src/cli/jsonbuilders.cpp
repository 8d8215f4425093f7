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

// The keys in the order QJsonObject sorts them, which this list was first written in.
OrderedJsonObject membershipJson(const Membership &membership)
{
    const bool wide = membership.isTenantWide();
    const bool orphaned = membership.isOrphaned();
    return OrderedJsonObject()
            .addInteger(u"created_at", membership.createdAt)
            .addStringOrNull(u"email", membership.email, orphaned)
            .addBool(u"orphaned", orphaned)
            .addString(u"role", tenantRoleName(membership.role))
            .addString(u"tenant_id", membership.tenantId)
            .addString(u"user_id", membership.userId)
            .addStringOrNull(u"username", membership.username, orphaned)
            .addStringOrNull(u"workspace_id", membership.workspaceId, wide)
            .addStringOrNull(u"workspace_slug", membership.workspaceSlug, wide);
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
