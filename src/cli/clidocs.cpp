#include "cli/clidocs.h"

#include "cli/clicontext.h"
#include "cli/commandtable.h"

#include "core/manpage.h"
#include "core/tenancy/tenancytypes.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QRegularExpression>

namespace tenantdesk::cli {

namespace {

struct CliDocs
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::CliDocs)
};

// What a usage line says about its command: the options, the value each takes (by its
// placeholder, "--name NAME"), and the positional arguments in order. Brackets and "|" only
// group; an upper-case word right after an option is that option's value.
struct UsageSpec
{
    QStringList options;
    QList<std::pair<QString, QString>> valueOptions; // option, placeholder
    QStringList positionals;
};

UsageSpec parseUsage(const QString &usage, int skipWords)
{
    UsageSpec spec;
    QString text = usage;
    // Brackets and bars become words of their own: a value belongs to the option before it
    // only inside the same group ("[--workspace] --out FILE").
    text.replace(QRegularExpression(QStringLiteral("([\\[\\]|])")), QStringLiteral(" \\1 "));
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(skipWords);
    const auto isWord = [](const QString &word) {
        return !word.startsWith(QLatin1Char('-')) && word != QLatin1String("[")
                && word != QLatin1String("]") && word != QLatin1String("|");
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word.startsWith(QLatin1String("--"))) {
            if (!spec.options.contains(word))
                spec.options << word;
            if (i + 1 < words.size() && isWord(words.at(i + 1))) {
                spec.valueOptions.append({word, words.at(i + 1)});
                ++i;
            }
        } else if (isWord(word)) {
            spec.positionals << word;
        }
    }
    return spec;
}

// The kind of completion a placeholder gets in the script; the script's _tenantctl_complete
// knows these kinds. Anything else (a name, a number, JSON) is the user's to type.
QString completionKind(const QString &command, const QString &placeholder)
{
    if (placeholder == QLatin1String("TENANT")
        || (command == QLatin1String("tenant") && placeholder == QLatin1String("SLUG")))
        return QStringLiteral("tenant");
    if (placeholder == QLatin1String("WORKSPACE") || placeholder == QLatin1String("WS"))
        return QStringLiteral("workspace");
    if (placeholder == QLatin1String("ROLE"))
        return QStringLiteral("role");
    if (placeholder == QLatin1String("DIR"))
        return QStringLiteral("dir");
    // A file name pattern ("NNN_name.sql") is a file too.
    if (placeholder == QLatin1String("FILE") || placeholder == QLatin1String("PATH")
        || placeholder.contains(QLatin1Char('.')))
        return QStringLiteral("file");
    return QStringLiteral("none");
}

QString optionTag(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString tag = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        tag += QLatin1Char(' ') + option.valueName().toUpper();
    return tag;
}

// A word list for bash, single-quoted (no command's name or option contains a quote).
QString bashWords(const QStringList &words)
{
    return QLatin1Char('\'') + words.join(QLatin1Char(' ')) + QLatin1Char('\'');
}

} // namespace

