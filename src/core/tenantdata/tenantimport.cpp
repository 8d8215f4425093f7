#include "core/tenantdata/tenantimport.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/migration/migrationledger.h"
#include "core/people/userservice.h"
#include "core/tenancy/tenancysql.h"
#include "core/tenantdata/exportfile.h"
#include "core/tenantdata/exportplan.h"
#include "core/tenantdata/footprint.h"
#include "core/tenantdata/sqlitestatement.h"
#include "core/tenantdata/tablecopy.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <sqlite3.h>

namespace tenantdesk {

using namespace tenantdata;

namespace {

QString textOf(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

QString shortList(const QStringList &items)
{
    if (items.size() <= 10)
        return items.join(QStringLiteral(", "));
    return TenantImporter::tr("%1 and %n more", "", int(items.size() - 10))
            .arg(items.mid(0, 10).join(QStringLiteral(", ")));
}

// The ids of one column of a stored table.
Result<QStringList> storedIds(sqlite3 *db, const ExportedTable &table, const QString &column)
{
    QStringList ids;
    if (!table.columns.contains(column))
        return ids;
    SqliteStatement select(
            db, QStringLiteral("SELECT %1 FROM %2").arg(quoted(column), quoted(table.storedAs)));
    if (!select.isValid())
        return sqliteError(db, select.errorCode(), table.name);
    bool ok = true;
    while (select.step(&ok))
        ids << textOf(select.handle(), 0);
    if (!ok)
        return sqliteError(db, select.errorCode(), table.name);
    return ids;
}

Result<bool> exists(const Database &db, const QString &sql, const QString &value)
{
    auto found = db.scalar(sql, {value});
    if (!found)
        return tenancy::explain(db, found.error());
    return !found->isNull();
}

struct Member
{
    QString userId;
    QString username;
    QString email;
    QString role;
    QByteArray passwordHash;
};

Result<QList<Member>> storedMembers(sqlite3 *db)
{
    SqliteStatement select(db,
                           QStringLiteral("SELECT user_id, username, email, role, "
                                          "password_hash FROM members ORDER BY user_id"));
    if (!select.isValid())
        return sqliteError(db, select.errorCode(), QStringLiteral("members"));
    QList<Member> members;
    bool ok = true;
    while (select.step(&ok)) {
        Member member{textOf(select.handle(), 0),
                      textOf(select.handle(), 1),
                      textOf(select.handle(), 2),
                      textOf(select.handle(), 3),
                      {}};
        if (sqlite3_column_type(select.handle(), 4) == SQLITE_TEXT)
            member.passwordHash = textOf(select.handle(), 4).toLatin1();
        members.append(member);
    }
    if (!ok)
        return sqliteError(db, select.errorCode(), QStringLiteral("members"));
    return members;
}

// How a stored row's values become the target's: users by e-mail, and with new ids the
// tenant's and workspaces' ids wherever they appear.
struct IdMap
{
    QHash<QString, QString> ids;   // tenant and workspace ids (identity without newIds)
    QHash<QString, QString> users; // exported user id -> target user id
    bool rewritesIds = false;

    QString mapped(const QString &value) const { return ids.value(value, value); }
    QString mappedNamespace(QString value) const
    {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            value.replace(it.key(), it.value());
        return value;
    }
};

} // namespace

TenantImporter::TenantImporter(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<TenantImportReport> TenantImporter::importTenant(const TenantImportOptions &options,
                                                        const TransferProgress &progress) const
{
    ExportFile file;
    if (auto opened = file.open(options.file); !opened)
        return opened.error();
    const ExportManifest &manifest = file.manifest();
    if (auto valid = NamespacePattern::validate(manifest.namespacePattern); !valid)
        return valid.error();
    if (!options.dryRun && options.checkLiveUse) {
        if (auto permitted = LiveUse::check(m_db.path(), LiveUse::Operation::Migrate, options.live);
            !permitted)
            return permitted.error();
    }

    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto current = currentActor(m_db, m_actor);
    if (!current)
        return current.error();
    const Actor &actor = *current;
    if (auto allowed = AccessPolicy(m_db).require(actor, Action::TransferTenant, {}); !allowed)
        return allowed.error();

    // The target's schema must hold every table and column of the export.
    QStringList missing;
    for (const ExportedTable &table : manifest.tables) {
        auto columns = tableColumns(m_db.handle(), table.name);
        if (!columns)
            return columns.error();
        if (columns->isEmpty()) {
            missing << tr("table %1").arg(table.name);
            continue;
        }
        for (const QString &column : table.columns) {
            if (!columns->contains(column))
                missing << QStringLiteral("%1.%2").arg(table.name, column);
        }
    }
    if (!m_db.hasTable(QStringLiteral("users")))
        missing << tr("table %1").arg(QStringLiteral("users"));
    if (!missing.isEmpty()) {
        QSet<QString> applied;
        if (m_db.hasTable(MigrationLedger::tableName())) {
            auto rows = m_db.exec(
                    QStringLiteral("SELECT name FROM %1").arg(MigrationLedger::tableName()));
            if (!rows)
                return tenancy::explain(m_db, rows.error());
            while (rows->next())
                applied.insert(rows->value(0).toString());
        }
        QStringList migrations;
        for (const QString &name : manifest.migrations) {
            if (!applied.contains(name))
                migrations << name;
        }
        if (migrations.isEmpty())
            return conflict(tr("This database lacks %1, which the export needs; bring its "
                               "schema up to the source's first.")
                                    .arg(shortList(missing)));
        return conflict(tr("This database lacks %1, which the export needs; apply these "
                           "migrations to it first: %2.")
                                .arg(shortList(missing), migrations.join(QStringLiteral(", "))));
    }

    // Ids and the slug.
    const ExportedTable *tenants = file.table(QStringLiteral("tenants"));
    const ExportedTable *workspaces = file.table(QStringLiteral("workspaces"));
    auto workspaceIds = workspaces ? storedIds(file.db(), *workspaces, QStringLiteral("id"))
                                   : Result<QStringList>(QStringList());
    if (!workspaceIds)
        return workspaceIds.error();
    if (tenants->rows != 1)
        return invalidInput(tr("%1 holds no tenant.").arg(options.file));
    auto slugTaken = exists(m_db, QStringLiteral("SELECT 1 FROM tenants WHERE slug = ?"),
                            manifest.tenantSlug);
    if (!slugTaken)
        return slugTaken.error();
    if (*slugTaken)
        return conflict(tr("This database has a tenant with the slug \"%1\" already; nothing "
                           "was imported.")
                                .arg(manifest.tenantSlug));
    QStringList collisions;
    auto tenantTaken
            = exists(m_db, QStringLiteral("SELECT 1 FROM tenants WHERE id = ?"), manifest.tenantId);
    if (!tenantTaken)
        return tenantTaken.error();
    if (*tenantTaken)
        collisions << manifest.tenantId;
    for (const QString &id : *workspaceIds) {
        auto taken = exists(m_db, QStringLiteral("SELECT 1 FROM workspaces WHERE id = ?"), id);
        if (!taken)
            return taken.error();
        if (*taken)
            collisions << id;
    }
    IdMap map;
    map.ids.insert(manifest.tenantId, manifest.tenantId);
    for (const QString &id : *workspaceIds)
        map.ids.insert(id, id);
    if (!collisions.isEmpty()) {
        if (!options.newIds)
            return conflict(tr("This database has rows with the ids of the exported tenant or "
                               "its workspaces already (%1); nothing was imported. Import with "
                               "new ids (tenantctl: --new-ids) to give them new ones.")
                                    .arg(shortList(collisions)));
    }
    if (options.newIds) {
        map.rewritesIds = true;
        for (auto it = map.ids.begin(); it != map.ids.end(); ++it)
            it.value() = tenancy::newId();
    }
    const QString tenantId = map.mapped(manifest.tenantId);

    TenantImportReport report;
    report.file = options.file;
    report.sourceFile = manifest.sourceFile;
    report.dryRun = options.dryRun;
    report.newIds = options.newIds;

    // Members, by exact e-mail.
    auto members = storedMembers(file.db());
    if (!members)
        return members.error();
    QStringList unknown;
    QList<Member> toCreate;
    for (const Member &member : *members) {
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"),
                              {member.email});
        if (!id)
            return tenancy::explain(m_db, id.error());
        if (id->isNull()) {
            unknown << member.email;
            toCreate << member;
            continue;
        }
        map.users.insert(member.userId, id->toString());
        report.mappedMembers << member.email;
    }
    if (!unknown.isEmpty() && !options.createUsers)
        return conflict(tr("This database has no users with the e-mail addresses %1; nothing "
                           "was imported. Create them first, or import with new locked users "
                           "(tenantctl: --create-users).")
                                .arg(shortList(unknown)));
    UserService people(m_db, actor);
    for (const Member &member : toCreate) {
        // A tenant's member never becomes a global admin of another installation by import.
        NewUser newUser;
        newUser.username = member.username;
        newUser.email = member.email;
        newUser.role = member.role == QLatin1String("viewer") ? GlobalRole::Viewer
                                                              : GlobalRole::Developer;
        auto created = people.createLockedInTransaction(newUser, member.passwordHash);
        if (!created)
            return created.error();
        map.users.insert(member.userId, created->id);
        report.createdUsers << member.email;
    }

    // The rows.
    if (auto deferred = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return tenancy::explain(m_db, deferred.error());
    qint64 total = 0;
    for (const ExportedTable &table : manifest.tables)
        total += table.rows;
    qint64 done = 0;
    QJsonObject counts;
    for (const ExportedTable &table : manifest.tables) {
        QStringList columns;
        QStringList placeholders;
        enum class Rewrite { None, Id, User, Namespace };
        QList<Rewrite> rewrites;
        int userColumn = -1;
        for (const QString &column : table.columns) {
            columns << quoted(column);
            placeholders << QStringLiteral("?");
            Rewrite rewrite = Rewrite::None;
            if (table.kind == QLatin1String("memory")) {
                if (column == QLatin1String("namespace"))
                    rewrite = Rewrite::Namespace;
            } else if (column == QLatin1String("tenant_id")
                       || column == QLatin1String("workspace_id")
                       || (column == QLatin1String("id")
                           && (table.name == QLatin1String("tenants")
                               || table.name == QLatin1String("workspaces")))) {
                rewrite = Rewrite::Id;
            } else if (table.name == QLatin1String("tenant_users")
                       && column == QLatin1String("user_id")) {
                rewrite = Rewrite::User;
                userColumn = int(rewrites.size());
            }
            rewrites << rewrite;
        }
        SqliteStatement insert(m_db.handle(),
                               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(quoted(table.name), columns.join(QStringLiteral(", ")),
                                            placeholders.join(QStringLiteral(", "))));
        if (!insert.isValid())
            return sqliteError(m_db.handle(), insert.errorCode(), table.name);
        SqliteStatement select(
                file.db(),
                QStringLiteral("SELECT %1 FROM %2")
                        .arg(columns.join(QStringLiteral(", ")), quoted(table.storedAs)));
        if (!select.isValid())
            return sqliteError(file.db(), select.errorCode(), table.name);
        qint64 added = 0;
        bool ok = true;
        while (select.step(&ok)) {
            sqlite3_stmt *row = select.handle();
            if (userColumn >= 0 && !map.users.contains(textOf(row, userColumn))) {
                ++report.skippedMemberships; // a member deleted before the export
                continue;
            }
            for (int column = 0; column < rewrites.size(); ++column) {
                const bool text = sqlite3_column_type(row, column) == SQLITE_TEXT;
                switch (text ? rewrites.at(column) : Rewrite::None) {
                case Rewrite::Id:
                    insert.bindText(column + 1, map.mapped(textOf(row, column)));
                    break;
                case Rewrite::User:
                    insert.bindText(column + 1, map.users.value(textOf(row, column)));
                    break;
                case Rewrite::Namespace:
                    insert.bindText(column + 1, map.mappedNamespace(textOf(row, column)));
                    break;
                case Rewrite::None:
                    sqlite3_bind_value(insert.handle(), column + 1,
                                       sqlite3_column_value(row, column));
                    break;
                }
            }
            bool inserted = true;
            insert.step(&inserted);
            if (!inserted) {
                const int code = insert.errorCode();
                if ((code & 0xff) == SQLITE_CONSTRAINT)
                    return conflict(tr("A row of table %1 collides with a row this database has "
                                       "already (%2); nothing was imported.")
                                            .arg(table.name, insert.errorMessage()));
                return sqliteError(m_db.handle(), code, table.name);
            }
            insert.reset();
            ++added;
            if (++done % 500 == 0 && progress && !progress(done, total))
                return failure(tr("The import was cancelled; nothing was imported."));
        }
        if (!ok)
            return sqliteError(file.db(), select.errorCode(), table.name);
        counts.insert(table.name, added);
        report.tables.append({table.name, table.kind, added, {}});
    }

    // The target now holds exactly the export's rows of the tenant: the same counts, and
    // where no value was rewritten the same checksums.
    const QString prefix = NamespacePattern::prefix(manifest.namespacePattern, tenantId);
    const bool sameUsers = [&] {
        for (auto it = map.users.cbegin(); it != map.users.cend(); ++it) {
            if (it.key() != it.value())
                return false;
        }
        return report.skippedMemberships == 0;
    }();
    report.checksumsVerified = !map.rewritesIds;
    for (TransferredTable &imported : report.tables) {
        const ExportedTable *table = file.table(imported.table);
        QStringList values;
        const QString where = tenantCondition(table->name, table->kind, prefix, tenantId, values);
        auto target = scanTable(m_db.handle(), table->name, table->columns, where, values);
        if (!target)
            return target.error();
        imported.sha256 = target->sha256;
        if (target->rows != imported.rows)
            return failure(tr("After the import, this database has %1 rows of table %2 for the "
                              "tenant where %3 were added: it held some already. Nothing was "
                              "imported.")
                                   .arg(target->rows)
                                   .arg(table->name)
                                   .arg(imported.rows));
        const bool comparable
                = !map.rewritesIds && (table->name != QLatin1String("tenant_users") || sameUsers);
        if (comparable && target->sha256 != table->sha256)
            return failure(tr("After the import, the rows of table %1 differ from the export's; "
                              "nothing was imported.")
                                   .arg(table->name));
    }

    auto imported = findTenant(m_db, tenantId);
    if (!imported)
        return imported.error();
    report.tenant = *imported;
    QJsonObject payload = tenancy::auditPayload(actor, report.tenant, {}, {});
    payload.insert(QStringLiteral("file"), options.file);
    payload.insert(QStringLiteral("source_file"), manifest.sourceFile);
    payload.insert(QStringLiteral("rows"), counts);
    payload.insert(QStringLiteral("created_users"),
                   QJsonArray::fromStringList(report.createdUsers));
    payload.insert(QStringLiteral("new_ids"), options.newIds);
    if (auto logged = AuditLog(m_db).append(QStringLiteral("tenant.imported"), payload); !logged)
        return logged.error();
    if (options.dryRun) {
        transaction.rollback();
        return report;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(total, total);
    qCInfo(lcTenancy) << actor.auditName() << "imported tenant" << report.tenant.slug << "from"
                      << options.file;
    return report;
}

} // namespace tenantdesk
