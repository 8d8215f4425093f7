#include "clicontext.h"
#include "commands.h"

namespace tenantdesk::cli {

// Placeholder until the migration engine lands: refuses clearly instead of pretending.
int runMigrate(CliContext &context, const QStringList &)
{
    return context.fail(failure(QStringLiteral("migrate is not available in this build yet.")));
}

} // namespace tenantdesk::cli
