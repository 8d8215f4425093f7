#pragma once

#include "ui_effectiveaccesspanel.h"

#include "core/access/accesspolicy.h"

#include <QDockWidget>

namespace tenantdesk {

class MembershipAccessModel;
class Session;

// Effective access of the user selected in the membership editor, in the active tenant:
// their role in each workspace and where it comes from (tenant-wide grant, workspace grant,
// or both: the higher wins), and "can this user do X here?", answered by AccessPolicy with
// the rule that decided and who could do it instead.
class EffectiveAccessDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit EffectiveAccessDock(Session *session, QWidget *parent = nullptr);

    MembershipAccessModel *model() const { return m_model; }
    QLabel *tenantWideLabel() const { return ui.tenantWideLabel; }
    QLabel *resultLabel() const { return ui.resultLabel; }
    QComboBox *actionBox() const { return ui.actionCombo; }
    QComboBox *scopeBox() const { return ui.scopeCombo; }
    QComboBox *roleBox() const { return ui.roleCombo; }
    QPushButton *checkButton() const { return ui.checkButton; }
    QString userId() const { return m_userId; }

    // Shows the access of this user (empty id: nobody).
    void setUser(const QString &userId, const QString &label);
    // Asks core about the chosen action, place and role.
    void check();
    // The dock has something to say only next to the membership list: hidden elsewhere,
    // shown there unless the admin closed it (View ▸ Effective Access, remembered).
    void setRelevant(bool relevant);
    static QString shownSetting() { return QStringLiteral("effectiveAccess/shown"); }

protected:
    // The dock's close button is the admin's choice too.
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // A check has been answered (the result label shows it).
    void checked(bool allowed);

private:
    void followContext();
    void reload();
    void fillScopes();
    void updateRoleBox();

    Ui::EffectiveAccessPanel ui;
    Session *m_session;
    MembershipAccessModel *m_model;
    QString m_tenantId;
    QString m_tenantName;
    QString m_userId;
    QString m_userLabel;
    quint64 m_serial = 0;      // tenant-wide role requests
    quint64 m_checkSerial = 0; // "can this user" requests
};

} // namespace tenantdesk
