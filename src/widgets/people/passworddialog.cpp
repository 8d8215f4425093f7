#include "widgets/people/passworddialog.h"
#include "widgets/people/newpasswordfields.h"

#include <QPushButton>

namespace tenantdesk {

PasswordDialog::PasswordDialog(Mode mode, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    ui.setupUi(this);
    if (mode == Mode::Reset) {
        setObjectName(QStringLiteral("resetPasswordDialog"));
        setWindowTitle(tr("Reset Password"));
        ui.introLabel->setText(
                tr("A new password for %1. Their aistack sessions are signed out; a locked "
                   "account stays locked.")
                        .arg(username.toHtmlEscaped()));
        ui.currentLabel->hide();
        ui.currentEdit->hide();
    } else {
        setObjectName(QStringLiteral("changePasswordDialog"));
        setWindowTitle(tr("Change My Password"));
        ui.introLabel->setText(tr("A new password for your account %1. Your aistack sessions "
                                  "are signed out.")
                                       .arg(username.toHtmlEscaped()));
    }
    ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set Password"));
    connect(ui.generateRadio, &QRadioButton::toggled, this, &PasswordDialog::updatePasswordFields);
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePasswordFields();
}

QString PasswordDialog::password() const
{
    return generatesPassword() ? QString() : ui.passwordEdit->text();
}

void PasswordDialog::showProblem(const QString &text)
{
    ui.problemLabel->setText(text);
    setBusy(false);
}

void PasswordDialog::setBusy(bool busy)
{
    ui.buttonBox->setEnabled(!busy);
}

void PasswordDialog::accept()
{
    if (m_mode == Mode::Own && currentPassword().isEmpty()) {
        ui.problemLabel->setText(tr("Type your current password."));
        ui.currentEdit->setFocus();
        return;
    }
    if (!generatesPassword()
        && !NewPasswordFields::check(ui.passwordEdit, ui.againEdit, ui.problemLabel))
        return;
    ui.problemLabel->clear();
    setBusy(true);
    Q_EMIT submitted();
}

void PasswordDialog::updatePasswordFields()
{
    const bool typed = !ui.generateRadio->isChecked();
    for (QWidget *field :
         {static_cast<QWidget *>(ui.passwordEdit), static_cast<QWidget *>(ui.againEdit),
          static_cast<QWidget *>(ui.passwordLabel), static_cast<QWidget *>(ui.againLabel)})
        field->setEnabled(typed);
}

} // namespace tenantdesk
