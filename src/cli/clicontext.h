#pragma once

#include "cli/terminal.h"

#include "core/access/actor.h"
#include "core/database/database.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineOption;
class QCommandLineParser;

namespace tenantdesk::cli {

// What every tenantctl command shares: the global options, the database, the signed-in
// actor and the way results and errors are printed. Commands never print to stdout
// themselves when --json is given, except through printJson().
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::CliContext)

public:
    CliContext();

    // --db, --user, --json and --verbose, accepted before or after the command name.
    static void addGlobalOptions(QCommandLineParser &parser);
    // The same options as a list, for the manual page and the bash completion.
    static QList<QCommandLineOption> globalOptions();
    void takeGlobalOptions(const QCommandLineParser &parser);

    bool json() const { return m_json; }
    QString databasePath() const;
    QString userLogin() const { return m_user; }

    // Opens the database once; later calls return the same connection.
    Result<Database *> database(Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    // Signs in as --user where the database has users, or returns the bootstrap actor of a
    // database without users. The password comes from $TENANTDESK_PASSWORD or a prompt.
    Result<Actor> signIn();

    // Reads a password: $TENANTDESK_PASSWORD, else a no-echo prompt (asked twice when
    // confirm is set). Never from an argument.
    Result<QString> readPassword(const QString &prompt, bool confirm);

    QTextStream &out() { return m_out; }
    void printJson(const QJsonObject &object);
    // Prints error.message as one sentence on stderr and returns its exit code (Busy, 75,
    // for every retryable error).
    int fail(const Error &error);
    int usage(const QString &message);
    // A warning the reader must not miss (a signing key that cannot be used), on stderr.
    void warn(const QString &message);

private:
    TerminalDevice m_outDevice;
    TerminalDevice m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_databasePath;
    QString m_user;
    std::unique_ptr<Database> m_db;
};

// Parses a command's arguments with the global options added; on failure prints the
// error and returns false (exit code 2 is then the caller's to return).
bool parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &command,
                      const QStringList &arguments);

} // namespace tenantdesk::cli
