#pragma once

#include "ui_signindialog.h"

#include "core/access/actor.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

namespace tenantdesk {

// Asks for a user name (or e-mail) and password and signs in through `signIn` (core's
// Authenticator). A failure is shown in the dialog, the password is cleared, and the admin
// tries again; the dialog only closes on success or Cancel. The password is never kept.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    using SignInFn = std::function<Result<Actor>(const QString &login, const QString &password)>;

    SignInDialog(const QString &databasePath, SignInFn signIn, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    // Shown before the first attempt, e.g. when $TENANTDESK_PASSWORD did not work.
    void setProblem(const QString &problem);
    // The signed-in user, once accepted.
    const Actor &actor() const { return m_actor; }

    void accept() override;

private:
    void updateButtons();

    Ui::SignInDialog ui;
    SignInFn m_signIn;
    Actor m_actor;
};

} // namespace tenantdesk
