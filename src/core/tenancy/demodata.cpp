#include "core/tenancy/demodata.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/logging.h"
#include "core/people/authenticator.h"
#include "core/people/firstadmin.h"
#include "core/people/passwordhash.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QUuid>

namespace tenantdesk {

namespace {

struct DemoData
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::DemoData)
};

struct SampleTenant
{
    const char *name;
    const char *slug;
    const char *plan;
    const char *region;
};

// Fictional companies, so that screenshots and demos never show a real customer.
const SampleTenant kTenants[] = {
        {"Northwind Traders", "northwind", "enterprise", "eu-west-1"},
        {"Contoso Pharmaceuticals", "contoso", "enterprise", "us-east-1"},
        {"Fabrikam Manufacturing", "fabrikam", "business", "eu-central-1"},
        {"Tailspin Toys", "tailspin-toys", "starter", "us-west-2"},
        {"Wide World Importers", "wide-world", "business", "ap-southeast-2"},
        {"Adventure Works Cycles", "adventure-works", "business", "us-east-1"},
        {"Woodgrove Bank", "woodgrove", "enterprise", "eu-west-2"},
        {"Alpine Ski House", "alpine-ski", "starter", "eu-central-1"},
        {"Coho Winery", "coho-winery", "starter", "us-west-1"},
        {"Fourth Coffee", "fourth-coffee", "business", "ap-northeast-1"},
        {"Litware Labs", "litware", "enterprise", "eu-north-1"},
        {"Proseware Publishing", "proseware", "business", "ca-central-1"},
};

struct SampleWorkspace
{
    const char *name;
    const char *slug;
};

const SampleWorkspace kWorkspaces[] = {
        {"Production", "production"},    {"Staging", "staging"},
        {"Research", "research"},        {"Data Science", "data-science"},
        {"Customer Support", "support"}, {"Marketing", "marketing"},
        {"Finance", "finance"},          {"Sandbox", "sandbox"},
};

const char *const kPeople[] = {
        "amara.okafor", "ben.lindqvist",  "chen.wei",       "diego.ramirez", "elena.petrova",
        "farah.haddad", "george.mensah",  "hana.kobayashi", "ivan.novak",    "julia.schmidt",
        "kofi.asante",  "lena.fischer",   "mateo.rossi",    "nadia.rahman",  "oliver.brooks",
        "priya.sharma", "quentin.moreau", "rosa.delgado",   "samir.aziz",    "tessa.vanberg",
        "umar.farouk",  "valeria.costa",  "william.tanaka", "yara.nasser",
};

