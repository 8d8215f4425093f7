#include "core/database/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tenantdesk {

QString defaultDatabasePath()
{
    // Spelled out rather than AppDataLocation, whose path follows the running program's
    // name: tenantctl and tenantdesk must find the same file.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataHome).filePath(QStringLiteral("TenantDesk/tenantdesk/tenantdesk.db"));
}

QString bundledMigrationsDir()
{
    const QString fromEnvironment = qEnvironmentVariable("TENANTDESK_MIGRATIONS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Relative to the program, never an absolute path from the build: the installed
    // programs work wherever the tree is installed or moved, and the build tree has the
    // same layout (a link to the source folder). Returned even when missing, so that the
    // error names the folder that was looked for.
    return QDir::cleanPath(
            QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral(TENANTDESK_MIGRATIONS_FROM_PROGRAM_DIR)));
}

} // namespace tenantdesk
