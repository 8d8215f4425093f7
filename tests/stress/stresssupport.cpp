#include "stresssupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <sqlite3.h>

int stressCount(const char *variable, int byDefault)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue(variable, &ok);
    return ok && asked > 0 ? asked : byDefault;
}

StressRun runTenantctl(const QStringList &arguments, const QProcessEnvironment &environment,
                       qint64 killAfterMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys())
        env.insert(key, environment.value(key));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    StressRun run;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &process, [&] {
        if (process.state() != QProcess::NotRunning) {
            run.killed = true;
            process.kill(); // SIGKILL: no handler, no clean-up, as kill -9
        }
    });
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(QStringLiteral(TENANTCTL_PATH), arguments);
    if (killAfterMs >= 0)
        killer.start(int(killAfterMs));
    // Waits for the process to end, however that happens.
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    run.elapsedMs = elapsed.elapsed();
    run.killed = run.killed && process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

QVariant rawScalar(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QVariant result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return result;
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_INTEGER:
            result = qint64(sqlite3_column_int64(statement, 0));
            break;
        case SQLITE_NULL:
            break;
        default:
            result = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            break;
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

QString integrityCheck(const QString &path)
{
    return rawScalar(path, "PRAGMA integrity_check").toString();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                               QDir::Name);
}
