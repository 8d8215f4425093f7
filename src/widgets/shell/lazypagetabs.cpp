#include "widgets/shell/lazypagetabs.h"

#include "widgets/common/viewpage.h"

#include <QMenu>
#include <QTabWidget>

#include <algorithm>

namespace tenantdesk {

LazyPageTabs::LazyPageTabs(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_swapping)
            build(index);
    });
}

QWidget *LazyPageTabs::add(const QMetaObject &type, const QString &title, const QIcon &icon,
                           QMenu *menu, std::function<ViewPage *()> create)
{
    Page page;
    page.type = &type;
    page.title = title;
    page.icon = icon;
    page.create = std::move(create);
    page.placeholder = new QWidget(m_tabs);
    page.placeholder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    page.menu = menu;
    const int index = int(m_pages.size());
    // A menu opened before its page was shown offers the page's actions all the same.
    connect(menu, &QMenu::aboutToShow, this, [this, index] { build(m_pages[size_t(index)]); });
    m_pages.push_back(std::move(page));
    // The first tab becomes current here; the window builds the page on screen once its saved
    // layout said which one that is.
    m_swapping = true;
    m_tabs->addTab(m_pages.back().placeholder, icon, title);
    m_swapping = false;
    return m_pages.back().placeholder;
}

ViewPage *LazyPageTabs::build(int index)
{
    QWidget *tab = m_tabs->widget(index);
    const auto lazy = std::find_if(m_pages.begin(), m_pages.end(),
                                   [tab](const Page &page) { return page.placeholder == tab; });
    if (!tab || lazy == m_pages.end())
        return qobject_cast<ViewPage *>(tab);
    return build(*lazy);
}

ViewPage *LazyPageTabs::build(Page &lazy)
{
    if (lazy.page)
        return lazy.page;
    ViewPage *page = lazy.create();
    lazy.page = page;
    // A page out of sight does not hold the window wider than the page on screen needs.
    page->setSizePolicy(QSizePolicy::Ignored, page->sizePolicy().verticalPolicy());
    lazy.menu->addActions(page->pageActions());
    // The page takes its placeholder's place: same tab, same title, still current if it was.
    const int index = m_tabs->indexOf(lazy.placeholder);
    const bool current = m_tabs->currentIndex() == index;
    m_swapping = true;
    m_tabs->insertTab(index, page, lazy.icon, lazy.title);
    m_tabs->removeTab(index + 1);
    m_swapping = false;
    if (current)
        m_tabs->setCurrentIndex(index);
    lazy.placeholder->deleteLater();
    lazy.placeholder = nullptr;
    return page;
}

ViewPage *LazyPageTabs::ofType(const QMetaObject &type)
{
    for (Page &page : m_pages) {
        if (page.type == &type)
            return build(page);
    }
    return nullptr;
}

QString LazyPageTabs::classAt(int index) const
{
    QWidget *tab = m_tabs->widget(index);
    for (const Page &page : m_pages) {
        if (tab && page.placeholder == tab)
            return QString::fromLatin1(page.type->className());
    }
    return tab ? QString::fromLatin1(tab->metaObject()->className()) : QString();
}

} // namespace tenantdesk
