#include "core/people/userdirectory.h"

#include "core/database/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace tenantdesk {

namespace {

const QString kUserColumns = QStringLiteral("id, email, username, role, created_at, last_login_at, "
                                            "substr(password_hash, 1, 1) = '!'");

User userFromQuery(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.email = query.value(1).toString();
    user.username = query.value(2).toString();
    user.globalRole = globalRoleFromString(query.value(3).toString());
    user.createdAt = query.value(4).toString();
    user.lastLoginAt = query.value(5).toString();
    user.locked = query.value(6).toBool();
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

// " AND (...)" keeping the users (column `id`) whom viewer may see: the viewer, and whoever
// holds a grant in a place the viewer may see: anything in a tenant where the viewer is
// tenant-wide, tenant-wide rows of any tenant of the viewer, rows of the viewer's own
// workspaces. The set is built from the viewer's side through the tenant and workspace
// indexes ("+" keeps SQLite from scanning every tenant-wide row through the workspace index).
QString visibleSql(const Database &db, const QString &viewerId, QVariantList &values)
{
    if (viewerId.isEmpty())
        return {};
    values << viewerId;
    if (!db.hasTable(QStringLiteral("tenant_users")))
        return QStringLiteral(" AND id = ?");
    values << viewerId << viewerId << viewerId;
    return QStringLiteral(
            " AND (id = ? OR id IN ("
            "SELECT tu.user_id FROM tenant_users tu WHERE tu.tenant_id IN (SELECT tenant_id "
            "FROM tenant_users WHERE user_id = ? AND workspace_id IS NULL) "
            "UNION SELECT tu.user_id FROM tenant_users tu WHERE +tu.workspace_id IS NULL AND "
            "tu.tenant_id IN (SELECT tenant_id FROM tenant_users WHERE user_id = ?) "
            "UNION SELECT tu.user_id FROM tenant_users tu WHERE tu.workspace_id IN (SELECT "
            "workspace_id FROM tenant_users WHERE user_id = ? AND workspace_id IS NOT NULL)))");
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
    if (!hasUsersTable() || login.isEmpty())
        return std::optional<User>();
    // Two lookups on the unique indexes, the username first (a username that looks like
    // someone's e-mail is theirs). No lower(): it would read every row.
    auto byName = oneUserFrom(m_db.exec(
            QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kUserColumns), {login}));
    if (!byName || *byName)
        return byName;
    return oneUserFrom(m_db.exec(
            QStringLiteral("SELECT %1 FROM users WHERE email = ?").arg(kUserColumns), {login}));
}

Result<std::optional<User>> UserDirectory::findById(const QString &id) const
{
    if (!hasUsersTable())
        return std::optional<User>();
    return oneUserFrom(
            m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id}));
}

Result<std::optional<User>> UserDirectory::find(const QString &idOrLogin) const
{
    auto byId = findById(idOrLogin);
    if (!byId || *byId)
        return byId;
    auto byLogin = findByLogin(idOrLogin);
    if (!byLogin || *byLogin || !idOrLogin.contains(QLatin1Char('@')))
        return byLogin;
    // Naming someone (not signing in): an e-mail typed in another case still finds its only
    // owner. This reads every row, but only after the exact lookups found nobody.
    auto rows = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE lower(email) = lower(?) "
                                         "LIMIT 2")
                                  .arg(kUserColumns),
                          {idOrLogin});
    auto matches = usersFrom(std::move(rows));
    if (!matches)
        return matches.error();
    if (matches->size() != 1)
        return std::optional<User>();
    return std::optional<User>(matches->first());
}

Result<QList<User>> UserDirectory::list(int limit, const QString &afterUsername,
                                        const QString &prefix) const
{
    UserListQuery query;
    query.limit = limit;
    query.afterUsername = afterUsername;
    query.prefix = prefix;
    return list(query);
}

