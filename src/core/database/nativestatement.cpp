#include "core/database/nativestatement.h"

#include "core/database/database.h"

#include <sqlite3.h>

namespace tenantdesk {

NativeStatement::NativeStatement(const Database &db, QByteArray sql)
    : m_db(db)
    , m_sql(std::move(sql))
{ }

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

Result<void> NativeStatement::prepare()
{
    // Called by the first bind or step. A failed prepare leaves the binds undone and is
    // reported by step(), which prepares again.
    const int prepared = sqlite3_prepare_v3(m_db.handle(), m_sql.constData(), int(m_sql.size()),
                                            SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (prepared == SQLITE_OK)
        return {};
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return m_db.errorFromCode(prepared, message);
}

void NativeStatement::bindText(int index, QByteArrayView utf8)
{
    if (!m_statement && !prepare())
        return;
    // A null view would bind NULL: an empty text stays an empty text.
    sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void NativeStatement::bindTextBorrowed(int index, QByteArrayView utf8)
{
    if (!m_statement && !prepare())
        return;
    sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      SQLITE_STATIC);
}

void NativeStatement::bindText16(int index, const QString &text)
{
    if (!m_statement && !prepare())
        return;
    // A null QString would bind NULL: an empty text stays an empty text.
    const void *utf16 = text.isEmpty() ? static_cast<const void *>(u"")
                                       : static_cast<const void *>(text.constData());
    sqlite3_bind_text16(m_statement, index, utf16, int(text.size() * sizeof(char16_t)),
                        SQLITE_TRANSIENT);
}

void NativeStatement::bindInt64(int index, qint64 value)
{
    if (!m_statement && !prepare())
        return;
    sqlite3_bind_int64(m_statement, index, value);
}

void NativeStatement::bindNull(int index)
{
    if (!m_statement && !prepare())
        return;
    sqlite3_bind_null(m_statement, index);
}

void NativeStatement::bindTextOrNull(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        bindNull(index);
    else
        bindText(index, utf8);
}

void NativeStatement::bindTextOrNullBorrowed(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        bindNull(index);
    else
        bindTextBorrowed(index, utf8);
}

Result<bool> NativeStatement::step()
{
    if (!m_statement) {
        if (auto prepared = prepare(); !prepared)
            return prepared.error();
    }
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
    reset();
    return m_db.errorFromCode(stepped, message);
}

Result<void> NativeStatement::run()
{
    for (;;) {
        auto stepped = step();
        if (!stepped)
            return stepped.error(); // step() has reset the statement
        if (!*stepped)
            break;
    }
    reset();
    return {};
}

bool NativeStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView NativeStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

qint64 NativeStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

void NativeStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace tenantdesk
