#pragma once

#include "ui_passworddialog.h"

#include <QDialog>

namespace tenantdesk {

// A new password, typed twice or generated: a global admin resetting someone's (Reset), or
// the signed-in user changing their own with the current one (Own). Like PersonDialog it
// emits submitted() and stays open until the caller closes it or shows core's refusal.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Reset, Own };

    PasswordDialog(Mode mode, const QString &username, QWidget *parent = nullptr);

    QString currentPassword() const { return ui.currentEdit->text(); }
    bool generatesPassword() const { return ui.generateRadio->isChecked(); }
    // The typed password (empty when generated).
    QString password() const;

    void showProblem(const QString &text);
    void setBusy(bool busy);

    void accept() override;

Q_SIGNALS:
    void submitted();

private:
    void updatePasswordFields();

    Ui::PasswordDialog ui;
    Mode m_mode;
};

} // namespace tenantdesk
