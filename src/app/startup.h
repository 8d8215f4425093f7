#pragma once

#include "app/mainwindow.h"
#include "models/session/session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCoreApplication;
class QTemporaryDir;

namespace tenantdesk {

class Database;

// What the command line asked for: `tenantdesk [--db PATH] [--user NAME] [--demo] [--verbose]`.
struct StartupOptions
{
    QString databasePath; // empty: the default database
    QString user;
    bool demo = false;
    bool verbose = false; // info and debug messages of TenantDesk's logging categories
    bool manPage = false; // hidden --manpage: print the manual page instead of starting

    // Parses the arguments of app (exits on --help, --version or a usage error).
    static StartupOptions fromCommandLine(const QCoreApplication &app);

    // The options --help lists and the manual page describes, in that order.
    static QList<QCommandLineOption> options();
    // The positional argument: its name, description and syntax for --help.
    static QStringList positionalArgument();
    // The program's one-line description for --help and the manual page.
    static QString description();
};

// A session and its main window (not shown yet); the window goes first.
struct SessionWindow
{
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    static SessionWindow build(const Session::Options &options);
};

// The start-up sequence before the main window: open the database (on the first start, after
// asking: create the default one, or open an existing one; a demo is made without asking), create
// the first admin where there are no users, sign in where there are. Its few queries are the only
// ones on the GUI thread. Problems are shown in message boxes; run() then gives nothing and the app
// ends with exitCode().
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::Startup)

public:
    explicit Startup(StartupOptions options);
    ~Startup();

    // The session and its window, built while the password was being checked.
    std::optional<SessionWindow> run();
    int exitCode() const { return m_exitCode; }

private:
    std::optional<Session::Options> runDemo();
    std::unique_ptr<Database> openDatabase();
    std::optional<SessionWindow> signIn(const Database &db, const Session::Options &base);
    // Builds the session and its window for whom login names while the session's worker
    // checks the password; kept only when the check passed.
    Result<Actor> signInBuilding(const Database &db, const Session::Options &base,
                                 const QString &login, const QString &password);
    std::optional<Actor> createFirstAdmin(const Database &db);
    void fail(const QString &title, const QString &message, int exitCode = 1);
    // The first start was cancelled after the new default database was made: remove it
    // (and the folders made for it), so that nothing is left behind.
    void removeCreatedDatabase();

    StartupOptions m_options;
    // Lives as long as the app: the demo database is inside.
    std::unique_ptr<QTemporaryDir> m_demoDir;
    int m_exitCode = 0;
    // Set while this run made the default database (and its folder) at the admin's request.
    QString m_createdPath;
    QStringList m_createdFolders;
    std::optional<SessionWindow> m_signedIn;
};

} // namespace tenantdesk
