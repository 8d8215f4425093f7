#include "cli/clicontext.h"
#include "cli/dispatch.h"
#include "cli/healthcheck.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "cli/tenantdata.h"

#include "core/database/database.h"
#include "core/people/authenticator.h"
#include "core/tenantdata/footprint.h"
#include "core/tenantdata/tenantexport.h"
#include "core/tenantdata/tenantimport.h"
#include "core/tenantdata/tenantmove.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace tenantdesk::cli {

struct TenantDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::TenantDataCommand)
};

const char kTenantExportUsage[] = "tenantctl tenant export SLUG --out FILE [--with-credentials] "
                                  "[--namespace-pattern PATTERN]";
const char kTenantImportUsage[] = "tenantctl tenant import FILE [--dry-run] [--create-users] "
                                  "[--new-ids] [--force] [--health-url URL]";
const char kTenantMoveUsage[] = "tenantctl tenant move SLUG --to FILE --yes [--create-users] "
                                "[--namespace-pattern PATTERN] [--force] [--health-url URL]";

namespace {

QJsonArray tablesJson(const QList<TransferredTable> &tables)
{
    QJsonArray array;
    for (const TransferredTable &table : tables)
        array.append(QJsonObject{{QStringLiteral("table"), table.table},
                                 {QStringLiteral("kind"), table.kind},
                                 {QStringLiteral("rows"), table.rows},
                                 {QStringLiteral("sha256"), table.sha256}});
    return array;
}

void printTables(QTextStream &out, const QList<TransferredTable> &tables)
{
    for (const TransferredTable &table : tables)
        out << "  "
            << TenantDataCommand::tr("%1: %n row(s)", "", int(table.rows)).arg(shown(table.table))
            << '\n';
}

// Progress on stderr, only where someone watches it.
TransferProgress progressPrinter(CliContext &context)
{
    if (context.json() || !isatty(2))
        return {};
    return [](qint64 done, qint64 total) {
        QTextStream err(stderr);
        err << '\r' << TenantDataCommand::tr("%1 of %2 rows").arg(done).arg(total);
        if (done >= total)
            err << '\n';
        err.flush();
        return true;
    };
}

struct LiveUseFlags
{
    QCommandLineOption force{QStringLiteral("force"),
                             TenantDataCommand::tr("Go on although another process has the target "
                                                   "database open or a server answers the health "
                                                   "address.")};
    QCommandLineOption healthUrl{
            QStringLiteral("health-url"),
            TenantDataCommand::tr("The aistack health address to ask before changing the "
                                  "target (default: $TENANTDESK_HEALTH_URL, else %1; empty or "
                                  "\"none\": do not ask).")
                    .arg(LiveUse::defaultHealthUrl()),
            TenantDataCommand::tr("url")};

    LiveUseOptions options(const QCommandLineParser &parser) const
    {
        LiveUseOptions live;
        live.server = askServer(cli::healthUrl(parser, healthUrl));
        live.force = parser.isSet(force);
        return live;
    }
};

} // namespace

QCommandLineOption namespacePatternOption()
{
    return QCommandLineOption(
            QStringLiteral("namespace-pattern"),
            TenantDataCommand::tr("How memory namespaces name a tenant and workspace: {tenant} "
                                  "and {workspace} stand for their ids (default: the settings', "
                                  "else %1).")
                    .arg(NamespacePattern::defaultPattern()),
            TenantDataCommand::tr("pattern"));
}

Result<QString> namespacePattern(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString pattern
            = parser.isSet(option) ? parser.value(option) : NamespacePattern::configured();
    if (auto valid = NamespacePattern::validate(pattern); !valid)
        return valid.error();
    return pattern;
}

QJsonObject footprintJson(const Footprint &footprint)
{
    QJsonObject tables;
    QJsonArray scanned;
    for (const TableRows &table : footprint.tables)
        tables.insert(table.table, table.rows);
    for (const QString &table : footprint.scannedTables())
        scanned.append(table);
    QJsonObject object{{QStringLiteral("memberships"), footprint.memberships},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("data_rows"), footprint.dataRows()},
                       {QStringLiteral("scanned"), scanned}};
    if (footprint.workspaceId.isEmpty())
        object.insert(QStringLiteral("workspaces"), footprint.workspaces);
    if (footprint.hasMemory) {
        object.insert(QStringLiteral("memory_entries"), footprint.memoryEntries);
        object.insert(QStringLiteral("namespace_prefix"), footprint.namespacePrefix);
    }
    return object;
}

