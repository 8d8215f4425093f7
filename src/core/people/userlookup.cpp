#include "core/people/userlookup.h"

#include "core/database/database.h"
#include "core/people/userdirectory.h"

namespace tenantdesk {

QStringList UserLookup::exactLookupSql()
{
    // The username before the e-mail: a username that looks like someone's e-mail is theirs.
    return {QStringLiteral("SELECT id FROM users WHERE id = ?"),
            QStringLiteral("SELECT id FROM users WHERE username = ?"),
            QStringLiteral("SELECT id FROM users WHERE email = ?")};
}

UserLookup::UserLookup(const Database &db)
    : m_db(db)
    , m_byId(db, exactLookupSql().at(0).toUtf8())
    , m_byUsername(db, exactLookupSql().at(1).toUtf8())
    , m_byEmail(db, exactLookupSql().at(2).toUtf8())
{ }

Result<std::optional<QString>> UserLookup::idOf(const QString &idOrLogin)
{
    if (!m_hasUsers)
        m_hasUsers = m_db.hasTable(QStringLiteral("users"));
    if (!*m_hasUsers || idOrLogin.isEmpty())
        return std::optional<QString>();
    const QByteArray name = idOrLogin.toUtf8();
    for (NativeStatement *statement : {&m_byId, &m_byUsername, &m_byEmail}) {
        statement->bindText(1, name);
        auto found = statement->step();
        std::optional<QString> id;
        if (found && *found && !statement->isNull(0)) {
            const QByteArrayView bytes = statement->utf8(0);
            id = QString::fromUtf8(bytes.data(), bytes.size());
        }
        statement->reset();
        if (!found)
            return found.error();
        if (id)
            return id;
    }
    if (!idOrLogin.contains(QLatin1Char('@')))
        return std::optional<QString>();
    auto user = UserDirectory(m_db).find(idOrLogin);
    if (!user)
        return user.error();
    return *user ? std::optional<QString>((*user)->id) : std::nullopt;
}

} // namespace tenantdesk
