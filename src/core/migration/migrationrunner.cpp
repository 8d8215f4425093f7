#include "core/migration/migrationrunner.h"

#include "core/migration/indexequivalence.h"
#include "core/migration/migrationledger.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/scriptvalidator.h"
#include "core/migration/statementsplitter.h"

#include "core/access/accesspolicy.h"
#include "core/access/currentactor.h"
#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutexLocker>
#include <QScopeGuard>

#include <sqlite3.h>

namespace tenantdesk {

namespace {

// A safety net behind ScriptValidator: SQLite itself refuses, at prepare time, statements that
// would end the migration's transaction or set connection pragmas, however they are spelled.
int authorizer(void *, int action, const char *arg1, const char *, const char *, const char *)
{
    if (action == SQLITE_TRANSACTION || action == SQLITE_SAVEPOINT || action == SQLITE_ATTACH
        || action == SQLITE_DETACH)
        return SQLITE_DENY;
    if (action == SQLITE_PRAGMA && arg1
        && (sqlite3_stricmp(arg1, "foreign_keys") == 0 || sqlite3_stricmp(arg1, "journal_mode") == 0
            || sqlite3_stricmp(arg1, "synchronous") == 0))
        return SQLITE_DENY;
    return SQLITE_OK;
}

// Installs the authorizer and the cancellation handler for the statements of one script
// only: the runner's own statements (ledger, audit, COMMIT) must not be refused. While a
// script runs, its connection allows no attached database at all, whatever the authorizer
// lets through.
class ScriptGuards
{
public:
    ScriptGuards(sqlite3 *handle, int (*progress)(void *), void *runner)
        : m_handle(handle)
        , m_attachedLimit(sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0))
    {
        sqlite3_set_authorizer(m_handle, authorizer, nullptr);
        // Every 1000 virtual machine instructions: a long statement notices a cancel quickly.
        sqlite3_progress_handler(m_handle, 1000, progress, runner);
    }
    ~ScriptGuards()
    {
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        sqlite3_set_authorizer(m_handle, nullptr, nullptr);
        sqlite3_limit(m_handle, SQLITE_LIMIT_ATTACHED, m_attachedLimit);
    }
    ScriptGuards(const ScriptGuards &) = delete;
    ScriptGuards &operator=(const ScriptGuards &) = delete;

private:
    sqlite3 *m_handle;
    int m_attachedLimit;
};

// Failures of the file rather than of the script: busy (retry later), damaged, full or
// unreadable. They are reported as such, naming the file, not as a fault of a statement.
bool isFileProblem(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return true;
    default:
        return false;
    }
}

int lineOf(const QByteArray &sql, qsizetype offset, int firstLine)
{
    return firstLine + int(sql.left(offset).count('\n'));
}

QString directionVerb(MigrationDirection direction)
{
    return direction == MigrationDirection::Up ? QStringLiteral("applied")
                                               : QStringLiteral("reverted");
}

} // namespace

MigrationRunner::MigrationRunner(const Database &db)
    : m_db(db)
{ }

void MigrationRunner::cancel()
{
    m_cancelled.store(true);
    QMutexLocker locker(&m_interruptMutex);
    if (m_executing)
        sqlite3_interrupt(m_db.handle());
}

void MigrationRunner::setExecuting(bool executing)
{
    QMutexLocker locker(&m_interruptMutex);
    m_executing = executing;
}

int MigrationRunner::progressHandler(void *runner)
{
    return static_cast<MigrationRunner *>(runner)->isCancelled() ? 1 : 0;
}

Error MigrationRunner::cancelledError(const MigrationScript &script, MigrationDirection direction,
                                      int statement, bool during) const
{
    const QString name = script.describe(direction);
    if (statement == 0)
        return failure(tr("%1 was cancelled before its first statement and rolled back; the "
                          "database is as it was before it.")
                               .arg(name));
    if (during)
        return failure(tr("%1 was cancelled during statement %2 and rolled back; the database is "
                          "as it was before it.")
                               .arg(name, QString::number(statement)));
    return failure(tr("%1 was cancelled after statement %2 and rolled back; the database is as "
                      "it was before it.")
                           .arg(name, QString::number(statement)));
}

Result<QList<MigrationOutcome>> MigrationRunner::run(const MigrationPlan &plan, const Actor &actor)
{
    m_completed.clear();
    // Checked again inside every step's transaction; this stops before the first one begins.
    if (auto allowed = currentActorAllowed(m_db, actor, Action::RunMigrations); !allowed)
        return allowed.error();
    if (auto valid = MigrationPlanner::validate(plan); !valid)
        return valid.error();
    const int count = int(plan.steps.size());
    for (int i = 0; i < count; ++i) {
        auto outcome = runStep(plan.steps.at(i), actor, i, count);
        if (!outcome) {
            qCWarning(lcMigration) << "migration failed:" << outcome.error().message;
            return outcome.error();
        }
        qCInfo(lcMigration) << outcome->name << directionVerb(outcome->direction) << "in"
                            << outcome->durationMs << "ms";
        if (m_stepDone)
            m_stepDone(*outcome);
        m_completed.append(*outcome);
    }
    return m_completed;
}

