#include "cli/usermanagement.h"

#include "cli/clicontext.h"
#include "cli/jsonbuilders.h"
#include "cli/output.h"
#include "cli/passwordprompt.h"
#include "cli/signin.h"

#include "core/people/userservice.h"
#include "core/tenancy/membershipservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace tenantdesk::cli {

namespace {

struct UserManagement
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::UserManagement)
};

const char kCreateUsage[] = "tenantctl user create USERNAME --email EMAIL "
                            "[--role admin|developer|viewer] [--generate-password]";
const char kShowUsage[] = "tenantctl user show USER";
const char kSetPasswordUsage[] = "tenantctl user set-password USER [--generate-password]";
const char kLockUsage[] = "tenantctl user lock USER";
const char kUnlockUsage[] = "tenantctl user unlock USER";
const char kSetRoleUsage[] = "tenantctl user set-role USER admin|developer|viewer";
const char kRenameUsage[] = "tenantctl user rename USER [--username NAME] [--email EMAIL]";
const char kDeleteUsage[] = "tenantctl user delete USER --yes";

const QCommandLineOption &generateOption()
{
    static const QCommandLineOption option(
            QStringLiteral("generate-password"),
            UserManagement::tr(
                    "Generate a strong password and print it once (it is not stored in clear)."));
    return option;
}

Result<GlobalRole> parseGlobalRole(const QString &name)
{
    for (GlobalRole role : {GlobalRole::Admin, GlobalRole::Developer, GlobalRole::Viewer}) {
        if (name == globalRoleName(role))
            return role;
    }
    return invalidInput(
            UserManagement::tr("\"%1\" is not a global role: use admin, developer or viewer.")
                    .arg(name));
}

