#pragma once

#include "ui_quickswitcher.h"

#include "core/tenancy/contextsearch.h"

#include <QFrame>
#include <QList>
#include <QTimer>

class QStandardItemModel;

namespace tenantdesk {

class Session;

// The Ctrl+K popup: type part of a tenant's or workspace's name or slug, move with the
// arrows, Enter switches. Each keystroke asks core's ContextSearch on the worker thread for
// at most Limit matches (filtered in SQL), so it stays instant on 10,000 tenants and
// 100,000 workspaces; answers to older keystrokes are dropped.
class QuickSwitcher : public QFrame
{
    Q_OBJECT

public:
    static constexpr int Limit = 50;

    explicit QuickSwitcher(Session *session, QWidget *parent = nullptr);

    // Shows the popup centred near the top of `anchor` with an empty search.
    void popup(QWidget *anchor);

    QLineEdit *searchField() const { return ui.searchEdit; }
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
    void showResults(const QList<SwitchTarget> &results);
    void moveCurrent(int delta);
    void accept();

    Ui::QuickSwitcher ui;
    Session *m_session;
    QStandardItemModel *m_items;
    QList<SwitchTarget> m_results;
    QTimer m_delay;
    quint64 m_serial = 0;
};

} // namespace tenantdesk