Result<MigrationOutcome> MigrationRunner::runStep(const MigrationStep &step, const Actor &signedIn,
                                                  int index, int count)
{
    const MigrationScript &script = step.script;
    const MigrationDirection direction = step.direction;
    if (isCancelled())
        return cancelledError(script, direction, 0, false);

    // PRAGMA foreign_keys is a no-op inside a transaction, so the directive switches them off
    // before BEGIN; the guard is declared first so that it switches them back on only after
    // the transaction has committed or rolled back.
    const bool foreignKeysOff = script.disablesForeignKeys();
    if (foreignKeysOff) {
        if (auto off = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off.error();
    }
    const auto foreignKeysBackOn = qScopeGuard([&] {
        if (foreignKeysOff && !m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            qCCritical(lcMigration) << "could not switch foreign keys back on";
    });
    // Under the write lock: another process may have demoted, locked or deleted the user since
    // the plan was made. The step is decided and recorded as the users row has it now.
    WriteTransaction transaction(m_db);
    auto current = beginWriteAs(transaction, m_db, signedIn, Action::RunMigrations);
    if (!current)
        return current.error();
    const Actor &actor = *current;

    // Under the write lock: another process may have run the same plan since it was made.
    const MigrationLedger ledger(m_db);
    auto row = ledger.entry(script.name());
    if (!row)
        return row.error();
    if (direction == MigrationDirection::Up && *row)
        return conflict(tr("%1 was applied by another process in the meantime; the run stopped "
                           "before it.")
                                .arg(script.name()));
    if (direction == MigrationDirection::Down) {
        if (!*row)
            return conflict(tr("%1 was reverted by another process in the meantime; the run "
                               "stopped before it.")
                                    .arg(script.name()));
        if ((*row)->checksum != script.checksum(MigrationDirection::Up))
            return conflict(tr("%1 was changed since it was applied; it was not reverted.")
                                    .arg(script.fileName()));
    }

    QElapsedTimer timer;
    timer.start();
    const qint64 changesBefore = sqlite3_total_changes64(m_db.handle());
    QStringList notes;
    auto statements = executeSection(script, direction, index, count, notes);
    if (!statements)
        return statements.error();
    if (foreignKeysOff) {
        if (auto checked = checkForeignKeys(script, direction); !checked)
            return checked.error();
    }

    MigrationOutcome outcome;
    outcome.name = script.name();
    outcome.version = script.version();
    outcome.direction = direction;
    outcome.checksum = script.checksum(direction);
    outcome.rowsChanged = sqlite3_total_changes64(m_db.handle()) - changesBefore;
    outcome.statementCount = *statements;
    outcome.notes = notes;
    outcome.durationMs = timer.elapsed();
    outcome.finishedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    Result<void> recorded;
    if (direction == MigrationDirection::Up) {
        recorded = ledger.ensureTable();
        if (recorded)
            recorded = ledger.record({script.name(), script.version(),
                                      script.checksum(MigrationDirection::Up),
                                      MigrationScript::checksumAlgorithm(), outcome.finishedAt,
                                      actor.auditName(), outcome.durationMs});
    } else {
        recorded = ledger.remove(script.name());
    }
    if (recorded)
        recorded = AuditLog(m_db).append(QStringLiteral("migration.") + directionVerb(direction),
                                         {{QStringLiteral("actor"), actor.auditName()},
                                          {QStringLiteral("migration"), script.name()},
                                          {QStringLiteral("version"), script.version()},
                                          {QStringLiteral("checksum"), outcome.checksum},
                                          {QStringLiteral("duration_ms"), outcome.durationMs}});
    if (!recorded)
        return recorded.error();
    if (isCancelled())
        return cancelledError(script, direction, *statements, false);
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<void> MigrationRunner::checkForeignKeys(const MigrationScript &script,
                                               MigrationDirection direction) const
{
    auto violations = m_db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!violations)
        return violations.error();
    if (!violations->next())
        return {};
    int count = 1;
    const QString table = violations->value(0).toString();
    const QString row = violations->value(1).toString();
    const QString parent = violations->value(2).toString();
    while (violations->next())
        ++count;
    return failure(tr("%1 broke %n foreign key reference(s), so it was rolled back; the first: row "
                      "%2 of %3 refers to a row of %4 that does not exist.",
                      nullptr, int(count))
                           .arg(script.describe(direction))
                           .arg(row.isEmpty() ? tr("(without rowid)") : row, table, parent));
}

Result<void> MigrationRunner::dropIfCovered(const QString &index, QStringList &notes)
{
    auto covering = IndexEquivalence::coveringIndex(m_db, index);
    if (!covering)
        return covering.error();
    if (!*covering)
        return {};
    QString quoted = index;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (auto dropped = m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted)); !dropped)
        return dropped.error();
    notes.append(tr("%1 was not created: the index %2 already covers the same columns.")
                         .arg(index, **covering));
    qCInfo(lcMigration) << index << "not kept:" << **covering << "covers it";
    return {};
}

