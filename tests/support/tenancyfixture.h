#pragma once

#include "testdatabase.h"

#include "core/access/actor.h"
#include "core/result.h"

#include <QByteArray>

#include <QString>
#include <QStringList>
#include <QVariant>

// Builds tenants, workspaces, users and memberships with raw SQL on a separate connection,
// independently of the services under test, and reads rows back the same way.
class TenancyFixture
{
public:
    // Applies the bundled schema to the test database (unless it is a copy that has it).
    explicit TenancyFixture(const TestDatabase &db, bool createSchema = true);

    QString addTenant(const QString &slug, const QString &name = {}) const;
    QString addWorkspace(const QString &tenantId, const QString &slug,
                         const QString &name = {}) const;
    // role: "tenant_admin", "workspace_admin" or "member"; empty workspaceId: tenant-wide.
    void addMembership(const QString &tenantId, const QString &userId, const QString &role,
                       const QString &workspaceId = {}) const;
    // A user (global role "admin", "developer" or "viewer") and the actor signed in as them.
    tenantdesk::Actor addActor(const QString &username,
                               const QString &globalRole = QStringLiteral("developer"),
                               const QString &password = QStringLiteral("password1")) const;

    // The first column of the first row of a query with bound text values (null when none).
    QVariant value(const QByteArray &sql, const QStringList &values = {}) const;
    qint64 count(const QByteArray &sql, const QStringList &values = {}) const;
    // The role of a membership row, or an empty string when there is none.
    QString roleOf(const QString &tenantId, const QString &userId,
                   const QString &workspaceId = {}) const;

private:
    const TestDatabase &m_db;
};

// The error message of a failed Result, for QVERIFY2 (which evaluates its message even when
// the check passes): empty for a successful one.
template<typename R> QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// A new file with the bundled schema and a fixture over it, as a test's init() makes them
// afresh for every test function.
struct TenancyFile
{
    TestDatabase db;
    TenancyFixture fixture{db};
};
