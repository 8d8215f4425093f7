#include "bulkdata.h"

#include <QByteArray>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

namespace {

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "bulk data: %s: %s\n", what, sqlite3_errmsg(db));
        std::abort();
    }
}

template<typename... Args> QByteArray format(const char *pattern, Args... args)
{
    return QString::asprintf(pattern, args...).toUtf8();
}

// Deterministic ids so that runs are comparable: a UUID-shaped string from a number.
QByteArray idOf(char kind, qint64 n)
{
    return format("%c0000000-0000-4000-8000-%012lld", kind, n);
}

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        check(sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr), db, sql);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement &text(int i, const QByteArray &value)
    {
        sqlite3_bind_text(m_stmt, i, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Statement &integer(int i, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, i, value);
        return *this;
    }
    void step()
    {
        check(sqlite3_step(m_stmt), m_db, "insert");
        sqlite3_reset(m_stmt);
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

const char *roleFor(qint64 n)
{
    static const char *roles[] = {"member", "member", "member", "workspace_admin"};
    return roles[n % 4];
}

} // namespace

void fillBulk(const QString &path, const BulkSpec &spec)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open(path.toUtf8().constData(), &db), db, "open");
    check(sqlite3_exec(
                  db,
                  "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT "
                  "NULL, "
                  "username TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL "
                  "DEFAULT 'developer', created_at TEXT, updated_at TEXT, last_login_at TEXT);"
                  "BEGIN",
                  nullptr, nullptr, nullptr),
          db, "begin");
    const qint64 t0 = 1767225600000; // 2026-01-01
    {
        Statement user(db,
                       "INSERT INTO users (id, email, username, password_hash, role, created_at) "
                       "VALUES (?, ?, ?, '*', ?, '2026-01-01T00:00:00.000Z')");
        for (qint64 u = 1; u <= spec.users; ++u) {
            const QByteArray name = format("user%06lld", u);
            user.text(1, idOf('a', u))
                    .text(2, name + "@example.com")
                    .text(3, name)
                    .text(4, u % 1000 == 1 ? "admin" : "developer")
                    .step();
        }
        Statement tenant(
                db,
                "INSERT INTO tenants (id, name, slug, settings_json, created_at, updated_at) "
                "VALUES (?, ?, ?, '{}', ?, ?)");
        Statement workspace(db,
                            "INSERT INTO workspaces (id, tenant_id, name, slug, settings_json, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, '{}', ?, ?)");
        for (qint64 t = 1; t <= spec.tenants; ++t) {
            tenant.text(1, idOf('b', t))
                    .text(2, format("Tenant %06lld", t))
                    .text(3, format("tenant-%06lld", t))
                    .integer(4, t0 + t)
                    .integer(5, t0 + t)
                    .step();
            for (qint64 w = 1; w <= spec.workspacesPerTenant; ++w) {
                const qint64 n = (t - 1) * spec.workspacesPerTenant + w;
                workspace.text(1, idOf('c', n))
                        .text(2, idOf('b', t))
                        .text(3, format("Workspace %02lld of %06lld", w, t))
                        .text(4, format("ws-%02lld", w))
                        .integer(5, t0 + n)
                        .integer(6, t0 + n)
                        .step();
            }
        }
        Statement member(
                db,
                "INSERT INTO tenant_users (tenant_id, user_id, workspace_id, role, created_at) "
                "VALUES (?, ?, ?, ?, ?)");
        if (spec.tenants > 0 && spec.users > 0)
            member.text(1, idOf('b', 1))
                    .text(2, idOf('a', 1))
                    .null(3)
                    .text(4, "tenant_admin")
                    .integer(5, t0)
                    .step();
        // First tenant: each user gets a tenant-wide row, then one row per workspace.
        const qint64 scopes = spec.workspacesPerTenant + 1;
        for (qint64 m = 1; m < spec.firstTenantMemberships; ++m) {
            const qint64 user = 2 + (m - 1) % (spec.users - 1);
            const qint64 scope = (m - 1) / (spec.users - 1);
            if (scope >= scopes)
                break;
            member.text(1, idOf('b', 1)).text(2, idOf('a', user));
            if (scope == 0)
                member.null(3);
            else
                member.text(3, idOf('c', scope));
            member.text(4, roleFor(m)).integer(5, t0 + m).step();
        }
        // Elsewhere: user u is a tenant-wide member of tenants 2 + (u * k) % (tenants - 1).
        for (qint64 m = 0; m < spec.spreadMemberships && spec.tenants > 1; ++m) {
            const qint64 user = 1 + m % spec.users;
            const qint64 tenantNo = 2 + (m / spec.users + user * 7919) % (spec.tenants - 1);
            member.text(1, idOf('b', tenantNo))
                    .text(2, idOf('a', user))
                    .null(3)
                    .text(4, m % 50 == 0 ? "tenant_admin" : roleFor(m))
                    .integer(5, t0 + m)
                    .step();
        }
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
}

QString bulkId(char kind, int n)
{
    return QString::fromLatin1(idOf(kind, n));
}

tenantdesk::Actor bulkActor(int user, tenantdesk::GlobalRole role)
{
    tenantdesk::Actor actor;
    actor.userId = bulkId('a', user);
    actor.username = QStringLiteral("user%1").arg(user, 6, 10, QLatin1Char('0'));
    actor.globalRole = role;
    return actor;
}

tenantdesk::Actor bulkAdmin()
{
    return bulkActor(1, tenantdesk::GlobalRole::Admin);
}