Result<QList<User>> addSampleUsers(const Database &db, const DemoOptions &options)
{
    QList<User> users;
    QList<QByteArray> hashes;
    // Hash outside the write lock: bcrypt is slow on purpose.
    for (const char *login : kPeople) {
        const QByteArray hash = PasswordHash::create(options.password, options.passwordCost);
        if (hash.isEmpty())
            return failure(DemoData::tr("Could not hash a sample password (libxcrypt refused)."));
        hashes.append(hash);
        User user;
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        user.username = QString::fromLatin1(login);
        user.email = user.username + QStringLiteral("@example.com");
        // A few viewers, mostly developers: aistack's default role.
        user.globalRole = users.size() % 6 == 5 ? GlobalRole::Viewer : GlobalRole::Developer;
        user.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        users.append(user);
    }

    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const AuditLog audit(db);
    for (qsizetype i = 0; i < users.size(); ++i) {
        const User &user = users.at(i);
        const QString role = globalRoleName(user.globalRole);
        auto inserted
                = db.exec(QStringLiteral("INSERT INTO users (id, email, username, "
                                         "password_hash, role, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {user.id, user.email, user.username, QString::fromLatin1(hashes.at(i)),
                           role, user.createdAt, user.createdAt});
        if (!inserted)
            return inserted.error();
        auto audited = audit.append(QStringLiteral("user.created"),
                                    {{QStringLiteral("actor"), options.adminUsername},
                                     {QStringLiteral("after"),
                                      QJsonObject{{QStringLiteral("id"), user.id},
                                                  {QStringLiteral("username"), user.username},
                                                  {QStringLiteral("email"), user.email},
                                                  {QStringLiteral("role"), role}}}});
        if (!audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return users;
}

QJsonObject tenantSettings(const SampleTenant &sample, QRandomGenerator &random)
{
    const bool enterprise = qstrcmp(sample.plan, "enterprise") == 0;
    QJsonArray features{QStringLiteral("audit-log"), QStringLiteral("api-keys")};
    if (enterprise)
        features.append(QStringLiteral("sso"));
    return {{QStringLiteral("plan"), QString::fromLatin1(sample.plan)},
            {QStringLiteral("region"), QString::fromLatin1(sample.region)},
            {QStringLiteral("seats"), enterprise ? 250 : 10 + random.bounded(90)},
            {QStringLiteral("sso"), enterprise},
            {QStringLiteral("features"), features},
            {QStringLiteral("limits"),
             QJsonObject{{QStringLiteral("requestsPerMinute"), enterprise ? 6000 : 600},
                         {QStringLiteral("storageGb"), enterprise ? 500 : 50}}},
            {QStringLiteral("billingContact"), QJsonValue::Null}};
}

} // namespace

Result<DemoReport> generateDemoData(const Database &db, const DemoOptions &options)
{
    for (const char *table : {"tenants", "workspaces", "tenant_users"}) {
        if (!db.hasTable(QString::fromLatin1(table)))
            return failure(
                    DemoData::tr("The demo needs the tenancy tables; apply the bundled migrations "
                                 "first."));
    }
    // A demo goes into a new file only: never mix sample people into real ones.
    auto hasUsers = Authenticator(db).requiresSignIn();
    if (!hasUsers)
        return hasUsers.error();
    if (*hasUsers)
        return conflict(
                DemoData::tr("This database already has users; demo data only goes into a new "
                             "database."));
    // A few hundred small commits (each service call is one, with its audit entry): without
    // waiting for the disk on each, a demo starts in a blink instead of seconds. Only for
    // this connection and only while generating; the file is a new, throwaway one.
    auto current = db.scalar(QStringLiteral("PRAGMA synchronous"));
    const QVariant synchronous = current ? *current : QVariant();
    (void)db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const auto restore = qScopeGuard([&db, synchronous] {
        if (synchronous.isValid())
            (void)db.exec(QStringLiteral("PRAGMA synchronous = %1").arg(synchronous.toInt()));
    });

    auto admin = createFirstAdmin(db, options.adminUsername, options.adminEmail, options.password);
    if (!admin)
        return admin.error();
    DemoReport report;
    report.admin = admin->toActor();
    report.users = 1;

    auto users = addSampleUsers(db, options);
    if (!users)
        return users.error();
    report.users += int(users->size());

    // A fixed seed: every demo looks the same, which keeps screenshots and bug reports
    // comparable.
    QRandomGenerator random(20261128);
    TenantService tenants(db, report.admin);
    WorkspaceService workspaces(db, report.admin);
    MembershipService memberships(db, report.admin);
    const int sampleCount = int(std::size(kTenants));
    const int workspaceKinds = int(std::size(kWorkspaces));
    for (int t = 0; t < options.tenantCount; ++t) {
        SampleTenant sample = kTenants[t % sampleCount];
        QString name = QString::fromLatin1(sample.name);
        QString slug = QString::fromLatin1(sample.slug);
        if (t >= sampleCount) {
            name = DemoData::tr("%1 %2").arg(name).arg(t / sampleCount + 1);
            slug = QStringLiteral("%1-%2").arg(slug).arg(t / sampleCount + 1);
        }
        auto tenant = tenants.create(name, slug);
        if (!tenant)
            return tenant.error();
        ++report.tenants;
        if (auto set = tenants.updateSettings(tenant->id, tenantSettings(sample, random)); !set)
            return set.error();

        // Production and staging everywhere, then a few of the others.
        QList<Workspace> created;
        const int extra = 1 + random.bounded(4);
        for (int w = 0; w < 2 + extra && w < workspaceKinds; ++w) {
            const SampleWorkspace &kind
                    = w < 2 ? kWorkspaces[w] : kWorkspaces[2 + (t + w) % (workspaceKinds - 2)];
            auto workspace = workspaces.create(tenant->id, QString::fromLatin1(kind.name),
                                               QString::fromLatin1(kind.slug));
            if (!workspace) {
                if (workspace.error().code == ErrorCode::Conflict)
                    continue; // the same kind picked twice
                return workspace.error();
            }
            QJsonObject settings{{QStringLiteral("retentionDays"), w == 0 ? 365 : 30},
                                 {QStringLiteral("public"), false}};
            if (w == 0)
                settings.insert(QStringLiteral("alerts"),
                                QJsonObject{{QStringLiteral("email"),
                                             QStringLiteral("ops@%1.example.com").arg(slug)}});
            if (auto set = workspaces.updateSettings(workspace->id, settings); !set)
                return set.error();
            created.append(*workspace);
            ++report.workspaces;
        }

        // One tenant admin, a workspace admin on production, a few tenant-wide members
        // and a few people who only see one workspace.
        const QList<User> &people = *users;
        const auto person = [&](int k) {
            return people.at((t * 5 + k) % people.size());
        };
        struct Grant
        {
            User user;
            TenantRole role;
            QString workspaceId;
        };
        QList<Grant> grants{{person(0), TenantRole::TenantAdmin, {}},
                            {person(1), TenantRole::WorkspaceAdmin, created.first().id},
                            {person(2), TenantRole::Member, {}},
                            {person(3), TenantRole::Member, {}}};
        const int scoped = random.bounded(1, 4);
        for (int k = 4; k < 4 + scoped; ++k)
            grants.append({person(k), TenantRole::Member,
                           created.at(random.bounded(int(created.size()))).id});
        for (const Grant &grant : std::as_const(grants)) {
            auto granted
                    = memberships.grant(tenant->id, grant.user.id, grant.role, grant.workspaceId);
            if (!granted)
                return granted.error();
            ++report.memberships;
        }
    }
    qCInfo(lcTenancy) << "demo data:" << report.tenants << "tenants," << report.workspaces
                      << "workspaces," << report.users << "users," << report.memberships
                      << "memberships";
    return report;
}

} // namespace tenantdesk
