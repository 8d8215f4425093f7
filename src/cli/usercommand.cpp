#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/jsonbuilders.h"
#include "cli/listing.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "cli/usermanagement.h"

#include "core/access/accesspolicy.h"
#include "core/tenancy/membershipservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tenantdesk::cli {

namespace {

struct UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::UserCommand)
};

} // namespace

extern const char kWhoamiUsage[] = "tenantctl whoami";
extern const char kCanUsage[] = "tenantctl can USER ACTION [TARGET] [--role ROLE]";

namespace {

const char kUserListUsage[] = "tenantctl user list [--limit N]";

int listUsers(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), UserCommand::tr("At most N users."),
                                   QStringLiteral("n"));
    parser.addOption(limit);
    if (int code = parseSubCommand(context, parser, QStringLiteral("user list"), arguments, 0,
                                   QLatin1String(kUserListUsage));
        code >= 0)
        return code;
    const auto maximum = parseLimit(parser, limit, std::numeric_limits<int>::max());
    if (!maximum)
        return context.fail(maximum.error());
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    const MembershipService service(*session->db, session->actor);
    ListPrinter printer(context, QStringLiteral("users"),
                        {UserCommand::tr("USERNAME"), UserCommand::tr("E-MAIL"),
                         UserCommand::tr("GLOBAL ROLE"), UserCommand::tr("STATUS")});
    auto listed = forEachPage<User>(
            *maximum, 1000,
            [&](int size, const User *after) {
                return service.visibleUsers(size, after ? after->username : QString());
            },
            printer.sink<User>(
                    [](const User &user) {
                        return QStringList{user.username, user.email,
                                           globalRoleName(user.globalRole),
                                           user.locked ? UserCommand::tr("locked")
                                                       : UserCommand::tr("active")};
                    },
                    userJson));
    if (!listed)
        return context.fail(listed.error());
    printer.finish(*listed);
    return 0;
}

// Which target kinds an action needs: nothing (global), a tenant, or a workspace of one.
enum class TargetKind { None, Tenant, Workspace };

TargetKind targetKindOf(Action action)
{
    switch (action) {
    case Action::ViewTenant:
    case Action::RenameTenant:
    case Action::EditTenantSettings:
    case Action::DeleteTenant:
    case Action::CreateWorkspace:
    case Action::ManageTenantRole:
        return TargetKind::Tenant;
    case Action::ViewWorkspace:
    case Action::RenameWorkspace:
    case Action::DeleteWorkspace:
    case Action::EditWorkspaceSettings:
    case Action::ManageWorkspaceRole:
        return TargetKind::Workspace;
    case Action::CreateTenant:
    case Action::RunMigrations:
    case Action::Provision:
    case Action::VerifyAudit:
    case Action::ViewAudit:
    case Action::ManageUsers:
    case Action::TransferTenant: // global: it moves whole tenants between installations
        break;
    }
    return TargetKind::None;
}

} // namespace

QList<SubCommand> userSubCommands()
{
    return QList<SubCommand>{{"list", kUserListUsage, listUsers}} + userManagementCommands();
}

int runUser(CliContext &context, const QStringList &arguments)
{
    return dispatch(context, QStringLiteral("user"), userSubCommands(), arguments);
}

int runWhoami(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (int code = parseSubCommand(context, parser, QStringLiteral("whoami"), arguments, 0,
                                   QLatin1String(kWhoamiUsage));
        code >= 0)
        return code;
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    const Actor &actor = session->actor;
    auto roles = MembershipService(*session->db, actor).rolesOf(actor.userId, 100000);
    if (!roles)
        return context.fail(roles.error());

    if (context.json()) {
        QJsonArray tenants;
        for (const TenantRoleSummary &summary : std::as_const(*roles)) {
            QJsonArray workspaces;
            for (const Membership &grant : summary.workspaceGrants)
                workspaces.append(
                        QJsonObject{{QStringLiteral("slug"), grant.workspaceSlug},
                                    {QStringLiteral("id"), grant.workspaceId},
                                    {QStringLiteral("role"), tenantRoleName(grant.role)}});
            tenants.append(QJsonObject{
                    {QStringLiteral("slug"), summary.tenant.slug},
                    {QStringLiteral("id"), summary.tenant.id},
                    {QStringLiteral("name"), summary.tenant.name},
                    {QStringLiteral("tenant_role"),
                     summary.tenantWideRole == TenantRole::None
                             ? QJsonValue()
                             : QJsonValue(tenantRoleName(summary.tenantWideRole))},
                    {QStringLiteral("highest_role"), tenantRoleName(summary.highestRole)},
                    {QStringLiteral("workspaces"), workspaces}});
        }
        context.printJson(
                {{QStringLiteral("id"), actor.userId},
                 {QStringLiteral("username"), actor.auditName()},
                 {QStringLiteral("email"), actor.email},
                 {QStringLiteral("global_role"),
                  actor.bootstrap ? QJsonValue() : QJsonValue(globalRoleName(actor.globalRole))},
                 {QStringLiteral("global_admin"), actor.isGlobalAdmin()},
                 {QStringLiteral("bootstrap"), actor.bootstrap},
                 {QStringLiteral("tenants"), tenants}});
        return 0;
    }
    QTextStream &out = context.out();
    if (actor.bootstrap) {
        out << UserCommand::tr(
                "Not signed in: this database has no users yet. Create the first admin with "
                "tenantctl init.")
            << '\n';
        return 0;
    }
    out << UserCommand::tr("%1 <%2>, global role %3")
                    .arg(actor.username, actor.email, globalRoleName(actor.globalRole))
        << '\n';
    if (actor.isGlobalAdmin())
        out << UserCommand::tr("As a global admin you may do everything in every tenant.") << '\n';
    if (roles->isEmpty()) {
        out << UserCommand::tr("No roles in any tenant.") << '\n';
        return 0;
    }
    printTenantRoles(out, *roles);
    return 0;
}

