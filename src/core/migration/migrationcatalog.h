#pragma once

#include "core/migration/migrationscript.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tenantdesk {

// The migration scripts of one folder, parsed and in run order (number, then name).
class MigrationCatalog
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationCatalog)

public:
    MigrationCatalog() = default;
    explicit MigrationCatalog(QList<MigrationScript> scripts);

    // Reads every NNN_name.sql file of dir. Other files are ignored; a script that does not
    // parse fails the whole load, so that no plan is made from a partly read folder.
    static Result<MigrationCatalog> load(const QString &dir);

    QString dir() const { return m_dir; }
    const QList<MigrationScript> &scripts() const { return m_scripts; }
    std::optional<MigrationScript> find(const QString &name) const;

private:
    QString m_dir;
    QList<MigrationScript> m_scripts;
};

} // namespace tenantdesk
