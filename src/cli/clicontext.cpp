#include "cli/clicontext.h"

#include "cli/passwordprompt.h"

#include "core/database/paths.h"
#include "core/people/authenticator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace tenantdesk::cli {

namespace {

const QCommandLineOption &dbOption()
{
    static const QCommandLineOption option(
            QStringLiteral("db"),
            CliContext::tr("The database file (default: $TENANTDESK_DB, else the GUI's default "
                           "database)."),
            CliContext::tr("path"));
    return option;
}

const QCommandLineOption &userOption()
{
    static const QCommandLineOption option(
            QStringLiteral("user"), CliContext::tr("Sign in as this user (username or e-mail)."),
            CliContext::tr("name"));
    return option;
}

const QCommandLineOption &verboseOption()
{
    static const QCommandLineOption option(
            QStringLiteral("verbose"),
            CliContext::tr(
                    "Also print the log on stderr (by default only the error, in one sentence)."));
    return option;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption option(
            QStringLiteral("json"), CliContext::tr("Print machine-readable JSON on stdout."));
    return option;
}

} // namespace

CliContext::CliContext()
    : m_outDevice(stdout)
    , m_errDevice(stderr)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
{ }

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions(globalOptions());
}

QList<QCommandLineOption> CliContext::globalOptions()
{
    return {dbOption(), userOption(), jsonOption(), verboseOption()};
}

void CliContext::takeGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(dbOption()))
        m_databasePath = parser.value(dbOption());
    if (parser.isSet(userOption()))
        m_user = parser.value(userOption());
    if (parser.isSet(jsonOption()))
        m_json = true;
    if (parser.isSet(verboseOption()))
        setVerbose(true);
}

QString CliContext::databasePath() const
{
    if (!m_databasePath.isEmpty())
        return m_databasePath;
    const QString fromEnvironment = qEnvironmentVariable("TENANTDESK_DB");
    return fromEnvironment.isEmpty() ? defaultDatabasePath() : fromEnvironment;
}

Result<Database *> CliContext::database(Database::OpenMode mode)
{
    if (!m_db) {
        Database::Options options;
        options.mode = mode;
        const QString path = databasePath();
        // The default database's folder is created as the GUI creates it, so that a first
        // "tenantctl init" or "migrate up" works on a machine where the GUI never ran.
        if (mode == Database::OpenMode::CreateIfMissing && path == defaultDatabasePath())
            QDir().mkpath(QFileInfo(path).absolutePath());
        auto opened = Database::open(path, options);
        if (!opened)
            return opened.error();
        m_db = std::move(opened).value();
    }
    return m_db.get();
}

Result<Actor> CliContext::signIn()
{
    auto db = database();
    if (!db)
        return db.error();
    const Authenticator authenticator(**db);
    auto required = authenticator.requiresSignIn();
    if (!required)
        return required.error();
    if (!*required)
        return authenticator.bootstrap();
    if (m_user.isEmpty())
        return invalidInput(tr("This database has users: name one with --user."));
    auto password = readPassword(tr("Password for %1: ").arg(m_user), false);
    if (!password)
        return password.error();
    return authenticator.signIn(m_user, *password);
}

Result<QString> CliContext::readPassword(const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet("TENANTDESK_PASSWORD"))
        return qEnvironmentVariable("TENANTDESK_PASSWORD");
    if (!isInteractive())
        return invalidInput(tr("No password: set TENANTDESK_PASSWORD or run in a terminal."));
    const QString first = promptHidden(prompt);
    if (!confirm)
        return first;
    if (promptHidden(tr("Again: ")) != first)
        return invalidInput(tr("The two passwords differ."));
    return first;
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    m_out.flush();
    m_err << "tenantctl: " << error.message << '\n';
    m_err.flush();
    // A busy database is worth a retry on every path, whatever code the error was built with.
    return error.retryable ? int(ErrorCode::Busy) : int(error.code);
}

void CliContext::warn(const QString &message)
{
    m_out.flush();
    m_err << "tenantctl: " << tr("warning: %1").arg(message) << '\n';
    m_err.flush();
}

int CliContext::usage(const QString &message)
{
    return fail(invalidInput(message));
}

bool parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &command,
                      const QStringList &arguments)
{
    CliContext::addGlobalOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("tenantctl ") + command} + arguments)) {
        context.usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        context.out().flush();
        return false;
    }
    context.takeGlobalOptions(parser);
    return true;
}

} // namespace tenantdesk::cli
