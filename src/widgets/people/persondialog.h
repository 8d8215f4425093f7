#pragma once

#include "ui_persondialog.h"

#include "core/access/actor.h"

#include <QDialog>

namespace tenantdesk {

struct User;

// A person's username, e-mail and (when created) global role and first password: typed
// twice or generated. The dialog checks what it can itself (both passwords alike, at least 8
// characters) and then emits submitted(); the caller runs the change and either closes it
// (done) or shows core's refusal in it (showProblem), so a taken name can be corrected in
// place.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Edit };

    explicit PersonDialog(Mode mode, QWidget *parent = nullptr);

    // Edit: the person as stored. Create: a name to start from (typed in Add Member); an
    // e-mail address goes to the e-mail field.
    void setPerson(const User &user);
    void setStartingName(const QString &text);

    QString username() const;
    QString email() const;
    GlobalRole role() const;
    bool generatesPassword() const;
    // The typed password (empty when generated).
    QString password() const;

    // Shows why the change was refused and lets the user correct it.
    void showProblem(const QString &text);
    // While the change runs, the dialog cannot be submitted twice.
    void setBusy(bool busy);

    void accept() override;

Q_SIGNALS:
    void submitted();

private:
    void updatePasswordFields();

    Ui::PersonDialog ui;
    Mode m_mode;
};

} // namespace tenantdesk
