#include "core/tenantdata/exportfile.h"

#include "core/tenantdata/sqlitestatement.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace tenantdesk::tenantdata {

namespace {

QString textOf(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

} // namespace

ExportFile::~ExportFile()
{
    if (m_db)
        sqlite3_close(m_db);
}

const ExportedTable *ExportFile::table(const QString &name) const
{
    for (const ExportedTable &table : m_manifest.tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

Result<void> ExportFile::open(const QString &path)
{
    m_path = path;
    if (!QFileInfo(path).isFile())
        return notFound(tr("There is no export file %1.").arg(path));
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                                       SQLITE_OPEN_READONLY, nullptr);
    if (opened != SQLITE_OK)
        return sqliteError(m_db, opened, path);
    const auto notAnExport = [&] {
        return invalidInput(tr("%1 is not a TenantDesk tenant export.").arg(path));
    };
    QHash<QString, QString> values;
    {
        SqliteStatement select(m_db, QStringLiteral("SELECT key, value FROM manifest"));
        if (!select.isValid())
            return notAnExport();
        bool ok = true;
        while (select.step(&ok))
            values.insert(textOf(select.handle(), 0), textOf(select.handle(), 1));
        if (!ok)
            return sqliteError(m_db, select.errorCode(), path);
    }
    if (values.value(QStringLiteral("format")) != QLatin1String(kExportFormat))
        return notAnExport();
    if (values.value(QStringLiteral("version")).toInt() != kExportVersion)
        return invalidInput(tr("%1 is a tenant export of version %2; this TenantDesk reads "
                               "version %3.")
                                    .arg(path, values.value(QStringLiteral("version")))
                                    .arg(kExportVersion));
    m_manifest.sourceFile = values.value(QStringLiteral("source_file"));
    m_manifest.exportedAt = values.value(QStringLiteral("exported_at"));
    m_manifest.tenantId = values.value(QStringLiteral("tenant_id"));
    m_manifest.tenantSlug = values.value(QStringLiteral("tenant_slug"));
    m_manifest.namespacePattern = values.value(QStringLiteral("namespace_pattern"));
    m_manifest.withCredentials
            = values.value(QStringLiteral("with_credentials")) == QLatin1String("1");
    const QJsonArray migrations
            = QJsonDocument::fromJson(values.value(QStringLiteral("migrations")).toUtf8()).array();
    for (const QJsonValue &name : migrations)
        m_manifest.migrations << name.toString();

    SqliteStatement select(m_db,
                           QStringLiteral("SELECT name, stored_as, kind, columns_json, "
                                          "rows, sha256 FROM export_tables ORDER BY seq"));
    if (!select.isValid())
        return notAnExport();
    bool ok = true;
    while (select.step(&ok)) {
        ExportedTable table;
        table.name = textOf(select.handle(), 0);
        table.storedAs = textOf(select.handle(), 1);
        table.kind = textOf(select.handle(), 2);
        for (const QJsonValue &column :
             QJsonDocument::fromJson(textOf(select.handle(), 3).toUtf8()).array())
            table.columns << column.toString();
        table.rows = sqlite3_column_int64(select.handle(), 4);
        table.sha256 = textOf(select.handle(), 5);
        if (table.columns.isEmpty())
            return notAnExport();
        m_manifest.tables.append(table);
    }
    if (!ok)
        return sqliteError(m_db, select.errorCode(), path);
    if (!table(QStringLiteral("tenants")) || m_manifest.tenantId.isEmpty())
        return notAnExport();
    // Damage or an edit after the export shows here, before anything is imported.
    for (const ExportedTable &table : m_manifest.tables) {
        auto stored = scanTable(m_db, table.storedAs, table.columns, {}, {});
        if (!stored)
            return stored.error();
        if (stored->rows != table.rows || stored->sha256 != table.sha256)
            return invalidInput(tr("The rows of table %1 in %2 do not match the export's "
                                   "checksum: the file is damaged or was changed.")
                                        .arg(table.name, path));
    }
    return {};
}

} // namespace tenantdesk::tenantdata
