#pragma once

#include "core/people/user.h"

#include <QString>

#include <functional>

class QWidget;

namespace tenantdesk {

class Session;

// The People page's dialogs and the writes behind them, for every place that offers them
// (the People page, Add Member's "Create a new person…"). Each opens its dialog with open()
// (no event loop of its own), runs the change on the worker through UserService, keeps the
// dialog open with core's refusal when there is one, and refreshes the session's views when
// the change is done.
namespace PersonFlows {

// New Person…: created gets the new user once it is stored. A generated password is shown
// once, in a message box, and kept nowhere.
void createPerson(Session *session, QWidget *parent, const QString &startingName,
                  std::function<void(const User &)> created = {});
// Edit…: a new username and/or e-mail address.
void editPerson(Session *session, QWidget *parent, const User &user);
// Reset Password… (a global admin for someone else).
void resetPassword(Session *session, QWidget *parent, const User &user);
// Change My Password… (anyone, with the current password).
void changeOwnPassword(Session *session, QWidget *parent);

// Shows a generated password once, selectable, with what to do with it.
void showGeneratedPassword(QWidget *parent, const QString &username, const QString &password);

} // namespace PersonFlows
} // namespace tenantdesk
