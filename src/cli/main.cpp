#include "cli/clicontext.h"
#include "cli/commands.h"
#include "core/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <array>

using namespace tenantdesk::cli;

namespace {

// tenantctl's own texts: its help and the errors before a command runs.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::Main)
};

const std::array kCommands = {
        CliCommand{"init",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main", "Create the first global admin."),
                   runInit},
        CliCommand{"migrate",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "Show, apply or revert schema migrations."),
                   runMigrate},
        CliCommand{"backup",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "Back up the database, list its backups or restore one."),
                   runBackup},
        CliCommand{"tenant",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "List, show, create, rename, configure or delete tenants."),
                   runTenant},
        CliCommand{"workspace",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "List, create, rename, configure or delete workspaces."),
                   runWorkspace},
        CliCommand{"member",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main", "List, grant or revoke memberships."),
                   runMember},
        CliCommand{"user",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main", "List the users you may see."),
                   runUser},
        CliCommand{"whoami",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "Show who you are and your roles per tenant."),
                   runWhoami},
        CliCommand{"can",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "May USER do ACTION on TARGET, and by which rule?"),
                   runCan},
        CliCommand{"provision",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main",
                                     "Create the default tenant and give every user a membership."),
                   runProvision},
        CliCommand{"audit",
                   QT_TRANSLATE_NOOP("tenantdesk::cli::Main", "List or verify the audit chain."),
                   runAudit},
};

QString commandSummary()
{
    QString text = Main::tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &command : kCommands)
        text += QStringLiteral("  %1  %2\n")
                        .arg(QLatin1String(command.name), -10)
                        .arg(Main::tr(command.summary));
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tenantctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
    tenantdesk::installTranslations(app);

    CliContext context;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Main::tr("Administer the tenants, workspaces, memberships and schema of an aistack "
                     "database.")
            + QLatin1String("\n\n") + commandSummary());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CliContext::addGlobalOptions(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Main::tr("The command to run."));
    if (!parser.parse(QCoreApplication::arguments()))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) && positional.isEmpty())
        parser.showHelp(0);
    if (positional.isEmpty())
        return context.usage(Main::tr("No command given; run tenantctl --help for the list."));
    context.takeGlobalOptions(parser);

    const QString name = positional.takeFirst();
    if (parser.isSet(QStringLiteral("help")))
        positional.prepend(QStringLiteral("--help"));
    for (const CliCommand &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(context, positional);
    }
    return context.usage(Main::tr("Unknown command \"%1\"; run "
                                  "tenantctl --help for the list.")
                                 .arg(name));
}
