#pragma once

#include <QIcon>

namespace tenantdesk::Icons {

// An icon from the desktop theme, or the bundled one of the same name (resources/icons)
// where the theme has none. Theme names follow the freedesktop icon naming spec; icons
// that the spec has no name for are prefixed "tenantdesk-".
QIcon themed(const QString &name);

inline QIcon tenant()
{
    return themed(QStringLiteral("tenantdesk-tenant"));
}
inline QIcon workspace()
{
    return themed(QStringLiteral("tenantdesk-workspace"));
}
inline QIcon application()
{
    return themed(QStringLiteral("tenantdesk"));
}

} // namespace tenantdesk::Icons
