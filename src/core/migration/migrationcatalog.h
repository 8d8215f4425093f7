#pragma once

#include "core/migration/migrationscript.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenantdesk {

// A file in a migrations folder that is not a migration, and why: listed, never skipped
// silently.
struct IgnoredFile
{
    QString path;
    QString reason; // "not named NNN_name.sql", "a link to nothing", "not a regular file"
};

// The migration scripts of one or more folders (the bundled migrations, aistack's own, the
// admin's retrofits), parsed and merged into one run order (number, then name). A name is a
// migration's identity: two folders may hold the same file only with the same content.
class MigrationCatalog
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationCatalog)

public:
    MigrationCatalog() = default;
    explicit MigrationCatalog(QList<MigrationScript> scripts);

    // Reads every NNN_name.sql file of dir. Other files are listed in ignored(); a script
    // that does not parse fails the whole load, so that no plan is made from a partly read
    // folder.
    static Result<MigrationCatalog> load(const QString &dir);
    // The same for several folders, merged. A folder named twice counts once; the same file
    // name in two folders with different content is refused (Conflict).
    static Result<MigrationCatalog> load(const QStringList &dirs);

    // The first folder (the only one, usually).
    QString dir() const { return m_dirs.value(0); }
    const QStringList &dirs() const { return m_dirs; }
    // The folders as one text for messages: "A", or "A, B and C".
    QString describeDirs() const;
    const QList<MigrationScript> &scripts() const { return m_scripts; }
    const QList<IgnoredFile> &ignored() const { return m_ignored; }
    std::optional<MigrationScript> find(const QString &name) const;

private:
    Result<void> addFolder(const QString &dir);

    QStringList m_dirs;
    QList<MigrationScript> m_scripts;
    QList<IgnoredFile> m_ignored;
};

} // namespace tenantdesk
