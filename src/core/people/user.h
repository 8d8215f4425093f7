#pragma once

#include "core/access/actor.h"

#include <QMetaType>
#include <QString>

namespace tenantdesk {

// A row of aistack's users table, without its password hash.
struct User
{
    QString id;
    QString email;
    QString username;
    GlobalRole globalRole = GlobalRole::Viewer;
    QString createdAt;
    QString lastLoginAt;
    // The stored hash is made unusable (a "!" before it, as /etc/shadow does): neither aistack
    // nor TenantDesk lets the user sign in until a global admin unlocks the account.
    bool locked = false;

    Actor toActor() const { return Actor{id, username, email, globalRole, false}; }
};

} // namespace tenantdesk

Q_DECLARE_METATYPE(tenantdesk::User)
