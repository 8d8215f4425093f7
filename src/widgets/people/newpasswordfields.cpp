#include "widgets/people/newpasswordfields.h"

#include <QLabel>
#include <QLineEdit>

namespace tenantdesk {

bool NewPasswordFields::check(QLineEdit *password, QLineEdit *again, QLabel *problem)
{
    if (password->text() != again->text()) {
        problem->setText(tr("The two passwords differ."));
        again->setFocus();
        return false;
    }
    // aistack's own minimum; core refuses shorter ones too, this only says so before asking.
    if (password->text().size() < 8) {
        problem->setText(tr("A password needs at least 8 characters."));
        password->setFocus();
        return false;
    }
    return true;
}

} // namespace tenantdesk
