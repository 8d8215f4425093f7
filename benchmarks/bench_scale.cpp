// Measures TenantDesk's read paths on a database of architecture.md §7 scale: 10,000 tenants,
// 100,000 workspaces, 100,000 users and 1,100,000 memberships (1,000,000 in one tenant).
// Usage: bench_scale [PATH]   (RelWithDebInfo build; prints a Markdown table). With PATH,
// the generated file is kept there and reused by later runs.

#include "mediantime.h"
#include "support/bulkdata.h"
#include "support/testdatabase.h"

#include "core/access/accesspolicy.h"
#include "core/database/database.h"
#include "core/people/passwordhash.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/contextsearch.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"
#include "models/jobs/databaseworker.h"
#include "models/lists/tenantlistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace tenantdesk;

namespace {

QTextStream out(stdout);

void row(const QString &what, double ms, const QString &note = {})
{
    out << "| " << what << " | " << QString::number(ms, 'f', 3) << " | " << note << " |\n";
    out.flush();
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestDatabase scratch;
    const QStringList arguments = QCoreApplication::arguments();
    const QString kept = arguments.size() > 1 ? arguments.at(1) : QString();
    const bool reuse = !kept.isEmpty() && QFileInfo::exists(kept);
    const QString path = reuse ? kept : scratch.path();

    BulkSpec spec;
    spec.tenants = 10000;
    spec.workspacesPerTenant = 10;
    spec.users = 100000;
    spec.firstTenantMemberships = 1000000;
    spec.spreadMemberships = 100000;
    out << "Database: " << spec.tenants << " tenants, " << spec.tenants * spec.workspacesPerTenant
        << " workspaces, " << spec.users << " users, "
        << spec.firstTenantMemberships + spec.spreadMemberships << " memberships";
    if (reuse) {
        out << "; reused " << path << "\n\n";
    } else {
        QElapsedTimer fill;
        fill.start();
        scratch.applyBundledSchema();
        fillBulk(path, spec);
        out << "; generated in " << fill.elapsed() << " ms\n\n";
        if (!kept.isEmpty() && !QFile::copy(path, kept))
            qFatal("cannot keep the database at %s", qPrintable(kept));
    }
    out << "| operation | median ms | note |\n|---|---|---|\n";

    auto db = must(Database::open(path), "open");
    row(QStringLiteral("Database::open (checks + probe)"),
        medianMs(21, [&] { (void)Database::open(path); }));

    Actor admin;
    admin.userId = QStringLiteral("a0000000-0000-4000-8000-000000000001");
    admin.username = QStringLiteral("user000001");
    admin.globalRole = GlobalRole::Admin;
    Actor member = admin;
    member.userId = QStringLiteral("a0000000-0000-4000-8000-000000000002");
    member.username = QStringLiteral("user000002");
    member.globalRole = GlobalRole::Developer;
    const QString bigTenant = QStringLiteral("b0000000-0000-4000-8000-000000000001");

    const TenantService tenants(*db, admin);
    ListQuery first;
    first.limit = 256;
    row(QStringLiteral("tenants: first page of 256 (admin, by name)"),
        medianMs(51, [&] { must(tenants.list(first), "list"); }));
    ListQuery deep = first;
    deep.after = TenantService::cursorOf(
            must(tenants.find(QStringLiteral("tenant-009000")), "find"), ListQuery::SortKey::Name);
    row(QStringLiteral("tenants: page after row 9,000 (keyset)"),
        medianMs(51, [&] { must(tenants.list(deep), "list"); }));
    ListQuery filtered = first;
    filtered.filter = QStringLiteral("0042");
    row(QStringLiteral("tenants: filter \"0042\""),
        medianMs(21, [&] { must(tenants.list(filtered), "list"); }));
    row(QStringLiteral("tenants: count (admin)"),
        medianMs(21, [&] { must(tenants.count(), "count"); }));
    const TenantService memberTenants(*db, member);
    row(QStringLiteral("tenants: first page (member of a few tenants)"),
        medianMs(21, [&] { must(memberTenants.list(first), "list"); }));

    const WorkspaceService workspaces(*db, admin);
    row(QStringLiteral("workspaces of one tenant"),
        medianMs(51, [&] { must(workspaces.list(bigTenant, first), "list"); }));

    const ContextSearch search(*db, admin);
    row(QStringLiteral("quick switcher search \"ws-0\" limit 50"),
        medianMs(21, [&] { must(search.search(QStringLiteral("ws-0"), 50), "search"); }));
    row(QStringLiteral("quick switcher search \"tenant 0099\" limit 50"),
        medianMs(21, [&] { must(search.search(QStringLiteral("tenant 0099"), 50), "search"); }));
    row(QStringLiteral("quick switcher search with no match (worst case: full scans)"),
        medianMs(21, [&] { must(search.search(QStringLiteral("no-such-thing"), 50), "search"); }));

    const MembershipService memberships(*db, admin);
    MembershipQuery firstMembers;
    firstMembers.tenantId = bigTenant;
    firstMembers.limit = 256;
    row(QStringLiteral("memberships: first page of the 1M-row tenant"),
        medianMs(51, [&] { must(memberships.list(firstMembers), "list"); }));
    MembershipQuery deepMembers = firstMembers;
    deepMembers.afterRowId = 900000;
    row(QStringLiteral("memberships: page after rowid 900,000"),
        medianMs(51, [&] { must(memberships.list(deepMembers), "list"); }));
    MembershipQuery filteredMembers = firstMembers;
    filteredMembers.filter = QStringLiteral("user09999");
    row(QStringLiteral("memberships: filter \"user09999\" in the 1M-row tenant"),
        medianMs(5, [&] { must(memberships.list(filteredMembers), "list"); }));
    row(QStringLiteral("memberships: count of the 1M-row tenant (worker thread only)"),
        medianMs(5, [&] { must(memberships.count(firstMembers), "count"); }));

    const UserDirectory users(*db);
    row(QStringLiteral("users: prefix \"user0999\" limit 50"),
        medianMs(51, [&] { must(users.list(50, {}, QStringLiteral("user0999")), "users"); }));

    const AccessPolicy policy(*db);
    row(QStringLiteral("access decision (member, rename tenant)"), medianMs(101, [&] {
            must(policy.decide(member, Action::RenameTenant, {bigTenant, {}, TenantRole::None}),
                 "decide");
        }));

    const QByteArray hash = PasswordHash::create(QStringLiteral("benchmark password"), 10);
    row(QStringLiteral("bcrypt verify, cost 10"),
        medianMs(5, [&] { PasswordHash::verify(QStringLiteral("benchmark password"), hash); }));

    DatabaseWorker worker(path, admin);
    row(QStringLiteral("TenantListModel: construction to first page shown"),
        medianMs(11,
                 [&] {
                     TenantListModel model(&worker);
                     QEventLoop loop;
                     QObject::connect(&model, &PagedModelBase::refreshed, &loop, &QEventLoop::quit);
                     loop.exec();
                 }),
        QStringLiteral("includes the worker round trip"));
    QElapsedTimer blocked;
    blocked.start();
    TenantListModel model(&worker);
    row(QStringLiteral("TenantListModel: time the GUI thread is blocked by construction"),
        double(blocked.nsecsElapsed()) / 1e6);
    return 0;
}
