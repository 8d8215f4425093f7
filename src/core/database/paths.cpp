#include "core/database/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    const QString installed
            = QDir(QCoreApplication::applicationDirPath())
                      .filePath(QStringLiteral("../" TENANTDESK_INSTALL_MIGRATIONS_DIR));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR);
}

} // namespace tenantdesk
