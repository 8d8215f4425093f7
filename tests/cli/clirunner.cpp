#include "clirunner.h"

#include <QProcess>

CliRun runTenantctl(const QStringList &arguments, const QString &password,
                    const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TENANTDESK_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("TENANTDESK_PASSWORD"), password);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(TENANTCTL_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
