#include "tenancyfixture.h"

#include "testdatabase.h"

#include <QUuid>

#include <sqlite3.h>

namespace {

// Runs one statement with text values bound to ?1, ?2, ... and returns its first value.
QVariant runRaw(const QString &path, const QByteArray &sql, const QStringList &values)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_busy_timeout(db, 5000);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        qFatal("raw SQL failed: %s: %s", sql.constData(), sqlite3_errmsg(db));
    QList<QByteArray> utf8;
    for (const QString &value : values)
        utf8.append(value.toUtf8());
    for (int i = 0; i < utf8.size(); ++i) {
        if (values.at(i).isNull())
            sqlite3_bind_null(statement, i + 1);
        else
            sqlite3_bind_text(statement, i + 1, utf8.at(i).constData(), int(utf8.at(i).size()),
                              SQLITE_TRANSIENT);
    }
    QVariant result;
    const int step = sqlite3_step(statement);
    if (step == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL) {
        if (sqlite3_column_type(statement, 0) == SQLITE_INTEGER)
            result = qint64(sqlite3_column_int64(statement, 0));
        else
            result = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                    sqlite3_column_bytes(statement, 0));
    } else if (step != SQLITE_ROW && step != SQLITE_DONE) {
        qFatal("raw SQL failed: %s: %s", sql.constData(), sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

TenancyFixture::TenancyFixture(const TestDatabase &db, bool createSchema)
    : m_db(db)
{
    if (!createSchema)
        return;
    m_db.applyBundledSchema();
    // aistack's users table, as TestDatabase::addUser creates it, so that joins work before
    // the first user exists.
    m_db.execRaw(
            "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT NULL, "
            "username TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL "
            "DEFAULT 'developer', created_at TEXT, updated_at TEXT, last_login_at TEXT)");
}

QString TenancyFixture::addTenant(const QString &slug, const QString &name) const
{
    const QString id = newId();
    runRaw(m_db.path(),
           "INSERT INTO tenants (id, name, slug, settings_json, created_at, updated_at) "
           "VALUES (?1, ?2, ?3, '{}', 1700000000000, 1700000000000)",
           {id, name.isEmpty() ? slug : name, slug});
    return id;
}

QString TenancyFixture::addWorkspace(const QString &tenantId, const QString &slug,
                                     const QString &name) const
{
    const QString id = newId();
    runRaw(m_db.path(),
           "INSERT INTO workspaces (id, tenant_id, name, slug, settings_json, created_at, "
           "updated_at) "
           "VALUES (?1, ?2, ?3, ?4, '{}', 1700000000000, 1700000000000)",
           {id, tenantId, name.isEmpty() ? slug : name, slug});
    return id;
}

void TenancyFixture::addMembership(const QString &tenantId, const QString &userId,
                                   const QString &role, const QString &workspaceId) const
{
    runRaw(m_db.path(),
           "INSERT INTO tenant_users (tenant_id, user_id, workspace_id, role, created_at) "
           "VALUES (?1, ?2, ?3, ?4, 1700000000000)",
           {tenantId, userId, workspaceId.isEmpty() ? QString() : workspaceId, role});
}

tenantdesk::Actor TenancyFixture::addActor(const QString &username, const QString &globalRole,
                                           const QString &password) const
{
    tenantdesk::Actor actor;
    actor.userId = m_db.addUser(username, globalRole, password);
    actor.username = username;
    actor.email = username + QStringLiteral("@example.com");
    actor.globalRole = tenantdesk::globalRoleFromString(globalRole);
    return actor;
}

QVariant TenancyFixture::value(const QByteArray &sql, const QStringList &values) const
{
    return runRaw(m_db.path(), sql, values);
}

qint64 TenancyFixture::count(const QByteArray &sql, const QStringList &values) const
{
    return runRaw(m_db.path(), sql, values).toLongLong();
}

QString TenancyFixture::roleOf(const QString &tenantId, const QString &userId,
                               const QString &workspaceId) const
{
    if (workspaceId.isEmpty())
        return value("SELECT role FROM tenant_users WHERE tenant_id = ?1 AND user_id = ?2 AND "
                     "workspace_id IS NULL",
                     {tenantId, userId})
                .toString();
    return value("SELECT role FROM tenant_users WHERE tenant_id = ?1 AND user_id = ?2 AND "
                 "workspace_id = ?3",
                 {tenantId, userId, workspaceId})
            .toString();
}
