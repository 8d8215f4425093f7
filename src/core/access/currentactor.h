#pragma once

#include "core/access/accesspolicy.h"
#include "core/access/actor.h"
#include "core/result.h"

namespace tenantdesk {

class Database;
class WriteTransaction;

// What the database says about a signed-in user now: rights follow the database, not the
// sign-in (another process may demote, lock or delete the user at any time).
enum class AccountState { Active, Deleted, Locked };

struct AccountCheck
{
    AccountState state = AccountState::Active;
    // The actor as the users row has it now (role, name, e-mail); the signed-in actor when
    // the account is gone.
    Actor actor;
    // Deleted or locked: the sentence that ends the session. Empty while active.
    QString endedMessage;
};

// Reads the actor's users row (one primary-key lookup). The bootstrap actor is returned as
// it is: it has no row.
Result<AccountCheck> checkAccount(const Database &db, const Actor &actor);

// The actor to act as, for a write: every service calls it right after BEGIN IMMEDIATE and
// uses what it returns for its access decisions and audit entries. Denied, with a sentence
// that says the account was deleted or locked, when it is no longer active.
Result<Actor> currentActor(const Database &db, const Actor &actor);

// currentActor, then AccessPolicy's answer for an action that has no tenant or workspace
// (run migrations, manage users, provision): the actor to act as, or the refusal.
Result<Actor> currentActorAllowed(const Database &db, const Actor &actor, Action action);

// The start of a write: BEGIN IMMEDIATE on transaction, then currentActor under that lock
// (with action: currentActorAllowed). A refusal leaves the transaction to roll back.
Result<Actor> beginWriteAs(WriteTransaction &transaction, const Database &db, const Actor &actor);
Result<Actor> beginWriteAs(WriteTransaction &transaction, const Database &db, const Actor &actor,
                           Action action);

} // namespace tenantdesk
