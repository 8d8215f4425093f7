#include "widgets/shell/quickswitcher.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"

#include "models/context/activecontext.h"
#include "models/jobs/databaseworker.h"
#include "models/lists/modelroles.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace tenantdesk {

namespace {

// Draws a row as usual and its slug path dimmed on the right, so that two tenants with
// similar names are told apart at a glance.
class SwitchTargetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString slug = index.data(ModelRoles::SlugRole).toString();
        if (slug.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        colour.setAlphaF(0.6);
        painter->setPen(colour);
        const QRect area = option.rect.adjusted(0, 0, -8, 0);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(slug, Qt::ElideMiddle, area.width() / 3));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

QuickSwitcher::QuickSwitcher(Session *session, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_session(session)
    , m_items(new QStandardItemModel(this))
    , m_tenantIcon(Icons::tenant())
    , m_workspaceIcon(Icons::workspace())
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("quickSwitcher"));
    setAccessibleName(tr("Quick switcher"));
    // At most Limit rows, from a bounded query: a small item model is the right tool here.
    ui.resultsView->setModel(m_items);
    ui.resultsView->setItemDelegate(new SwitchTargetDelegate(ui.resultsView));
    ui.searchEdit->addAction(Icons::themed(QStringLiteral("go-jump")), QLineEdit::LeadingPosition);
    ui.searchEdit->installEventFilter(this);

    m_delay.setSingleShot(true);
    m_delay.setInterval(60);
    connect(ui.searchEdit, &QLineEdit::textChanged, this, [this] {
        if (m_index)
            search(); // from memory: no reason to wait for the next key
        else
            m_delay.start();
    });
    connect(m_session, &Session::refreshRequested, this, [this] { m_indexStale = true; });
    connect(&m_delay, &QTimer::timeout, this, &QuickSwitcher::search);
    connect(ui.searchEdit, &QLineEdit::returnPressed, this, &QuickSwitcher::accept);
    connect(ui.resultsView, &QAbstractItemView::clicked, this, &QuickSwitcher::accept);
}

void QuickSwitcher::popup(QWidget *anchor)
{
    const QRect area = anchor->rect();
    const int width = std::min(560, std::max(360, area.width() - 80));
    resize(width, 380);
    move(anchor->mapToGlobal(QPoint((area.width() - width) / 2, 60)));
    ui.searchEdit->clear();
    m_delay.stop();
    search();
    if (m_indexStale)
        buildIndex();
    show();
    activateWindow();
    ui.searchEdit->setFocus(Qt::PopupFocusReason);
}

void QuickSwitcher::search()
{
    const quint64 serial = ++m_serial;
    const QString text = ui.searchEdit->text().trimmed();
    if (m_index) {
        showFound(m_index->search(text, Limit + 1));
        return;
    }
    ui.hintLabel->setText(tr("Searching…"));
    m_session->worker()->run<Result<QList<SwitchTarget>>>(
            this,
            [text](const Database &db, const Actor &actor) {
                return ContextSearch(db, actor).search(text, Limit + 1);
            },
            [this, serial](Result<QList<SwitchTarget>> found) {
                if (serial == m_serial) // else an older keystroke's answer
                    showFound(found);
            });
}

void QuickSwitcher::showFound(const Result<QList<SwitchTarget>> &found)
{
    if (!found) {
        showResults({});
        ui.hintLabel->setText(tr("Search failed: %1").arg(found.error().message));
        return;
    }
    const bool more = found->size() > Limit;
    showResults(found->mid(0, Limit));
    if (found->isEmpty())
        ui.hintLabel->setText(tr("Nothing you can see matches."));
    else if (more)
        ui.hintLabel->setText(tr("First %1 matches; type more to narrow. ↑↓ to choose, "
                                 "Enter to switch, Esc to close.")
                                      .arg(Limit));
    else
        ui.hintLabel->setText(tr("↑↓ to choose, Enter to switch, Esc to close."));
}

void QuickSwitcher::buildIndex()
{
    if (m_indexing)
        return;
    m_indexing = true;
    m_indexStale = false;
    m_session->worker()->run<Result<ContextIndex>>(
            this,
            [](const Database &db, const Actor &actor) { return ContextIndex::build(db, actor); },
            [this](Result<ContextIndex> built) {
                m_indexing = false;
                if (built) // else keystrokes keep asking SQL; the next popup tries again
                    m_index = std::make_shared<const ContextIndex>(std::move(built).value());
                else
                    m_indexStale = true;
            });
}

void QuickSwitcher::showResults(const QList<SwitchTarget> &results)
{
    m_results = results;
    m_items->clear();
    const QString active = m_session->context()->tenantId() + QLatin1Char('/')
            + m_session->context()->workspaceId();
    QList<QStandardItem *> items;
    items.reserve(results.size());
    for (const SwitchTarget &target : results) {
        const bool workspace = !target.workspaceId.isEmpty();
        auto *item = new QStandardItem(
                workspace ? m_workspaceIcon : m_tenantIcon,
                workspace ? tr("%1 / %2").arg(target.tenantName, target.workspaceName)
                          : target.tenantName);
        const QString slugs = workspace
                ? target.tenantSlug + QLatin1Char('/') + target.workspaceSlug
                : target.tenantSlug;
        item->setToolTip(slugs);
        item->setData(slugs, ModelRoles::SlugRole);
        item->setData(workspace ? tr("Workspace %1 of tenant %2 (%3)")
                                          .arg(target.workspaceName, target.tenantName, slugs)
                                : tr("Tenant %1 (%2)").arg(target.tenantName, slugs),
                      Qt::AccessibleTextRole);
        if (target.tenantId + QLatin1Char('/') + target.workspaceId == active) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        items.append(item);
    }
    m_items->invisibleRootItem()->appendRows(items); // one insertion, one relayout
    if (!results.isEmpty())
        ui.resultsView->setCurrentIndex(m_items->index(0, 0));
    Q_EMIT resultsShown();
}

void QuickSwitcher::moveCurrent(int delta)
{
    const int rows = m_items->rowCount();
    if (rows == 0)
        return;
    const int current
            = ui.resultsView->currentIndex().isValid() ? ui.resultsView->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    ui.resultsView->setCurrentIndex(m_items->index(next, 0));
}

void QuickSwitcher::accept()
{
    // Enter right after typing: answer the latest text first.
    if (m_delay.isActive()) {
        m_delay.stop();
        search();
        connect(this, &QuickSwitcher::resultsShown, this, &QuickSwitcher::accept,
                Qt::SingleShotConnection);
        return;
    }
    const QModelIndex current = ui.resultsView->currentIndex();
    if (!current.isValid() || current.row() >= m_results.size())
        return;
    m_session->context()->setCurrent(m_results.at(current.row()));
    hide();
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui.searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(10);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-10);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickSwitcher::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace tenantdesk