QString footprintText(const Footprint &footprint)
{
    QString text = TenantDataCommand::tr("Footprint:") + QLatin1Char('\n');
    for (const QString &line : TenantFootprint::describe(footprint))
        text += QStringLiteral("  ") + shown(line) + QLatin1Char('\n');
    return text;
}

int tenantExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), TenantDataCommand::tr("The file to write."),
                                 TenantDataCommand::tr("file"));
    const QCommandLineOption credentials(
            QStringLiteral("with-credentials"),
            TenantDataCommand::tr("Also export the members' password hashes."));
    const QCommandLineOption pattern = namespacePatternOption();
    parser.addOptions({out, credentials, pattern});
    parser.addPositionalArgument(QStringLiteral("slug"), TenantDataCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant export"), arguments, 1,
                                   QLatin1String(kTenantExportUsage));
        code >= 0)
        return code;
    if (!parser.isSet(out))
        return context.usage(
                TenantDataCommand::tr("Usage: %1").arg(QLatin1String(kTenantExportUsage)));
    auto patternText = namespacePattern(parser, pattern);
    if (!patternText)
        return context.fail(patternText.error());
    auto target = signInToTenant(context, parser.positionalArguments().at(0));
    if (!target)
        return context.fail(target.error());
    if (parser.isSet(credentials))
        context.warn(TenantDataCommand::tr(
                "The export holds the members' password hashes: keep the file as safe as the "
                "database itself."));
    TenantExportOptions options;
    options.tenant = target->tenant.id;
    options.outPath = parser.value(out);
    options.withCredentials = parser.isSet(credentials);
    options.namespacePattern = *patternText;
    auto report = TenantExporter(*target->session.db, target->session.actor)
                          .exportTenant(options, progressPrinter(context));
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("exported"), report->tenant.slug},
                           {QStringLiteral("id"), report->tenant.id},
                           {QStringLiteral("file"), report->path},
                           {QStringLiteral("members"), report->members},
                           {QStringLiteral("with_credentials"), report->withCredentials},
                           {QStringLiteral("tables"), tablesJson(report->tables)}});
        return 0;
    }
    QTextStream &stream = context.out();
    stream << TenantDataCommand::tr("Exported tenant %1 with %n member(s) to %2.", "",
                                    int(report->members))
                      .arg(report->tenant.slug, shown(report->path))
           << '\n';
    printTables(stream, report->tables);
    return 0;
}

int tenantImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    TenantDataCommand::tr("Report what would be added; change "
                                                          "nothing."));
    const QCommandLineOption createUsers(
            QStringLiteral("create-users"),
            TenantDataCommand::tr("Create members this database does not know, locked."));
    const QCommandLineOption newIds(
            QStringLiteral("new-ids"),
            TenantDataCommand::tr("Give the tenant and its workspaces new ids when theirs are "
                                  "taken."));
    const LiveUseFlags live;
    parser.addOptions({dryRun, createUsers, newIds, live.force, live.healthUrl});
    parser.addPositionalArgument(QStringLiteral("file"), TenantDataCommand::tr("The export file."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant import"), arguments, 1,
                                   QLatin1String(kTenantImportUsage));
        code >= 0)
        return code;
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    TenantImportOptions options;
    options.file = parser.positionalArguments().at(0);
    options.dryRun = parser.isSet(dryRun);
    options.createUsers = parser.isSet(createUsers);
    options.newIds = parser.isSet(newIds);
    if (!options.dryRun)
        options.live = live.options(parser);
    auto report = TenantImporter(*session->db, session->actor)
                          .importTenant(options, progressPrinter(context));
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("imported"), report->tenant.slug},
                           {QStringLiteral("id"), report->tenant.id},
                           {QStringLiteral("dry_run"), report->dryRun},
                           {QStringLiteral("new_ids"), report->newIds},
                           {QStringLiteral("source_file"), report->sourceFile},
                           {QStringLiteral("mapped_members"),
                            QJsonArray::fromStringList(report->mappedMembers)},
                           {QStringLiteral("created_users"),
                            QJsonArray::fromStringList(report->createdUsers)},
                           {QStringLiteral("skipped_memberships"), report->skippedMemberships},
                           {QStringLiteral("checksums_verified"), report->checksumsVerified},
                           {QStringLiteral("tables"), tablesJson(report->tables)}});
        return 0;
    }
    QTextStream &stream = context.out();
    stream << (report->dryRun
                       ? TenantDataCommand::tr("Dry run: importing %1 would add tenant %2 (%3):")
                       : TenantDataCommand::tr("Imported %1: added tenant %2 (%3):"))
                      .arg(shown(report->file), report->tenant.slug, report->tenant.id)
           << '\n';
    printTables(stream, report->tables);
    stream << TenantDataCommand::tr("Members found by e-mail: %1.")
                      .arg(report->mappedMembers.size())
           << '\n';
    if (!report->createdUsers.isEmpty())
        stream << TenantDataCommand::tr("Users created, locked: %1.")
                          .arg(shown(report->createdUsers.join(QStringLiteral(", "))))
               << '\n';
    if (report->skippedMemberships > 0)
        stream << TenantDataCommand::tr("Skipped %n membership(s) of people the export does not "
                                        "name (deleted users).",
                                        "", int(report->skippedMemberships))
               << '\n';
    return 0;
}

