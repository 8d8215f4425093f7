// Built into every test (tenantdesk_add_test): the tests see the texts the programs show, which
// load their translation at start (installTranslations). Under CTest that is the C locale, so
// English with its plural forms ("1 person", "25 people").

#include "core/translations.h"

#include <QCoreApplication>

namespace {

void installTestTranslations()
{
    tenantdesk::installTranslations(*QCoreApplication::instance());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTestTranslations)
