#include "core/tenancy/namedrows.h"

#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/tenancy/tenancysql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace tenantdesk::tenancy {

namespace {

struct NamedRows
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::tenancy::NamedRows)
};

// What differs between tenants and workspaces, for the shared code below.
template<typename Row> struct RowKind;

template<> struct RowKind<Tenant>
{
    static QString table() { return QStringLiteral("tenants"); }
    static QString eventPrefix() { return QStringLiteral("tenant"); }
    static Action renameAction() { return Action::RenameTenant; }
    static Action settingsAction() { return Action::EditTenantSettings; }
    static Action deleteAction() { return Action::DeleteTenant; }
    static AccessTarget target(const Tenant &tenant) { return {tenant.id, {}, {}}; }
    static Result<std::optional<Tenant>> load(const Database &db, const QString &id)
    {
        return loadTenant(db, id);
    }
    static Error notFound(const QString &id) { return tenantNotFound(id); }
    static Result<QJsonObject> payload(const Database &, const Actor &actor, const Tenant &tenant,
                                       const QJsonObject &before, const QJsonObject &after)
    {
        return auditPayload(actor, tenant, before, after);
    }
    static QString confirmMessage(const Tenant &tenant)
    {
        return NamedRows::tr("To delete tenant \"%1\", confirm with its slug \"%2\".")
                .arg(tenant.name.left(80), tenant.slug);
    }
    // Explicit deletes rather than trusting ON DELETE CASCADE alone: a file written by
    // another tool may have been created without the foreign keys.
    static QStringList deleteStatements()
    {
        return {QStringLiteral("DELETE FROM tenant_users WHERE tenant_id = ?"),
                QStringLiteral("DELETE FROM workspaces WHERE tenant_id = ?"),
                QStringLiteral("DELETE FROM tenants WHERE id = ?")};
    }
    static Result<DeletionImpact> impact(const Database &db, const Tenant &tenant);
    static void recordImpact(QJsonObject &before, const DeletionImpact &impact)
    {
        before.insert(QStringLiteral("workspaces"), impact.workspaces);
        before.insert(QStringLiteral("memberships"), impact.memberships);
    }
};

template<> struct RowKind<Workspace>
{
    static QString table() { return QStringLiteral("workspaces"); }
    static QString eventPrefix() { return QStringLiteral("workspace"); }
    static Action renameAction() { return Action::RenameWorkspace; }
    static Action settingsAction() { return Action::EditWorkspaceSettings; }
    static Action deleteAction() { return Action::DeleteWorkspace; }
    static AccessTarget target(const Workspace &workspace)
    {
        return {workspace.tenantId, workspace.id, {}};
    }
    static Result<std::optional<Workspace>> load(const Database &db, const QString &id)
    {
        return loadWorkspace(db, id);
    }
    static Error notFound(const QString &id) { return workspaceNotFound(id); }
    static Result<QJsonObject> payload(const Database &db, const Actor &actor,
                                       const Workspace &workspace, const QJsonObject &before,
                                       const QJsonObject &after)
    {
        auto tenantSlug = db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"),
                                    {workspace.tenantId});
        if (!tenantSlug)
            return explain(db, tenantSlug.error());
        return auditPayload(actor, tenantSlug->toString(), workspace, before, after);
    }
    static QString confirmMessage(const Workspace &workspace)
    {
        return NamedRows::tr("To delete workspace \"%1\", confirm with its slug \"%2\".")
                .arg(workspace.name.left(80), workspace.slug);
    }
    static QStringList deleteStatements()
    {
        return {QStringLiteral("DELETE FROM tenant_users WHERE workspace_id = ?"),
                QStringLiteral("DELETE FROM workspaces WHERE id = ?")};
    }
    static Result<DeletionImpact> impact(const Database &db, const Workspace &workspace);
    static void recordImpact(QJsonObject &before, const DeletionImpact &impact)
    {
        before.insert(QStringLiteral("memberships"), impact.memberships);
    }
};

Result<qint64> countRows(const Database &db, const QString &table, const QString &column,
                         const QString &id)
{
    auto count = db.scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {id});
    if (!count)
        return explain(db, count.error());
    return count->toLongLong();
}

Result<DeletionImpact> RowKind<Tenant>::impact(const Database &db, const Tenant &tenant)
{
    DeletionImpact impact;
    auto workspaces
            = countRows(db, QStringLiteral("workspaces"), QStringLiteral("tenant_id"), tenant.id);
    if (!workspaces)
        return workspaces.error();
    auto memberships
            = countRows(db, QStringLiteral("tenant_users"), QStringLiteral("tenant_id"), tenant.id);
    if (!memberships)
        return memberships.error();
    impact.workspaces = *workspaces;
    impact.memberships = *memberships;
    return impact;
}

Result<DeletionImpact> RowKind<Workspace>::impact(const Database &db, const Workspace &workspace)
{
    auto memberships = countRows(db, QStringLiteral("tenant_users"), QStringLiteral("workspace_id"),
                                 workspace.id);
    if (!memberships)
        return memberships.error();
    DeletionImpact impact;
    impact.memberships = *memberships;
    return impact;
}

// The row by id, once the actor may take `action` on it: NotFound when it does not exist.
template<typename Row>
Result<Row> loadFor(const Database &db, const Actor &actor, const QString &id, Action action)
{
    using Kind = RowKind<Row>;
    auto found = Kind::load(db, id);
    if (!found)
        return found.error();
    if (!*found)
        return Kind::notFound(id);
    if (auto allowed = AccessPolicy(db).require(actor, action, Kind::target(**found)); !allowed)
        return allowed.error();
    return **found;
}

