#include "widgets/common/listpage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/common/icons.h"

#include "models/lists/modelroles.h"
#include "models/lists/pagedmodelbase.h"

#include <QAction>
#include <QHeaderView>
#include <QToolBar>

namespace tenantdesk {

ListPage::ListPage(Session *session, QWidget *parent)
    : ViewPage(parent)
    , m_session(session)
    , m_toolbar(new QToolBar(this))
    , m_gate(new ActionGate(session->worker(), this))
{
    ui.setupUi(this);
    QFont heading = ui.headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    ui.headingLabel->setFont(heading);
    ui.searchEdit->addAction(Icons::themed(QStringLiteral("edit-find")),
                             QLineEdit::LeadingPosition);

    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setAccessibleName(tr("Actions"));
    ui.toolbarLayout->addWidget(m_toolbar);

    // Typing filters after a short pause, in SQL: a keystroke never waits for a query.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(ui.searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { applyFilter(ui.searchEdit->text().trimmed()); });
    connect(ui.searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter(ui.searchEdit->text().trimmed());
        ui.tableView->setFocus();
    });

    connect(ui.tableView, &QAbstractItemView::activated, this, &ListPage::activateRow);
    connect(session, &Session::refreshRequested, this, [this] {
        reloadModel();
        m_gate->evaluate();
    });
}

void ListPage::setModel(PagedModelBase *model)
{
    m_model = model;
    ui.tableView->setModel(model);
    QHeaderView *header = ui.tableView->horizontalHeader();
    // Sorting happens in SQL: a header click asks the model, which reloads in that order.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(0, Qt::AscendingOrder);
    // The name takes the room there is; slug and date keep readable widths. No
    // ResizeToContents: it would measure every loaded row.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->resizeSection(1, 180);
    header->resizeSection(
            2, fontMetrics().horizontalAdvance(QStringLiteral("28 Nov 2026 13:16:35")) + 24);
    connect(header, &QHeaderView::sortIndicatorChanged, model,
            [model](int column, Qt::SortOrder order) { model->sort(column, order); });
    // Rows are one line each: uniform heights keep huge lists fast.
    ui.tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui.tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    connect(model, &PagedModelBase::loadingChanged, this, &ListPage::updateStatus);
    connect(model, &PagedModelBase::refreshed, this, [this] {
        m_error.clear();
        updateStatus();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        m_gate->evaluate();
    });
    connect(model, &PagedModelBase::errorOccurred, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_gate,
            &ActionGate::evaluate);
    updateStatus();
}

QAction *ListPage::addPageAction(const QString &text, const QString &iconName,
                                 const QKeySequence &shortcut, const QString &toolTip,
                                 std::function<void()> triggered)
{
    auto *action = new QAction(Icons::themed(iconName), text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    connect(action, &QAction::triggered, this, std::move(triggered));
    addAction(action);
    m_toolbar->addAction(action);
    ui.tableView->addAction(action);
    m_actions.append(action);
    return action;
}

void ListPage::setHeading(const QString &text)
{
    ui.headingLabel->setText(text);
}

void ListPage::setSearchPlaceholder(const QString &text)
{
    ui.searchEdit->setPlaceholderText(text);
    ui.searchEdit->setToolTip(text);
}

void ListPage::focusSearch()
{
    ui.searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui.searchEdit->selectAll();
}

QString ListPage::currentId() const
{
    const QModelIndex current = ui.tableView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(ModelRoles::IdRole).toString()
                             : QString();
}

void ListPage::updateStatus()
{
    if (!m_model)
        return;
    const int rows = m_model->rowCount();
    QString text;
    if (!m_error.isEmpty())
        text = tr("Could not load the list: %1").arg(m_error);
    else if (m_model->isLoading() && rows == 0)
        text = tr("Loading…");
    else if (rows == 0)
        text = emptyText(!ui.searchEdit->text().trimmed().isEmpty());
    else if (m_model->isComplete())
        text = countText(rows);
    else
        text = tr("%1 loaded; more load as you scroll.").arg(countText(rows));
    ui.statusLabel->setText(text);
}

} // namespace tenantdesk
