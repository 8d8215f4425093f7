// The quick switcher's in-memory index answers as ContextSearch does in SQL: the same
// targets in the same order, for admins and members, plain and "tenant/workspace" texts.

#include "support/bulkdata.h"
#include "support/testdatabase.h"

#include "core/database/database.h"
#include "core/tenancy/contextindex.h"
#include "core/tenancy/contextsearch.h"

#include <QTest>

using namespace tenantdesk;

namespace {

QStringList describe(const QList<SwitchTarget> &targets)
{
    QStringList lines;
    for (const SwitchTarget &target : targets)
        lines << QStringLiteral("%1 %2 %3 / %4 %5 %6")
                         .arg(target.tenantId, target.tenantName, target.tenantSlug,
                              target.workspaceId, target.workspaceName, target.workspaceSlug);
    return lines;
}

} // namespace

class TestContextIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersAsTheSqlSearch_data();
    void answersAsTheSqlSearch();
    void limitCutsTheBestGroupsFirst();
    void bootstrapSeesNothing();

private:
    TestDatabase m_file;
    std::unique_ptr<Database> m_db;
};

void TestContextIndex::initTestCase()
{
    m_file.applyBundledSchema();
    BulkSpec spec;
    spec.tenants = 60;
    spec.workspacesPerTenant = 6;
    spec.users = 40;
    spec.spreadMemberships = 120;
    fillBulk(m_file.path(), spec);
    m_db = m_file.open();
}

void TestContextIndex::answersAsTheSqlSearch_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("text");
    for (const bool admin : {true, false}) {
        for (const char *text :
             {"", "tenant", "TENANT 00001", "0004", "ws-0", "ws-03", "enant", "of 000002",
              "tenant-000001/ws", "000003 / 05", "/ws-02", "nothing here", "e"}) {
            QTest::addRow("%s %s", admin ? "admin" : "member", text)
                    << admin << QString::fromUtf8(text);
        }
    }
}

void TestContextIndex::answersAsTheSqlSearch()
{
    QFETCH(bool, admin);
    QFETCH(QString, text);
    const Actor actor = admin ? bulkAdmin() : bulkActor(7, GlobalRole::Developer);
    auto index = ContextIndex::build(*m_db, actor);
    QVERIFY(index);
    if (admin) {
        QCOMPARE(index->tenantCount(), 60);
        QCOMPARE(index->workspaceCount(), 360);
    } else {
        QVERIFY(index->tenantCount() > 0);
        QVERIFY(index->tenantCount() < 60);
    }
    // A limit above every match: both answers are complete, so their order must agree.
    auto sql = ContextSearch(*m_db, actor).search(text, 10000);
    QVERIFY(sql);
    QCOMPARE(describe(index->search(text, 10000)), describe(*sql));
}

void TestContextIndex::limitCutsTheBestGroupsFirst()
{
    auto index = ContextIndex::build(*m_db, bulkAdmin());
    QVERIFY(index);
    // "tenant-00000" starts 9 tenant slugs; it is also inside no workspace.
    const QList<SwitchTarget> found = index->search(QStringLiteral("tenant-00000"), 5);
    QCOMPARE(found.size(), 5);
    for (const SwitchTarget &target : found) {
        QVERIFY(target.workspaceId.isEmpty());
        QVERIFY(target.tenantSlug.startsWith(QStringLiteral("tenant-00000")));
    }
    // "01" starts ws-01 of every tenant and is inside many names: prefix matches first.
    const QList<SwitchTarget> early = index->search(QStringLiteral("ws-01"), 7);
    QCOMPARE(early.size(), 7);
    for (const SwitchTarget &target : early)
        QCOMPARE(target.workspaceSlug, QStringLiteral("ws-01"));
    QVERIFY(index->byteSize() > 0);
}

void TestContextIndex::bootstrapSeesNothing()
{
    Actor bootstrap;
    bootstrap.bootstrap = true;
    auto index = ContextIndex::build(*m_db, bootstrap);
    QVERIFY(index);
    QVERIFY(index->search(QStringLiteral("tenant"), 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestContextIndex)
#include "tst_contextindex.moc"
