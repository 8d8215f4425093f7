#include "core/tenancy/membershipaudit.h"

#include "core/audit/canonicalobjectwriter.h"

namespace tenantdesk::membership {

namespace {

// {"role":"..."} for a role, {} for none.
void appendRoleState(QByteArray &out, std::optional<TenantRole> role)
{
    CanonicalObjectWriter state(out);
    if (role)
        state.addString(QLatin1String("role"), tenantRoleName(*role));
    state.finish();
}

void addStringOrNull(CanonicalObjectWriter &object, QLatin1String key,
                     const std::optional<QString> &value)
{
    if (value)
        object.addString(key, *value);
    else
        object.addNull(key);
}

} // namespace

QByteArray auditPayload(const AuditRecord &record)
{
    QByteArray after;
    appendRoleState(after, record.after);
    QByteArray before;
    appendRoleState(before, record.before);

    QByteArray out;
    out.reserve(512);
    // Keys in canonical order: ascending by UTF-16 code units ("user_deleted" < "user_id" <
    // "username": '_' sorts before the letters).
    CanonicalObjectWriter object(out);
    object.addString(QLatin1String("actor"), record.actor)
            .addCanonical(QLatin1String("after"), after)
            .addCanonical(QLatin1String("before"), before)
            .addString(QLatin1String("tenant_id"), record.tenantId)
            .addString(QLatin1String("tenant_slug"), record.tenantSlug);
    if (!record.username)
        object.addBool(QLatin1String("user_deleted"), true);
    object.addString(QLatin1String("user_id"), record.userId);
    addStringOrNull(object, QLatin1String("username"), record.username);
    addStringOrNull(object, QLatin1String("workspace_id"), record.workspaceId);
    addStringOrNull(object, QLatin1String("workspace_slug"), record.workspaceSlug);
    object.finish();
    return out;
}

} // namespace tenantdesk::membership
