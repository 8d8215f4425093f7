#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tenantdesk {

class Database;

// Whether an index duplicates another one of its table: the same key columns and expressions
// in the same order, with the same sort order and collation, the same partial-index
// condition, and uniqueness at least as strong. Read from PRAGMA index_list and index_xinfo
// (and, for expressions, the index's SQL, compared without case, spaces or quotes).
//
// It lets the runner read "CREATE UNIQUE INDEX IF NOT EXISTS" as "if no such unique index
// exists", not only "if no index of that name exists": migration 009 must not add a second
// unique index over (tenant_id, user_id, COALESCE(workspace_id, '')) where aistack's own
// multi-tenancy release already created one under another name (every write would check the
// same rule twice). Plain indexes are left as their scripts create them.
class IndexEquivalence
{
public:
    // The index name of "CREATE UNIQUE INDEX IF NOT EXISTS name ON ...", or nothing for any
    // other statement (comments before it are not skipped).
    static std::optional<QString> uniqueCreatedIfNotExists(const QByteArray &statement);

    static Result<bool> exists(const Database &db, const QString &index);

    // Another index of the same table that covers `index`, or nothing.
    static Result<std::optional<QString>> coveringIndex(const Database &db, const QString &index);
};

} // namespace tenantdesk