// Changes the copy of a row it is given and returns the audit event type, or nothing when
// the edit changes nothing.
template<typename Row> using RowEdit = std::function<std::optional<QString>(Row &)>;

// One edit of an existing row: load, check, let `edit` change a copy, store and audit, all
// in one transaction.
template<typename Row>
Result<Row> changeRow(const Database &db, const Actor &signedIn, const QString &id, Action action,
                      const RowEdit<Row> &edit)
{
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto current = currentActor(db, signedIn);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    auto found = loadFor<Row>(db, actor, id, action);
    if (!found)
        return found.error();
    const Row before = *found;
    Row after = before;
    const std::optional<QString> event = edit(after);
    if (!event)
        return after; // nothing to change, nothing to record
    after.updatedAt = std::max(nowMs(), before.updatedAt);
    auto updated = db.exec(QStringLiteral("UPDATE %1 SET name = ?, settings_json = ?, "
                                          "updated_at = ? WHERE id = ?")
                                   .arg(RowKind<Row>::table()),
                           {after.name, settingsToText(after.settings), after.updatedAt, after.id});
    if (!updated)
        return explain(db, updated.error());
    QJsonObject was;
    QJsonObject now;
    if (before.name != after.name) {
        was.insert(QStringLiteral("name"), before.name);
        now.insert(QStringLiteral("name"), after.name);
    }
    if (before.settings != after.settings) {
        was.insert(QStringLiteral("settings"), before.settings);
        now.insert(QStringLiteral("settings"), after.settings);
    }
    auto payload = RowKind<Row>::payload(db, actor, after, was, now);
    if (!payload)
        return payload.error();
    if (auto logged = AuditLog(db).append(*event, *payload); !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor.auditName() << *event << after.slug;
    return after;
}

} // namespace

template<typename Row>
Result<Row> renameRow(const Database &db, const Actor &actor, const QString &id,
                      const QString &rawName)
{
    if (auto valid = validateName(rawName); !valid)
        return valid.error();
    const QString name = normalisedName(rawName);
    return changeRow<Row>(db, actor, id, RowKind<Row>::renameAction(),
                          [&](Row &row) -> std::optional<QString> {
                              if (row.name == name)
                                  return std::nullopt;
                              row.name = name;
                              return RowKind<Row>::eventPrefix() + QStringLiteral(".renamed");
                          });
}

template<typename Row>
Result<Row> updateRowSettings(const Database &db, const Actor &actor, const QString &id,
                              const QJsonObject &settings)
{
    return changeRow<Row>(
            db, actor, id, RowKind<Row>::settingsAction(), [&](Row &row) -> std::optional<QString> {
                if (row.settings == settings)
                    return std::nullopt;
                row.settings = settings;
                return RowKind<Row>::eventPrefix() + QStringLiteral(".settings_changed");
            });
}

template<typename Row>
Result<DeletionImpact> deletionImpactOf(const Database &db, const Actor &actor, const QString &id)
{
    auto found = loadFor<Row>(db, actor, id, RowKind<Row>::deleteAction());
    if (!found)
        return found.error();
    return RowKind<Row>::impact(db, *found);
}

template<typename Row>
Result<void> removeRow(const Database &db, const Actor &signedIn, const QString &id,
                       const QString &confirmSlug, const BeforeRemoval &beforeRemoval)
{
    using Kind = RowKind<Row>;
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto current = currentActor(db, signedIn);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    auto found = loadFor<Row>(db, actor, id, Kind::deleteAction());
    if (!found)
        return found.error();
    const Row row = *found;
    if (confirmSlug != row.slug)
        return invalidInput(Kind::confirmMessage(row));
    auto impact = Kind::impact(db, row);
    if (!impact)
        return impact.error();
    QJsonObject before = rowState(row);
    Kind::recordImpact(before, *impact);
    if (beforeRemoval) {
        if (auto prepared = beforeRemoval(actor, before); !prepared)
            return prepared.error();
    }
    // The payload first: it reads what the deletes remove (the workspace's tenant slug).
    auto payload = Kind::payload(db, actor, row, before, {});
    if (!payload)
        return payload.error();
    for (const QString &sql : Kind::deleteStatements()) {
        if (auto deleted = db.exec(sql, {id}); !deleted)
            return explain(db, deleted.error());
    }
    if (auto logged
        = AuditLog(db).append(Kind::eventPrefix() + QStringLiteral(".deleted"), *payload);
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcTenancy) << actor.auditName() << "deleted" << qUtf8Printable(Kind::eventPrefix())
                      << row.slug;
    return {};
}

template Result<Tenant> renameRow<Tenant>(const Database &, const Actor &, const QString &,
                                          const QString &);
template Result<Workspace> renameRow<Workspace>(const Database &, const Actor &, const QString &,
                                                const QString &);
template Result<Tenant> updateRowSettings<Tenant>(const Database &, const Actor &, const QString &,
                                                  const QJsonObject &);
template Result<Workspace> updateRowSettings<Workspace>(const Database &, const Actor &,
                                                        const QString &, const QJsonObject &);
template Result<DeletionImpact> deletionImpactOf<Tenant>(const Database &, const Actor &,
                                                         const QString &);
template Result<DeletionImpact> deletionImpactOf<Workspace>(const Database &, const Actor &,
                                                            const QString &);
template Result<void> removeRow<Tenant>(const Database &, const Actor &, const QString &,
                                        const QString &, const BeforeRemoval &);
template Result<void> removeRow<Workspace>(const Database &, const Actor &, const QString &,
                                           const QString &, const BeforeRemoval &);

} // namespace tenantdesk::tenancy
