#pragma once

#include "core/access/actor.h"
#include "core/result.h"
#include "core/tenancy/membershipservice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

namespace tenantdesk {

class Database;

// One data line of an imported file and what it did (or would do).
struct CsvImportRow
{
    // Skipped: the row names a user who no longer exists (an export writes the id of a
    // deleted user's membership); it is reported, not applied, and fails nothing.
    enum class Outcome { Add, Change, Unchanged, Invalid, Refused, Skipped };
    int line = 0;
    QString user;
    QString workspaceSlug; // empty: tenant-wide
    QString role;
    Outcome outcome = Outcome::Invalid;
    QString message; // why, for Invalid, Refused and Skipped
    // For Invalid and Refused: the code the same change would fail with on its own (a
    // tenant_admin on a workspace is InvalidInput here as in "member grant").
    ErrorCode code = ErrorCode::Failure;
};

struct CsvImportReport
{
    QList<CsvImportRow> rows;
    bool applied = false;
    int count(CsvImportRow::Outcome outcome) const;
    bool hasFailures() const;
    // The first Invalid or Refused row in file order, if any.
    const CsvImportRow *firstFailure() const;
};

// Membership files: columns user (username or e-mail; the id of a deleted user), workspace
// slug (empty for tenant-wide), role; an optional header line "user,workspace,role". An
// import only adds and changes grants, it never revokes what the file does not mention.
// Cells that a spreadsheet would run as formulas are written neutralised and read back
// restored (Csv::neutralised).
class MembershipCsv
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::MembershipCsv)

public:
    enum class Mode {
        Preview,      // say what each row would do; change nothing
        AllOrNothing, // apply every row in one transaction, or none if any row fails
        SkipFailures, // apply the good rows in one transaction, report the others
    };

    MembershipCsv(const Database &db, const Actor &actor);

    Result<CsvImportReport> import(const QString &tenantId, const QByteArray &csv, Mode mode);

    // Sees each exported membership after its line was written.
    using RowCallback = std::function<void(const Membership &)>;
    // Writes every membership the query matches (its filter and scope; all pages), with a
    // header line, to device as it reads them: page by page through MembershipService's
    // keyset paging, so memory does not grow with the number of rows. device may be null
    // when only onRow is wanted. Returns the number of memberships written.
    Result<qint64> exportTo(QIODevice *device, MembershipQuery query,
                            const RowCallback &onRow = {}) const;
    // The same into the file at path, which appears whole or not at all (QSaveFile): a
    // failure part-way leaves whatever was there before.
    Result<qint64> exportToFile(const QString &path, const MembershipQuery &query,
                                const RowCallback &onRow = {}) const;

    static QString outcomeName(CsvImportRow::Outcome outcome);

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace tenantdesk
