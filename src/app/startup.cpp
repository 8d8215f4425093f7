#include "app/startup.h"

#include "core/database/databasesetup.h"

#include "models/session/changewatcher.h"

#include "widgets/shell/firstadmindialog.h"
#include "widgets/shell/firststartdialog.h"
#include "widgets/shell/signindialog.h"

#include "core/database/database.h"
#include "core/database/paths.h"
#include "core/people/authenticator.h"
#include "core/people/firstadmin.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/demodata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcStartup, "tenantdesk.app.startup", QtWarningMsg)

namespace tenantdesk {

namespace {

// A password nobody needs to know: the demo signs its admin in directly, and the file is
// deleted on exit. It is never shown, logged or stored.
QString randomPassword()
{
    static const QString alphabet
            = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return password;
}

} // namespace

QList<QCommandLineOption> StartupOptions::options()
{
    return {QCommandLineOption(QStringLiteral("db"),
                               Startup::tr("Open this database file instead of the default one."),
                               Startup::tr("path")),
            QCommandLineOption(QStringLiteral("user"),
                               Startup::tr("Sign in as this user (name or e-mail). With "
                                           "$TENANTDESK_PASSWORD set, no sign-in dialog is shown."),
                               Startup::tr("name")),
            QCommandLineOption(QStringLiteral("demo"),
                               Startup::tr("Open a throwaway database filled with sample data.")),
            QCommandLineOption(
                    QStringLiteral("verbose"),
                    Startup::tr("Log information and debug messages on standard error, not "
                                "only warnings (unless $QT_LOGGING_RULES says otherwise)."))};
}

QStringList StartupOptions::positionalArgument()
{
    return {Startup::tr("database"), Startup::tr("The database file to open (same as --db)."),
            Startup::tr("[database]")};
}

QString StartupOptions::description()
{
    return Startup::tr(
            "Administer the tenants, workspaces and memberships of an aistack database.");
}

StartupOptions StartupOptions::fromCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options());
    // Hidden: the build writes the manual page with it, from the same options as --help.
    QCommandLineOption manPage(QStringLiteral("manpage"));
    manPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(manPage);
    // A file given without --db, as file managers do with "Open With".
    const QStringList positional = positionalArgument();
    parser.addPositionalArgument(positional.at(0), positional.at(1), positional.at(2));
    parser.process(app);
    StartupOptions options;
    options.databasePath = parser.value(QStringLiteral("db"));
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        // As QCommandLineParser does for its own usage errors.
        std::fprintf(stderr, "%s\n", qPrintable(Startup::tr("Give one database file at most.")));
        std::exit(2);
    }
    if (options.databasePath.isEmpty() && !files.isEmpty())
        options.databasePath = files.first();
    options.user = parser.value(QStringLiteral("user"));
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    options.manPage = parser.isSet(manPage);
    return options;
}

Startup::Startup(StartupOptions options)
    : m_options(std::move(options))
{ }

Startup::~Startup() = default;

void Startup::fail(const QString &title, const QString &message, int exitCode)
{
    qCWarning(lcStartup) << title << message;
    QMessageBox::critical(nullptr, title, message);
    m_exitCode = exitCode;
}

SessionWindow SessionWindow::build(const Session::Options &options)
{
    SessionWindow built;
    built.session = std::make_unique<Session>(options);
    built.window = std::make_unique<MainWindow>(built.session.get());
    return built;
}

std::optional<SessionWindow> Startup::run()
{
    if (m_options.demo) {
        auto demo = runDemo();
        return demo ? std::optional(SessionWindow::build(*demo)) : std::nullopt;
    }

    std::unique_ptr<Database> db = openDatabase();
    if (!db)
        return std::nullopt;
    Session::Options session;
    session.databasePath = QFileInfo(db->path()).absoluteFilePath();
    session.hasTenancyTables = hasTenancyTables(*db);
    session.pollIntervalMs = ChangeWatcher::intervalFromSettings();

    const Authenticator authenticator(*db);
    auto required = authenticator.requiresSignIn();
    if (!required) {
        fail(Startup::tr("Cannot read the users"), required.error().message);
        return std::nullopt;
    }
    if (*required)
        return signIn(*db, session);
    std::optional<Actor> admin = createFirstAdmin(*db);
    if (!admin) {
        // Cancelled on the first start: the file made a moment ago goes again.
        if (!m_createdPath.isEmpty()) {
            db.reset();
            removeCreatedDatabase();
        }
        return std::nullopt;
    }
    session.actor = *admin;
    return SessionWindow::build(session);
}

