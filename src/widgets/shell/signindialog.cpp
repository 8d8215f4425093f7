#include "widgets/shell/signindialog.h"

#include "widgets/common/icons.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace tenantdesk {

SignInDialog::SignInDialog(const QString &databasePath, SignInFn signIn, QWidget *parent)
    : QDialog(parent)
    , m_signIn(std::move(signIn))
{
    ui.setupUi(this);
    setObjectName(QStringLiteral("signInDialog"));
    ui.iconLabel->setPixmap(Icons::application().pixmap(48, 48));
    ui.introLabel->setText(tr("<b>Sign in to %1</b><br>Use your aistack account. Your rights in "
                              "this database apply, and what you change is recorded in its "
                              "audit log.")
                                   .arg(QFileInfo(databasePath).fileName().toHtmlEscaped()));
    ui.introLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    ui.problemLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    ui.problemLabel->hide();
    ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(ui.loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(ui.passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    updateButtons();
}

void SignInDialog::setLogin(const QString &login)
{
    ui.loginEdit->setText(login);
    if (!login.isEmpty())
        ui.passwordEdit->setFocus();
}

void SignInDialog::setProblem(const QString &problem)
{
    ui.problemLabel->setText(problem);
    ui.problemLabel->setVisible(!problem.isEmpty());
}

void SignInDialog::updateButtons()
{
    ui.buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!ui.loginEdit->text().trimmed().isEmpty()
                         && !ui.passwordEdit->text().isEmpty());
}

void SignInDialog::accept()
{
    // bcrypt takes a moment on purpose (the window is built meanwhile).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto actor = m_signIn(ui.loginEdit->text().trimmed(), ui.passwordEdit->text());
    QApplication::restoreOverrideCursor();
    ui.passwordEdit->clear();
    if (!actor) {
        setProblem(actor.error().message);
        ui.passwordEdit->setFocus();
        return;
    }
    m_actor = *actor;
    QDialog::accept();
}

} // namespace tenantdesk
