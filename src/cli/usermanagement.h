#pragma once

#include "cli/dispatch.h"

#include <QList>
#include <QTextStream>

namespace tenantdesk {
struct TenantRoleSummary;
}

namespace tenantdesk::cli {

// tenantctl user create, show, set-password, lock, unlock, set-role, rename and delete
// (UserService): the sub-commands of "user" besides "list".
QList<SubCommand> userManagementCommands();

// A person's roles by tenant as a table (TENANT, HIGHEST, GRANTS), as `user show` and
// `user whoami` print them.
void printTenantRoles(QTextStream &out, const QList<TenantRoleSummary> &roles);

} // namespace tenantdesk::cli