std::unique_ptr<Database> Startup::openDatabase()
{
    bool isDefault = m_options.databasePath.isEmpty();
    QString path = isDefault ? defaultDatabasePath() : m_options.databasePath;
    Database::Options open;
    if (isDefault && !QFileInfo::exists(path)) {
        // The first start: nothing is created before the admin says so.
        FirstStartDialog ask(QFileInfo(path).absoluteFilePath());
        if (ask.exec() != QDialog::Accepted || ask.choice() == FirstStartDialog::Choice::Cancel) {
            m_exitCode = 0;
            return nullptr;
        }
        if (ask.choice() == FirstStartDialog::Choice::OpenExisting) {
            isDefault = false;
            path = ask.existingPath();
            m_options.databasePath = path;
        } else {
            // Remember the folders this makes (deepest first), to take only those back.
            for (QString folder = QFileInfo(path).absolutePath();
                 !QFileInfo::exists(folder) && !QDir(folder).isRoot();
                 folder = QFileInfo(folder).absolutePath())
                m_createdFolders.append(folder);
            QDir().mkpath(QFileInfo(path).absolutePath());
            m_createdPath = path;
        }
    }
    if (isDefault)
        open.mode = Database::OpenMode::CreateIfMissing;
    auto db = Database::open(path, open);
    if (!db) {
        fail(Startup::tr("Cannot open the database"), db.error().message);
        return nullptr;
    }
    // Only the default database is set up without asking, and only while blank: opening
    // someone's file never changes it (architecture.md §2).
    if (isDefault && ((*db)->isNew() || isBlankDatabase(**db))) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto applied = applyBundledMigrations(**db, Actor::bootstrapActor());
        QApplication::restoreOverrideCursor();
        if (!applied) {
            fail(Startup::tr("Cannot set up the new database"),
                 Startup::tr("%1\n\nThe file is %2.")
                         .arg(applied.error().message, QDir::toNativeSeparators(path)));
            return nullptr;
        }
    }
    return std::move(db).value();
}

void Startup::removeCreatedDatabase()
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_createdPath + suffix);
    for (const QString &folder : std::as_const(m_createdFolders))
        QDir().rmdir(folder); // only while empty
    qCInfo(lcStartup) << "first start cancelled, removed" << m_createdPath;
    m_createdPath.clear();
    m_createdFolders.clear();
}

std::optional<SessionWindow> Startup::signIn(const Database &db, const Session::Options &base)
{
    const auto attempt = [this, &db, &base](const QString &login, const QString &password) {
        return signInBuilding(db, base, login, password);
    };
    SignInDialog dialog(db.path(), attempt);
    dialog.setLogin(m_options.user);
    const QString password = qEnvironmentVariable("TENANTDESK_PASSWORD");
    if (!password.isEmpty() && !m_options.user.isEmpty()) {
        auto actor = attempt(m_options.user, password);
        if (actor)
            return std::move(m_signedIn);
        dialog.setProblem(Startup::tr("The password in $TENANTDESK_PASSWORD did not work: %1")
                                  .arg(actor.error().message));
    }
    if (dialog.exec() != QDialog::Accepted) {
        m_exitCode = 0;
        return std::nullopt;
    }
    return std::move(m_signedIn);
}

Result<Actor> Startup::signInBuilding(const Database &db, const Session::Options &base,
                                      const QString &login, const QString &password)
{
    auto expected = Authenticator(db).expectedActor(login);
    if (!expected)
        return expected.error();
    Session::Options options = base;
    options.actor = *expected;
    auto session = std::make_unique<Session>(options);
    // bcrypt runs on the session's worker, the window is built here meanwhile; the worker
    // runs none of the window's queries before the password passed.
    session->beginSignIn(login, password);
    auto window = std::make_unique<MainWindow>(session.get());
    auto signedIn = session->waitForSignIn();
    if (!signedIn)
        return signedIn.error(); // the window was never shown, and goes
    SessionWindow built{std::move(session), std::move(window)};
    if (signedIn->userId != expected->userId) {
        // The login named someone else by the time it was checked (a rename in between):
        // the window was built for the wrong person.
        built.window.reset();
        built.session.reset();
        options.actor = *signedIn;
        built = SessionWindow::build(options);
    }
    m_signedIn = std::move(built);
    return signedIn;
}

std::optional<Actor> Startup::createFirstAdmin(const Database &db)
{
    FirstAdminDialog dialog(
            db.path(),
            [&db](const QString &username, const QString &email, const QString &password) {
                return tenantdesk::createFirstAdmin(db, username, email, password);
            });
    if (dialog.exec() != QDialog::Accepted) {
        m_exitCode = 0;
        return std::nullopt;
    }
    return dialog.user().toActor();
}

std::optional<Session::Options> Startup::runDemo()
{
    m_demoDir = std::make_unique<QTemporaryDir>();
    if (!m_demoDir->isValid()) {
        fail(Startup::tr("Cannot start the demo"),
             Startup::tr("No temporary folder: %1").arg(m_demoDir->errorString()));
        return std::nullopt;
    }
    const QString path = m_demoDir->filePath(QStringLiteral("tenantdesk-demo.db"));
    Database::Options open;
    open.mode = Database::OpenMode::CreateIfMissing;
    auto db = Database::open(path, open);
    if (!db) {
        fail(Startup::tr("Cannot start the demo"), db.error().message);
        return std::nullopt;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto applied = applyBundledMigrations(**db, Actor::bootstrapActor());
    DemoOptions demo;
    demo.password = randomPassword();
    auto report = applied ? generateDemoData(**db, demo) : Result<DemoReport>(applied.error());
    QApplication::restoreOverrideCursor();
    if (!report) {
        fail(Startup::tr("Cannot start the demo"), report.error().message);
        return std::nullopt;
    }
    Session::Options session;
    session.databasePath = path;
    session.actor = report->admin;
    session.demo = true;
    session.persistContext = false;
    session.hasTenancyTables = true;
    session.pollIntervalMs = ChangeWatcher::intervalFromSettings();
    return session;
}

} // namespace tenantdesk
