#include "cli/clicontext.h"
#include "cli/commands.h"
#include "cli/dispatch.h"
#include "cli/lookup.h"
#include "cli/output.h"
#include "cli/signin.h"

#include "core/tenancy/provisioner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tenantdesk::cli {

namespace {

struct ProvisionCommand
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::ProvisionCommand)
};

} // namespace

extern const char kProvisionUsage[]
        = "tenantctl provision [--tenant-slug S] [--workspace-slug W] [--role ROLE] "
          "[--tenant-name N] [--workspace-name N]";

int runProvision(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const ProvisionOptions defaults;
    const QCommandLineOption tenantSlug(
            QStringLiteral("tenant-slug"),
            ProvisionCommand::tr("Slug of the default tenant (default: %1).")
                    .arg(defaults.tenantSlug),
            QStringLiteral("slug"));
    const QCommandLineOption workspaceSlug(
            QStringLiteral("workspace-slug"),
            ProvisionCommand::tr("Slug of its default workspace (default: %1).")
                    .arg(defaults.workspaceSlug),
            QStringLiteral("slug"));
    const QCommandLineOption tenantName(
            QStringLiteral("tenant-name"),
            ProvisionCommand::tr("Name of the tenant when it is created (default: %1).")
                    .arg(defaults.tenantName),
            QStringLiteral("name"));
    const QCommandLineOption workspaceName(
            QStringLiteral("workspace-name"),
            ProvisionCommand::tr("Name of the workspace when it is created (default: %1).")
                    .arg(defaults.workspaceName),
            QStringLiteral("name"));
    const QCommandLineOption role(
            QStringLiteral("role"),
            ProvisionCommand::tr(
                    "One role for every user (default: tenant_admin for global admins, "
                    "member for everyone else)."),
            QStringLiteral("role"));
    parser.addOptions({tenantSlug, workspaceSlug, tenantName, workspaceName, role});
    if (int code = parseSubCommand(context, parser, QStringLiteral("provision"), arguments, 0,
                                   QLatin1String(kProvisionUsage));
        code >= 0)
        return code;
    ProvisionOptions options;
    if (parser.isSet(tenantSlug))
        options.tenantSlug = parser.value(tenantSlug);
    if (parser.isSet(workspaceSlug))
        options.workspaceSlug = parser.value(workspaceSlug);
    if (parser.isSet(tenantName))
        options.tenantName = parser.value(tenantName);
    if (parser.isSet(workspaceName))
        options.workspaceName = parser.value(workspaceName);
    if (parser.isSet(role)) {
        auto parsed = parseRole(parser.value(role));
        if (!parsed)
            return context.fail(parsed.error());
        options.roleForAll = *parsed;
    }
    auto session = signIn(context);
    if (!session)
        return context.fail(session.error());
    auto report = Provisioner(*session->db, session->actor).provision(options);
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson({{QStringLiteral("changed"), report->changedAnything()},
                           {QStringLiteral("tenant_created"), report->tenantCreated},
                           {QStringLiteral("workspace_created"), report->workspaceCreated},
                           {QStringLiteral("memberships_granted"), report->membershipsGranted},
                           {QStringLiteral("tenant_slug"), options.tenantSlug},
                           {QStringLiteral("tenant_id"), report->tenantId},
                           {QStringLiteral("workspace_slug"), options.workspaceSlug},
                           {QStringLiteral("workspace_id"), report->workspaceId}});
        return 0;
    }
    QTextStream &out = context.out();
    if (!report->changedAnything()) {
        out << ProvisionCommand::tr(
                       "Nothing to do: tenant %1, workspace %1/%2 and every user's membership "
                       "already exist.")
                        .arg(options.tenantSlug, options.workspaceSlug)
            << '\n';
        return 0;
    }
    if (report->tenantCreated)
        out << ProvisionCommand::tr("Created tenant %1.").arg(options.tenantSlug) << '\n';
    if (report->workspaceCreated)
        out << ProvisionCommand::tr("Created workspace %1/%2.")
                        .arg(options.tenantSlug, options.workspaceSlug)
            << '\n';
    out << ProvisionCommand::tr("Granted %n membership(s) in tenant %1.", "",
                                int(report->membershipsGranted))
                    .arg(options.tenantSlug)
        << '\n';
    return 0;
}

} // namespace tenantdesk::cli
