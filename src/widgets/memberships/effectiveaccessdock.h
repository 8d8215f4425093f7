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
    // The panel's parts (built on first use).
    QLabel *tenantWideLabel() { return built().tenantWideLabel; }
    QLabel *resultLabel() { return built().resultLabel; }
    QComboBox *actionBox() { return built().actionCombo; }
    QComboBox *scopeBox() { return built().scopeCombo; }
    QComboBox *roleBox() { return built().roleCombo; }
    QPushButton *checkButton() { return built().checkButton; }
    // How wide the panel needs to be, before it exists.
    static constexpr int kMinimumWidth = 300;
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
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // A check has been answered (the result label shows it).
    void checked(bool allowed);

private:
    // The panel, built when the dock is first shown or asked for: at start-up the dock is
    // away (it only explains the membership list), so the window starts without it.
    void build();
    Ui::EffectiveAccessPanel &built()
    {
        build();
        return ui;
    }
    void showUser();
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
    bool m_built = false;
    quint64 m_serial = 0;      // tenant-wide role requests
    quint64 m_checkSerial = 0; // "can this user" requests
};

} // namespace tenantdesk
