#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace tenantdesk {

class Database;

// A throw-away copy of a database in a temporary folder, for dry runs: the whole plan runs on
// the copy and the real file is never written (not even its modification time).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::DatabaseCopy)

public:
    ~DatabaseCopy();
    DatabaseCopy(const DatabaseCopy &) = delete;
    DatabaseCopy &operator=(const DatabaseCopy &) = delete;

    // A copy of source made with the backup API.
    static Result<std::unique_ptr<DatabaseCopy>> of(const Database &source);
    // An empty database, standing in for a file that does not exist yet.
    static Result<std::unique_ptr<DatabaseCopy>> empty();

    Database &database() const { return *m_db; }

private:
    DatabaseCopy() = default;
    static Result<std::unique_ptr<DatabaseCopy>> make(const Database *source);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace tenantdesk
