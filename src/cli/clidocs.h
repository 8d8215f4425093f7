#pragma once

#include <QString>

namespace tenantdesk::cli {

// tenantctl's manual page (man(7) source), written from the command table (commandtable.h)
// and the global options: the build runs `tenantctl --manpage` after linking, so the page
// lists exactly what --help lists. date is the release's date (YYYY-MM-DD).
QString manPage(const QString &version, const QString &date);

// A bash completion script for tenantctl (`tenantctl --bash-completion`), from the same
// table: commands, sub-commands, each one's options, and tenant and workspace slugs asked
// from the database with `tenantctl ... list --json` where that works without a prompt.
QString bashCompletion();

} // namespace tenantdesk::cli
