#pragma once

#include "core/migration/migrationscript.h"

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tenantdesk {

// Refuses statements that would break a migration's atomicity, silently do nothing inside the
// transaction every migration runs in (architecture.md §4), or reach beyond the database file
// (ATTACH: a dry run on a copy must not write anywhere else).
class ScriptValidator
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::ScriptValidator)

public:
    enum class Problem {
        None,
        TransactionControl, // BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE
        ForeignKeysPragma,  // PRAGMA foreign_keys: a no-op inside a transaction
        ConnectionPragma,   // PRAGMA journal_mode / synchronous: refused inside a transaction
        AttachDatabase,     // ATTACH, DETACH: would read or write a file besides the database
    };

    // What is wrong with one statement (its text starts at its first token).
    static Problem problemOf(const QByteArray &statement);

    // Checks every statement of one section of a script.
    static Result<void> check(const MigrationScript &script, MigrationDirection direction);

    // The sentence explaining a problem of statement `number` (1-based) at file `line`;
    // `where` names the file and section, e.g. "008_multitenant.sql (UP)".
    static QString describe(Problem problem, const QString &where, int number, int line,
                            const QByteArray &statement);
};

} // namespace tenantdesk
