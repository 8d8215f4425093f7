#pragma once

#include "widgets/common/viewpage.h"

#include "ui_peoplepage.h"

#include "core/people/user.h"

#include <optional>

class QActionGroup;
class QMenu;

namespace tenantdesk {

class ActionGate;
class PageScaffold;
class Session;
class UserListModel;

// People: aistack's users as the signed-in user may see them (global admins: everyone),
// searched by username or e-mail prefix in SQL and loaded as the list scrolls (fast at
// 100,000 users). The details say where the selected person has access, in every tenant the
// viewer may see. Global admins create, edit, lock, unlock, reset, re-role and delete people;
// for everyone else those actions are disabled with the reason. Anyone may change their own
// password.
class PeoplePage : public ViewPage
{
    Q_OBJECT

public:
    explicit PeoplePage(Session *session, QWidget *parent = nullptr);

    // The tab and menu title and the icon, known before the page is built (MainWindow builds
    // pages when first shown).
    static QString pageTitle() { return tr("People"); }
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    void focusSearch() override;
    QList<QAction *> pageActions() const override;

    UserListModel *model() const { return m_model; }
    QTableView *tableView() const { return ui.tableView; }
    QTextBrowser *detailsView() const { return ui.detailsView; }
    QLineEdit *searchField() const { return ui.searchEdit; }
    QLabel *statusLabel() const { return ui.statusLabel; }
    ActionGate *actionGate() const { return m_gate; }
    QAction *createAction() const { return m_create; }
    QAction *editAction() const { return m_edit; }
    QAction *roleAction() const { return m_role; }
    QAction *resetAction() const { return m_reset; }
    QAction *lockAction() const { return m_lock; }
    QAction *unlockAction() const { return m_unlock; }
    QAction *deleteAction() const { return m_delete; }
    QAction *ownPasswordAction() const { return m_ownPassword; }
    // The action of the Global Role menu that sets role.
    QAction *roleChoice(GlobalRole role) const;

    // The selected person, if any.
    std::optional<User> currentUser() const;
    // Selects the person with id once they are loaded.
    void selectUser(const QString &id);

Q_SIGNALS:
    // The details of the selected person are on screen.
    void detailsShown();

private:
    void setUpActions();
    void showDetails();
    void setRole(GlobalRole role);
    void lockSelected(bool lock);
    void deleteSelected();

    Ui::PeoplePage ui;
    Session *m_session;
    UserListModel *m_model;
    PageScaffold *m_scaffold;
    ActionGate *m_gate;
    QAction *m_create = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_role = nullptr;
    QMenu *m_roleMenu = nullptr;
    QActionGroup *m_roleGroup = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_unlock = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_ownPassword = nullptr;
    QString m_pendingSelection;
    quint64 m_detailsSerial = 0;
};

} // namespace tenantdesk