QString manPage(const QString &version, const QString &date)
{
    ManPage page(QStringLiteral("tenantctl"), QStringLiteral("1"), date,
                 QStringLiteral("TenantDesk %1").arg(version), CliDocs::tr("User Commands"));
    page.name(
            QStringLiteral("tenantctl"),
            CliDocs::tr("administer the tenants, workspaces, memberships and schema of an aistack "
                        "database"));

    page.section(CliDocs::tr("Synopsis"));
    page.literalParagraph(
            QStringLiteral("tenantctl [--db PATH] [--user NAME|EMAIL] [--json] COMMAND ..."));
    page.literalParagraph(QStringLiteral("tenantctl COMMAND --help"));
    page.literalParagraph(QStringLiteral("tenantctl --help | --version"));

    page.section(CliDocs::tr("Description"));
    page.paragraph(
            CliDocs::tr("tenantctl does from a terminal, for scripts and CI, what the TenantDesk "
                        "application does in its window: it administers the tenants, workspaces, "
                        "memberships, users, audit chain and schema of an aistack SQLite "
                        "database, while aistack's server may be using the file."));
    page.paragraph(
            CliDocs::tr("Where the database has users, every command signs in as one of them "
                        "(--user) and that user's rights apply; the password comes from "
                        "TENANTDESK_PASSWORD or a prompt that does not echo, never from an "
                        "argument. Errors go to standard error as one sentence; with --json, "
                        "results are printed on standard output as JSON."));

    page.section(CliDocs::tr("Commands"));
    page.paragraph(CliDocs::tr("Each command and sub-command prints its own options with --help."));
    for (const CliCommand &command : cliCommands()) {
        page.subsection(QLatin1String(command.name));
        page.paragraph(CommandTable::tr(command.summary));
        for (const QString &usage : usageLines(command))
            page.literalParagraph(usage);
    }

    page.section(CliDocs::tr("Global options"));
    page.paragraph(CliDocs::tr("These options are accepted before or after the command's name."));
    for (const QCommandLineOption &option : CliContext::globalOptions())
        page.tagged(optionTag(option), option.description());
    page.tagged(QStringLiteral("-h, --help"),
                CliDocs::tr("Print the commands, or the usage of the command given, and exit."));
    page.tagged(QStringLiteral("-v, --version"), CliDocs::tr("Print the version and exit."));

    page.section(CliDocs::tr("Environment"));
    page.tagged(QStringLiteral("TENANTDESK_DB"),
                CliDocs::tr("The database file when --db is not given."));
    page.tagged(
            QStringLiteral("TENANTDESK_PASSWORD"),
            CliDocs::tr(
                    "The password to sign in with; without it, tenantctl asks on the terminal."));
    page.tagged(QStringLiteral("TENANTDESK_MIGRATIONS_DIR"),
                CliDocs::tr("The folder of the bundled migrations, instead of the installed one."));
    page.tagged(QStringLiteral("AISTACK_AUDIT_KEY"),
                CliDocs::tr("A key of at least 32 bytes: audit entries are then signed with "
                            "HMAC-SHA256."));
    page.tagged(QStringLiteral("QT_LOGGING_RULES"),
                CliDocs::tr("Logging rules of Qt, e.g. \"tenantdesk.*.debug=true\". tenantctl logs "
                            "only warnings unless these rules turn more on."));

    page.section(CliDocs::tr("Exit status"));
    const QList<std::pair<QString, QString>> codes = {
            {QStringLiteral("0"), CliDocs::tr("Success.")},
            {QStringLiteral("1"), CliDocs::tr("Failure.")},
            {QStringLiteral("2"), CliDocs::tr("Usage error or invalid input.")},
            {QStringLiteral("3"), CliDocs::tr("Authentication failed or permission denied.")},
            {QStringLiteral("4"),
             CliDocs::tr("Not found (also for a target the signed-in user may not see).")},
            {QStringLiteral("5"),
             CliDocs::tr(
                     "Conflict: a duplicate, the last admin, an irreversible step, data loss not "
                     "allowed, or another process using the file.")},
            {QStringLiteral("75"), CliDocs::tr("Busy: try again later (EX_TEMPFAIL).")}};
    for (const auto &[code, meaning] : codes)
        page.tagged(code, meaning);

    page.section(CliDocs::tr("Files"));
    page.tagged(QStringLiteral("~/.local/share/TenantDesk/tenantdesk/tenantdesk.db"),
                CliDocs::tr("The default database, the one the TenantDesk application opens "
                            "($XDG_DATA_HOME instead of ~/.local/share where set)."));
    page.tagged(QStringLiteral("/usr/share/tenantdesk/migrations/"),
                CliDocs::tr("The bundled migrations that tenantctl migrate applies."));

    page.section(CliDocs::tr("See also"));
    page.paragraph(CliDocs::tr("tenantdesk(1); the guide to tenantctl in "
                               "/usr/share/doc/tenantdesk/docs/tenantctl.md."));
    return page.text();
}