Result<int> MigrationRunner::executeSection(const MigrationScript &script,
                                            MigrationDirection direction, int index, int count,
                                            QStringList &notes)
{
    sqlite3 *handle = m_db.handle();
    const QByteArray sql = script.sql(direction);
    const int firstLine = script.firstLine(direction);
    const int total = StatementSplitter::count(sql);
    const ScriptGuards guards(handle, &MigrationRunner::progressHandler, this);
    setExecuting(true);
    const auto notExecuting = qScopeGuard([this] { setExecuting(false); });

    const auto failedAt = [&](int number, qsizetype first, const QString &message) {
        return failure(tr("%1 failed at statement %2 (line %3): %4. That migration was rolled "
                          "back; the database is as it was before it.")
                               .arg(script.describe(direction))
                               .arg(number)
                               .arg(lineOf(sql, first, firstLine))
                               .arg(message));
    };

    const char *const begin = sql.constData();
    const char *const end = begin + sql.size();
    const char *tail = begin;
    int number = 0;
    // Execution follows SQLite's own splitting: prepare one statement, continue at its tail.
    while (tail < end) {
        if (isCancelled())
            return cancelledError(script, direction, number, false);
        const qsizetype first = StatementSplitter::skipSpaceAndComments(sql, tail - begin);
        sqlite3_stmt *statement = nullptr;
        const char *next = nullptr;
        // The length includes the terminating NUL that QByteArray guarantees: given a length
        // without it, SQLite copies the rest of the script for every statement, which makes
        // a run cost the square of the script's size.
        int rc = sqlite3_prepare_v2(handle, tail, int(end - tail) + 1, &statement, &next);
        if (rc != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            if (rc == SQLITE_INTERRUPT && isCancelled())
                return cancelledError(script, direction, number + 1, true);
            if (isFileProblem(rc))
                return m_db.errorFromCode(rc, message);
            const QByteArray text = sql.mid(first);
            const auto problem = ScriptValidator::problemOf(text);
            if (rc == SQLITE_AUTH && problem != ScriptValidator::Problem::None)
                return invalidInput(ScriptValidator::describe(problem, script.describe(direction),
                                                              number + 1,
                                                              lineOf(sql, first, firstLine), text));
            return failedAt(number + 1, first, message);
        }
        if (!statement) { // only whitespace or comments were left
            // SQLite stops at a NUL byte without moving on; MigrationScript refuses such files,
            // and this keeps a script that slipped through from spinning with the write lock.
            if (next <= tail || next > end)
                return failedAt(number + 1, first, tr("the script holds a NUL byte"));
            tail = next;
            continue;
        }
        ++number;
        const QByteArray text = sql.mid(first, next - begin - first);
        // "IF NOT EXISTS" means "if no such unique index exists", not only "no index of that
        // name" (IndexEquivalence).
        std::optional<QString> createdIndex = IndexEquivalence::uniqueCreatedIfNotExists(text);
        if (createdIndex) {
            auto existed = IndexEquivalence::exists(m_db, *createdIndex);
            if (!existed || *existed)
                createdIndex.reset();
        }
        if (m_progress)
            m_progress({index, count, script.name(), direction, number, qMax(total, number),
                        QString::fromUtf8(text).trimmed()});
        do {
            rc = sqlite3_step(statement);
        } while (rc == SQLITE_ROW);
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            if (rc == SQLITE_INTERRUPT && isCancelled())
                return cancelledError(script, direction, number, true);
            if (isFileProblem(rc))
                return m_db.errorFromCode(rc, message);
            return failedAt(number, first, message);
        }
        if (sqlite3_get_autocommit(handle))
            return failedAt(number, first,
                            tr("the statement ended the migration's transaction, which scripts "
                               "must never do"));
        if (createdIndex) {
            if (auto checked = dropIfCovered(*createdIndex, notes); !checked)
                return failedAt(number, first, checked.error().message);
        }
        tail = next;
    }
    return number;
}

} // namespace tenantdesk