int runCan(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption roleOption(
            QStringLiteral("role"),
            UserCommand::tr("For member.grant-*: the role granted, changed or revoked "
                            "(default member)."),
            QStringLiteral("role"));
    parser.addOption(roleOption);
    parser.addPositionalArgument(QStringLiteral("user"), UserCommand::tr("Username or e-mail."));
    parser.addPositionalArgument(
            QStringLiteral("action"),
            UserCommand::tr("One of: %1.").arg(actionNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 UserCommand::tr("TENANT or TENANT/WORKSPACE (slugs)."));
    parser.setApplicationDescription(UserCommand::tr("Usage: %1").arg(QLatin1String(kCanUsage)));
    if (!parseCommandLine(context, parser, QStringLiteral("can"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || positional.size() > 3)
        return context.usage(UserCommand::tr("Usage: %1").arg(QLatin1String(kCanUsage)));
    const auto action = actionFromName(positional.at(1));
    if (!action)
        return context.usage(
                UserCommand::tr("Unknown action \"%1\"; use one of: %2.")
                        .arg(positional.at(1), actionNames().join(QStringLiteral(", "))));
    TenantRole role = TenantRole::Member;
    if (parser.isSet(roleOption)) {
        auto parsed = parseRole(parser.value(roleOption));
        if (!parsed)
            return context.fail(parsed.error());
        role = *parsed;
    }
    const TargetKind kind = targetKindOf(*action);
    const QString targetText = positional.size() == 3 ? positional.at(2) : QString();
    const qsizetype slash = targetText.indexOf(QLatin1Char('/'));
    const QString tenantSlug = slash < 0 ? targetText : targetText.left(slash);
    const QString workspaceSlug = slash < 0 ? QString() : targetText.mid(slash + 1);
    if (kind == TargetKind::Tenant && (tenantSlug.isEmpty() || slash >= 0))
        return context.usage(UserCommand::tr("%1 needs a tenant as TARGET.").arg(positional.at(1)));
    if (kind == TargetKind::Workspace && (tenantSlug.isEmpty() || workspaceSlug.isEmpty()))
        return context.usage(
                UserCommand::tr("%1 needs TENANT/WORKSPACE as TARGET.").arg(positional.at(1)));

    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    auto user = resolveUser(*session, positional.at(0));
    if (!user)
        return context.fail(user.error());
    // The target is looked up as the signed-in user sees it: nobody learns about tenants they
    // may not see by asking about someone else.
    AccessTarget target;
    target.role = role;
    if (kind != TargetKind::None) {
        auto tenant = resolveTenant(*session, tenantSlug);
        if (!tenant)
            return context.fail(tenant.error());
        target.tenantId = tenant->id;
        if (kind == TargetKind::Workspace) {
            auto workspace = resolveWorkspace(*session, *tenant, workspaceSlug);
            if (!workspace)
                return context.fail(workspace.error());
            target.workspaceId = workspace->id;
        }
    }
    auto decision = AccessPolicy(*session->db).decide(user->toActor(), *action, target);
    if (!decision)
        return context.fail(decision.error());

    if (context.json()) {
        context.printJson(
                {{QStringLiteral("allowed"), decision->allowed},
                 {QStringLiteral("user"), user->username},
                 {QStringLiteral("action"), actionName(*action)},
                 {QStringLiteral("target"),
                  kind == TargetKind::None ? QJsonValue() : QJsonValue(targetText)},
                 {QStringLiteral("rule"), decision->rule},
                 {QStringLiteral("reason"), decision->reason},
                 {QStringLiteral("who_could"),
                  decision->whoCould.isEmpty() ? QJsonValue() : QJsonValue(decision->whoCould)},
                 {QStringLiteral("message"), decision->message()}});
    } else {
        context.out() << (decision->allowed ? UserCommand::tr("allowed")
                                            : UserCommand::tr("refused"))
                      << '\n'
                      << decision->message() << '\n';
        context.out().flush();
    }
    return decision->allowed ? 0 : int(ErrorCode::Denied);
}

} // namespace tenantdesk::cli
