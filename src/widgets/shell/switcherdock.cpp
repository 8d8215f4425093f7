#include "widgets/shell/switcherdock.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"

#include "models/context/activecontext.h"
#include "models/context/switchermodel.h"

#include <QKeyEvent>

namespace tenantdesk {

SwitcherDock::SwitcherDock(Session *session, QWidget *parent)
    : QDockWidget(tr("Tenants and Workspaces"), parent)
    , m_session(session)
    , m_model(new SwitcherModel(session->worker(), this))
{
    setObjectName(QStringLiteral("switcherDock"));
    auto *panel = new QWidget(this);
    ui.setupUi(panel);
    setWidget(panel);
    setAccessibleName(tr("Tenants and workspaces"));
    // Usable at any window size: the tree and the "Ctrl+K" hint keep their room.
    panel->setMinimumWidth(qMax(fontMetrics().horizontalAdvance(tr("Ctrl+K: quick switch")) + 32,
                                fontMetrics().averageCharWidth() * 26));
    ui.filterEdit->addAction(Icons::themed(QStringLiteral("edit-find")),
                             QLineEdit::LeadingPosition);
    ui.filterEdit->setToolTip(tr("Type part of a name or slug"));

    m_model->setIcons(Icons::tenant(), Icons::workspace());
    ui.treeView->setModel(m_model);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(200);
    connect(ui.filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setFilter(ui.filterEdit->text()); });
    // Down from the filter goes to the list, as in a search box.
    ui.filterEdit->installEventFilter(this);
    connect(ui.filterEdit, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay.stop();
        m_model->setFilter(ui.filterEdit->text());
        ui.treeView->setFocus();
    });

    connect(ui.treeView, &QAbstractItemView::clicked, this, &SwitcherDock::switchTo);
    connect(ui.treeView, &QAbstractItemView::activated, this, &SwitcherDock::switchTo);
    connect(session->context(), &ActiveContext::contextChanged, this, &SwitcherDock::followContext);
    connect(session, &Session::refreshRequested, m_model, &SwitcherModel::refresh);
    connect(m_model, &SwitcherModel::loaded, this, [this] {
        m_error.clear();
        // Search results come with their matching workspaces: show them opened.
        if (!m_model->filter().isEmpty()) {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex tenant = m_model->index(row, 0);
                if (!m_model->canFetchMore(tenant) && m_model->rowCount(tenant) > 0)
                    ui.treeView->expand(tenant);
            }
        }
        followContext();
        updateHint();
    });
    connect(m_model, &SwitcherModel::loadingChanged, this, &SwitcherDock::updateHint);
    connect(m_model, &SwitcherModel::errorOccurred, this, [this](const QString &message) {
        m_error = message;
        updateHint();
    });
    updateHint();
}

void SwitcherDock::switchTo(const QModelIndex &index)
{
    if (index.isValid())
        m_session->context()->setCurrent(m_model->targetAt(index));
}

void SwitcherDock::followContext()
{
    ActiveContext *context = m_session->context();
    m_model->setActive(context->tenantId(), context->workspaceId());
    // Open the active tenant so that its workspace is visible, once loaded.
    const QModelIndex tenant = m_model->indexOf(context->tenantId());
    if (tenant.isValid() && !context->workspaceId().isEmpty() && !ui.treeView->isExpanded(tenant))
        ui.treeView->expand(tenant);
    const QModelIndex active = m_model->indexOf(context->tenantId(), context->workspaceId());
    if (active.isValid() && ui.treeView->currentIndex() != active) {
        ui.treeView->selectionModel()->setCurrentIndex(active, QItemSelectionModel::ClearAndSelect);
        ui.treeView->scrollTo(active);
    }
}

void SwitcherDock::updateHint()
{
    QString hint;
    if (!m_error.isEmpty())
        hint = tr("Could not load: %1").arg(m_error);
    else if (m_model->isLoading() && m_model->rowCount() == 0)
        hint = tr("Loading…");
    else if (m_model->rowCount() == 0 && !m_model->filter().isEmpty())
        hint = tr("Nothing you can see matches “%1”.").arg(m_model->filter());
    else if (m_model->rowCount() == 0 && !m_model->isLoading())
        hint = tr("No tenants you can see.");
    else if (m_model->isTruncated())
        hint = tr("Showing the first %1 matches; type more to narrow them down.")
                       .arg(SwitcherModel::SearchLimit);
    else
        hint = tr("Ctrl+K: quick switch");
    // The short hint stays on one line; sentences wrap.
    ui.hintLabel->setWordWrap(hint != tr("Ctrl+K: quick switch"));
    ui.hintLabel->setText(hint);
}

bool SwitcherDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui.filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        ui.treeView->setFocus();
        if (!ui.treeView->currentIndex().isValid())
            ui.treeView->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace tenantdesk
