#pragma once

#include "ui_addmemberdialog.h"

#include "core/access/effectiveaccess.h"

#include <QDialog>
#include <QTimer>

class QCompleter;

namespace tenantdesk {

class Session;
class UserListModel;

// Adds a member to a tenant: a user picker that completes over all users from the first
// typed letters (UserListModel's prefix filter is a range scan in SQL, so it stays instant
// at 100,000 users and never loads them all), the scope (tenant-wide or a workspace) and
// the role. Only scopes and roles the signed-in user may grant are offered; the others say
// why (core's answer). The change itself is the caller's (through MembershipHistory).
class AddMemberDialog : public QDialog
{
    Q_OBJECT

public:
    AddMemberDialog(Session *session, const QString &tenantId, const QString &tenantName,
                    const QString &defaultWorkspaceId, QWidget *parent = nullptr);

    // What was chosen (after accept).
    QString userId() const { return m_userId; }
    QString username() const { return m_username; }
    QString workspaceId() const;
    QString scopeText() const;
    TenantRole role() const;

    QLineEdit *userField() const { return ui.userEdit; }
    QCompleter *completer() const { return m_completer; }
    QComboBox *scopeBox() const { return ui.scopeCombo; }
    QComboBox *roleBox() const { return ui.roleCombo; }
    // "Create a new person…": shown to global admins when the typed name matches nobody.
    QPushButton *createPersonButton() const { return ui.createPersonButton; }
    // The scopes and their rights have arrived from the worker.
    bool isReady() const { return m_ready; }

    void accept() override;

Q_SIGNALS:
    void ready();

private:
    void loadScopes(const QString &defaultWorkspaceId);
    void chooseUser(const QModelIndex &index);
    void updateRoles();
    void updateOk();
    // Offers to create the typed person when nobody matches and the user may create people.
    void offerNewPerson(bool nobodyMatches);
    void createPerson();

    Ui::AddMemberDialog ui;
    Session *m_session;
    QString m_tenantId;
    UserListModel *m_users;
    QCompleter *m_completer;
    QTimer m_typingDelay;
    QList<GrantRights> m_rights; // by scope combo index
    QString m_userId;
    QString m_username;
    bool m_ready = false;
};

} // namespace tenantdesk
