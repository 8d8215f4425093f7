#include "cli/clicontext.h"
#include "cli/commands.h"

#include "core/people/firstadmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tenantdesk::cli {

namespace {

struct InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::InitCommand)
};

} // namespace

extern const char kInitUsage[] = "tenantctl init --admin NAME --email EMAIL";

int runInit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            InitCommand::tr("Create the users table (if missing) and the first global admin."));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   InitCommand::tr("Username of the admin."),
                                   QStringLiteral("name"));
    const QCommandLineOption email(QStringLiteral("email"), InitCommand::tr("E-mail of the admin."),
                                   QStringLiteral("email"));
    parser.addOption(admin);
    parser.addOption(email);
    if (!parseCommandLine(context, parser, QStringLiteral("init"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.isSet(admin) || !parser.isSet(email) || !parser.positionalArguments().isEmpty())
        return context.usage(InitCommand::tr("Usage: %1").arg(QLatin1String(kInitUsage)));

    auto db = context.database(Database::OpenMode::CreateIfMissing);
    if (!db)
        return context.fail(db.error());
    auto password = context.readPassword(
            InitCommand::tr("Password for %1: ").arg(parser.value(admin)), true);
    if (!password)
        return context.fail(password.error());
    auto user = createFirstAdmin(**db, parser.value(admin), parser.value(email), *password);
    if (!user)
        return context.fail(user.error());
    if (context.json())
        context.printJson({{QStringLiteral("id"), user->id},
                           {QStringLiteral("username"), user->username},
                           {QStringLiteral("email"), user->email},
                           {QStringLiteral("role"), QStringLiteral("admin")}});
    else
        context.out() << InitCommand::tr("Created administrator %1.").arg(user->username) << '\n';
    return 0;
}

} // namespace tenantdesk::cli
