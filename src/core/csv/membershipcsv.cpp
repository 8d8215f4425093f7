#include "core/csv/membershipcsv.h"

#include "core/csv/csv.h"
#include "core/database/database.h"
#include "core/people/userlookup.h"
#include "core/tenancy/workspaceservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

namespace tenantdesk {

namespace {

// aistack's ids are lower-case UUIDs: such a user that does not exist is a deleted one.
bool looksLikeId(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool isHeader(const Csv::Record &record)
{
    return !record.fields.isEmpty()
            && record.fields.first().trimmed().compare(QLatin1String("user"), Qt::CaseInsensitive)
            == 0;
}

CsvImportRow::Outcome outcomeOf(const MembershipChangeResult &result)
{
    switch (result.outcome) {
    case MembershipChangeResult::Outcome::Added:
        return CsvImportRow::Outcome::Add;
    case MembershipChangeResult::Outcome::Changed:
        return CsvImportRow::Outcome::Change;
    case MembershipChangeResult::Outcome::Unchanged:
        return CsvImportRow::Outcome::Unchanged;
    case MembershipChangeResult::Outcome::Removed:
    case MembershipChangeResult::Outcome::Refused:
        break;
    }
    return CsvImportRow::Outcome::Refused;
}

// One cell of an exported line, as Csv::formatRecord(Csv::neutralised(cell)) writes it, on the
// UTF-8 bytes SQLite holds: the same bytes without a QString per cell.
void appendCsvCell(QByteArray &out, QByteArrayView cell)
{
    if (!cell.isValidUtf8()) { // written as a QString would carry it (U+FFFD)
        out += Csv::formatRecord({Csv::neutralised(QString::fromUtf8(cell.data(), cell.size()))})
                       .chopped(2);
        return;
    }
    const auto startsFormula = [](char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    };
    const bool formula = !cell.isEmpty() && startsFormula(cell.front());
    bool quoted = cell.startsWith("\xEF\xBB\xBF"); // a leading U+FEFF would read as a BOM
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quoted = true;
            break;
        }
    }
    if (!quoted) {
        if (formula)
            out += '\'';
        out.append(cell);
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// The role column: the role's name as tenantRoleName writes it.
void appendRole(QByteArray &out, QByteArrayView role)
{
    if (role == "member" || role == "workspace_admin" || role == "tenant_admin") {
        out.append(role);
        return;
    }
    out += tenantRoleName(tenantRoleFromName(QString::fromUtf8(role.data(), role.size()))
                                  .value_or(TenantRole::None))
                   .toUtf8();
}

// The connection's settings for a bulk write, for the life of the object, then set back:
// - the page cache raised to 64 MB: with SQLite's default 2 MB, a big file's grants, their audit
//   entries and the indexes they touch spill to the WAL and are read back again;
// - the temporary store in memory: every many-row INSERT into tenant_users keeps a statement
//   journal (its trigger could abort it halfway), and on disk that journal spilled 0.8 pages
//   per row to a file in /var/tmp (8,248 writes of 4 KB for 10,000 rows, strace). Changing
//   temp_store drops the connection's temporary tables, so it is left alone where there are any.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(const Database &db)
        : m_db(db)
    {
        m_cacheSize = changed(QStringLiteral("cache_size"), -65536, [](qint64 now) {
            return now > -65536; // negative: KiB
        });
        auto temporaries = db.scalar(QStringLiteral("SELECT count(*) FROM temp.sqlite_master"));
        if (temporaries && temporaries->toLongLong() == 0)
            m_tempStore = changed(QStringLiteral("temp_store"), 2, [](qint64 now) {
                return now != 2; // MEMORY
            });
    }
    ~BulkWriteSettings()
    {
        if (m_cacheSize)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
        if (m_tempStore)
            (void)m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(*m_tempStore));
    }
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    // Sets the pragma to value when wanted(its value now); the value it had, when it changed.
    std::optional<qint64> changed(const QString &pragma, qint64 value,
                                  const std::function<bool(qint64)> &wanted) const
    {
        auto now = m_db.scalar(QStringLiteral("PRAGMA ") + pragma);
        if (!now || !wanted(now->toLongLong()))
            return std::nullopt;
        if (!m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value)))
            return std::nullopt;
        return now->toLongLong();
    }

    const Database &m_db;
    std::optional<qint64> m_cacheSize;
    std::optional<qint64> m_tempStore;
};

// A read transaction (BEGIN, no lock until the first read) that ends with end() or when the
// object goes; it writes nothing, so how it ends does not matter.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db)
        : m_db(db)
        , m_active(bool(db.exec(QStringLiteral("BEGIN"))))
    { }
    ~ReadTransaction() { end(); }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    void end()
    {
        if (std::exchange(m_active, false))
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }

