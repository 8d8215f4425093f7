#include "core/access/currentactor.h"

#include "core/database/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tenantdesk {

namespace {

struct CurrentActor
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::CurrentActor)
};

} // namespace

Result<AccountCheck> checkAccount(const Database &db, const Actor &actor)
{
    AccountCheck check;
    check.actor = actor;
    if (actor.bootstrap)
        return check;
    const QString name = actor.username.isEmpty() ? actor.userId : actor.username;
    if (!db.hasTable(QStringLiteral("users"))) {
        check.state = AccountState::Deleted;
        check.endedMessage
                = CurrentActor::tr("The account \"%1\" no longer exists in this database: your "
                                   "session has ended.")
                          .arg(name);
        return check;
    }
    auto row = db.exec(QStringLiteral("SELECT username, email, role, substr(password_hash, 1, 1) "
                                      "= '!' FROM users WHERE id = ?"),
                       {actor.userId});
    if (!row)
        return row.error();
    if (!row->next()) {
        check.state = AccountState::Deleted;
        check.endedMessage
                = CurrentActor::tr("The account \"%1\" was deleted from this database: your "
                                   "session has ended.")
                          .arg(name);
        return check;
    }
    check.actor.username = row->value(0).toString();
    check.actor.email = row->value(1).toString();
    check.actor.globalRole = globalRoleFromString(row->value(2).toString());
    if (row->value(3).toBool()) {
        check.state = AccountState::Locked;
        check.endedMessage
                = CurrentActor::tr("The account \"%1\" was locked by a global admin: your session "
                                   "has ended.")
                          .arg(check.actor.username);
    }
    return check;
}

Result<Actor> currentActor(const Database &db, const Actor &actor)
{
    auto check = checkAccount(db, actor);
    if (!check)
        return check.error();
    if (check->state != AccountState::Active)
        return denied(check->endedMessage);
    return check->actor;
}

Result<Actor> currentActorAllowed(const Database &db, const Actor &actor, Action action)
{
    auto current = currentActor(db, actor);
    if (!current)
        return current.error();
    if (auto allowed = AccessPolicy(db).require(*current, action, {}); !allowed)
        return allowed.error();
    return *current;
}

Result<Actor> beginWriteAs(WriteTransaction &transaction, const Database &db, const Actor &actor)
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    return currentActor(db, actor);
}

Result<Actor> beginWriteAs(WriteTransaction &transaction, const Database &db, const Actor &actor,
                           Action action)
{
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    return currentActorAllowed(db, actor, action);
}

} // namespace tenantdesk