QString bashCompletion()
{
    QStringList commandNames;
    QStringList groupLines;
    QStringList specLines;
    const auto addSpec = [&specLines](const QString &key, const QString &command,
                                      const QString &usage, int skipWords) {
        const UsageSpec spec = parseUsage(usage, skipWords);
        QStringList values;
        for (const auto &[option, placeholder] : spec.valueOptions)
            values << option + QLatin1Char('=') + completionKind(command, placeholder);
        values.removeDuplicates();
        QStringList positionals;
        for (const QString &placeholder : spec.positionals)
            positionals << completionKind(command, placeholder);
        specLines
                << QStringLiteral("_tenantctl_options[%1]=%2").arg(key, bashWords(spec.options))
                << QStringLiteral("_tenantctl_values[%1]=%2").arg(key, bashWords(values))
                << QStringLiteral("_tenantctl_positionals[%1]=%2").arg(key, bashWords(positionals));
    };
    for (const CliCommand &command : cliCommands()) {
        const QString name = QLatin1String(command.name);
        commandNames << name;
        if (!command.subCommands) {
            addSpec(name, name, QLatin1String(command.usage), 2);
            continue;
        }
        QStringList subNames;
        for (const SubCommand &subCommand : command.subCommands()) {
            const QString subName = QLatin1String(subCommand.name);
            subNames << subName;
            addSpec(QStringLiteral("'%1 %2'").arg(name, subName), name,
                    QLatin1String(subCommand.usage), 3);
        }
        groupLines << QStringLiteral("_tenantctl_groups[%1]=%2").arg(name, bashWords(subNames));
    }
    QStringList globalWords;
    QStringList globalValues;
    for (const QCommandLineOption &option : CliContext::globalOptions()) {
        const QString word = QStringLiteral("--") + option.names().constLast();
        globalWords << word;
        if (!option.valueName().isEmpty())
            globalValues << word + QLatin1Char('=')
                            + (option.names().constLast() == QLatin1String("db")
                                       ? QStringLiteral("file")
                                       : QStringLiteral("none"));
    }
    QStringList roles;
    for (TenantRole role :
         {TenantRole::TenantAdmin, TenantRole::WorkspaceAdmin, TenantRole::Member})
        roles << tenantRoleName(role);

    QString script = QStringLiteral(R"bash(# bash completion for tenantctl(1)
# Generated by `tenantctl --bash-completion` from tenantctl's command table; do not edit.

declare -gA _tenantctl_groups=() _tenantctl_options=() _tenantctl_values=() _tenantctl_positionals=()
_tenantctl_commands=%1
_tenantctl_global_options=%2
_tenantctl_global_values=%3
_tenantctl_roles=%4
%5
%6

# Prints the slugs of the tenants (or of TENANT's workspaces) the signed-in user may see.
# Only cheap and silent: no prompt (standard input is not a terminal, so tenantctl signs in
# only where TENANTDESK_PASSWORD or a database without users allows it), errors dropped,
# and at most two seconds.
_tenantctl_slugs()
{
    local -a list=(tenant list --json)
    [[ $1 == workspace ]] && list=(workspace list "$2" --json)
    timeout 2 "${COMP_WORDS[0]}" "${_tenantctl_args[@]}" "${list[@]}" </dev/null 2>/dev/null |
        grep -o '"slug": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'
}

# Fills COMPREPLY with the candidates of one kind (see clidocs.cpp) that start with $1.
_tenantctl_complete()
{
    local cur=$1 kind=$2 tenant=$3
    case $kind in
        tenant) COMPREPLY=($(compgen -W "$(_tenantctl_slugs tenant)" -- "$cur")) ;;
        workspace) [[ -n $tenant ]] &&
            COMPREPLY=($(compgen -W "$(_tenantctl_slugs workspace "$tenant")" -- "$cur")) ;;
        role) COMPREPLY=($(compgen -W "$_tenantctl_roles" -- "$cur")) ;;
        dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
        file) COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
}

# The kind of value option $2 takes in the command $1 ("" when it takes none).
_tenantctl_value_kind()
{
    local pair
    for pair in ${1:+${_tenantctl_values[$1]}} $_tenantctl_global_values; do
        if [[ ${pair%%=*} == "$2" ]]; then
            echo "${pair#*=}"
            return
        fi
    done
}

_tenantctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local command= key= word kind i
    # _tenantctl_args: the global options given, which _tenantctl_slugs passes on.
    local -a positional=() _tenantctl_args=()
    COMPREPLY=()
    # Walk the words before the cursor: global options (kept for _tenantctl_slugs), the
    # command, the sub-command, option values and positional arguments.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -* ]]; then
            kind=$(_tenantctl_value_kind "$key" "$word")
            if [[ -n $kind ]] && ((i + 1 < COMP_CWORD)); then
                [[ " $_tenantctl_global_options " == *" $word "* ]] &&
                    _tenantctl_args+=("$word" "${COMP_WORDS[i + 1]}")
                ((i++))
            elif [[ -n $kind ]]; then
                _tenantctl_complete "$cur" "$kind" "${positional[0]}"
                return 0
            fi
        elif [[ -z $command ]]; then
            command=$word
            key=$word
        elif [[ -n ${_tenantctl_groups[$command]+set} && $key == "$command" ]]; then
            key="$command $word"
        else
            positional+=("$word")
        fi
    done

    if [[ $cur == -* ]]; then
        local options="$_tenantctl_global_options --help"
        [[ -z $command ]] && options+=" --version"
        [[ -n $key ]] && options+=" ${_tenantctl_options[$key]}"
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$_tenantctl_commands" -- "$cur"))
    elif [[ -n ${_tenantctl_groups[$command]+set} && $key == "$command" ]]; then
        COMPREPLY=($(compgen -W "${_tenantctl_groups[$command]}" -- "$cur"))
    else
        local -a kinds=(${_tenantctl_positionals[$key]})
        _tenantctl_complete "$cur" "${kinds[${#positional[@]}]}" "${positional[0]}"
    fi
    return 0
} &&
    complete -F _tenantctl tenantctl
)bash");
    return script.arg(bashWords(commandNames), bashWords(globalWords), bashWords(globalValues),
                      bashWords(roles), groupLines.join(QLatin1Char('\n')),
                      specLines.join(QLatin1Char('\n')));
}

} // namespace tenantdesk::cli
