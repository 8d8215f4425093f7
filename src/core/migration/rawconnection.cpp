#include "core/migration/rawconnection.h"

#include <QFile>

namespace tenantdesk::migration {

RawConnection::RawConnection(const QString &path, int flags)
{
    m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
}

RawConnection::~RawConnection()
{
    sqlite3_close(m_handle);
}

QString RawConnection::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

int RawConnection::exec(const char *sql) const
{
    return sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
}

} // namespace tenantdesk::migration
