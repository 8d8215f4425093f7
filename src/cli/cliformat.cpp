#include "cli/cliformat.h"

#include "core/people/userdirectory.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace tenantdesk::cli {

QString cliTr(const char *text)
{
    return QCoreApplication::translate("tenantctl", text);
}

namespace {

QString groupUsage(const QList<SubCommand> &commands)
{
    QString text = cliTr("Usage:") + QLatin1Char('\n');
    for (const SubCommand &command : commands)
        text += QStringLiteral("  %1\n").arg(QLatin1String(command.usage));
    text += cliTr("Every command takes --db PATH, --user NAME and --json.") + QLatin1Char('\n');
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
        return context.usage(cliTr("tenantctl %1 needs a command: %2.")
                                     .arg(group, names.join(QStringLiteral(", "))));
    const QString name = arguments.first();
    for (const SubCommand &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(context, arguments.mid(1));
    }
    return context.usage(cliTr("Unknown %1 command \"%2\": use %3.")
                                 .arg(group, name, names.join(QStringLiteral(", "))));
}

int parseSubCommand(CliContext &context, QCommandLineParser &parser, const QString &name,
                    const QStringList &arguments, int positionalCount, const QString &usage)
{
    parser.setApplicationDescription(cliTr("Usage: %1").arg(usage));
    if (!parseCommandLine(context, parser, name, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != positionalCount)
        return context.usage(cliTr("Usage: %1").arg(usage));
    return -1;
}

Result<Session> signIn(CliContext &context)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto actor = context.signIn();
    if (!actor)
        return actor.error();
    return Session{*db, *actor};
}

Result<Tenant> resolveTenant(const Session &session, const QString &slug)
{
    return TenantService(*session.db, session.actor).find(slug);
}

Result<Workspace> resolveWorkspace(const Session &session, const Tenant &tenant,
                                   const QString &slug)
{
    auto workspace = WorkspaceService(*session.db, session.actor).find(tenant.id, slug);
    if (!workspace && workspace.error().code == ErrorCode::NotFound)
        return notFound(cliTr("Tenant \"%1\" has no workspace \"%2\" that you may see.")
                                .arg(tenant.slug, slug));
    return workspace;
}

Result<User> resolveUser(const Session &session, const QString &login)
{
    auto user = UserDirectory(*session.db).findByLogin(login);
    if (!user)
        return user.error();
    if (!*user)
        return notFound(cliTr("There is no user \"%1\".").arg(login));
    return **user;
}

Result<TenantRole> parseRole(const QString &name)
{
    const auto role = tenantRoleFromName(name);
    if (!role)
        return invalidInput(
                cliTr("\"%1\" is not a role: use member, workspace_admin or tenant_admin.")
                        .arg(name));
    return *role;
}

Result<int> parseLimit(const QString &value, const QString &option)
{
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit <= 0)
        return invalidInput(cliTr("--%1 takes a positive number, not \"%2\".").arg(option, value));
    return limit;
}

QJsonObject tenantJson(const Tenant &tenant)
{
    return {{QStringLiteral("id"), tenant.id},
            {QStringLiteral("name"), tenant.name},
            {QStringLiteral("slug"), tenant.slug},
            {QStringLiteral("settings"), tenant.settings},
            {QStringLiteral("created_at"), tenant.createdAt},
            {QStringLiteral("updated_at"), tenant.updatedAt}};
}

QJsonObject workspaceJson(const Workspace &workspace)
{
    return {{QStringLiteral("id"), workspace.id},
            {QStringLiteral("tenant_id"), workspace.tenantId},
            {QStringLiteral("name"), workspace.name},
            {QStringLiteral("slug"), workspace.slug},
            {QStringLiteral("settings"), workspace.settings},
            {QStringLiteral("created_at"), workspace.createdAt},
            {QStringLiteral("updated_at"), workspace.updatedAt}};
}

QJsonObject membershipJson(const Membership &membership)
{
    const bool wide = membership.isTenantWide();
    return {{QStringLiteral("tenant_id"), membership.tenantId},
            {QStringLiteral("user_id"), membership.userId},
            {QStringLiteral("username"), membership.username},
            {QStringLiteral("email"), membership.email},
            {QStringLiteral("workspace_id"),
             wide ? QJsonValue() : QJsonValue(membership.workspaceId)},
            {QStringLiteral("workspace_slug"),
             wide ? QJsonValue() : QJsonValue(membership.workspaceSlug)},
            {QStringLiteral("role"), tenantRoleName(membership.role)},
            {QStringLiteral("created_at"), membership.createdAt}};
}

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), globalRoleName(user.globalRole)}};
}

QJsonObject auditEntryJson(const AuditEntry &entry)
{
    QJsonObject object{{QStringLiteral("seq"), entry.seq},
                       {QStringLiteral("created_at"), entry.createdAt},
                       {QStringLiteral("event_type"), entry.eventType},
                       {QStringLiteral("payload"),
                        QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object()},
                       {QStringLiteral("hash"), entry.hash},
                       {QStringLiteral("prev_hash"), entry.prevHash}};
    if (!entry.signature.isEmpty()) {
        object.insert(QStringLiteral("signature"), entry.signature);
        object.insert(QStringLiteral("signature_alg"), entry.signatureAlg);
    }
    return object;
}

QString cell(const QString &text, int maxLength)
{
    QString shown;
    shown.reserve(qMin<qsizetype>(text.size(), maxLength + 1));
    for (const QChar c : text) {
        if (shown.size() >= maxLength) {
            // Do not cut a surrogate pair in half.
            if (shown.back().isHighSurrogate())
                shown.chop(1);
            shown += QChar(0x2026);
            return shown;
        }
        shown += c.category() == QChar::Other_Control ? QLatin1Char(' ') : c;
    }
    return shown;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths << title.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
            else
                line += row.at(i);
        }
        out << line << '\n';
    };
    printRow(header);
    for (const QStringList &row : rows)
        printRow(row);
    out.flush();
}

} // namespace tenantdesk::cli
