#include "app/appmanpage.h"
#include "app/mainwindow.h"
#include "app/startup.h"
#include "app/unixsignals.h"

#include "core/translations.h"
#include "widgets/common/icons.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

// Every category logs warnings only (their Q_LOGGING_CATEGORY default); --verbose adds info
// and debug messages of TenantDesk's own categories. Rules the user gives in
// QT_LOGGING_RULES win: with them set, --verbose changes nothing.
void applyLogging(bool verbose)
{
    if (verbose && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
                QStringLiteral("tenantdesk.*.info=true\ntenantdesk.*.debug=true"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationName(QStringLiteral("tenantdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(TENANTDESK_APP_ID));
    QApplication::setWindowIcon(tenantdesk::Icons::application());
    tenantdesk::installTranslations(app);

    tenantdesk::UnixSignals unixSignals;
    tenantdesk::StartupOptions startupOptions = tenantdesk::StartupOptions::fromCommandLine(app);
    if (startupOptions.manPage) {
        QTextStream(stdout) << tenantdesk::tenantdeskManPage(
                QStringLiteral(TENANTDESK_VERSION), QStringLiteral(TENANTDESK_RELEASE_DATE));
        return 0;
    }
    applyLogging(startupOptions.verbose);
    // File ▸ Open… and Sign Out end a session: start again on the file they name.
    for (;;) {
        tenantdesk::Startup startup(startupOptions);
        auto started = startup.run();
        if (unixSignals.isSignalled())
            return unixSignals.exitCode();
        if (!started)
            return startup.exitCode();

        tenantdesk::MainWindow &window = *started->window;
        QString reopen;
        QObject::connect(&window, &tenantdesk::MainWindow::reopenRequested, &window,
                         [&reopen](const QString &path) { reopen = path; });
        window.show();
        const int exitCode = app.exec();
        if (unixSignals.isSignalled())
            return unixSignals.exitCode();
        if (reopen.isEmpty())
            return exitCode;
        startupOptions.databasePath = reopen;
        startupOptions.demo = false;
        startupOptions.user.clear();
    }
}