// A new password: generated, from $TENANTDESK_NEW_PASSWORD, or typed twice at a no-echo
// prompt. Never from an argument.
Result<QString> newPassword(bool generate)
{
    if (generate)
        return UserService::generatePassword();
    if (qEnvironmentVariableIsSet("TENANTDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("TENANTDESK_NEW_PASSWORD");
    if (!isInteractive())
        return invalidInput(
                UserManagement::tr("No new password: set TENANTDESK_NEW_PASSWORD, run in a "
                                   "terminal or use --generate-password."));
    const QString first
            = promptHidden(UserManagement::tr("New password (at least 8 characters): "));
    if (promptHidden(UserManagement::tr("New password again: ")) != first)
        return invalidInput(UserManagement::tr("The two passwords differ; nothing was changed."));
    return first;
}

QString statusText(const User &user)
{
    return user.locked ? UserManagement::tr("locked") : UserManagement::tr("active");
}

QJsonObject fullUserJson(const User &user)
{
    QJsonObject object = userJson(user);
    object.insert(QStringLiteral("created_at"), user.createdAt);
    object.insert(QStringLiteral("last_login_at"),
                  user.lastLoginAt.isEmpty() ? QJsonValue() : QJsonValue(user.lastLoginAt));
    return object;
}

// What a changing command prints: the user (and a generated password, once).
int printUser(CliContext &context, const User &user, const QString &done,
              const QString &generatedPassword = {})
{
    if (context.json()) {
        QJsonObject object{{QStringLiteral("user"), fullUserJson(user)}};
        if (!generatedPassword.isEmpty())
            object.insert(QStringLiteral("generated_password"), generatedPassword);
        context.printJson(object);
        return 0;
    }
    context.out() << done << '\n';
    if (!generatedPassword.isEmpty())
        context.out() << UserManagement::tr("Generated password (shown only now): %1")
                                 .arg(generatedPassword)
                      << '\n';
    context.out().flush();
    return 0;
}

// Parses, signs in and finds USER (the first positional argument) as the actor sees them.
struct Target
{
    Session session;
    User user;
};

Result<Target> signInFor(CliContext &context, const QString &who)
{
    auto session = signIn(context);
    if (!session)
        return session.error();
    auto user = UserService(*session->db, session->actor).find(who);
    if (!user)
        return user.error();
    return Target{*session, *user};
}

int createUser(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption email(QStringLiteral("email"),
                                   UserManagement::tr("The e-mail address."),
                                   QStringLiteral("email"));
    const QCommandLineOption role(
            QStringLiteral("role"),
            UserManagement::tr("The global role: admin, developer (default) or viewer."),
            QStringLiteral("role"));
    parser.addOptions({email, role, generateOption()});
    if (int code = parseSubCommand(context, parser, QStringLiteral("user create"), arguments, 1,
                                   QLatin1String(kCreateUsage));
        code >= 0)
        return code;
    if (!parser.isSet(email))
        return context.usage(UserManagement::tr("Usage: %1").arg(QLatin1String(kCreateUsage)));
    NewUser user;
    user.username = parser.positionalArguments().first();
    user.email = parser.value(email);
    if (parser.isSet(role)) {
        auto parsed = parseGlobalRole(parser.value(role));
        if (!parsed)
            return context.fail(parsed.error());
        user.role = *parsed;
    }
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    const bool generate = parser.isSet(generateOption());
    auto password = newPassword(generate);
    if (!password)
        return context.fail(password.error());
    user.password = *password;
    auto created = UserService(*session->db, session->actor).create(user);
    if (!created)
        return context.fail(created.error());
    return printUser(
            context, *created,
            UserManagement::tr("Created %1 <%2>, global role %3.")
                    .arg(created->username, created->email, globalRoleName(created->globalRole)),
            generate ? *password : QString());
}

QJsonArray tenantRolesJson(const QList<TenantRoleSummary> &roles)
{
    QJsonArray tenants;
    for (const TenantRoleSummary &summary : roles) {
        QJsonArray workspaces;
        for (const Membership &grant : summary.workspaceGrants)
            workspaces.append(QJsonObject{{QStringLiteral("slug"), grant.workspaceSlug},
                                          {QStringLiteral("id"), grant.workspaceId},
                                          {QStringLiteral("role"), tenantRoleName(grant.role)}});
        tenants.append(
                QJsonObject{{QStringLiteral("slug"), summary.tenant.slug},
                            {QStringLiteral("id"), summary.tenant.id},
                            {QStringLiteral("name"), summary.tenant.name},
                            {QStringLiteral("tenant_role"),
                             summary.tenantWideRole == TenantRole::None
                                     ? QJsonValue()
                                     : QJsonValue(tenantRoleName(summary.tenantWideRole))},
                            {QStringLiteral("highest_role"), tenantRoleName(summary.highestRole)},
                            {QStringLiteral("workspaces"), workspaces}});
    }
    return tenants;
}

int showUser(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (int code = parseSubCommand(context, parser, QStringLiteral("user show"), arguments, 1,
                                   QLatin1String(kShowUsage));
        code >= 0)
        return code;
    auto target = signInFor(context, parser.positionalArguments().first());
    if (!target)
        return context.fail(target.error());
    const User &user = target->user;
    // Where the person has access, in the tenants the signed-in user may see.
    QList<TenantRoleSummary> roles;
    if (target->session.db->hasTable(QStringLiteral("tenant_users"))) {
        auto found = MembershipService(*target->session.db, target->session.actor)
                             .rolesOf(user.id, 100000);
        if (!found)
            return context.fail(found.error());
        roles = *found;
    }
    if (context.json()) {
        QJsonObject object = fullUserJson(user);
        object.insert(QStringLiteral("tenants"), tenantRolesJson(roles));
        context.printJson(object);
        return 0;
    }
    QTextStream &out = context.out();
    out << UserManagement::tr("%1 <%2>").arg(cell(user.username), cell(user.email)) << '\n'
        << UserManagement::tr("  id:          %1").arg(user.id) << '\n'
        << UserManagement::tr("  global role: %1").arg(globalRoleName(user.globalRole)) << '\n'
        << UserManagement::tr("  status:      %1").arg(statusText(user)) << '\n'
        << UserManagement::tr("  created:     %1").arg(user.createdAt) << '\n'
        << UserManagement::tr("  last login:  %1")
                    .arg(user.lastLoginAt.isEmpty() ? UserManagement::tr("never")
                                                    : user.lastLoginAt)
        << '\n';
    if (roles.isEmpty()) {
        out << UserManagement::tr("No roles in a tenant you may see.") << '\n';
        out.flush();
        return 0;
    }
    printTenantRoles(out, roles);
    return 0;
}

int setPassword(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(generateOption());
    if (int code = parseSubCommand(context, parser, QStringLiteral("user set-password"), arguments,
                                   1, QLatin1String(kSetPasswordUsage));
        code >= 0)
        return code;
    auto target = signInFor(context, parser.positionalArguments().first());
    if (!target)
        return context.fail(target.error());
    const bool generate = parser.isSet(generateOption());
    UserService service(*target->session.db, target->session.actor);
    const Actor &actor = target->session.actor;
    // Your own password, unless you are a global admin: with the current one, which the
    // sign-in just read ($TENANTDESK_PASSWORD or the prompt) and is asked for again here.
    if (target->user.id == actor.userId && !actor.isGlobalAdmin()) {
        auto current = context.readPassword(UserManagement::tr("Current password: "), false);
        if (!current)
            return context.fail(current.error());
        auto password = newPassword(generate);
        if (!password)
            return context.fail(password.error());
        if (auto changed = service.changeOwnPassword(*current, *password); !changed)
            return context.fail(changed.error());
        return printUser(
                context, target->user,
                UserManagement::tr("Changed your password; your aistack sessions were signed out."),
                generate ? *password : QString());
    }
    auto password = newPassword(generate);
    if (!password)
        return context.fail(password.error());
    auto changed = service.resetPassword(target->user.id, *password);
    if (!changed)
        return context.fail(changed.error());
    return printUser(
            context, *changed,
            UserManagement::tr("Set a new password for %1; their aistack sessions were signed out.")
                    .arg(changed->username),
            generate ? *password : QString());
}

// lock, unlock: one USER, one call.
int lockOrUnlock(CliContext &context, const QStringList &arguments, bool lock)
{
    QCommandLineParser parser;
    const QString name = lock ? QStringLiteral("user lock") : QStringLiteral("user unlock");
    if (int code = parseSubCommand(context, parser, name, arguments, 1,
                                   QLatin1String(lock ? kLockUsage : kUnlockUsage));
        code >= 0)
        return code;
    auto target = signInFor(context, parser.positionalArguments().first());
    if (!target)
        return context.fail(target.error());
    UserService service(*target->session.db, target->session.actor);
    auto changed = lock ? service.lock(target->user.id) : service.unlock(target->user.id);
    if (!changed)
        return context.fail(changed.error());
    return printUser(context, *changed,
                     lock ? UserManagement::tr(
                                    "Locked %1: they cannot sign in to aistack or TenantDesk until "
                                    "unlocked.")
                                     .arg(changed->username)
                          : UserManagement::tr("Unlocked %1.").arg(changed->username));
}

int setRole(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (int code = parseSubCommand(context, parser, QStringLiteral("user set-role"), arguments, 2,
                                   QLatin1String(kSetRoleUsage));
        code >= 0)
        return code;
    auto role = parseGlobalRole(parser.positionalArguments().at(1));
    if (!role)
        return context.fail(role.error());
    auto target = signInFor(context, parser.positionalArguments().first());
    if (!target)
        return context.fail(target.error());
    auto changed = UserService(*target->session.db, target->session.actor)
                           .setRole(target->user.id, *role);
    if (!changed)
        return context.fail(changed.error());
    return printUser(context, *changed,
                     UserManagement::tr("%1 is now %2.")
                             .arg(changed->username, globalRoleName(changed->globalRole)));
}

int renameUser(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption username(QStringLiteral("username"),
                                      UserManagement::tr("The new username."),
                                      QStringLiteral("name"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   UserManagement::tr("The new e-mail address."),
                                   QStringLiteral("email"));
    parser.addOptions({username, email});
    if (int code = parseSubCommand(context, parser, QStringLiteral("user rename"), arguments, 1,
                                   QLatin1String(kRenameUsage));
        code >= 0)
        return code;
    if (!parser.isSet(username) && !parser.isSet(email))
        return context.usage(UserManagement::tr("Give --username, --email or both."));
    auto target = signInFor(context, parser.positionalArguments().first());
    if (!target)
        return context.fail(target.error());
    auto changed = UserService(*target->session.db, target->session.actor)
                           .rename(target->user.id, parser.value(username), parser.value(email));
    if (!changed)
        return context.fail(changed.error());
    return printUser(context, *changed,
                     UserManagement::tr("%1 is now %2 <%3>.")
                             .arg(target->user.username, changed->username, changed->email));
}

int deleteUser(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(
            QStringLiteral("yes"),
            UserManagement::tr("Confirm: the user and their memberships are deleted."));
    parser.addOption(yes);
    if (int code = parseSubCommand(context, parser, QStringLiteral("user delete"), arguments, 1,
                                   QLatin1String(kDeleteUsage));
        code >= 0)
        return code;
    if (!parser.isSet(yes))
        return context.usage(
                UserManagement::tr("Deleting a user cannot be undone: confirm with --yes."));
    auto target = signInFor(context, parser.positionalArguments().first());
    if (!target)
        return context.fail(target.error());
    if (auto removed
        = UserService(*target->session.db, target->session.actor).remove(target->user.id);
        !removed)
        return context.fail(removed.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("deleted"), fullUserJson(target->user)}});
        return 0;
    }
    context.out()
            << UserManagement::tr("Deleted %1 with their memberships.").arg(target->user.username)
            << '\n';
    context.out().flush();
    return 0;
}

} // namespace

