#pragma once

#include "widgets/common/viewpage.h"

#include "ui_auditpage.h"

#include "core/audit/auditlog.h"

#include <functional>

class QCheckBox;
class QStringListModel;

namespace tenantdesk {

class ActionGate;
class Database;
struct Actor;
class AuditListModel;
class NoticeBar;
class PageScaffold;
class Session;

// The audit chain for global admins (AuditService refuses everyone else, and the page says
// so): newest first, loaded as the admin scrolls, filtered in SQL by event type, actor,
// target and dates; the details of the selected entry with its before and after; "Verify
// Chain" on a thread of its own with progress and Cancel, which reports the entries checked
// and the first broken one; export of the filtered entries as CSV or JSON lines.
class AuditPage : public ViewPage
{
    Q_OBJECT

public:
    explicit AuditPage(Session *session, QWidget *parent = nullptr);

    // The tab and menu title and the icon, known before the page is built (MainWindow builds
    // pages when first shown).
    static QString pageTitle() { return tr("Audit Log"); }
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    void focusSearch() override;
    QList<QAction *> pageActions() const override;

    AuditListModel *model() const { return m_model; }
    QTableView *tableView() const { return ui.tableView; }
    QTextBrowser *detailsView() const { return ui.detailsView; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    NoticeBar *resultBar() const { return m_result; }
    QAction *verifyAction() const { return m_verify; }
    QAction *exportAction() const { return m_export; }
    ActionGate *actionGate() const { return m_gate; }
    // "This tenant": only the entries of the active tenant, in one click.
    QCheckBox *thisTenantBox() const { return m_thisTenant; }

    // The filter on screen, as the model gets it.
    AuditFilter currentFilter() const;
    void setFilter(const AuditFilter &filter);

    // Verifies the whole chain off the GUI thread (with a progress dialog unless quiet).
    void verifyChain(bool quiet = false);
    // Writes the filtered entries to path (".jsonl" or ".json": JSON lines, else CSV).
    void exportTo(const QString &path, std::function<void(bool)> done = {});

Q_SIGNALS:
    void verified(const tenantdesk::ChainVerification &result);

private:
    void showDetails();
    void showVerification(const ChainVerification &result);
    void exportEntries();
    // Runs job on a connection and thread of its own (the views keep loading meanwhile),
    // with a cancellable progress dialog counting `unit`s; done runs here.
    template<typename T>
    void
    runLong(const QString &title, const QString &unit, bool quiet,
            std::function<T(const Database &, const Actor &, const std::function<bool(qint64)> &)>
                    job,
            std::function<void(T)> done);

    Ui::AuditPage ui;
    Session *m_session;
    AuditListModel *m_model;
    PageScaffold *m_scaffold;
    ActionGate *m_gate;
    NoticeBar *m_result;
    QAction *m_verify;
    QAction *m_export;
    bool m_longRunning = false;
    QCheckBox *m_thisTenant = nullptr;
    QStringListModel *m_actors = nullptr; // completion of the actor field
};

} // namespace tenantdesk