private:
    const Database &m_db;
    bool m_active;
};

} // namespace

int CsvImportReport::count(CsvImportRow::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [outcome](const CsvImportRow &row) {
        return row.outcome == outcome;
    }));
}

bool CsvImportReport::hasFailures() const
{
    return firstFailure() != nullptr;
}

const CsvImportRow *CsvImportReport::firstFailure() const
{
    for (const CsvImportRow &row : rows) {
        if (row.outcome == CsvImportRow::Outcome::Invalid
            || row.outcome == CsvImportRow::Outcome::Refused)
            return &row;
    }
    return nullptr;
}

QString MembershipCsv::outcomeName(CsvImportRow::Outcome outcome)
{
    switch (outcome) {
    case CsvImportRow::Outcome::Add:
        return MembershipCsv::tr("add");
    case CsvImportRow::Outcome::Change:
        return MembershipCsv::tr("change");
    case CsvImportRow::Outcome::Unchanged:
        return MembershipCsv::tr("unchanged");
    case CsvImportRow::Outcome::Invalid:
        return MembershipCsv::tr("invalid");
    case CsvImportRow::Outcome::Skipped:
        return MembershipCsv::tr("skipped");
    case CsvImportRow::Outcome::Refused:
        break;
    }
    return MembershipCsv::tr("refused");
}

MembershipCsv::MembershipCsv(const Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor)
{ }

Result<CsvImportReport> MembershipCsv::import(const QString &tenantId, const QByteArray &csv,
                                              Mode mode)
{
    auto records = Csv::parse(csv);
    if (!records)
        return records.error();
    if (!records->isEmpty() && isHeader(records->first()))
        records->removeFirst();

    // Every row is read and written in one go.
    const BulkWriteSettings bulk(m_db);
    // The rows are resolved in one read transaction: one lock and one look at the WAL for
    // the whole file, not one per look-up.
    ReadTransaction reading(m_db);
    // Every row's user is named before the rows are judged: SQLite looks them up many to a
    // statement.
    QStringList userNames;
    userNames.reserve(records->size());
    for (const Csv::Record &record : std::as_const(*records))
        userNames.append(Csv::restored(record.fields.value(0).trimmed()));
    auto userIds = UserLookup(m_db).idsOf(userNames);
    if (!userIds)
        return userIds.error();
    const WorkspaceService workspaces(m_db, m_actor);
    QHash<QString, std::optional<QString>> workspaceOfSlug; // slug -> id, looked up once
    CsvImportReport report;
    QList<MembershipChange> changes;
    QList<int> rowOfChange;
    QHash<QString, int> lineOfScope; // "user id|workspace id" -> first line granting it
    // Sized for the file up front: growing them row by row rehashed and copied 100,000 keys
    // several times over.
    report.rows.reserve(records->size());
    changes.reserve(records->size());
    rowOfChange.reserve(records->size());
    lineOfScope.reserve(records->size());
    bool anyInvalid = false;
    for (qsizetype index = 0; index < records->size(); ++index) {
        const Csv::Record &record = records->at(index);
        CsvImportRow row;
        row.line = record.line;
        row.user = userNames.at(index);
        row.workspaceSlug = Csv::restored(record.fields.value(1).trimmed());
        row.role = Csv::restored(record.fields.value(2).trimmed());
        auto invalid = [&](const QString &why) {
            row.outcome = CsvImportRow::Outcome::Invalid;
            row.message = why;
            row.code = ErrorCode::InvalidInput;
            anyInvalid = true;
            report.rows.append(row);
        };
        if (record.fields.size() != 3) {
            invalid(MembershipCsv::tr("Expected 3 columns (user, workspace, role), found %1.")
                            .arg(record.fields.size()));
            continue;
        }
        const auto role = tenantRoleFromName(row.role);
        if (!role) {
            invalid(MembershipCsv::tr(
                            "\"%1\" is not a role; use member, workspace_admin or tenant_admin.")
                            .arg(row.role));
            continue;
        }
        const std::optional<QString> &user = userIds->at(index);
        if (!user && looksLikeId(row.user)) {
            row.outcome = CsvImportRow::Outcome::Skipped;
            row.message = MembershipCsv::tr(
                                  "User %1 no longer exists (a membership of a deleted user); the "
                                  "row is skipped.")
                                  .arg(row.user);
            report.rows.append(row);
            continue;
        }
        if (!user) {
            invalid(MembershipCsv::tr("No user \"%1\".").arg(row.user));
            continue;
        }
        QString workspaceId;
        if (!row.workspaceSlug.isEmpty()) {
            auto known = workspaceOfSlug.constFind(row.workspaceSlug);
            if (known == workspaceOfSlug.cend()) {
                auto workspace = workspaces.find(tenantId, row.workspaceSlug);
                if (!workspace && workspace.error().code != ErrorCode::NotFound)
                    return workspace.error();
                known = workspaceOfSlug.insert(row.workspaceSlug,
                                               workspace ? std::optional<QString>(workspace->id)
                                                         : std::nullopt);
            }
            if (!*known) {
                invalid(MembershipCsv::tr("No workspace \"%1\" in this tenant.")
                                .arg(row.workspaceSlug));
                continue;
            }
            workspaceId = **known;
        }
        const QString scope = *user + QLatin1Char('|') + workspaceId;
        if (lineOfScope.contains(scope)) {
            invalid(MembershipCsv::tr("Same user and workspace as line %1.")
                            .arg(lineOfScope.value(scope)));
            continue;
        }
        lineOfScope.insert(scope, row.line);
        changes.append({MembershipChange::Kind::Grant, *user, workspaceId, *role});
        rowOfChange.append(int(report.rows.size()));
        report.rows.append(row);
    }

    reading.end();

    const bool dryRun = mode == Mode::Preview || (mode == Mode::AllOrNothing && anyInvalid);
    if (!changes.isEmpty()) {
        MembershipService service(m_db, m_actor);
        auto results = service.apply(tenantId, changes, mode != Mode::SkipFailures, dryRun);
        if (!results)
            return results.error();
        for (int i = 0; i < results->size(); ++i) {
            CsvImportRow &row = report.rows[rowOfChange.at(i)];
            row.outcome = outcomeOf(results->at(i));
            if (results->at(i).error) {
                row.message = results->at(i).error->message;
                row.code = results->at(i).error->code;
            }
        }
    }
    const bool refusedAny = report.count(CsvImportRow::Outcome::Refused) > 0;
    report.applied = !dryRun && !(mode == Mode::AllOrNothing && refusedAny);
    return report;
}

