#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Output of one tenantctl run.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built tenantctl with arguments; password (if any) goes through
// TENANTDESK_PASSWORD, never through an argument.
CliRun runTenantctl(const QStringList &arguments, const QString &password = {},
                    const QProcessEnvironment &extra = {});
