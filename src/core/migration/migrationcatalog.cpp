#include "core/migration/migrationcatalog.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tenantdesk {

namespace { } // namespace

MigrationCatalog::MigrationCatalog(QList<MigrationScript> scripts)
    : m_scripts(std::move(scripts))
{
    std::sort(m_scripts.begin(), m_scripts.end());
}

Result<MigrationCatalog> MigrationCatalog::load(const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.isDir())
        return invalidInput(
                tr("The migrations folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));
    const QDir folder(dir);
    QList<MigrationScript> scripts;
    for (const QString &fileName : folder.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (!MigrationScript::isMigrationFileName(fileName)) {
            qCInfo(lcMigration) << "ignoring" << fileName << "(not NNN_name.sql)";
            continue;
        }
        auto script = MigrationScript::load(folder.filePath(fileName));
        if (!script)
            return script.error();
        scripts.append(std::move(script).value());
    }
    MigrationCatalog catalog(std::move(scripts));
    catalog.m_dir = dir;
    return catalog;
}

std::optional<MigrationScript> MigrationCatalog::find(const QString &name) const
{
    for (const MigrationScript &script : m_scripts) {
        if (script.name() == name)
            return script;
    }
    return std::nullopt;
}

} // namespace tenantdesk