Result<QList<User>> UserDirectory::list(const UserListQuery &query) const
{
    if (!hasUsersTable() || query.limit <= 0)
        return QList<User>();
    // A null QString binds as NULL, and "username > NULL" matches nothing.
    const QString after
            = query.afterUsername.isNull() ? QString(QLatin1String("")) : query.afterUsername;
    QVariantList values{after};
    if (query.prefix.isEmpty()) {
        const QString visible = visibleSql(m_db, query.visibleTo, values);
        values << query.limit;
        return usersFrom(m_db.exec(
                QStringLiteral("SELECT %1 FROM users WHERE username > ?%2 ORDER BY username "
                               "LIMIT ?")
                        .arg(kUserColumns, visible),
                values));
    }
    // Two range scans on the unique indexes (LIKE could not use them), each cut at limit:
    // fast at 100,000 users whatever the prefix.
    values = {query.prefix, query.prefix, after};
    const QString byName = visibleSql(m_db, query.visibleTo, values);
    values << query.limit << query.prefix << query.prefix << after;
    const QString byEmail = visibleSql(m_db, query.visibleTo, values);
    values << query.limit << query.limit;
    return usersFrom(m_db.exec(
            QStringLiteral(
                    "SELECT %1 FROM (SELECT * FROM (SELECT * FROM users WHERE username >= ? "
                    "AND username < ? || char(1114111) AND username > ?%2 ORDER BY username "
                    "LIMIT ?) UNION SELECT * FROM (SELECT * FROM users WHERE email >= ? AND "
                    "email < ? || char(1114111) AND username > ?%3 ORDER BY username LIMIT ?)) "
                    "ORDER BY username LIMIT ?")
                    .arg(kUserColumns, byName, byEmail),
            values));
}

Result<PageAnchors> UserDirectory::anchors(const UserListQuery &query, int pageSize) const
{
    if (!hasUsersTable())
        return PageAnchors{0, pageSize, {}};
    QVariantList values;
    if (query.prefix.isEmpty()) {
        const QString visible = visibleSql(m_db, query.visibleTo, values);
        return scanPageAnchors(
                m_db,
                QStringLiteral("SELECT username FROM users WHERE 1%1 ORDER BY username")
                        .arg(visible),
                values, pageSize);
    }
    // The same two range scans as list(), merged by username.
    values = {query.prefix, query.prefix};
    const QString byName = visibleSql(m_db, query.visibleTo, values);
    values << query.prefix << query.prefix;
    const QString byEmail = visibleSql(m_db, query.visibleTo, values);
    return scanPageAnchors(
            m_db,
            QStringLiteral("SELECT username FROM users WHERE username >= ? AND username < ? || "
                           "char(1114111)%1 UNION SELECT username FROM users WHERE email >= ? AND "
                           "email < ? || char(1114111)%2 ORDER BY 1")
                    .arg(byName, byEmail),
            values, pageSize);
}

Result<QList<User>> UserDirectory::search(const QString &prefix, int limit) const
{
    return list(limit, {}, prefix);
}

Result<bool> UserDirectory::isVisibleTo(const QString &userId, const QString &viewerId) const
{
    if (!hasUsersTable())
        return false;
    QVariantList values{userId};
    const QString visible = visibleSql(m_db, viewerId, values);
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE id = ?%1").arg(visible),
                             values);
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<QByteArray> UserDirectory::passwordHash(const QString &userId) const
{
    auto hash
            = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!hash)
        return hash.error();
    return hash->toString().toLatin1();
}

Result<int> UserDirectory::slowestHashCost(int minimum) const
{
    if (!hasUsersTable())
        return minimum;
    // "$2b$NN$": the cost is the two digits after the prefix; a locked hash ("!$2b$...") does
    // not match. There is no index on password_hash, and reading every row costs more than
    // the scan sign-in used to do (60 ms at 100,000 users): the first kCostSample rows stand
    // for the file (one tool made them all, at one cost, in every real file seen so far).
    constexpr int kCostSample = 4096;
    auto slowest = m_db.scalar(QStringLiteral("SELECT max(substr(password_hash, 5, 2)) FROM "
                                              "(SELECT password_hash FROM users LIMIT %1) WHERE "
                                              "password_hash LIKE '$2_$__$%'")
                                       .arg(kCostSample));
    if (!slowest)
        return slowest.error();
    bool ok = false;
    const int cost = slowest->toString().toInt(&ok);
    return ok ? std::clamp(cost, minimum, 31) : minimum;
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

Result<void> validateUsername(const QString &username)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!usernamePattern.match(username).hasMatch())
        return invalidInput(UserDirectory::tr(
                "A username has 2 to 64 letters, digits, dots, dashes or underscores."));
    return {};
}

Result<void> validateEmail(const QString &email)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !emailPattern.match(email).hasMatch())
        return invalidInput(
                UserDirectory::tr("\"%1\" is not an e-mail address.").arg(email.left(80)));
    return {};
}

Result<void> validatePassword(const QString &password)
{
    if (password.size() < 8)
        return invalidInput(UserDirectory::tr("A password needs at least 8 characters."));
    return {};
}

Result<void> validateNewUser(const QString &username, const QString &email, const QString &password)
{
    if (auto valid = validateUsername(username); !valid)
        return valid;
    if (auto valid = validateEmail(email); !valid)
        return valid;
    return validatePassword(password);
}

} // namespace tenantdesk
