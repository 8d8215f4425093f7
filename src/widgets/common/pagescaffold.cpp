#include "widgets/common/pagescaffold.h"

#include "widgets/common/columnfitter.h"
#include "widgets/common/elidedtooltips.h"
#include "widgets/common/icons.h"

#include "models/lists/pagedmodelbase.h"

#include <QAbstractItemView>
#include <QAction>
#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStatusTipEvent>
#include <QTableView>
#include <QToolBar>

namespace tenantdesk {

namespace {

// Long enough that typing a word costs one query, short enough to feel immediate.
constexpr int kFilterDelayMs = 200;

} // namespace

PageScaffold::PageScaffold(const Parts &parts, const QString &toolbarName)
    : QObject(parts.page)
    , m_parts(parts)
    , m_toolbar(new QToolBar(parts.page))
{
    QFont heading = m_parts.heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_parts.heading->setFont(heading);
    // A long tenant name in the heading must not widen the window: the heading gets its
    // whole width where there is room and may shrink to a few characters where there is not
    // (its full text in the tooltip); long status texts wrap.
    m_parts.heading->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_parts.heading->setMinimumWidth(m_parts.heading->fontMetrics().averageCharWidth() * 8);
    m_parts.status->setWordWrap(true);
    if (m_parts.search)
        m_parts.search->setMinimumWidth(m_parts.search->fontMetrics().averageCharWidth() * 22);

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setAccessibleName(toolbarName);
    m_parts.toolbarArea->addWidget(m_toolbar);
    // Arrow keys move inside the table, Tab moves on to the next control (a table that
    // swallowed Tab would trap a keyboard user).
    m_parts.view->setTabKeyNavigation(false);
    m_parts.view->installEventFilter(this);
    // Columns fit the view, or elide with their full text in a tooltip.
    if (auto *table = qobject_cast<QTableView *>(m_parts.view))
        ColumnFitter::install(table);
    else
        ElidedToolTips::install(m_parts.view);

    // A keystroke never waits for a query: filtering happens after a short pause, in SQL.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &PageScaffold::filterNow);
    if (m_parts.search) {
        m_parts.search->addAction(Icons::themed(QStringLiteral("edit-find")),
                                  QLineEdit::LeadingPosition);
        connect(m_parts.search, &QLineEdit::textChanged, this, &PageScaffold::filterLater);
        connect(m_parts.search, &QLineEdit::returnPressed, this, [this] {
            filterNow();
            m_parts.view->setFocus();
        });
    }
}

void PageScaffold::setHeading(const QString &text)
{
    m_parts.heading->setText(text);
    m_parts.heading->setToolTip(text);
}

void PageScaffold::setSearchPlaceholder(const QString &text)
{
    m_parts.search->setPlaceholderText(text);
    m_parts.search->setToolTip(text);
}

void PageScaffold::focusSearch()
{
    m_parts.search->setFocus(Qt::ShortcutFocusReason);
    m_parts.search->selectAll();
}

QString PageScaffold::searchText() const
{
    return m_parts.search ? m_parts.search->text().trimmed() : QString();
}

void PageScaffold::setFilterHandler(std::function<void()> apply)
{
    m_applyFilter = std::move(apply);
}

void PageScaffold::filterLater()
{
    m_filterDelay.start();
}

void PageScaffold::filterNow()
{
    m_filterDelay.stop();
    if (m_applyFilter)
        m_applyFilter();
}

QAction *PageScaffold::addAction(const QString &text, const QString &iconName,
                                 const QKeySequence &shortcut, const QString &toolTip,
                                 std::function<void()> triggered)
{
    auto *action = new QAction(text, m_parts.page);
    if (!iconName.isEmpty())
        action->setIcon(Icons::themed(iconName));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    action->setData(toolTip);
    connect(action, &QAction::triggered, m_parts.page, std::move(triggered));
    m_parts.page->addAction(action);
    m_toolbar->addAction(action);
    m_parts.view->addAction(action);
    m_actions.append(action);
    return action;
}

bool PageScaffold::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parts.view && event->type() == QEvent::FocusIn)
        QTimer::singleShot(0, this, &PageScaffold::announceUnavailable);
    return QObject::eventFilter(watched, event);
}

QStringList PageScaffold::unavailableReasons() const
{
    QStringList reasons;
    for (const QAction *action : m_actions) {
        if (!action->isEnabled() && !action->statusTip().isEmpty()
            && !reasons.contains(action->statusTip()))
            reasons.append(action->statusTip());
    }
    return reasons;
}

void PageScaffold::announceUnavailable()
{
    if (!m_parts.view->hasFocus())
        return;
    const QStringList reasons = unavailableReasons();
    if (reasons.isEmpty())
        return;
    QStatusTipEvent tip(reasons.join(QLatin1Char(' ')));
    QCoreApplication::sendEvent(m_parts.page, &tip);
}

void PageScaffold::watch(PagedModelBase *model, StatusTexts texts)
{
    m_model = model;
    m_texts = std::move(texts);
    connect(model, &PagedModelBase::loadingChanged, this, &PageScaffold::updateStatus);
    connect(model, &PagedModelBase::refreshed, this, [this] {
        m_error.clear();
        updateStatus();
    });
    connect(model, &PagedModelBase::errorOccurred, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &PageScaffold::updateStatus);
    updateStatus();
}

void PageScaffold::updateStatus()
{
    if (m_model)
        m_parts.status->setText(statusText());
}

QString PageScaffold::statusText() const
{
    if (const QString why = m_texts.unavailable ? m_texts.unavailable() : QString(); !why.isEmpty())
        return why;
    const int rows = m_model->rowCount();
    if (!m_error.isEmpty())
        return m_texts.failed(m_error);
    if (m_model->isLoading() && rows == 0)
        return tr("Loading…");
    if (rows == 0)
        return m_texts.empty(!searchText().isEmpty());
    return m_texts.count(rows, m_model->isComplete());
}

} // namespace tenantdesk
