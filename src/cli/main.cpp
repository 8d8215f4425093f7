#include "cli/clicontext.h"
#include "cli/clidocs.h"
#include "cli/commandtable.h"
#include "cli/terminal.h"

#include "core/audit/auditlog.h"
#include "core/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace tenantdesk::cli;

namespace {

// tenantctl's own texts: its help and the errors before a command runs.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::Main)
};

} // namespace

int main(int argc, char *argv[])
{
    installMessageHandler();
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
    // Hidden: the build writes the manual page and the bash completion with these, from the
    // same command table as this --help.
    QCommandLineOption manPageOption(QStringLiteral("manpage"));
    manPageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption completionOption(QStringLiteral("bash-completion"));
    completionOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({manPageOption, completionOption});
    parser.addPositionalArgument(QStringLiteral("command"), Main::tr("The command to run."));
    if (!parser.parse(QCoreApplication::arguments()))
        return context.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(manPageOption) || parser.isSet(completionOption)) {
        QTextStream out(stdout);
        out << (parser.isSet(manPageOption) ? manPage(QStringLiteral(TENANTDESK_VERSION),
                                                      QStringLiteral(TENANTDESK_RELEASE_DATE))
                                            : bashCompletion());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) && positional.isEmpty())
        parser.showHelp(0);
    if (positional.isEmpty())
        return context.usage(Main::tr("No command given; run tenantctl --help for the list."));
    context.takeGlobalOptions(parser);

    // Without a usable key nothing is signed: that must not pass in silence.
    if (const QString problem = tenantdesk::AuditLog::signingKeyProblem(); !problem.isEmpty())
        context.warn(Main::tr("%1 Audit entries are written unsigned.").arg(problem));

    const QString name = positional.takeFirst();
    if (parser.isSet(QStringLiteral("help")))
        positional.prepend(QStringLiteral("--help"));
    for (const CliCommand &command : cliCommands()) {
        if (name == QLatin1String(command.name))
            return command.run(context, positional);
    }
    return context.usage(Main::tr("Unknown command \"%1\"; run "
                                  "tenantctl --help for the list.")
                                 .arg(name));
}
