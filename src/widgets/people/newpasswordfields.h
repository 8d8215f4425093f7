#pragma once

#include <QCoreApplication>

class QLabel;
class QLineEdit;

namespace tenantdesk {

// The "type it twice" password fields that the person and password dialogs share.
class NewPasswordFields
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::NewPasswordFields)

public:
    // Whether the typed password may be submitted: both fields equal and long enough. When
    // not, says why in problem and focuses the field to fix.
    static bool check(QLineEdit *password, QLineEdit *again, QLabel *problem);
};

} // namespace tenantdesk
