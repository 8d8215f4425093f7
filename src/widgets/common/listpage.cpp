#include "widgets/common/listpage.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/common/pagescaffold.h"

#include "models/lists/modelroles.h"
#include "models/lists/pagedmodelbase.h"

#include <QHeaderView>

namespace tenantdesk {

ListPage::ListPage(Session *session, QWidget *parent)
    : ViewPage(parent)
    , m_session(session)
    , m_gate(new ActionGate(session->worker(), this))
{
    ui.setupUi(this);
    m_scaffold = new PageScaffold(
            {this, ui.headingLabel, ui.searchEdit, ui.toolbarLayout, ui.tableView, ui.statusLabel},
            tr("Actions"));
    connect(ui.tableView, &QAbstractItemView::activated, this, &ListPage::activateRow);
    connect(m_gate, &ActionGate::evaluated, m_scaffold, &PageScaffold::announceUnavailable);
    connect(session, &Session::refreshRequested, this, [this] {
        if (m_model)
            m_model->refresh();
        m_gate->evaluate();
    });
}

QList<QAction *> ListPage::pageActions() const
{
    return m_scaffold->actions();
}

void ListPage::setModel(PagedModelBase *model, std::function<void(const QString &)> applyFilter)
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

    m_scaffold->setFilterHandler([this, applyFilter = std::move(applyFilter)] {
        applyFilter(m_scaffold->searchText());
    });
    PageScaffold::StatusTexts texts;
    texts.failed = [](const QString &error) {
        return tr("Could not load the list: %1").arg(error);
    };
    texts.empty = [this](bool searching) {
        return emptyText(searching);
    };
    texts.count = [this](int rows, bool complete) {
        return complete ? countText(rows)
                        : tr("%1 so far; counting the rest…").arg(countText(rows));
    };
    m_scaffold->watch(model, texts);
    connect(model, &QAbstractItemModel::modelReset, m_gate, &ActionGate::evaluate);
    connect(ui.tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_gate,
            &ActionGate::evaluate);
}

QAction *ListPage::addPageAction(const QString &text, const QString &iconName,
                                 const QKeySequence &shortcut, const QString &toolTip,
                                 std::function<void()> triggered)
{
    return m_scaffold->addAction(text, iconName, shortcut, toolTip, std::move(triggered));
}

void ListPage::setHeading(const QString &text)
{
    m_scaffold->setHeading(text);
}

void ListPage::setSearchPlaceholder(const QString &text)
{
    m_scaffold->setSearchPlaceholder(text);
}

void ListPage::focusSearch()
{
    m_scaffold->focusSearch();
}

QString ListPage::currentId() const
{
    const QModelIndex current = ui.tableView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(ModelRoles::IdRole).toString()
                             : QString();
}

void ListPage::selectIfNoneCurrent(const QString &id)
{
    if (!m_model || id.isEmpty() || !currentId().isEmpty())
        return;
    const QModelIndex at = m_model->indexOfId(id);
    if (at.isValid())
        ui.tableView->setCurrentIndex(at);
}

void ListPage::updateStatus()
{
    m_scaffold->updateStatus();
}

} // namespace tenantdesk
