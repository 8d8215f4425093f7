#include "core/tenancy/provisioner.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/tenancysql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace tenantdesk {

using namespace tenancy;

namespace {

// The audit entry lists who got which role; past this many it keeps the counts only, so that
// one entry stays a reasonable size on a database with 100,000 users.
constexpr int kMaxListedGrants = 1000;

const QString kRoleForUser = QStringLiteral(
        "CASE WHEN ? <> '' THEN ? WHEN u.role = 'admin' THEN 'tenant_admin' ELSE 'member' END");
const QString kUsersWithoutMembership = QStringLiteral(
        "FROM users u WHERE NOT EXISTS (SELECT 1 FROM tenant_users tu WHERE tu.tenant_id = ? AND "
        "tu.user_id = u.id)");

} // namespace

Provisioner::Provisioner(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<ProvisionReport> Provisioner::provision(const ProvisionOptions &options)
{
    if (auto valid = validateSlug(options.tenantSlug); !valid)
        return valid.error();
    if (auto valid = validateSlug(options.workspaceSlug); !valid)
        return valid.error();
    if (auto valid = validateName(options.tenantName); !valid)
        return valid.error();
    if (auto valid = validateName(options.workspaceName); !valid)
        return valid.error();
    if (options.roleForAll == TenantRole::None)
        return invalidInput(
                tr("Choose a role for everyone: member, workspace_admin or tenant_admin."));

    WriteTransaction transaction(m_db);
    auto actor = beginWriteAs(transaction, m_db, m_actor, Action::Provision);
    if (!actor)
        return actor.error();
    if (!m_db.hasTable(QStringLiteral("users")))
        return failure(tr("This database has no users table: there is no one to provision."));

    ProvisionReport report;
    auto tenant = loadTenantBySlug(m_db, options.tenantSlug);
    if (!tenant)
        return tenant.error();
    Tenant target;
    if (*tenant) {
        target = **tenant;
    } else {
        target.id = newId();
        target.name = normalisedName(options.tenantName);
        target.slug = options.tenantSlug;
        target.createdAt = target.updatedAt = nowMs();
        auto inserted
                = m_db.exec(QStringLiteral("INSERT INTO tenants (id, name, slug, settings_json, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                            {target.id, target.name, target.slug, settingsToText({}),
                             target.createdAt, target.updatedAt});
        if (!inserted)
            return explain(m_db, inserted.error());
        report.tenantCreated = true;
    }
    report.tenantId = target.id;

    auto workspace = loadWorkspaceBySlug(m_db, target.id, options.workspaceSlug);
    if (!workspace)
        return workspace.error();
    if (*workspace) {
        report.workspaceId = (*workspace)->id;
    } else {
        report.workspaceId = newId();
        const qint64 now = nowMs();
        auto inserted
                = m_db.exec(QStringLiteral("INSERT INTO workspaces (id, tenant_id, name, slug, "
                                           "settings_json, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {report.workspaceId, target.id, normalisedName(options.workspaceName),
                             options.workspaceSlug, settingsToText({}), now, now});
        if (!inserted)
            return explain(m_db, inserted.error());
        report.workspaceCreated = true;
    }

    // Who is about to be granted what, for the audit entry (bounded), then one INSERT ...
    // SELECT for all of them: a user with any grant in the tenant already is left alone.
    const QString forAll
            = options.roleForAll ? tenantRoleName(*options.roleForAll) : QString(QLatin1String(""));
    QJsonArray granted;
    auto pending
            = m_db.exec(QStringLiteral("SELECT u.id, u.username, %1 %2 ORDER BY u.username LIMIT ?")
                                .arg(kRoleForUser, kUsersWithoutMembership),
                        {forAll, forAll, target.id, kMaxListedGrants + 1});
    if (!pending)
        return explain(m_db, pending.error());
    while (pending->next())
        granted.append(QJsonObject{{QStringLiteral("user_id"), pending->value(0).toString()},
                                   {QStringLiteral("username"), pending->value(1).toString()},
                                   {QStringLiteral("role"), pending->value(2).toString()}});
    const qint64 now = nowMs();
    auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO tenant_users (tenant_id, user_id, workspace_id, "
                           "role, created_at) SELECT ?, u.id, NULL, %1, ? %2")
                    .arg(kRoleForUser, kUsersWithoutMembership),
            {target.id, forAll, forAll, now, target.id});
    if (!inserted)
        return explain(m_db, inserted.error());
    report.membershipsGranted = inserted->numRowsAffected();

    // Running it again is a no-op and leaves no trace: nothing changed, nothing to record.
    if (!report.changedAnything())
        return report;

    const bool listed = granted.size() <= kMaxListedGrants;
    QJsonObject after{{QStringLiteral("tenant_created"), report.tenantCreated},
                      {QStringLiteral("workspace_created"), report.workspaceCreated},
                      {QStringLiteral("memberships_granted"), report.membershipsGranted},
                      {QStringLiteral("role_for_all"),
                       options.roleForAll ? QJsonValue(forAll) : QJsonValue()}};
    if (listed)
        after.insert(QStringLiteral("granted"), granted);
    const QJsonObject payload{{QStringLiteral("actor"), actor->auditName()},
                              {QStringLiteral("tenant_id"), target.id},
                              {QStringLiteral("tenant_slug"), target.slug},
                              {QStringLiteral("workspace_id"), report.workspaceId},
                              {QStringLiteral("workspace_slug"), options.workspaceSlug},
                              {QStringLiteral("before"), QJsonObject()},
                              {QStringLiteral("after"), after}};
    if (auto logged = AuditLog(m_db).append(QStringLiteral("tenancy.provisioned"), payload);
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor->auditName() << "provisioned" << target.slug
                      << report.membershipsGranted << "memberships";
    return report;
}

} // namespace tenantdesk
