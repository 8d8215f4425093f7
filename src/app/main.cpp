#include "mainwindow.h"

#include "core/database.h"
#include "core/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationName(QStringLiteral("tenantdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenantDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer aistack tenants."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this database file."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : tenantdesk::defaultDatabasePath();
    tenantdesk::Database::Options options;
    if (!parser.isSet(dbOption)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        options.mode = tenantdesk::Database::OpenMode::CreateIfMissing;
    }
    auto db = tenantdesk::Database::open(path, options);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open database"),
                              db.error().message);
        return 1;
    }
    MainWindow window(**db);
    window.show();
    return app.exec();
}