Result<qint64> MembershipCsv::exportTo(QIODevice *device, MembershipQuery query,
                                       const RowCallback &onRow) const
{
    // Lines are gathered in one buffer and written in blocks: a write per line would cost
    // more than reading the row. With onRow, each line goes out before its row is handed on.
    constexpr qsizetype kBlock = 64 * 1024;
    QByteArray buffer;
    buffer.reserve(kBlock + 1024);
    const auto flush = [device, &buffer]() -> Result<void> {
        if (device && !buffer.isEmpty() && device->write(buffer) != buffer.size())
            return failure(
                    MembershipCsv::tr("Cannot write the export: %1").arg(device->errorString()));
        buffer.clear();
        return {};
    };
    buffer += Csv::formatRecord(
            {QStringLiteral("user"), QStringLiteral("workspace"), QStringLiteral("role")});
    const MembershipService service(m_db, m_actor);
    using Column = MembershipService::ExportColumn;
    auto count = service.scan(query, [&](const ScanRow &row) -> Result<void> {
        // A deleted user's membership is written with the id, which names it exactly; an
        // import skips it (the user is gone) and says so.
        const bool orphaned = row.isNull(Column::UsernameColumn);
        const QByteArrayView user
                = row.utf8(orphaned ? Column::UserIdColumn : Column::UsernameColumn);
        const QByteArrayView workspace = row.utf8(Column::WorkspaceSlugColumn);
        const QByteArrayView role = row.utf8(Column::RoleColumn);
        appendCsvCell(buffer, user);
        buffer += ',';
        appendCsvCell(buffer, workspace);
        buffer += ',';
        appendRole(buffer, role);
        buffer += "\r\n";
        if (onRow) {
            // onRow sees a membership once its line is on the device.
            if (auto written = flush(); !written)
                return written.error();
            Membership membership;
            membership.tenantId = query.tenantId;
            membership.userId = row.value(Column::UserIdColumn).toString();
            membership.userExists = !orphaned;
            if (!orphaned)
                membership.username = QString::fromUtf8(user.data(), user.size());
            membership.workspaceSlug = QString::fromUtf8(workspace.data(), workspace.size());
            membership.role = tenantRoleFromName(QString::fromUtf8(role.data(), role.size()))
                                      .value_or(TenantRole::None);
            onRow(membership);
        }
        if (buffer.size() >= kBlock)
            return flush();
        return {};
    });
    if (!count)
        return count.error();
    if (auto written = flush(); !written)
        return written.error();
    return *count;
}

Result<qint64> MembershipCsv::exportToFile(const QString &path, const MembershipQuery &query,
                                           const RowCallback &onRow) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(MembershipCsv::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = exportTo(&file, query, onRow);
    if (!written)
        return written.error(); // the half-written file is discarded with `file`
    if (!file.commit())
        return failure(MembershipCsv::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace tenantdesk
