#pragma once

#include "ui_firstadmindialog.h"

#include "core/people/user.h"
#include "core/result.h"

#include <QDialog>

#include <functional>

namespace tenantdesk {

// Creates the first global administrator of a database without users (core's
// createFirstAdmin). Checks the form as the admin types; errors from core (a taken name,
// a locked file) are shown in the dialog, which stays open.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    using CreateFn = std::function<Result<User>(const QString &username, const QString &email,
                                                const QString &password)>;

    FirstAdminDialog(const QString &databasePath, CreateFn create, QWidget *parent = nullptr);

    // The created admin, once accepted.
    const User &user() const { return m_user; }

    void accept() override;

private:
    void validate();

    Ui::FirstAdminDialog ui;
    CreateFn m_create;
    User m_user;
};

} // namespace tenantdesk
