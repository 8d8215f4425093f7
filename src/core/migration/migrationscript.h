#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tenantdesk {

// Which way a migration runs: its UP section, or its DOWN section to revert it.
enum class MigrationDirection { Up, Down };

// One NNN_name.sql migration file, parsed (architecture.md §4). The file name without ".sql" is its
// identity; the numeric prefix orders it but may repeat. Sections are stored normalised (no
// BOM, LF line ends) so that checksums do not depend on the editor that saved the file.
class MigrationScript
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MigrationScript)

public:
    MigrationScript() = default;

    // Parses file content; fileName is the bare file name (e.g. "008_multitenant.sql").
    static Result<MigrationScript> parse(const QString &fileName, const QByteArray &content);
    static Result<MigrationScript> load(const QString &filePath);

    // True for names of the form NNN_name.sql.
    static bool isMigrationFileName(const QString &fileName);
    // The algorithm of checksum(); recorded in the ledger next to each checksum.
    static QString checksumAlgorithm() { return QStringLiteral("sha256"); }
    static QString checksumOf(const QByteArray &normalisedText);

    QString name() const { return m_name; }
    QString fileName() const { return m_name + QStringLiteral(".sql"); }
    QString filePath() const { return m_filePath; }
    qint64 version() const { return m_version; }

    // UTF-8 text of a section. UP holds everything before the DOWN marker (the UP marker
    // line included, as a comment), so that line numbers within it are file line numbers.
    QByteArray sql(MigrationDirection direction) const;
    QString checksum(MigrationDirection direction) const;
    // 1-based file line on which a section's first line is.
    int firstLine(MigrationDirection direction) const;
    // "008_multitenant.sql (UP)", for messages.
    QString describe(MigrationDirection direction) const;
    // "DOWN section of /full/path/008_multitenant.sql (from line 41)": where the SQL of a step
    // comes from, for a plan an admin checks before running it (shown after a label).
    QString describeSource(MigrationDirection direction) const;

    bool hasMarkers() const { return m_hasMarkers; }
    // The file has the line "-- tenantdesk: foreign-keys-off": for SQLite's table-rebuild
    // procedure, foreign keys are switched off around the transaction (they cannot be inside
    // it) and PRAGMA foreign_key_check must pass before it commits.
    bool disablesForeignKeys() const { return m_foreignKeysOff; }
    static QString foreignKeysOffDirective()
    {
        return QStringLiteral("-- tenantdesk: foreign-keys-off");
    }
    // A DOWN section with at least one statement; empty or comment-only DOWN is irreversible.
    bool isReversible() const { return m_reversible; }

    // Orders by numeric prefix, then by name (architecture.md §4).
    static bool lessThan(qint64 versionA, const QString &nameA, qint64 versionB,
                         const QString &nameB);
    bool operator<(const MigrationScript &other) const
    {
        return lessThan(m_version, m_name, other.m_version, other.m_name);
    }

private:
    QString m_name;
    QString m_filePath;
    qint64 m_version = 0;
    QByteArray m_up;
    QByteArray m_down;
    QString m_upChecksum;
    QString m_downChecksum;
    int m_downFirstLine = 1;
    bool m_hasMarkers = false;
    bool m_reversible = false;
    bool m_foreignKeysOff = false;
};

} // namespace tenantdesk
