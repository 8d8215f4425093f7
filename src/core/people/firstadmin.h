#pragma once

#include "core/people/user.h"
#include "core/result.h"

namespace tenantdesk {

class Database;

// Creates the users table in aistack's shape if missing and the first global admin. Refused
// (conflict) once the database has an admin: later users are aistack's to manage.
Result<User> createFirstAdmin(const Database &db, const QString &username, const QString &email,
                              const QString &password);

} // namespace tenantdesk
