#include "cli/dispatch.h"

#include "cli/clicontext.h"
#include "cli/output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tenantdesk::cli {

namespace {

struct Dispatch
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::Dispatch)
};

QString groupUsage(const QList<SubCommand> &commands)
{
    QString text = Dispatch::tr("Usage:") + QLatin1Char('\n');
    for (const SubCommand &command : commands)
        text += QStringLiteral("  %1\n").arg(QLatin1String(command.usage));
    text += Dispatch::tr("Every command takes --db PATH, --user NAME, --json and --verbose.")
            + QLatin1Char('\n');
    return text;
}

} // namespace

int dispatch(CliContext &context, const QString &group, const QList<SubCommand> &commands,
             const QStringList &arguments)
{
    if (!arguments.isEmpty()
        && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
            || arguments.first() == QLatin1String("help"))) {
        context.out() << groupUsage(commands);
        context.out().flush();
        return 0;
    }
    QStringList names;
    for (const SubCommand &command : commands)
        names << QLatin1String(command.name);
    if (arguments.isEmpty())
        return context.usage(Dispatch::tr("tenantctl %1 needs a command: %2.")
                                     .arg(group, names.join(QStringLiteral(", "))));
    // Options may come before the sub-command ("migrate --dir D up"): then the first argument
    // that names one is it.
    qsizetype at = 0;
    if (arguments.first().startsWith(QLatin1Char('-'))) {
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (names.contains(arguments.at(i))) {
                at = i;
                break;
            }
        }
    }
    const QString name = arguments.at(at);
    QStringList rest = arguments;
    rest.removeAt(at);
    for (const SubCommand &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(context, rest);
    }
    return context.usage(Dispatch::tr("Unknown %1 command \"%2\": use %3.")
                                 .arg(group, name, names.join(QStringLiteral(", "))));
}

int parseSubCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
                    const QStringList &arguments, int positionalCount, const QString &usage)
{
    parser.setApplicationDescription(Dispatch::tr("Usage: %1").arg(usage));
    if (!parseCommandLine(context, parser, name, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != positionalCount)
        return context.usage(Dispatch::tr("Usage: %1").arg(usage));
    return -1;
}

} // namespace tenantdesk::cli
