#include "core/people/userdirectory.h"

#include "core/database/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tenantdesk {

namespace {

const QString kUserColumns = QStringLiteral("id, email, username, role, created_at, last_login_at");

User userFromQuery(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.email = query.value(1).toString();
    user.username = query.value(2).toString();
    user.globalRole = globalRoleFromString(query.value(3).toString());
    user.createdAt = query.value(4).toString();
    user.lastLoginAt = query.value(5).toString();
    return user;
}

Result<QList<User>> usersFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<User> users;
    while (query->next())
        users.append(userFromQuery(*query));
    return users;
}

Result<std::optional<User>> oneUserFrom(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<User>();
    return std::optional<User>(userFromQuery(*query));
}

} // namespace

UserDirectory::UserDirectory(const Database &db)
    : m_db(db)
{ }

bool UserDirectory::hasUsersTable() const
{
    return m_db.hasTable(QStringLiteral("users"));
}

Result<bool> UserDirectory::hasAdmin() const
{
    if (!hasUsersTable())
        return false;
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1"));
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<std::optional<User>> UserDirectory::findByLogin(const QString &login) const
{
    if (!hasUsersTable())
        return std::optional<User>();
    return oneUserFrom(m_db.exec(
            QStringLiteral("SELECT %1 FROM users WHERE username = ? OR lower(email) = lower(?) "
                           "ORDER BY username = ? DESC LIMIT 1")
                    .arg(kUserColumns),
            {login, login, login}));
}

Result<std::optional<User>> UserDirectory::findById(const QString &id) const
{
    if (!hasUsersTable())
        return std::optional<User>();
    return oneUserFrom(
            m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id}));
}

Result<QList<User>> UserDirectory::list(int limit, const QString &afterUsername,
                                        const QString &prefix) const
{
    if (!hasUsersTable())
        return QList<User>();
    // A null QString binds as NULL, and "username > NULL" matches nothing.
    const QString after = afterUsername.isNull() ? QString(QLatin1String("")) : afterUsername;
    if (prefix.isEmpty())
        return usersFrom(m_db.exec(
                QStringLiteral("SELECT %1 FROM users WHERE username > ? ORDER BY username LIMIT ?")
                        .arg(kUserColumns),
                {after, limit}));
    // Two range scans on the unique indexes (LIKE could not use them), each cut at limit:
    // fast at 100,000 users whatever the prefix.
    return usersFrom(m_db.exec(
            QStringLiteral(
                    "SELECT %1 FROM (SELECT * FROM (SELECT * FROM users WHERE username >= ? "
                    "AND username < ? || char(1114111) AND username > ? ORDER BY username "
                    "LIMIT ?) UNION SELECT * FROM (SELECT * FROM users WHERE email >= ? AND "
                    "email < ? || char(1114111) AND username > ? ORDER BY username LIMIT ?)) "
                    "ORDER BY username LIMIT ?")
                    .arg(kUserColumns),
            {prefix, prefix, after, limit, prefix, prefix, after, limit, limit}));
}

Result<QList<User>> UserDirectory::search(const QString &prefix, int limit) const
{
    return list(limit, {}, prefix);
}

Result<QByteArray> UserDirectory::passwordHash(const QString &userId) const
{
    auto hash
            = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!hash)
        return hash.error();
    return hash->toString().toLatin1();
}

Result<void> UserDirectory::ensureUsersTable() const
{
    auto created = m_db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS users ("
                                            " id TEXT PRIMARY KEY,"
                                            " email TEXT UNIQUE NOT NULL,"
                                            " username TEXT UNIQUE NOT NULL,"
                                            " password_hash TEXT NOT NULL,"
                                            " role TEXT NOT NULL DEFAULT 'developer',"
                                            " created_at TEXT DEFAULT CURRENT_TIMESTAMP,"
                                            " updated_at TEXT DEFAULT CURRENT_TIMESTAMP,"
                                            " last_login_at TEXT)"));
    if (!created)
        return created.error();
    return {};
}

Result<void> validateNewUser(const QString &username, const QString &email, const QString &password)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!usernamePattern.match(username).hasMatch())
        return invalidInput(UserDirectory::tr(
                "A username has 2 to 64 letters, digits, dots, dashes or underscores."));
    if (!emailPattern.match(email).hasMatch())
        return invalidInput(UserDirectory::tr("\"%1\" is not an e-mail address.").arg(email));
    if (password.size() < 8)
        return invalidInput(UserDirectory::tr("A password needs at least 8 characters."));
    return {};
}

} // namespace tenantdesk
