#pragma once

// Header-only, for the tenantctl tests (they link clitestsupport, which runs the program).

#include "cli/clirunner.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

// Runs tenantctl against one test database, signed in as a user whose password is the one
// TenancyFixture::addActor gives by default.
class TenantctlSession
{
public:
    explicit TenantctlSession(const TestDatabase &db,
                              QString password = QStringLiteral("password1"))
        : m_db(db)
        , m_password(std::move(password))
    { }

    CliRun run(const QString &user, const QStringList &arguments) const
    {
        return runTenantctl(
                QStringList{QStringLiteral("--db"), m_db.path(), QStringLiteral("--user"), user}
                        + arguments,
                m_password);
    }

    // The --json output of a run; warns with stderr when the exit code is not 0.
    QJsonObject json(const QString &user, const QStringList &arguments) const
    {
        const CliRun result = run(user, arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning("tenantctl %s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     result.exitCode, result.err.constData());
        return QJsonDocument::fromJson(result.out).object();
    }

private:
    const TestDatabase &m_db;
    QString m_password;
};
