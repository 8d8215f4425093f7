#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/jsonbuilders.h"
#include "cli/listing.h"
#include "cli/lookup.h"
#include "cli/orderedjson.h"
#include "cli/output.h"
#include "cli/signin.h"

#include "core/audit/auditservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tenantdesk::cli {

namespace {

struct AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::AuditCommand)
};

const char kListUsage[] = "tenantctl audit list [--limit N] [--type EVENT_TYPE] [--tenant SLUG|ID] "
                          "[--actor TEXT]";
const char kVerifyUsage[] = "tenantctl audit verify";

int list(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(
            QStringLiteral("limit"),
            AuditCommand::tr("At most N entries, newest first (default 50)."), QStringLiteral("n"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  AuditCommand::tr("Only entries of this event type."),
                                  QStringLiteral("type"));
    const QCommandLineOption tenant(
            QStringLiteral("tenant"),
            AuditCommand::tr("Only the entries of this tenant (slug or id)."),
            QStringLiteral("slug"));
    const QCommandLineOption actor(
            QStringLiteral("actor"),
            AuditCommand::tr("Only entries whose actor contains this text (any case)."),
            QStringLiteral("text"));
    parser.addOptions({limit, type, tenant, actor});
    if (int code = parseSubCommand(context, parser, QStringLiteral("audit list"), arguments, 0,
                                   QLatin1String(kListUsage));
        code >= 0)
        return code;
    const auto count = parseLimit(parser, limit, 50);
    if (!count)
        return context.fail(count.error());
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    // The same filter and the same visibility rule as the app's audit page: AuditService
    // narrows it to the tenants the signed-in user may see.
    AuditFilter filter;
    filter.eventType = parser.value(type);
    filter.actor = parser.value(actor);
    if (parser.isSet(tenant)) {
        // A tenant the user may not see is not found (it is not revealed). A global admin may
        // name a deleted tenant by its id: its entries outlive it.
        const QString wanted = parser.value(tenant);
        auto named = resolveTenant(*session, wanted);
        static const QRegularExpression uuid(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        if (named)
            filter.tenantId = named->id;
        else if (named.error().code == ErrorCode::NotFound && session->actor.isGlobalAdmin()
                 && uuid.match(wanted).hasMatch())
            filter.tenantId = wanted;
        else
            return context.fail(named.error());
    }
    const AuditService service(*session->db, session->actor);
    ListPrinter printer(context, QStringLiteral("entries"),
                        {AuditCommand::tr("SEQ"), AuditCommand::tr("TIME"),
                         AuditCommand::tr("EVENT"), AuditCommand::tr("ACTOR"),
                         AuditCommand::tr("PAYLOAD")});
    // Newest first: each page continues below the oldest entry of the one before.
    auto listed = forEachPage<AuditEntry>(
            *count, 500,
            [&](int size, const AuditEntry *after) {
                return service.list(filter, size,
                                    after ? std::optional<qint64>(after->seq) : std::nullopt);
            },
            printer.sink<AuditEntry>(
                    [](const AuditEntry &entry) {
                        const QJsonObject payload
                                = QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object();
                        return QStringList{QString::number(entry.seq), timeText(entry.createdAt),
                                           entry.eventType,
                                           payload.value(QStringLiteral("actor")).toString(),
                                           cell(entry.payloadJson, 80)};
                    },
                    auditEntryJson));
    if (!listed)
        return context.fail(listed.error());
    printer.finish(*listed);
    return 0;
}

int verify(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (int code = parseSubCommand(context, parser, QStringLiteral("audit verify"), arguments, 0,
                                   QLatin1String(kVerifyUsage));
        code >= 0)
        return code;
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    auto result = AuditService(*session->db, session->actor).verify();
    if (!result)
        return context.fail(result.error());
    if (context.json()) {
        // Keys in the documented order: valid, checked, broken_at, reason, total, breaks,
        // warnings.
        QJsonArray breaks;
        for (const ChainBreak &broken : std::as_const(result->breaks))
            breaks.append(QJsonObject{{QStringLiteral("seq"), broken.seq},
                                      {QStringLiteral("reason"), broken.reason}});
        OrderedJsonObject object;
        object.add(QStringLiteral("valid"), result->valid)
                .add(QStringLiteral("checked"), result->checked)
                .add(QStringLiteral("broken_at"),
                     result->valid ? QJsonValue() : QJsonValue(result->brokenAt))
                .add(QStringLiteral("reason"),
                     result->reason.isEmpty() ? QJsonValue() : QJsonValue(result->reason))
                .add(QStringLiteral("total"), result->total)
                .add(QStringLiteral("breaks"), breaks)
                .add(QStringLiteral("warnings"), QJsonArray::fromStringList(result->warnings));
        context.out() << object.toJson() << '\n';
        context.out().flush();
        return result->valid ? 0 : int(ErrorCode::Failure);
    }
    // Every break on stdout, one per line, for the reader to follow up; the verdict is the
    // one sentence on stderr.
    for (const ChainBreak &broken : std::as_const(result->breaks))
        context.out() << AuditCommand::tr("Entry %1: %2.").arg(broken.seq).arg(broken.reason)
                      << '\n';
    for (const QString &warning : std::as_const(result->warnings))
        context.out() << AuditCommand::tr("Warning: %1").arg(warning) << '\n';
    context.out().flush();
    if (!result->valid)
        return context.fail(failure(
                AuditCommand::tr(
                        "The audit chain is broken at entry %1 after %2 sound entries, in %n "
                        "place(s) in all.",
                        "", int(result->breaks.size()))
                        .arg(result->brokenAt)
                        .arg(result->checked)));
    if (result->total == 0 && !result->reason.isEmpty())
        context.out() << result->reason << '\n';
    else
        context.out() << AuditCommand::tr("The audit chain is intact: %n entry(s) checked.", "",
                                          int(result->total))
                      << '\n';
    return 0;
}

} // namespace

QList<SubCommand> auditSubCommands()
{
    return {{"list", kListUsage, list}, {"verify", kVerifyUsage, verify}};
}

int runAudit(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("audit"), auditSubCommands(), arguments);
}

} // namespace tenantdesk::cli
