#include "widgets/common/icons.h"

#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace. Calling it also keeps the linker from
// dropping the resources of this static library.
static void initTenantDeskResources()
{
    Q_INIT_RESOURCE(tenantdesk);
}

namespace tenantdesk::Icons {

QIcon themed(const QString &name)
{
    static const bool initialised = [] {
        initTenantDeskResources();
        return true;
    }();
    Q_UNUSED(initialised);
    // PNGs rendered from resources/icons/*.svg (tools/render-icons.sh): no SVG plugin needed.
    QIcon fallback;
    for (int size : {16, 24, 32, 48}) {
        const QString file = QStringLiteral(":/icons/%1/%2.png").arg(size).arg(name);
        if (QFile::exists(file))
            fallback.addFile(file, QSize(size, size));
    }
    return QIcon::fromTheme(name, fallback);
}

} // namespace tenantdesk::Icons
