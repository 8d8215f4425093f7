// tenantctl member import|export: membership CSV files through core's MembershipCsv, with
// the same preview, all-or-nothing and per-row report as the desktop app's import dialog.

#include "cli/clicontext.h"
#include "cli/dispatch.h"
#include "cli/listing.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "cli/terminal.h"

#include "core/csv/membershipcsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

#include <unistd.h>

namespace tenantdesk::cli {

namespace {

struct MemberCsvCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::MemberCsvCommand)
};

} // namespace

// Usage lines and entry points of "member import" and "member export", declared where
// membercommand.cpp dispatches to them.
extern const char kMemberImportUsage[]
        = "tenantctl member import TENANT FILE [--skip-failures] [--dry-run]";
extern const char kMemberExportUsage[]
        = "tenantctl member export TENANT [--workspace WS] [--out FILE]";

namespace {

// "-" reads standard input, as scripts pipe files.
Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return invalidInput(
                MemberCsvCommand::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return file.readAll();
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject rowJson(const CsvImportRow &row)
{
    return {{QStringLiteral("line"), row.line},
            {QStringLiteral("user"), row.user},
            {QStringLiteral("workspace"), nullIfEmpty(row.workspaceSlug)},
            {QStringLiteral("role"), row.role},
            {QStringLiteral("outcome"), MembershipCsv::outcomeName(row.outcome)},
            {QStringLiteral("message"), nullIfEmpty(row.message)}};
}

QString countsText(const CsvImportReport &report)
{
    using Outcome = CsvImportRow::Outcome;
    QStringList parts;
    for (Outcome outcome : {Outcome::Add, Outcome::Change, Outcome::Unchanged, Outcome::Skipped,
                            Outcome::Invalid, Outcome::Refused}) {
        if (const int n = report.count(outcome))
            parts << QStringLiteral("%1 %2").arg(n).arg(MembershipCsv::outcomeName(outcome));
    }
    return parts.isEmpty() ? MemberCsvCommand::tr("no rows") : parts.join(QStringLiteral(", "));
}

} // namespace

int runMemberImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption skipFailures(
            QStringLiteral("skip-failures"),
            MemberCsvCommand::tr(
                    "Import the good rows and report the others (default: all or nothing)."));
    const QCommandLineOption dryRun(
            QStringLiteral("dry-run"),
            MemberCsvCommand::tr("Say what each row would do; change nothing."));
    parser.addOptions({skipFailures, dryRun});
    parser.addPositionalArgument(QStringLiteral("tenant"), MemberCsvCommand::tr("The tenant."));
    parser.addPositionalArgument(
            QStringLiteral("file"),
            MemberCsvCommand::tr("CSV with user, workspace slug (empty: tenant-wide), "
                                 "role; \"-\" reads standard input."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("member import"), arguments, 2,
                                   QLatin1String(kMemberImportUsage));
        code >= 0)
        return code;
    if (parser.isSet(skipFailures) && parser.isSet(dryRun))
        return context.usage(
                MemberCsvCommand::tr("Give either --skip-failures or --dry-run, not both."));
    const QStringList positional = parser.positionalArguments();
    auto content = readInput(positional.at(1));
    if (!content)
        return context.fail(content.error());
    auto target = signInToTenant(context, positional.at(0));
    if (!target)
        return context.fail(target.error());
    const Session &session = target->session;
    const Tenant &tenant = target->tenant;
    const MembershipCsv::Mode mode = parser.isSet(dryRun) ? MembershipCsv::Mode::Preview
            : parser.isSet(skipFailures)                  ? MembershipCsv::Mode::SkipFailures
                                                          : MembershipCsv::Mode::AllOrNothing;
    auto report = MembershipCsv(*session.db, session.actor).import(tenant.id, *content, mode);
    if (!report)
        return context.fail(report.error());

