#include "core/people/userlookup.h"

#include "core/database/database.h"
#include "core/people/userdirectory.h"

#include <algorithm>

namespace tenantdesk {

QByteArray UserLookup::lookupSql(qsizetype count)
{
    // The username before the e-mail: a username that looks like someone's e-mail is theirs.
    // coalesce stops at the first look-up that names someone. The position comes back with
    // each answer: SQL promises no order for the rows of a VALUES list.
    QByteArray sql = "WITH names(position, name) AS (VALUES ";
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            sql += ", ";
        sql += '(' + QByteArray::number(i) + ", ?)";
    }
    sql += ") SELECT position, coalesce((SELECT id FROM users WHERE id = name), "
           "(SELECT id FROM users WHERE username = name), "
           "(SELECT id FROM users WHERE email = name)) FROM names";
    return sql;
}

UserLookup::UserLookup(const Database &db)
    : m_db(db)
{ }

UserLookup::~UserLookup() = default;

Result<QList<std::optional<QString>>> UserLookup::idsOf(const QStringList &names)
{
    if (!m_hasUsers)
        m_hasUsers = m_db.hasTable(QStringLiteral("users"));
    QList<std::optional<QString>> ids(names.size());
    if (!*m_hasUsers)
        return ids;
    for (qsizetype first = 0; first < names.size(); first += kNamesPerLookup) {
        const qsizetype count = std::min(kNamesPerLookup, names.size() - first);
        if (auto found = lookUp(names, first, count, ids); !found)
            return found.error();
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (ids.at(i) || !names.at(i).contains(QLatin1Char('@')))
            continue;
        auto user = UserDirectory(m_db).find(names.at(i));
        if (!user)
            return user.error();
        if (*user)
            ids[i] = (*user)->id;
    }
    return ids;
}

Result<void> UserLookup::lookUp(const QStringList &names, qsizetype first, qsizetype count,
                                QList<std::optional<QString>> &ids)
{
    std::unique_ptr<NativeStatement> &statement = m_lookups[count];
    if (!statement)
        statement = std::make_unique<NativeStatement>(m_db, lookupSql(count));
    for (qsizetype i = 0; i < count; ++i) {
        const QString &name = names.at(first + i);
        if (name.isEmpty()) // names nobody: NULL equals no id
            statement->bindNull(int(i) + 1);
        else
            statement->bindText(int(i) + 1, name.toUtf8());
    }
    for (;;) {
        const Result<bool> row = statement->step();
        if (!row || !*row) {
            statement->reset();
            return row ? Result<void>() : Result<void>(row.error());
        }
        const qint64 position = statement->integer(0);
        if (statement->isNull(1) || position < 0 || position >= count)
            continue;
        const QByteArrayView id = statement->utf8(1);
        ids[first + position] = QString::fromUtf8(id.data(), id.size());
    }
}

} // namespace tenantdesk
