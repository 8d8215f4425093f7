#include "widgets/common/icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QSet>

#include <iterator>

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
// tools/render-icons.sh: no SVG plugin needed), each size read when it is first drawn:
// QIcon::addFile decodes the file it is given, and decoding four sizes of every icon of the
// menus was a good part of building the window, when a tab or a menu draws one of them.
class BundledIconEngine : public QIconEngine
{
public:
    explicit BundledIconEngine(const QString &name)
        : m_name(name)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        loadedFor(rect.size() * ratio).paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return loadedFor(size).pixmap(size, mode, state);
    }
    // Known without reading the file: every bundled size is square.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int bundled = bundledSizeFor(size);
        return QSize(bundled, bundled).boundedTo(size);
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
    // The size drawn for a request: the smallest bundled one that covers it, else the largest.
    static int bundledSizeFor(const QSize &size)
    {
        const int wanted = qMax(size.width(), size.height());
        for (int bundled : kSizes) {
            if (bundled >= wanted)
                return bundled;
        }
        return kSizes[std::size(kSizes) - 1];
    }

    // The sizes read so far, in a QIcon that chooses among them and draws the disabled and
    // selected looks; the one size the request needs is read first.
    const QIcon &loadedFor(const QSize &size)
    {
        const int bundled = bundledSizeFor(size);
        if (!m_read.contains(bundled)) {
            m_icon.addFile(file(m_name, bundled), QSize(bundled, bundled));
            m_read.insert(bundled);
        }
        return m_icon;
    }

    QString m_name;
    QIcon m_icon;
    QSet<int> m_read;
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
