#pragma once

// Private to core: the raw sqlite3 connection DatabaseBackup needs for SQLite's backup API.

#include <QString>

#include <sqlite3.h>

namespace tenantdesk::migration {

// A plain sqlite3 connection: the backup API works on native handles, and restore needs one
// whose busy timeout is zero so that it never waits behind a writer.
class RawConnection
{
public:
    RawConnection(const QString &path, int flags);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_handle; }
    QString errorMessage() const;
    int exec(const char *sql) const;

private:
    sqlite3 *m_handle = nullptr;
    int m_rc = SQLITE_CANTOPEN;
};

} // namespace tenantdesk::migration
