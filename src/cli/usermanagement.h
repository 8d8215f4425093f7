#pragma once

#include "cli/dispatch.h"

#include <QList>

namespace tenantdesk::cli {

// tenantctl user create, show, set-password, lock, unlock, set-role, rename and delete
// (UserService): the sub-commands of "user" besides "list".
QList<SubCommand> userManagementCommands();

} // namespace tenantdesk::cli
