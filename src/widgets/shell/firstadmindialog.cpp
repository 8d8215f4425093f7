#include "widgets/shell/firstadmindialog.h"

#include "widgets/common/icons.h"

#include "core/people/userdirectory.h"

#include <QApplication>
#include <QFileInfo>
#include <QPushButton>

namespace tenantdesk {

FirstAdminDialog::FirstAdminDialog(const QString &databasePath, CreateFn create, QWidget *parent)
    : QDialog(parent)
    , m_create(std::move(create))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("firstAdminDialog"));
    ui.iconLabel->setPixmap(Icons::application().pixmap(48, 48));
    ui.introLabel->setText(tr("<b>Welcome to TenantDesk</b><br>%1 has no users yet. Create the "
                              "first administrator: they can manage every tenant and apply "
                              "migrations. aistack uses the same account.")
                                   .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()));
    ui.problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create Administrator"));
    for (QLineEdit *edit : {ui.usernameEdit, ui.emailEdit, ui.passwordEdit, ui.confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &FirstAdminDialog::validate);
    validate();
}

void FirstAdminDialog::validate()
{
    QString problem;
    const bool filled = !ui.usernameEdit->text().isEmpty() && !ui.emailEdit->text().isEmpty()
            && !ui.passwordEdit->text().isEmpty();
    if (filled) {
        if (auto valid = validateNewUser(ui.usernameEdit->text().trimmed(),
                                         ui.emailEdit->text().trimmed(), ui.passwordEdit->text());
            !valid)
            problem = valid.error().message;
        else if (ui.confirmEdit->text() != ui.passwordEdit->text())
            problem = ui.confirmEdit->text().isEmpty() ? QString() : tr("The passwords differ.");
    }
    ui.problemLabel->setText(problem);
    ui.problemLabel->setVisible(!problem.isEmpty());
    ui.buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(filled && problem.isEmpty()
                         && ui.confirmEdit->text() == ui.passwordEdit->text());
}

void FirstAdminDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto user = m_create(ui.usernameEdit->text().trimmed(), ui.emailEdit->text().trimmed(),
                         ui.passwordEdit->text());
    QApplication::restoreOverrideCursor();
    if (!user) {
        ui.problemLabel->setText(user.error().message);
        ui.problemLabel->setVisible(true);
        return;
    }
    ui.passwordEdit->clear();
    ui.confirmEdit->clear();
    m_user = *user;
    QDialog::accept();
}

} // namespace tenantdesk