    const int invalid = report->count(CsvImportRow::Outcome::Invalid);
    const int refused = report->count(CsvImportRow::Outcome::Refused);
    // A skipped row is what --skip-failures asked for; otherwise any bad row fails the run
    // (a dry run answers as the all-or-nothing import would), with the exit code the first
    // bad row would have on its own: the same rule gives the same code on every path.
    int exitCode = 0;
    const CsvImportRow *firstFailure = report->firstFailure();
    if (mode != MembershipCsv::Mode::SkipFailures && firstFailure)
        exitCode = int(firstFailure->code);
    if (context.json()) {
        QJsonArray rows;
        for (const CsvImportRow &row : std::as_const(report->rows))
            rows.append(rowJson(row));
        const QString modeName = mode == MembershipCsv::Mode::Preview ? QStringLiteral("dry-run")
                : mode == MembershipCsv::Mode::SkipFailures ? QStringLiteral("skip-failures")
                                                            : QStringLiteral("all-or-nothing");
        context.printJson(
                {{QStringLiteral("tenant"), tenant.slug},
                 {QStringLiteral("mode"), modeName},
                 {QStringLiteral("applied"), report->applied},
                 {QStringLiteral("counts"),
                  QJsonObject{
                          {QStringLiteral("add"), report->count(CsvImportRow::Outcome::Add)},
                          {QStringLiteral("change"), report->count(CsvImportRow::Outcome::Change)},
                          {QStringLiteral("unchanged"),
                           report->count(CsvImportRow::Outcome::Unchanged)},
                          {QStringLiteral("skipped"),
                           report->count(CsvImportRow::Outcome::Skipped)},
                          {QStringLiteral("invalid"), invalid},
                          {QStringLiteral("refused"), refused}}},
                 {QStringLiteral("rows"), rows}});
    } else {
        QList<QStringList> table;
        for (const CsvImportRow &row : std::as_const(report->rows))
            table << QStringList{QString::number(row.line),
                                 cell(row.user),
                                 row.workspaceSlug.isEmpty() ? MemberCsvCommand::tr("(tenant-wide)")
                                                             : cell(row.workspaceSlug),
                                 cell(row.role),
                                 MembershipCsv::outcomeName(row.outcome),
                                 cell(row.message, 200)};
        printTable(context.out(),
                   {MemberCsvCommand::tr("LINE"), MemberCsvCommand::tr("USER"),
                    MemberCsvCommand::tr("WORKSPACE"), MemberCsvCommand::tr("ROLE"),
                    MemberCsvCommand::tr("OUTCOME"), MemberCsvCommand::tr("MESSAGE")},
                   table);
        if (report->applied)
            context.out() << MemberCsvCommand::tr("Imported into %1: %2.")
                                     .arg(tenant.slug, countsText(*report))
                          << '\n';
        else if (mode == MembershipCsv::Mode::Preview)
            context.out() << MemberCsvCommand::tr("Dry run, nothing changed: %1.")
                                     .arg(countsText(*report))
                          << '\n';
    }
    context.out().flush();
    if (exitCode == 0)
        return 0;
    const QString why = MemberCsvCommand::tr("%n row(s) failed (%1); the first, line %2: %3", "",
                                             int(invalid + refused))
                                .arg(countsText(*report))
                                .arg(firstFailure->line)
                                .arg(firstFailure->message);
    return context.fail(
            {ErrorCode(exitCode),
             mode == MembershipCsv::Mode::Preview
                     ? MemberCsvCommand::tr("The import would change nothing: %1.").arg(why)
                     : MemberCsvCommand::tr("Nothing was imported: %1; fix them or use "
                                            "--skip-failures.")
                               .arg(why)});
}

int runMemberExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       MemberCsvCommand::tr("Only the grants of this workspace."),
                                       QStringLiteral("ws"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 MemberCsvCommand::tr("Write to FILE (default: standard output)."),
                                 QStringLiteral("file"));
    parser.addOptions({workspace, out});
    parser.addPositionalArgument(QStringLiteral("tenant"), MemberCsvCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("member export"), arguments, 1,
                                   QLatin1String(kMemberExportUsage));
        code >= 0)
        return code;
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    const Tenant &tenant = target->tenant;
    MembershipQuery query;
    query.tenantId = tenant.id;
    QString workspaceSlug;
    if (parser.isSet(workspace)) {
        auto found = resolveWorkspace(target->session, tenant, parser.value(workspace));
        if (!found)
            return context.fail(found.error());
        query.workspaceScope = found->id;
        workspaceSlug = found->slug;
    }
    const QString path = parser.value(out);
    // Both the file and the JSON are written as the rows arrive; nothing holds the whole list.
    std::optional<JsonListWriter> json;
    if (context.json())
        json.emplace(context.out(), QStringLiteral("memberships"),
                     OrderedJsonObject()
                             .add(QStringLiteral("tenant"), tenant.slug)
                             .add(QStringLiteral("workspace"), nullIfEmpty(workspaceSlug))
                             .add(QStringLiteral("file"), nullIfEmpty(path)));
    const MembershipCsv::RowCallback jsonRow = [&json](const Membership &membership) {
        json->add({{QStringLiteral("user"),
                    membership.isOrphaned() ? membership.userId : membership.username},
                   {QStringLiteral("orphaned"), membership.isOrphaned()},
                   {QStringLiteral("workspace"), nullIfEmpty(membership.workspaceSlug)},
                   {QStringLiteral("role"), tenantRoleName(membership.role)}});
    };
    const MembershipCsv csv(*target->session.db, target->session.actor);
    const auto written = [&]() -> Result<qint64> {
        if (!path.isEmpty())
            return csv.exportToFile(path, query, json ? jsonRow : MembershipCsv::RowCallback());
        if (json)
            return csv.exportTo(nullptr, query, jsonRow); // --json alone: the rows as JSON
        context.out().flush();
        // A file or a pipe gets the bytes as they are; a terminal gets them escaped, as
        // everything else tenantctl prints (the CSV stays readable: line ends are kept).
        if (isatty(fileno(stdout))) {
            TerminalDevice terminal(stdout);
            return csv.exportTo(&terminal, query);
        }
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return failure(standardOutput.errorString());
        auto exported = csv.exportTo(&standardOutput, query);
        standardOutput.flush();
        return exported;
    }();
    if (!written)
        return context.fail(written.error());
    if (json) {
        json->finish(*written);
        return 0;
    }
    if (!path.isEmpty())
        context.out() << MemberCsvCommand::tr("Exported %n membership(s) of %1 to %2.", "",
                                              int(*written))
                                 .arg(tenant.slug, path)
                      << '\n';
    context.out().flush();
    return 0;
}

} // namespace tenantdesk::cli