void printTenantRoles(QTextStream &out, const QList<TenantRoleSummary> &roles)
{
    QList<QStringList> rows;
    for (const TenantRoleSummary &summary : roles) {
        QStringList grants;
        if (summary.tenantWideRole != TenantRole::None)
            grants << UserManagement::tr("%1 (tenant-wide)")
                              .arg(tenantRoleName(summary.tenantWideRole));
        for (const Membership &grant : summary.workspaceGrants)
            grants << UserManagement::tr("%1 on %2")
                              .arg(tenantRoleName(grant.role), grant.workspaceSlug);
        rows << QStringList{summary.tenant.slug, tenantRoleName(summary.highestRole),
                            grants.join(QStringLiteral(", "))};
    }
    printTable(out,
               {UserManagement::tr("TENANT"), UserManagement::tr("HIGHEST"),
                UserManagement::tr("GRANTS")},
               rows);
}

QList<SubCommand> userManagementCommands()
{
    return {{"create", kCreateUsage, createUser},
            {"show", kShowUsage, showUser},
            {"set-password", kSetPasswordUsage, setPassword},
            {"lock", kLockUsage,
             [](CliContext &c, const QStringList &a) {
                 return lockOrUnlock(c, a, true);
             }},
            {"unlock", kUnlockUsage,
             [](CliContext &c, const QStringList &a) {
                 return lockOrUnlock(c, a, false);
             }},
            {"set-role", kSetRoleUsage, setRole},
            {"rename", kRenameUsage, renameUser},
            {"delete", kDeleteUsage, deleteUser}};
}

} // namespace tenantdesk::cli
