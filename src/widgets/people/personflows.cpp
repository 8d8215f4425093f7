#include "widgets/people/personflows.h"

#include "models/session/session.h"
#include "widgets/people/passworddialog.h"
#include "widgets/people/persondialog.h"

#include "models/jobs/databaseworker.h"

#include "core/people/userservice.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

namespace tenantdesk::PersonFlows {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::PersonFlows::Strings)
};

// Runs job for an open dialog: on success the dialog closes and done runs; on a refusal the
// dialog shows it and stays open. A refusal also makes the session read the account again
// (the signed-in user may have been demoted, locked or deleted meanwhile).
template<typename Dialog, typename T>
void submit(Session *session, Dialog *dialog,
            std::function<Result<T>(const Database &, const Actor &)> job,
            std::function<void(const T &)> done)
{
    session->worker()->run<Result<T>>(dialog, job, [session, dialog, done](Result<T> result) {
        if (!result) {
            if (result.error().code == ErrorCode::Denied)
                session->checkAccount();
            dialog->showProblem(result.error().message);
            return;
        }
        dialog->done(QDialog::Accepted);
        if (done)
            done(result.value());
        session->refresh();
    });
}

} // namespace

void createPerson(Session *session, QWidget *parent, const QString &startingName,
                  std::function<void(const User &)> created)
{
    auto *dialog = new PersonDialog(PersonDialog::Mode::Create, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStartingName(startingName);
    QObject::connect(dialog, &PersonDialog::submitted, dialog, [session, dialog, parent, created] {
        NewUser user;
        user.username = dialog->username();
        user.email = dialog->email();
        user.role = dialog->role();
        const bool generated = dialog->generatesPassword();
        user.password = generated ? UserService::generatePassword() : dialog->password();
        const QPointer<QWidget> owner(parent);
        submit<PersonDialog, User>(
                session, dialog,
                [user](const Database &db, const Actor &actor) {
                    return UserService(db, actor).create(user);
                },
                [session, owner, created, generated, password = user.password](const User &made) {
                    session->showStatus(Strings::tr("Created %1.").arg(made.username));
                    if (generated && owner)
                        showGeneratedPassword(owner, made.username, password);
                    if (created)
                        created(made);
                });
    });
    dialog->open();
}

void editPerson(Session *session, QWidget *parent, const User &user)
{
    auto *dialog = new PersonDialog(PersonDialog::Mode::Edit, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPerson(user);
    QObject::connect(dialog, &PersonDialog::submitted, dialog, [session, dialog, user] {
        const QString username
                = dialog->username() == user.username ? QString() : dialog->username();
        const QString email = dialog->email() == user.email ? QString() : dialog->email();
        if (username.isEmpty() && email.isEmpty()) {
            dialog->done(QDialog::Accepted);
            return;
        }
        submit<PersonDialog, User>(
                session, dialog,
                [id = user.id, username, email](const Database &db, const Actor &actor) {
                    return UserService(db, actor).rename(id, username, email);
                },
                [session](const User &renamed) {
                    session->showStatus(
                            Strings::tr("%1 is now %2.").arg(renamed.username, renamed.email));
                });
    });
    dialog->open();
}

void resetPassword(Session *session, QWidget *parent, const User &user)
{
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::Reset, user.username, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &PasswordDialog::submitted, dialog, [session, dialog, parent, user] {
        const bool generated = dialog->generatesPassword();
        const QString password = generated ? UserService::generatePassword() : dialog->password();
        const QPointer<QWidget> owner(parent);
        submit<PasswordDialog, User>(
                session, dialog,
                [id = user.id, password](const Database &db, const Actor &actor) {
                    return UserService(db, actor).resetPassword(id, password);
                },
                [session, owner, generated, password](const User &changed) {
                    session->showStatus(
                            Strings::tr("Set a new password for %1.").arg(changed.username));
                    if (generated && owner)
                        showGeneratedPassword(owner, changed.username, password);
                });
    });
    dialog->open();
}

void changeOwnPassword(Session *session, QWidget *parent)
{
    auto *dialog = new PasswordDialog(PasswordDialog::Mode::Own, session->actor().username, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &PasswordDialog::submitted, dialog, [session, dialog, parent] {
        const bool generated = dialog->generatesPassword();
        const QString password = generated ? UserService::generatePassword() : dialog->password();
        const QString current = dialog->currentPassword();
        const QPointer<QWidget> owner(parent);
        submit<PasswordDialog, bool>(
                session, dialog,
                [current, password](const Database &db, const Actor &actor) -> Result<bool> {
                    auto changed = UserService(db, actor).changeOwnPassword(current, password);
                    if (!changed)
                        return changed.error();
                    return true;
                },
                [session, owner, generated, password](const bool &) {
                    session->showStatus(Strings::tr("Changed your password."));
                    if (generated && owner)
                        showGeneratedPassword(owner, session->actor().username, password);
                });
    });
    dialog->open();
}

void showGeneratedPassword(QWidget *parent, const QString &username, const QString &password)
{
    auto *box = new QMessageBox(QMessageBox::Information, Strings::tr("New Password"),
                                Strings::tr("The password of %1 is shown only now and is stored "
                                            "nowhere in clear. Copy it and "
                                            "hand it over safely:<p><b><tt>%2</tt></b></p>")
                                        .arg(username.toHtmlEscaped(), password.toHtmlEscaped()),
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("generatedPasswordBox"));
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace tenantdesk::PersonFlows
