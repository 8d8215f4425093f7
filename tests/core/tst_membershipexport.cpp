#include "support/bulkdata.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "core/csv/csv.h"
#include "core/csv/membershipcsv.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/membershipservice.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace tenantdesk;

namespace {

// "tenant-000001" of fillBulk: its tenant_admin, a tenant-wide row and a row per workspace for
// each of the other users, more rows than one page of the export.
constexpr int kMemberships = 5000;
const QString kTenantId = QStringLiteral("b0000000-0000-4000-8000-000000000001");
const QString kWorkspaceId = QStringLiteral("c0000000-0000-4000-8000-000000000002");

Actor actorOf(const Database &db, const QString &username)
{
    auto user = UserDirectory(db).findByLogin(username);
    if (!user || !*user)
        qFatal("no user %s", qPrintable(username));
    return (*user)->toActor();
}

// Counts the lines written to it, and keeps nothing.
class LineCounter : public QIODevice
{
public:
    LineCounter() { open(QIODevice::WriteOnly); }
    qint64 lines() const { return m_lines; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_lines += QByteArrayView(data, size).count('\n');
        return size;
    }

private:
    qint64 m_lines = 0;
};

} // namespace

class TestMembershipExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportMatchesAQueryOfTheSameRows();
    void exportOfOneWorkspaceMatchesItsQuery();
    void writesEachRowBeforeReadingTheNext();
    void exportMatchesTheSqliteShellOnTheSameQuery();
    void fileAppearsWholeOrNotAtAll();

private:
    // The CSV a query of the same rows gives, built without the export.
    QByteArray expectedCsv(const MembershipQuery &query) const;

    TestDatabase m_file;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
};

void TestMembershipExport::initTestCase()
{
    m_file.applyBundledSchema();
    fillBulk(m_file.path(),
             {.tenants = 2,
              .workspacesPerTenant = 3,
              .users = 1500,
              .spreadMemberships = 0,
              .firstTenantMemberships = kMemberships});
    m_db = m_file.open();
    m_admin = actorOf(*m_db, QStringLiteral("user000001")); // a global admin
}

QByteArray TestMembershipExport::expectedCsv(const MembershipQuery &query) const
{
    MembershipQuery all = query;
    all.limit = 1000000;
    auto rows = MembershipService(*m_db, m_admin).list(all);
    if (!rows)
        qFatal("cannot list: %s", qPrintable(rows.error().message));
    QByteArray csv = Csv::formatRecord(
            {QStringLiteral("user"), QStringLiteral("workspace"), QStringLiteral("role")});
    for (const Membership &membership : std::as_const(*rows))
        csv += Csv::formatRecord(
                {membership.username, membership.workspaceSlug, tenantRoleName(membership.role)});
    return csv;
}

void TestMembershipExport::exportMatchesAQueryOfTheSameRows()
{
    MembershipQuery query;
    query.tenantId = kTenantId;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    qint64 seen = 0;
    auto written = MembershipCsv(*m_db, m_admin).exportTo(&buffer, query, [&](const Membership &) {
        ++seen;
    });
    QVERIFY2(written, why(written).constData());
    QCOMPARE(*written, qint64(kMemberships));
    QCOMPARE(seen, qint64(kMemberships));
    QCOMPARE(buffer.data(), expectedCsv(query));
    // And it reads back as a membership file of as many rows.
    auto records = Csv::parse(buffer.data());
    QVERIFY(records);
    QCOMPARE(records->size(), kMemberships + 1);
}

void TestMembershipExport::exportOfOneWorkspaceMatchesItsQuery()
{
    MembershipQuery query;
    query.tenantId = kTenantId;
    query.workspaceScope = kWorkspaceId;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto written = MembershipCsv(*m_db, m_admin).exportTo(&buffer, query);
    QVERIFY2(written, why(written).constData());
    QVERIFY(*written > 1000);
    QVERIFY(*written < kMemberships);
    QCOMPARE(buffer.data(), expectedCsv(query));
}

void TestMembershipExport::writesEachRowBeforeReadingTheNext()
{
    // Streaming, not buffering: when a row is handed out, its line (and the header) is already
    // on the device, so nothing holds the whole file.
    MembershipQuery query;
    query.tenantId = kTenantId;
    LineCounter device;
    qint64 seen = 0;
    bool inStep = true;
    auto written = MembershipCsv(*m_db, m_admin).exportTo(&device, query, [&](const Membership &) {
        ++seen;
        inStep = inStep && device.lines() == seen + 1;
    });
    QVERIFY2(written, why(written).constData());
    QCOMPARE(*written, qint64(kMemberships));
    QVERIFY(inStep);
    QCOMPARE(device.lines(), qint64(kMemberships + 1));
}

void TestMembershipExport::exportMatchesTheSqliteShellOnTheSameQuery()
{
    // The floor bench_cli.sh measures the export against: the sqlite3 shell's CSV of the same
    // rows in the same order. Byte for byte, so the comparison is of equal work.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        QSKIP("no sqlite3 shell on PATH");
    MembershipQuery query;
    query.tenantId = kTenantId;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto written = MembershipCsv(*m_db, m_admin).exportTo(&buffer, query);
    QVERIFY2(written, why(written).constData());

    QProcess sqlite;
    sqlite.start(shell,
                 {QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"),
                  QStringLiteral("-newline"), QStringLiteral("\r\n"), m_file.path(),
                  // NULL, not '': the shell quotes an empty string and writes NULL as nothing.
                  QStringLiteral("SELECT u.username AS user, w.slug AS workspace, "
                                 "tu.role AS role FROM tenant_users tu JOIN users u ON u.id = "
                                 "tu.user_id LEFT JOIN workspaces w ON w.id = tu.workspace_id "
                                 "WHERE tu.tenant_id = '%1' ORDER BY tu.rowid")
                          .arg(kTenantId)});
    QVERIFY(sqlite.waitForFinished(60000));
    QCOMPARE(sqlite.exitCode(), 0);
    const QByteArray expected = sqlite.readAllStandardOutput();
    QCOMPARE(expected.count('\n'), kMemberships + 1);
    QCOMPARE(buffer.data(), expected);
}

void TestMembershipExport::fileAppearsWholeOrNotAtAll()
{
    const QString path = m_file.dir() + QStringLiteral("/acme.csv");
    MembershipQuery query;
    query.tenantId = kTenantId;
    auto written = MembershipCsv(*m_db, m_admin).exportToFile(path, query);
    QVERIFY2(written, why(written).constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    QCOMPARE(whole, expectedCsv(query));

    // A refused export leaves the file as it was.
    const Actor stranger = actorOf(*m_db, QStringLiteral("user001499"));
    MembershipQuery hidden;
    hidden.tenantId = QStringLiteral("b0000000-0000-4000-8000-000000000002");
    auto refused = MembershipCsv(*m_db, stranger).exportToFile(path, hidden);
    QVERIFY(!refused);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), whole);
}

QTEST_GUILESS_MAIN(TestMembershipExport)
#include "tst_membershipexport.moc"
