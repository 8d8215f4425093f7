#include "support/bulkdata.h"
#include "support/testdatabase.h"

#include "core/tenancy/membershipservice.h"

#include <QTest>

using namespace tenantdesk;

namespace {

const QString kTenant = QStringLiteral("b0000000-0000-4000-8000-000000000001");

} // namespace

// MembershipService::list filters by user name or e-mail with two query plans (from the few
// matching users, or from the tenant in rowid order); both must return the same pages.
class TestMembershipFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesMatchIndependentCount_data();
    void pagesMatchIndependentCount();

private:
    TestDatabase m_file;
    std::unique_ptr<Database> m_db;
};

void TestMembershipFilter::initTestCase()
{
    m_file.applyBundledSchema();
    BulkSpec spec;
    spec.tenants = 3;
    spec.workspacesPerTenant = 4;
    spec.users = 1000;
    spec.firstTenantMemberships = 3000;
    spec.spreadMemberships = 500;
    fillBulk(m_file.path(), spec);
    m_db = m_file.open();
}

void TestMembershipFilter::pagesMatchIndependentCount_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("few users") << QStringLiteral("user0001"); // user000100..user000199: 100 users
    QTest::newRow("one user") << QStringLiteral("user000042@");
    QTest::newRow("many users") << QStringLiteral("example.com");
    QTest::newRow("none") << QStringLiteral("nobody");
    QTest::newRow("wildcards are literal") << QStringLiteral("user_");
}

void TestMembershipFilter::pagesMatchIndependentCount()
{
    QFETCH(QString, filter);
    const MembershipService service(*m_db, bulkAdmin());
    MembershipQuery query;
    query.tenantId = kTenant;
    query.filter = filter;
    query.limit = 97; // pages that do not line up with anything
    QList<qint64> rowIds;
    for (;;) {
        auto page = service.list(query);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        for (const Membership &membership : std::as_const(*page)) {
            QVERIFY(membership.username.contains(filter) || membership.email.contains(filter));
            QCOMPARE(membership.tenantId, kTenant);
            rowIds.append(membership.rowId);
        }
        if (page->size() < query.limit)
            break;
        query.afterRowId = page->last().rowId;
    }
    QVERIFY(std::is_sorted(rowIds.cbegin(), rowIds.cend()));
    QVERIFY(std::adjacent_find(rowIds.cbegin(), rowIds.cend()) == rowIds.cend());
    auto expected
            = m_db->scalar(QStringLiteral("SELECT count(*) FROM tenant_users tu JOIN users u ON "
                                          "u.id = tu.user_id WHERE tu.tenant_id = ? AND "
                                          "(instr(u.username, ?) > 0 OR instr(u.email, ?) > 0)"),
                           {kTenant, filter, filter});
    QCOMPARE(qint64(rowIds.size()), expected->toLongLong());
    QCOMPARE(*service.count(query), expected->toLongLong());
}

QTEST_GUILESS_MAIN(TestMembershipFilter)
#include "tst_membershipfilter.moc"
