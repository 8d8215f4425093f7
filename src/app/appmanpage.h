#pragma once

#include <QString>

namespace tenantdesk {

// tenantdesk's manual page (man(7) source), written from the options its --help lists
// (StartupOptions::options()): the build runs `tenantdesk --manpage` after linking. date is
// the release's date (YYYY-MM-DD).
QString tenantdeskManPage(const QString &version, const QString &date);

} // namespace tenantdesk
