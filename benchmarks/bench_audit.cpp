// Measures the audit listing a tenant_admin sees (issue 11, item 7) at 100,000 audit entries
// spread over 1,000 tenants: the first page for a tenant_admin of 3 tenants, the first page
// of "this tenant" for a global admin, and the count and page anchors the list scans on the
// worker, each through AuditService (what the app and tenantctl run) and through the sqlite3
// shell on the same SQL. Usage: bench_audit [PATH]   (prints a Markdown table). With PATH, the
// generated file is kept there and reused by later runs.

#include "mediantime.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/audit/auditservice.h"
#include "core/database/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <vector>

using namespace tenantdesk;

namespace {

constexpr int kTenants = 1000;
constexpr int kEntries = 100000;
constexpr int kPageSize = 256; // KeysetTableModel's page

QTextStream out(stdout);

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

void must(Result<void> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
}

QString tenantId(int i)
{
    return QStringLiteral("c0000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

const QString kTenantAdminId = QStringLiteral("d0000000-0000-4000-8000-000000000002");

// 1,000 tenants, a global admin and a tenant_admin of tenants 1, 2 and 3, and 100,000 chained
// entries: entry i is about tenant i % 1000 (every 50th concerns no tenant, like a sign-in).
void fill(const QString &path)
{
    auto db = must(Database::open(path), "open");
    WriteTransaction transaction(*db);
    must(transaction.begin(), "begin");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < kTenants; ++i)
        must(db->exec(QStringLiteral("INSERT INTO tenants (id, name, slug, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {tenantId(i), QStringLiteral("Tenant %1").arg(i),
                       QStringLiteral("tenant-%1").arg(i, 4, 10, QLatin1Char('0')), now, now}),
             "tenant");
    must(transaction.commit(), "commit");

    const AuditLog log(*db);
    const int batch = 5000;
    for (int start = 0; start < kEntries; start += batch) {
        WriteTransaction entries(*db);
        must(entries.begin(), "begin");
        for (int i = start; i < start + batch; ++i) {
            QJsonObject payload{{QStringLiteral("actor"), QStringLiteral("user%1").arg(i % 97)}};
            if (i % 50 != 0) {
                const int tenant = i % kTenants;
                payload.insert(QStringLiteral("tenant_id"), tenantId(tenant));
                payload.insert(QStringLiteral("tenant_slug"),
                               QStringLiteral("tenant-%1").arg(tenant, 4, 10, QLatin1Char('0')));
                payload.insert(QStringLiteral("user_id"),
                               QUuid::createUuid().toString(QUuid::WithoutBraces));
                payload.insert(QStringLiteral("role"), QStringLiteral("member"));
            }
            must(log.append(i % 50 ? QStringLiteral("membership.granted")
                                   : QStringLiteral("auth.signin"),
                            payload),
                 "append");
        }
        must(entries.commit(), "commit");
    }
}

// The sqlite3 shell's own time for sql (".timer on", median of 5 runs), or -1 without sqlite3.
double shellMs(const QString &path, const QString &sql)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < 5; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess process;
    process.start(shell, {QStringLiteral("-readonly"), path});
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QString timings = QString::fromUtf8(process.readAllStandardOutput());
    std::vector<double> times;
    static const QRegularExpression real(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
    for (auto match = real.globalMatch(timings); match.hasNext();)
        times.push_back(match.next().captured(1).toDouble() * 1000.0);
    if (times.empty())
        return -1;
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void row(const QString &what, double ms, double shell, const QString &note = {})
{
    out << "| " << what << " | " << QString::number(ms, 'f', 2) << " | "
        << (shell < 0 ? QStringLiteral("n/a") : QString::number(shell, 'f', 2)) << " | " << note
        << " |\n";
    out.flush();
}

// The tenant clause as AuditLog writes it, with its value inlined for the shell.
QString tenantSql(const QStringList &ids, bool anchors)
{
    QString clause = QStringLiteral(" AND CASE WHEN json_valid(payload_json) THEN "
                                    "json_extract(payload_json, '$.tenant_id') END");
    if (ids.size() == 1) {
        clause += QStringLiteral(" = '%1'").arg(ids.first());
    } else {
        QStringList quoted;
        for (const QString &id : ids)
            quoted.append(QLatin1Char('"') + id + QLatin1Char('"'));
        clause += QStringLiteral(" IN (SELECT value FROM json_each('[%1]'))")
                          .arg(quoted.join(QLatin1Char(',')));
    }
    return anchors ? QStringLiteral("SELECT count(*) FROM audit_log_chain WHERE 1") + clause
                   : QStringLiteral("SELECT seq, prev_hash, hash, event_type, payload_json, "
                                    "signature, signature_alg, created_at FROM audit_log_chain "
                                    "WHERE 1")
                    + clause + QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(kPageSize);
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
    out << "Database: " << kTenants << " tenants, " << kEntries << " audit entries";
    if (reuse) {
        out << "; reused " << path << "\n\n";
    } else {
        QElapsedTimer timer;
        timer.start();
        scratch.applyBundledSchema();
        scratch.addUser(QStringLiteral("root"), QStringLiteral("admin"),
                        QStringLiteral("benchmark password"));
        fill(path);
        out << "; generated in " << timer.elapsed() << " ms\n\n";
        if (!kept.isEmpty() && !QFile::copy(path, kept))
            qFatal("cannot keep the database at %s", qPrintable(kept));
    }

    auto db = must(Database::open(path), "open");
    // The tenant_admin of tenants 1, 2 and 3 (added once; a reused file has them).
    must(db->exec(QStringLiteral("INSERT OR IGNORE INTO users (id, email, username, "
                                 "password_hash, role) VALUES (?, 'ta@example.com', 'ta', 'x', "
                                 "'developer')"),
                  {kTenantAdminId}),
         "user");
    for (int tenant = 1; tenant <= 3; ++tenant)
        must(db->exec(QStringLiteral("INSERT OR IGNORE INTO tenant_users (tenant_id, user_id, "
                                     "workspace_id, role, created_at) VALUES (?, ?, NULL, "
                                     "'tenant_admin', 0)"),
                      {tenantId(tenant), kTenantAdminId}),
             "grant");
    Actor tenantAdmin;
    tenantAdmin.userId = kTenantAdminId;
    tenantAdmin.username = QStringLiteral("ta");
    tenantAdmin.globalRole = GlobalRole::Developer;
    Actor admin;
    admin.userId = QStringLiteral("d0000000-0000-4000-8000-000000000001");
    admin.username = QStringLiteral("root");
    admin.globalRole = GlobalRole::Admin;

    const bool indexed
            = must(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                             "'idx_audit_log_chain_tenant'")),
                   "schema")
                      .toInt()
            > 0;
    out << (indexed ? "With" : "Without")
        << " migration 012's index on the entries' tenant (idx_audit_log_chain_tenant).\n\n";
    out << "| operation | TenantDesk ms (median) | sqlite3 shell ms, same SQL | note |\n"
           "|---|---|---|---|\n";
    const AuditService asTenantAdmin(*db, tenantAdmin);
    const AuditService asAdmin(*db, admin);
    const QStringList three{tenantId(1), tenantId(2), tenantId(3)};
    AuditFilter thisTenant;
    thisTenant.tenantId = tenantId(501);

    const auto firstPage = must(asTenantAdmin.list({}, kPageSize), "list");
    row(QStringLiteral("first page (%1 rows), tenant_admin of 3 tenants").arg(kPageSize),
        medianMs(11, [&] { must(asTenantAdmin.list({}, kPageSize), "list"); }),
        shellMs(path, tenantSql(three, false)), QStringLiteral("%1 rows").arg(firstPage.size()));
    row(QStringLiteral("first 50 rows, tenant_admin of 3 tenants"),
        medianMs(11, [&] { must(asTenantAdmin.list({}, 50), "list"); }), -1);
    const auto tenantPage = must(asAdmin.list(thisTenant, kPageSize), "list");
    row(QStringLiteral("first page, \"this tenant\" (global admin)"),
        medianMs(11, [&] { must(asAdmin.list(thisTenant, kPageSize), "list"); }),
        shellMs(path, tenantSql({thisTenant.tenantId}, false)),
        QStringLiteral("%1 rows").arg(tenantPage.size()));
    row(QStringLiteral("count and page anchors, tenant_admin of 3 tenants (worker)"),
        medianMs(5, [&] { must(asTenantAdmin.anchors({}, kPageSize), "anchors"); }),
        shellMs(path, tenantSql(three, true)));
    row(QStringLiteral("count and page anchors, \"this tenant\" (worker)"),
        medianMs(5, [&] { must(asAdmin.anchors(thisTenant, kPageSize), "anchors"); }),
        shellMs(path, tenantSql({thisTenant.tenantId}, true)));
    const auto everything = must(asAdmin.list({}, kPageSize), "list");
    row(QStringLiteral("first page, global admin, no filter"),
        medianMs(11, [&] { must(asAdmin.list({}, kPageSize), "list"); }), -1,
        QStringLiteral("%1 rows").arg(everything.size()));
    return 0;
}
