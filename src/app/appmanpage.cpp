#include "app/appmanpage.h"

#include "app/startup.h"

#include "core/manpage.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace tenantdesk {

namespace {

struct AppManPage
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::AppManPage)
};

} // namespace

QString tenantdeskManPage(const QString &version, const QString &date)
{
    ManPage page(QStringLiteral("tenantdesk"), QStringLiteral("1"), date,
                 QStringLiteral("TenantDesk %1").arg(version), AppManPage::tr("User Commands"));
    page.name(QStringLiteral("tenantdesk"),
              AppManPage::tr(
                      "administer the tenants, workspaces and memberships of an aistack database"));

    QStringList synopsis{QStringLiteral("tenantdesk")};
    for (const QCommandLineOption &option : StartupOptions::options()) {
        QString word = QStringLiteral("--") + option.names().constFirst();
        if (!option.valueName().isEmpty())
            word += QLatin1Char(' ') + option.valueName().toUpper();
        synopsis << QLatin1Char('[') + word + QLatin1Char(']');
    }
    synopsis << StartupOptions::positionalArgument().at(2).toUpper();
    page.section(AppManPage::tr("Synopsis"));
    page.literalParagraph(synopsis.join(QLatin1Char(' ')));
    page.literalParagraph(QStringLiteral("tenantdesk --help | --version"));

    page.section(AppManPage::tr("Description"));
    page.paragraph(StartupOptions::description());
    page.paragraph(AppManPage::tr(
            "TenantDesk opens an aistack SQLite database, signs in as one of its "
            "users and shows the tenants, workspaces, memberships and audit chain "
            "that user may see; every change is checked against the user's rights and "
            "recorded in the audit chain. Without --db or a file it opens the default "
            "database, creating it on first use. Ctrl+K opens the quick switcher, "
            "Ctrl+Q quits."));
    page.paragraph(
            AppManPage::tr("tenantctl(1) does the same from a terminal, for scripts and CI."));

    page.section(AppManPage::tr("Options"));
    for (const QCommandLineOption &option : StartupOptions::options()) {
        QString tag = QStringLiteral("--") + option.names().constFirst();
        if (!option.valueName().isEmpty())
            tag += QLatin1Char(' ') + option.valueName().toUpper();
        page.tagged(tag, option.description());
    }
    const QStringList positional = StartupOptions::positionalArgument();
    page.tagged(positional.at(0).toUpper(), positional.at(1));
    page.tagged(QStringLiteral("-h, --help"), AppManPage::tr("Print the options and exit."));
    page.tagged(QStringLiteral("-v, --version"), AppManPage::tr("Print the version and exit."));

    page.section(AppManPage::tr("Environment"));
    page.tagged(QStringLiteral("TENANTDESK_PASSWORD"),
                AppManPage::tr("With --user: the password to sign in with, instead of the sign-in "
                               "dialog."));
    page.tagged(
            QStringLiteral("TENANTDESK_MIGRATIONS_DIR"),
            AppManPage::tr("The folder of the bundled migrations, instead of the installed one."));
    page.tagged(QStringLiteral("AISTACK_AUDIT_KEY"),
                AppManPage::tr("A key of at least 32 bytes: audit entries are then signed with "
                               "HMAC-SHA256."));
    page.tagged(
            QStringLiteral("QT_LOGGING_RULES"),
            AppManPage::tr(
                    "Logging rules of Qt, e.g. \"tenantdesk.*.debug=true\". TenantDesk logs only "
                    "warnings unless --verbose or these rules turn more on; where both are "
                    "given, these rules win."));

    page.section(AppManPage::tr("Files"));
    page.tagged(
            QStringLiteral("~/.local/share/TenantDesk/tenantdesk/tenantdesk.db"),
            AppManPage::tr("The default database ($XDG_DATA_HOME instead of ~/.local/share where "
                           "set)."));
    page.tagged(
            QStringLiteral("~/.config/TenantDesk/tenantdesk.conf"),
            AppManPage::tr("Settings: the tenant and workspace last used with each database and "
                           "user ($XDG_CONFIG_HOME instead of ~/.config where set)."));
    page.tagged(QStringLiteral("/usr/share/tenantdesk/migrations/"),
                AppManPage::tr("The bundled migrations."));

    page.section(AppManPage::tr("See also"));
    page.paragraph(AppManPage::tr("tenantctl(1); the user guide in "
                                  "/usr/share/doc/tenantdesk/docs/user-guide.md."));
    return page.text();
}

} // namespace tenantdesk
