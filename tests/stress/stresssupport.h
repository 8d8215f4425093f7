#pragma once

// Shared by the stress tests: counts from the environment, tenantctl runs that are killed,
// and checks made through a raw SQLite connection, as another process would make them.

#include <QProcessEnvironment>
#include <QStringList>
#include <QVariant>

// The count named by variable (e.g. TENANTDESK_STRESS_KILLS), or byDefault when unset.
int stressCount(const char *variable, int byDefault);

// How a tenantctl run ended.
struct StressRun
{
    bool killed = false; // ended by SIGKILL before it finished on its own
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QByteArray err;
};

// Runs tenantctl with arguments and the extra environment; with killAfterMs >= 0 it is
// killed with SIGKILL that long after it started, unless it has finished by then. Waits
// until the process is gone.
StressRun runTenantctl(const QStringList &arguments, const QProcessEnvironment &environment,
                       qint64 killAfterMs = -1);

// The first column of the first row, read through a new raw connection (which also rolls
// back whatever a killed writer left half done, as SQLite does on open).
QVariant rawScalar(const QString &path, const QByteArray &sql);
// PRAGMA integrity_check's answer ("ok" when sound).
QString integrityCheck(const QString &path);
// The names of the files in dir, sorted.
QStringList filesIn(const QString &dir);
