#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tenantdesk {

namespace {

// Loads prefix_LANGUAGE.qm from dir, trying the locale's UI languages in order (LANGUAGE
// before LC_ALL, LC_MESSAGES and LANG on Linux), and installs it for the application's life.
bool install(QCoreApplication &app, const QLocale &locale, const QString &prefix,
             const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, prefix, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own texts (standard buttons, QCommandLineParser's help) are optional: Debian ships
    // them in qt6-translations-l10n, which the package recommends.
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (install(app, locale, QStringLiteral("tenantdesk"), QStringLiteral(":/i18n")))
        return true;
    // No translation for this language (or the C locale): the texts stay English, with the
    // English plural forms ("1 person", "25 people") of tenantdesk_en.
    install(app, QLocale(QLocale::English), QStringLiteral("tenantdesk"), QStringLiteral(":/i18n"));
    return false;
}

} // namespace tenantdesk
