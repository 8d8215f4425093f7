#include "core/migration/migrationcatalog.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

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
    return load(QStringList{dir});
}

Result<MigrationCatalog> MigrationCatalog::load(const QStringList &dirs)
{
    MigrationCatalog catalog;
    QStringList seen;
    for (const QString &dir : dirs) {
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty() && seen.contains(canonical))
            continue;
        seen.append(canonical);
        if (auto added = catalog.addFolder(dir); !added)
            return added.error();
    }
    if (dirs.isEmpty())
        return invalidInput(tr("No migrations folder was given."));
    std::sort(catalog.m_scripts.begin(), catalog.m_scripts.end());
    return catalog;
}

Result<void> MigrationCatalog::addFolder(const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.isDir())
        return invalidInput(
                tr("The migrations folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));
    m_dirs.append(dir);
    const QDir folder(dir);
    // Every entry but subfolders: links to nothing and pipes are listed as ignored (a pipe is
    // never opened: reading it would wait for a writer).
    const QFileInfoList entries = folder.entryInfoList(
            QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir())
            continue;
        QString reason;
        if (entry.isSymLink() && !entry.exists())
            reason = tr("a link to nothing");
        else if (!entry.isFile())
            reason = tr("not a regular file");
        else if (!MigrationScript::isMigrationFileName(entry.fileName()))
            reason = tr("not named NNN_name.sql");
        if (!reason.isEmpty()) {
            qCInfo(lcMigration) << "ignoring" << entry.filePath() << "(" << reason << ")";
            m_ignored.append({entry.filePath(), reason});
            continue;
        }
        auto script = MigrationScript::load(folder.filePath(entry.fileName()));
        if (!script)
            return script.error();
        const auto same = std::find_if(
                m_scripts.cbegin(), m_scripts.cend(),
                [&](const MigrationScript &known) { return known.name() == script->name(); });
        if (same == m_scripts.cend()) {
            m_scripts.append(std::move(script).value());
            continue;
        }
        // The same migration shipped in two folders (a copy of the bundled set, say) is one
        // migration; two different files of one name would make the ledger ambiguous.
        if (same->checksum(MigrationDirection::Up) != script->checksum(MigrationDirection::Up)
            || same->checksum(MigrationDirection::Down)
                    != script->checksum(MigrationDirection::Down))
            return conflict(tr("%1 is in both %2 and %3 with different content; a migration's "
                               "name is its identity, so rename one of them or leave one "
                               "folder out.")
                                    .arg(script->fileName(),
                                         QDir::toNativeSeparators(
                                                 QFileInfo(same->filePath()).absolutePath()),
                                         QDir::toNativeSeparators(dir)));
        qCInfo(lcMigration) << script->fileName() << "is in" << same->filePath() << "and"
                            << script->filePath() << "with the same content";
    }
    return {};
}

QString MigrationCatalog::describeDirs() const
{
    QStringList shown;
    for (const QString &dir : m_dirs)
        shown.append(QDir::toNativeSeparators(dir));
    return QLocale().createSeparatedList(shown);
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
