#pragma once

#include <QLocale>

class QCoreApplication;

namespace tenantdesk {

// Loads the translations for `locale` into `app`: TenantDesk's own (the resource :/i18n,
// compiled from translations/tenantdesk_*.ts into the core library, so tenantdesk and
// tenantctl share it) and Qt's (qtbase_*, from Qt's translations folder). The source texts
// are English: for the C locale or a language without a translation nothing of TenantDesk's
// is loaded. Returns whether TenantDesk's translation was found. Both programs call it before
// they parse their command line (docs/translations.md).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace tenantdesk
