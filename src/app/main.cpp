#include "app/mainwindow.h"
#include "app/startup.h"
#include "app/unixsignals.h"

#include "models/session/session.h"
#include "widgets/common/icons.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationName(QStringLiteral("tenantdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(TENANTDESK_APP_ID));
    QApplication::setWindowIcon(tenantdesk::Icons::application());

    tenantdesk::UnixSignals unixSignals;
    tenantdesk::Startup startup(tenantdesk::StartupOptions::fromCommandLine(app));
    const auto options = startup.run();
    if (unixSignals.isSignalled())
        return unixSignals.exitCode();
    if (!options)
        return startup.exitCode();

    tenantdesk::Session session(*options);
    tenantdesk::MainWindow window(&session);
    window.show();
    const int exitCode = app.exec();
    return unixSignals.isSignalled() ? unixSignals.exitCode() : exitCode;
}
