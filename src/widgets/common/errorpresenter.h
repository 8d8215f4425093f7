#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace tenantdesk::ErrorPresenter {

// Shows a core error in a message box (widgets are the only layer that shows them). A
// retryable error (the database was busy) says so and offers Retry, which calls retry.
// `title` names what failed, e.g. "Could not rename the tenant". The box is window-modal
// and returns at once (no event loop of its own: callers are often result callbacks); it
// deletes itself when closed, and goes with parent.
QMessageBox *show(QWidget *parent, const QString &title, const Error &error,
                  const std::function<void()> &retry = {});

} // namespace tenantdesk::ErrorPresenter
