#pragma once

#include "core/database/nativestatement.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tenantdesk {

class Database;

// Names many users one after the other, as UserDirectory::find names one: by id, else by
// exact username, else by exact e-mail, each a seek in a unique index with a statement
// prepared once. Only a name all three miss (an e-mail typed in another case) goes on to
// find's case-insensitive e-mail match. For a CSV import's rows: the names are bound as UTF-8
// through SQLite's own API (NativeStatement).
class UserLookup
{
public:
    explicit UserLookup(const Database &db);

    // The id of the user idOrLogin names, or nothing.
    Result<std::optional<QString>> idOf(const QString &idOrLogin);

    // The statements of the exact look-ups, in the order they are tried (each takes the
    // name as its one value): a test asks SQLite for their plans.
    static QStringList exactLookupSql();

private:
    const Database &m_db;
    std::optional<bool> m_hasUsers;
    NativeStatement m_byId;
    NativeStatement m_byUsername;
    NativeStatement m_byEmail;
};

} // namespace tenantdesk
