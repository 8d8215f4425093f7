#include "migrationsupport.h"

#include "core/migration/migrationcatalog.h"
#include "core/people/passwordhash.h"
#include "files.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <sqlite3.h>

tenantdesk::Actor admin()
{
    tenantdesk::Actor actor;
    actor.userId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    actor.username = QStringLiteral("root");
    actor.globalRole = tenantdesk::GlobalRole::Admin;
    return actor;
}

tenantdesk::Actor addActor(const QString &databasePath, const tenantdesk::Actor &actor)
{
    // Cost 4 keeps tests fast; the cost is part of the hash, so it verifies the same way.
    const QByteArray hash = tenantdesk::PasswordHash::create(QStringLiteral("password1"), 4);
    if (hash.isEmpty())
        qFatal("cannot hash the password of %s", qPrintable(actor.username));
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(databasePath));
    sqlite3_busy_timeout(db, 5000);
    const char *const createTable
            = "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT UNIQUE NOT NULL, "
              "username TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL, role TEXT NOT NULL "
              "DEFAULT 'developer', created_at TEXT, updated_at TEXT, last_login_at TEXT)";
    if (sqlite3_exec(db, createTable, nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("cannot create users: %s", sqlite3_errmsg(db));
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO users (id, email, username, password_hash, role, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, '2026-01-01T00:00:00.000Z') "
                       "ON CONFLICT (id) DO NOTHING",
                       -1, &insert, nullptr);
    const QByteArray id = actor.userId.toUtf8();
    const QByteArray email = (actor.username + QStringLiteral("@example.com")).toUtf8();
    const QByteArray name = actor.username.toUtf8();
    const QByteArray role = tenantdesk::globalRoleName(actor.globalRole).toUtf8();
    sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, email.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, name.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 4, hash.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 5, role.constData(), -1, SQLITE_TRANSIENT);
    const int rc = sqlite3_step(insert);
    sqlite3_finalize(insert);
    if (rc != SQLITE_DONE)
        qFatal("cannot add %s: %s", qPrintable(actor.username), sqlite3_errmsg(db));
    sqlite3_close(db);
    return actor;
}

tenantdesk::Actor addAdmin(const QString &databasePath)
{
    return addActor(databasePath, admin());
}

tenantdesk::MigrationPlanner plannerFor(const tenantdesk::Database &db, const QString &dir)
{
    auto catalog = tenantdesk::MigrationCatalog::load(dir);
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().message));
    auto planner = tenantdesk::MigrationPlanner::forDatabase(db, *catalog);
    if (!planner)
        qFatal("%s", qPrintable(planner.error().message));
    return *planner;
}

tenantdesk::MigrationScript script(const QString &fileName, const QByteArray &content)
{
    auto parsed = tenantdesk::MigrationScript::parse(fileName, content);
    if (!parsed)
        qFatal("parse failed: %s", qPrintable(parsed.error().message));
    return *parsed;
}

QString writeCascadeMigrations(const QString &dir)
{
    const QString folder = dir + QStringLiteral("/cascade");
    QDir().mkpath(folder);
    writeFile(folder + QStringLiteral("/001_parents.sql"),
              "-- == UP ==\n"
              "CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT);\n"
              "CREATE TABLE children (id INTEGER PRIMARY KEY,\n"
              "  parent_id INTEGER NOT NULL REFERENCES parents(id) ON DELETE CASCADE);\n"
              "-- == DOWN ==\n"
              "DROP TABLE children;\n"
              "DROP TABLE parents;\n");
    writeFile(folder + QStringLiteral("/002_seed.sql"),
              "-- == UP ==\n"
              "INSERT INTO parents VALUES (1, 'a'), (2, 'b'), (3, 'c');\n"
              "INSERT INTO children (parent_id) VALUES (1), (1), (1), (2), (2), (3);\n"
              "\n"
              "-- == DOWN ==\n"
              "DELETE FROM parents WHERE id IN (1, 2);\n");
    return folder;
}