int tenantMove(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                TenantDataCommand::tr("The database to move the tenant to."),
                                TenantDataCommand::tr("file"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 TenantDataCommand::tr("Confirm deleting the tenant on the source "
                                                       "once the target holds it."));
    const QCommandLineOption createUsers(
            QStringLiteral("create-users"),
            TenantDataCommand::tr("Create members the target does not know, locked."));
    const QCommandLineOption pattern = namespacePatternOption();
    const LiveUseFlags live;
    parser.addOptions({to, yes, createUsers, pattern, live.force, live.healthUrl});
    parser.addPositionalArgument(QStringLiteral("slug"), TenantDataCommand::tr("The tenant."));
    if (int code = parseSubCommand(context, parser, QStringLiteral("tenant move"), arguments, 1,
                                   QLatin1String(kTenantMoveUsage));
        code >= 0)
        return code;
    if (!parser.isSet(to))
        return context.usage(
                TenantDataCommand::tr("Usage: %1").arg(QLatin1String(kTenantMoveUsage)));
    auto patternText = namespacePattern(parser, pattern);
    if (!patternText)
        return context.fail(patternText.error());
    auto source = signInToTenant(context, parser.positionalArguments().at(0));
    if (!source)
        return context.fail(source.error());
    const Tenant tenant = source->tenant;
    auto footprint = TenantFootprint(*source->session.db, source->session.actor, *patternText)
                             .ofTenant(tenant.id);
    if (!footprint)
        return context.fail(footprint.error());
    if (!parser.isSet(yes))
        return context.usage(TenantDataCommand::tr("Moving tenant %1 to %2 deletes it on %3 "
                                                   "with everything it owns; add --yes to "
                                                   "confirm.\n%4")
                                     .arg(tenant.slug, shown(parser.value(to)),
                                          shown(context.databasePath()), footprintText(*footprint))
                                     .trimmed());

    auto targetDb = Database::open(parser.value(to));
    if (!targetDb)
        return context.fail(targetDb.error());
    const Authenticator authenticator(**targetDb);
    auto required = authenticator.requiresSignIn();
    if (!required)
        return context.fail(required.error());
    Result<Actor> targetActor = authenticator.bootstrap();
    if (*required) {
        auto password = context.readPassword(TenantDataCommand::tr("Password for %1 on %2: ")
                                                     .arg(context.userLogin(), parser.value(to)),
                                             false);
        if (!password)
            return context.fail(password.error());
        targetActor = authenticator.signIn(context.userLogin(), *password);
    }
    if (!targetActor)
        return context.fail(targetActor.error());

    TenantMoveOptions options;
    options.tenant = tenant.id;
    options.namespacePattern = *patternText;
    options.createUsers = parser.isSet(createUsers);
    options.live = live.options(parser);
    auto report = TenantMover(*source->session.db, source->session.actor, **targetDb, *targetActor)
                          .move(options, progressPrinter(context));
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("moved"), tenant.slug},
                           {QStringLiteral("id"), tenant.id},
                           {QStringLiteral("to"), report->targetPath},
                           {QStringLiteral("already_on_target"), report->alreadyOnTarget},
                           {QStringLiteral("created_users"),
                            QJsonArray::fromStringList(report->import.createdUsers)},
                           {QStringLiteral("verified"), tablesJson(report->verified)},
                           {QStringLiteral("deleted"), footprintJson(report->deleted)}});
        return 0;
    }
    QTextStream &stream = context.out();
    if (report->alreadyOnTarget)
        stream << TenantDataCommand::tr("Tenant %1 was on %2 already, equal to the source.")
                          .arg(tenant.slug, shown(report->targetPath))
               << '\n';
    stream << TenantDataCommand::tr("Moved tenant %1 to %2; the target's rows match the export:")
                      .arg(tenant.slug, shown(report->targetPath))
           << '\n';
    printTables(stream, report->verified);
    stream << TenantDataCommand::tr("Deleted it on %1.").arg(shown(context.databasePath())) << '\n';
    return 0;
}

} // namespace tenantdesk::cli
