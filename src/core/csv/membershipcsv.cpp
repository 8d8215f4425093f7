#include "core/csv/membershipcsv.h"

#include "core/csv/csv.h"
#include "core/database/database.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/workspaceservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

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

    const UserDirectory users(m_db);
    const WorkspaceService workspaces(m_db, m_actor);
    CsvImportReport report;
    QList<MembershipChange> changes;
    QList<int> rowOfChange;
    QHash<QString, int> lineOfScope; // "user id|workspace id" -> first line granting it
    bool anyInvalid = false;
    for (const Csv::Record &record : std::as_const(*records)) {
        CsvImportRow row;
        row.line = record.line;
        row.user = Csv::restored(record.fields.value(0).trimmed());
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
        auto user = users.find(row.user);
        if (!user)
            return user.error();
        if (!*user && looksLikeId(row.user)) {
            row.outcome = CsvImportRow::Outcome::Skipped;
            row.message = MembershipCsv::tr(
                                  "User %1 no longer exists (a membership of a deleted user); the "
                                  "row is skipped.")
                                  .arg(row.user);
            report.rows.append(row);
            continue;
        }
        if (!*user) {
            invalid(MembershipCsv::tr("No user \"%1\".").arg(row.user));
            continue;
        }
        QString workspaceId;
        if (!row.workspaceSlug.isEmpty()) {
            auto workspace = workspaces.find(tenantId, row.workspaceSlug);
            if (!workspace) {
                if (workspace.error().code != ErrorCode::NotFound)
                    return workspace.error();
                invalid(MembershipCsv::tr("No workspace \"%1\" in this tenant.")
                                .arg(row.workspaceSlug));
                continue;
            }
            workspaceId = workspace->id;
        }
        const QString scope = (*user)->id + QLatin1Char('|') + workspaceId;
        if (lineOfScope.contains(scope)) {
            invalid(MembershipCsv::tr("Same user and workspace as line %1.")
                            .arg(lineOfScope.value(scope)));
            continue;
        }
        lineOfScope.insert(scope, row.line);
        changes.append({MembershipChange::Kind::Grant, (*user)->id, workspaceId, *role});
        rowOfChange.append(int(report.rows.size()));
        report.rows.append(row);
    }

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
    const auto write = [device](const QByteArray &line) -> Result<void> {
        if (device && device->write(line) != line.size())
            return failure(
                    MembershipCsv::tr("Cannot write the export: %1").arg(device->errorString()));
        return {};
    };
    if (auto written = write(Csv::formatRecord(
                {QStringLiteral("user"), QStringLiteral("workspace"), QStringLiteral("role")}));
        !written)
        return written.error();
    const MembershipService service(m_db, m_actor);
    qint64 count = 0;
    query.afterRowId = 0;
    query.limit = 4096;
    for (;;) {
        auto page = service.list(query);
        if (!page)
            return page.error();
        for (const Membership &membership : std::as_const(*page)) {
            // A deleted user's membership is written with the id, which names it exactly; an
            // import skips it (the user is gone) and says so.
            const QString user = membership.isOrphaned() ? membership.userId : membership.username;
            if (auto written = write(Csv::formatRecord({Csv::neutralised(user),
                                                        Csv::neutralised(membership.workspaceSlug),
                                                        tenantRoleName(membership.role)}));
                !written)
                return written.error();
            ++count;
            if (onRow)
                onRow(membership);
        }
        if (page->size() < query.limit)
            return count;
        query.afterRowId = page->last().rowId;
    }
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
