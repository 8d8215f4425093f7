#include "widgets/common/icons.h"

#include <QFile>
#include <QHash>

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
    // Each name is looked up once: the window, its pages and dialogs ask for the same icons
    // many times, and finding and reading the files took a good part of the start-up. Icons
    // are GUI objects: this runs on the GUI thread only.
    static QHash<QString, QIcon> known;
    if (const auto found = known.constFind(name); found != known.cend())
        return *found;
    // PNGs rendered from resources/icons/*.svg (tools/render-icons.sh): no SVG plugin needed.
    QIcon fallback;
    for (int size : {16, 24, 32, 48}) {
        const QString file = QStringLiteral(":/icons/%1/%2.png").arg(size).arg(name);
        if (QFile::exists(file))
            fallback.addFile(file, QSize(size, size));
    }
    return *known.insert(name, QIcon::fromTheme(name, fallback));
}

} // namespace tenantdesk::Icons
