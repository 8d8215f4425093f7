#include "widgets/common/icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>

// Q_INIT_RESOURCE must be used outside any namespace. Calling it also keeps the linker from
// dropping the resources of this static library.
static void initTenantDeskResources()
{
    Q_INIT_RESOURCE(tenantdesk);
}

namespace tenantdesk::Icons {

namespace {

constexpr int kSizes[] = {16, 24, 32, 48};

// The bundled PNGs of one name (rendered from resources/icons/*.svg by
// tools/render-icons.sh: no SVG plugin needed), read when the icon is first painted:
// QIcon::addFile decodes every file it is given, and doing that for four sizes of every icon
// of the menus was a good part of building the window.
class BundledIconEngine : public QIconEngine
{
public:
    explicit BundledIconEngine(const QString &name)
        : m_name(name)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        loaded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().pixmap(size, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int size : kSizes)
            sizes.append(QSize(size, size));
        return sizes;
    }
    QString iconName() override { return m_name; }
    bool isNull() override { return false; }
    QString key() const override { return QStringLiteral("tenantdesk-bundled"); }
    QIconEngine *clone() const override { return new BundledIconEngine(m_name); }

    static QString file(const QString &name, int size)
    {
        return QStringLiteral(":/icons/%1/%2.png").arg(size).arg(name);
    }

private:
    const QIcon &loaded()
    {
        if (m_icon.isNull()) {
            for (int size : kSizes)
                m_icon.addFile(file(m_name, size), QSize(size, size));
        }
        return m_icon;
    }

    QString m_name;
    QIcon m_icon;
};

} // namespace

QIcon themed(const QString &name)
{
    static const bool initialised = [] {
        initTenantDeskResources();
        return true;
    }();
    Q_UNUSED(initialised);
    // Each name is looked up once: the window, its pages and dialogs ask for the same icons
    // many times. Icons are GUI objects: this runs on the GUI thread only.
    static QHash<QString, QIcon> known;
    if (const auto found = known.constFind(name); found != known.cend())
        return *found;
    const QIcon bundled = QFile::exists(BundledIconEngine::file(name, kSizes[0]))
            ? QIcon(new BundledIconEngine(name))
            : QIcon();
    return *known.insert(name, QIcon::fromTheme(name, bundled));
}

} // namespace tenantdesk::Icons
