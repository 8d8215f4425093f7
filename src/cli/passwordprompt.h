#pragma once

#include <QString>

namespace tenantdesk::cli {

// True when stdin is a terminal that can be prompted.
bool isInteractive();
// Prints prompt on stderr and reads one line from the terminal without echoing it.
QString promptHidden(const QString &prompt);

} // namespace tenantdesk::cli
