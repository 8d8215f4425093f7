#include "core/people/firstadmin.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/people/passwordhash.h"
#include "core/people/userdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

namespace tenantdesk {

namespace {

struct FirstAdmin
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::FirstAdmin)
};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<User> createFirstAdmin(const Database &db, const QString &username, const QString &email,
                              const QString &password)
{
    if (auto valid = validateNewUser(username, email, password); !valid)
        return valid.error();
    // Hash before taking the write lock: bcrypt is slow on purpose.
    const QByteArray hash = PasswordHash::create(password, 10);
    if (hash.isEmpty())
        return failure(FirstAdmin::tr("Could not hash the password (libxcrypt refused)."));

    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const UserDirectory users(db);
    if (auto table = users.ensureUsersTable(); !table)
        return table.error();
    auto hasAdmin = users.hasAdmin();
    if (!hasAdmin)
        return hasAdmin.error();
    if (*hasAdmin)
        return conflict(
                FirstAdmin::tr("This database already has an administrator; sign in as them to "
                               "manage users."));
    auto taken = users.findByLogin(username);
    if (!taken)
        return taken.error();
    auto takenEmail = users.findByLogin(email);
    if (!takenEmail)
        return takenEmail.error();
    if (*taken || *takenEmail)
        return conflict(FirstAdmin::tr("A user with that name or e-mail already exists."));

    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.username = username;
    user.email = email;
    user.globalRole = GlobalRole::Admin;
    user.createdAt = isoNow();
    auto inserted = db.exec(
            QStringLiteral("INSERT INTO users (id, email, username, password_hash, "
                           "role, created_at, updated_at) VALUES (?, ?, ?, ?, 'admin', ?, ?)"),
            {user.id, email, username, QString::fromLatin1(hash), user.createdAt, user.createdAt});
    if (!inserted)
        return inserted.error();
    auto audited = AuditLog(db).append(
            QStringLiteral("user.created"),
            {{QStringLiteral("actor"), QStringLiteral("(bootstrap)")},
             {QStringLiteral("after"),
              QJsonObject{{QStringLiteral("id"), user.id},
                          {QStringLiteral("username"), username},
                          {QStringLiteral("email"), email},
                          {QStringLiteral("role"), QStringLiteral("admin")}}}});
    if (!audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

} // namespace tenantdesk
