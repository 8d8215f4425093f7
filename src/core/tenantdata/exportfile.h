#pragma once

// Private to core's tenantdata: reading a tenant export file.

#include "core/result.h"
#include "core/tenantdata/tablecopy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace tenantdesk::tenantdata {

struct ExportManifest
{
    QString sourceFile;
    QString exportedAt;
    QString tenantId;
    QString tenantSlug;
    QString namespacePattern;
    QStringList migrations;
    bool withCredentials = false;
    QList<ExportedTable> tables; // storedAs, columns, rows and sha256 from the file
};

// An export file opened read-only on its own connection; open() checks the format and that
// every stored table still hashes to its recorded checksum.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::tenantdata::ExportFile)

public:
    ExportFile() = default;
    ~ExportFile();
    ExportFile(const ExportFile &) = delete;
    ExportFile &operator=(const ExportFile &) = delete;

    Result<void> open(const QString &path);
    sqlite3 *db() const { return m_db; }
    const ExportManifest &manifest() const { return m_manifest; }
    // The stored table of an installation's table name, or nullptr.
    const ExportedTable *table(const QString &name) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    ExportManifest m_manifest;
};

} // namespace tenantdesk::tenantdata
