#pragma once

#include "core/access/actor.h"
#include "core/database/database.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

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

    // --db, --user and --json, accepted before or after the command name.
    static void addGlobalOptions(QCommandLineParser &parser);
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
    // Prints error.message as one sentence on stderr and returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_databasePath;
    QString m_user;
    std::unique_ptr<Database> m_db;
};

// A tenantctl command: its name, one line of help and its entry point, which gets the
// arguments after its name and returns the exit code.
struct CliCommand
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &context, const QStringList &arguments);
};

// Parses a command's arguments with the global options added; on failure prints the
// error and returns false (exit code 2 is then the caller's to return).
bool parseCommandLine(CliContext &context, QCommandLineParser &parser, const QString &command,
                      const QStringList &arguments);

} // namespace tenantdesk::cli
