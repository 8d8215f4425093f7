#include "widgets/people/persondialog.h"
#include "widgets/people/newpasswordfields.h"

#include "core/people/user.h"

#include <QPushButton>

namespace tenantdesk {

PersonDialog::PersonDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    ui.setupUi(this);
    setObjectName(mode == Mode::Create ? QStringLiteral("newPersonDialog")
                                       : QStringLiteral("editPersonDialog"));
    for (GlobalRole role : {GlobalRole::Developer, GlobalRole::Viewer, GlobalRole::Admin})
        ui.roleCombo->addItem(globalRoleName(role), int(role));
    ui.roleCombo->setToolTip(tr("admin: may do everything, including managing people. "
                                "developer and viewer: only what their tenant roles allow."));
    if (mode == Mode::Create) {
        setWindowTitle(tr("New Person"));
        ui.introLabel->setText(
                tr("A new aistack user. They sign in to aistack and to TenantDesk with this "
                   "username or e-mail and the password; give them tenant roles afterwards."));
        ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    } else {
        setWindowTitle(tr("Edit Person"));
        ui.introLabel->setText(tr("Change the username or e-mail address. aistack signs in by "
                                  "the exact e-mail address, so tell the person."));
        ui.roleLabel->hide();
        ui.roleCombo->hide();
        ui.passwordGroup->hide();
        ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    }
    connect(ui.generateRadio, &QRadioButton::toggled, this, &PersonDialog::updatePasswordFields);
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePasswordFields();
}

void PersonDialog::setPerson(const User &user)
{
    ui.usernameEdit->setText(user.username);
    ui.emailEdit->setText(user.email);
    const int role = ui.roleCombo->findData(int(user.globalRole));
    if (role >= 0)
        ui.roleCombo->setCurrentIndex(role);
}

void PersonDialog::setStartingName(const QString &text)
{
    if (text.contains(QLatin1Char('@'))) {
        ui.emailEdit->setText(text);
        ui.usernameEdit->setText(text.section(QLatin1Char('@'), 0, 0));
    } else {
        ui.usernameEdit->setText(text);
    }
}

QString PersonDialog::username() const
{
    return ui.usernameEdit->text().trimmed();
}

QString PersonDialog::email() const
{
    return ui.emailEdit->text().trimmed();
}

GlobalRole PersonDialog::role() const
{
    return GlobalRole(ui.roleCombo->currentData().toInt());
}

bool PersonDialog::generatesPassword() const
{
    return m_mode == Mode::Create && ui.generateRadio->isChecked();
}

QString PersonDialog::password() const
{
    return generatesPassword() ? QString() : ui.passwordEdit->text();
}

void PersonDialog::showProblem(const QString &text)
{
    ui.problemLabel->setText(text);
    setBusy(false);
}

void PersonDialog::setBusy(bool busy)
{
    ui.buttonBox->setEnabled(!busy);
}

void PersonDialog::accept()
{
    if (username().isEmpty() || email().isEmpty()) {
        ui.problemLabel->setText(tr("Give a username and an e-mail address."));
        return;
    }
    if (m_mode == Mode::Create && !generatesPassword()
        && !NewPasswordFields::check(ui.passwordEdit, ui.againEdit, ui.problemLabel))
        return;
    ui.problemLabel->clear();
    setBusy(true);
    Q_EMIT submitted();
}

void PersonDialog::updatePasswordFields()
{
    const bool typed = !ui.generateRadio->isChecked();
    for (QWidget *field :
         {static_cast<QWidget *>(ui.passwordEdit), static_cast<QWidget *>(ui.againEdit),
          static_cast<QWidget *>(ui.passwordLabel), static_cast<QWidget *>(ui.againLabel)})
        field->setEnabled(typed);
}

} // namespace tenantdesk
