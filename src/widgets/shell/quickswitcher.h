#pragma once

#include "ui_quickswitcher.h"

#include "core/tenancy/contextindex.h"
#include "core/tenancy/contextsearch.h"

#include <QFrame>
#include <QIcon>
#include <QList>
#include <QTimer>

#include <memory>

class QStandardItemModel;

namespace tenantdesk {

class Session;

// The Ctrl+K popup: type part of a tenant's or workspace's name or slug, move with the
// arrows, Enter switches. The first popup builds core's ContextIndex (every name and slug
// the user may see) on the worker thread; from then on each keystroke is answered from it on
// the spot, without a delay or a query (about a millisecond at 10,000 tenants and 100,000
// workspaces). Until it is built, keystrokes ask ContextSearch on the worker, after a short
// delay, and answers to older keystrokes are dropped. When the session refreshes (another
// writer committed, or this user changed something), the index is marked stale and built
// again at the next popup; the stale one answers meanwhile.
class QuickSwitcher : public QFrame
{
    Q_OBJECT

public:
    static constexpr int Limit = 50;

    explicit QuickSwitcher(Session *session, QWidget *parent = nullptr);

    // Shows the popup centred near the top of `anchor` with an empty search.
    void popup(QWidget *anchor);

    QLineEdit *searchField() const { return ui.searchEdit; }
    // True once keystrokes are answered from the in-memory index, and it is not being rebuilt.
    bool isIndexReady() const { return m_index && !m_indexing; }
    QListView *resultsView() const { return ui.resultsView; }
    // The matches shown now.
    const QList<SwitchTarget> &results() const { return m_results; }

Q_SIGNALS:
    // A search has been answered and shown.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void showFound(const Result<QList<SwitchTarget>> &found);
    void buildIndex();
    void showResults(const QList<SwitchTarget> &results);
    void moveCurrent(int delta);
    void accept();

    Ui::QuickSwitcher ui;
    Session *m_session;
    QStandardItemModel *m_items;
    QList<SwitchTarget> m_results;
    // Made once: a themed icon is a theme lookup and four resource probes.
    QIcon m_tenantIcon;
    QIcon m_workspaceIcon;
    QTimer m_delay;
    quint64 m_serial = 0;
    std::shared_ptr<const ContextIndex> m_index;
    bool m_indexStale = true;
    bool m_indexing = false;
};

} // namespace tenantdesk
