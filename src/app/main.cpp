#include "app/mainwindow.h"
#include "app/startup.h"

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

    tenantdesk::Startup startup(tenantdesk::StartupOptions::fromCommandLine(app));
    const auto options = startup.run();
    if (!options)
        return startup.exitCode();

    tenantdesk::Session session(*options);
    tenantdesk::MainWindow window(&session);
    window.show();
    return app.exec();
}
