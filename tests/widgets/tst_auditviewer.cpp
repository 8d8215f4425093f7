// The audit viewer offscreen: the chain newest first with details, filters, verification that
// flags a tampered entry, export of what the filter shows, and the refusal for non-admins.

#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/audit/auditpage.h"
#include "widgets/common/noticebar.h"

#include "models/lists/auditlistmodel.h"

#include "core/tenancy/membershipservice.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace tenantdesk;

Q_DECLARE_METATYPE(tenantdesk::ChainVerification)

namespace {

struct Viewer
{
    std::unique_ptr<Session> session;
    std::unique_ptr<AuditPage> page;
};

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsNewestFirstWithBeforeAndAfter();
    void filtersByEventActorTargetAndDate();
    void verificationFlagsATamperedEntry();
    void exportsTheFilteredEntries();
    void tenantAdminSeesTheEntriesOfTheirTenant();
    void nonAdminIsRefusedWithTheReason();

private:
    Viewer open(const Actor &actor) const;
    ChainVerification verify(Viewer &viewer) const;

    TestDatabase m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    Actor m_root;
    Actor m_alice;
    QString m_acme;
    QString m_bob;
    Actor m_bobActor;
};

void TestAuditViewer::initTestCase()
{
    qRegisterMetaType<ChainVerification>();
    m_fixture = std::make_unique<TenancyFixture>(m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_bobActor = m_fixture->addActor(QStringLiteral("bob"));
    m_bob = m_bobActor.userId;
    m_acme = m_fixture->addTenant(QStringLiteral("acme"));
    const QString dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    auto db = m_test.open();
    MembershipService service(*db, m_root);
    QVERIFY(service.grant(m_acme, m_alice.userId, TenantRole::TenantAdmin)); // seq 1
    QVERIFY(service.grant(m_acme, m_bob, TenantRole::Member, dev));          // seq 2
    QVERIFY(service.grant(m_acme, m_bob, TenantRole::WorkspaceAdmin, dev));  // seq 3
    MembershipService asAlice(*db, m_alice);
    QVERIFY(asAlice.grant(m_acme, m_bob, TenantRole::Member)); // seq 4
    QVERIFY(asAlice.revoke(m_acme, m_bob, dev));               // seq 5
}

Viewer TestAuditViewer::open(const Actor &actor) const
{
    Viewer viewer;
    Session::Options options;
    options.databasePath = m_test.path();
    options.actor = actor;
    options.persistContext = false;
    viewer.session = std::make_unique<Session>(options);
    viewer.page = std::make_unique<AuditPage>(viewer.session.get());
    viewer.page->resize(1000, 600);
    viewer.page->show();
    return viewer;
}

ChainVerification TestAuditViewer::verify(Viewer &viewer) const
{
    QSignalSpy verified(viewer.page.get(), &AuditPage::verified);
    viewer.page->verifyChain(true);
    if (!verified.wait(10000))
        return {};
    return verified.first().first().value<ChainVerification>();
}

void TestAuditViewer::listsNewestFirstWithBeforeAndAfter()
{
    Viewer viewer = open(m_root);
    AuditListModel *model = viewer.page->model();
    QTRY_COMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(0, AuditListModel::SeqColumn).data().toLongLong(), 5);
    QCOMPARE(model->index(0, AuditListModel::EventColumn).data().toString(),
             QStringLiteral("membership.revoked"));
    QCOMPARE(model->index(0, AuditListModel::ActorColumn).data().toString(),
             QStringLiteral("alice"));
    QCOMPARE(model->index(0, AuditListModel::TargetColumn).data().toString(),
             QStringLiteral("acme/dev bob"));

    // seq 3 changed bob from member to workspace_admin: the details show both.
    viewer.page->tableView()->setCurrentIndex(model->index(2, 0));
    const QString details = viewer.page->detailsView()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("membership.changed")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Before")));
    QVERIFY(details.contains(QStringLiteral("After")));
    const int before = details.indexOf(QStringLiteral("\"member\""));
    const int after = details.indexOf(QStringLiteral("\"workspace_admin\""));
    QVERIFY(before >= 0 && after > before);
    // ActionGate answers on the worker thread, after the first page: wait for it.
    QTRY_VERIFY(viewer.page->verifyAction()->isEnabled());
}

void TestAuditViewer::filtersByEventActorTargetAndDate()
{
    Viewer viewer = open(m_root);
    AuditListModel *model = viewer.page->model();
    QTRY_COMPARE(model->rowCount(), 5);
    AuditFilter filter;
    filter.eventType = QStringLiteral("membership.granted");
    viewer.page->setFilter(filter);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 3);
    filter.actor = QStringLiteral("alice");
    viewer.page->setFilter(filter);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1);
    QCOMPARE(model->index(0, AuditListModel::SeqColumn).data().toLongLong(), 4);
    filter = {};
    filter.target = QStringLiteral("acme/dev"); // not a single field: nothing
    viewer.page->setFilter(filter);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 0);
    filter.target = QStringLiteral("BOB"); // case-insensitive
    viewer.page->setFilter(filter);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 4);
    filter = {};
    filter.toMs = QDateTime::currentMSecsSinceEpoch() - 86400000LL * 2; // whole days
    viewer.page->setFilter(filter);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 0);
    QVERIFY(viewer.page->statusLabel()->text().contains(QStringLiteral("No audit entries")));
    viewer.page->setFilter({});
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 5);
}

void TestAuditViewer::verificationFlagsATamperedEntry()
{
    Viewer viewer = open(m_root);
    AuditListModel *model = viewer.page->model();
    QTRY_COMPARE(model->rowCount(), 5);
    ChainVerification sound = verify(viewer);
    QVERIFY2(sound.valid, qPrintable(sound.reason));
    QCOMPARE(sound.checked, 5);
    QVERIFY(viewer.page->resultBar()->text().contains(QStringLiteral("intact")));
    QCOMPARE(model->brokenSeq(), 0);

    // Someone with file access rewrites history: bob was never made a workspace admin.
    const QByteArray payload
            = m_fixture->value("SELECT payload_json FROM audit_log_chain WHERE seq = 3")
                      .toString()
                      .toUtf8();
    QByteArray forged = payload;
    forged.replace("\"role\":\"workspace_admin\"", "\"role\":\"member\"");
    QVERIFY(forged != payload);
    m_test.execRaw("DROP TRIGGER audit_log_chain_no_update");
    m_test.execRaw("UPDATE audit_log_chain SET payload_json = '" + forged + "' WHERE seq = 3");
    viewer.session->refresh();

    ChainVerification broken = verify(viewer);
    QVERIFY(!broken.valid);
    QCOMPARE(broken.brokenAt, 3);
    QCOMPARE(broken.checked, 2);
    QVERIFY(broken.reason.contains(QStringLiteral("hash")));
    const QString text = viewer.page->resultBar()->text();
    QVERIFY2(text.contains(QStringLiteral("broken at entry 3")), qPrintable(text));
    QCOMPARE(model->brokenSeq(), 3);
    const QModelIndex flagged = model->indexOfId(QStringLiteral("3"));
    QVERIFY(flagged.isValid());
    QVERIFY(flagged.data(AuditListModel::BrokenRole).toBool());
    QVERIFY(!model->indexOfId(QStringLiteral("4")).data(AuditListModel::BrokenRole).toBool());
    QCOMPARE(viewer.page->tableView()->currentIndex().row(), flagged.row());
    QVERIFY(viewer.page->detailsView()->toPlainText().contains(
            QStringLiteral("Verification failed")));

    // Put it back, so the other tests see a sound chain.
    m_test.execRaw("UPDATE audit_log_chain SET payload_json = '" + payload + "' WHERE seq = 3");
    QVERIFY(verify(viewer).valid);
}

void TestAuditViewer::exportsTheFilteredEntries()
{
    Viewer viewer = open(m_root);
    QTRY_COMPARE(viewer.page->model()->rowCount(), 5);
    AuditFilter filter;
    filter.actor = QStringLiteral("alice");
    viewer.page->setFilter(filter);
    QTRY_VERIFY(!viewer.page->model()->isLoading() && viewer.page->model()->rowCount() == 2);

    const QString jsonl = m_test.dir() + QStringLiteral("/audit.jsonl");
    bool done = false;
    viewer.page->exportTo(jsonl, [&done](bool ok) { done = ok; });
    QTRY_VERIFY(done);
    QFile lines(jsonl);
    QVERIFY(lines.open(QIODevice::ReadOnly));
    const QList<QByteArray> entries = lines.readAll().trimmed().split('\n');
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = QJsonDocument::fromJson(entries.first()).object();
    QCOMPARE(newest.value(QStringLiteral("seq")).toInteger(), 5);
    QCOMPARE(newest.value(QStringLiteral("event_type")).toString(),
             QStringLiteral("membership.revoked"));
    QCOMPARE(newest.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
             QStringLiteral("alice"));
    QVERIFY(!newest.value(QStringLiteral("hash")).toString().isEmpty());

    const QString csv = m_test.dir() + QStringLiteral("/audit.csv");
    done = false;
    viewer.page->exportTo(csv, [&done](bool ok) { done = ok; });
    QTRY_VERIFY(done);
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = table.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0).startsWith("seq,created_at,event_type,actor,target,payload_json"));
    QVERIFY(rows.at(1).startsWith("5,"));
    QVERIFY(rows.at(2).startsWith("4,"));
}

void TestAuditViewer::tenantAdminSeesTheEntriesOfTheirTenant()
{
    // alice administers acme: every entry here is about acme (architecture.md §3).
    Viewer viewer = open(m_alice);
    QTRY_COMPARE(viewer.page->model()->rowCount(), 5);
    // Verifying the chain stays a global admin's.
    QTRY_VERIFY(viewer.page->verifyAction()->toolTip().contains(QStringLiteral("global admin")));
    QVERIFY(!viewer.page->verifyAction()->isEnabled());
}

void TestAuditViewer::nonAdminIsRefusedWithTheReason()
{
    // bob is a member of acme: not an admin of anything.
    Viewer viewer = open(m_bobActor);
    QTRY_VERIFY(viewer.page->statusLabel()->text().contains(QStringLiteral("global admin")));
    QCOMPARE(viewer.page->model()->rowCount(), 0);
    QTRY_VERIFY(!viewer.page->verifyAction()->toolTip().isEmpty()
                && viewer.page->verifyAction()->toolTip().contains(QStringLiteral("global admin")));
    QVERIFY(!viewer.page->verifyAction()->isEnabled());
    QVERIFY(!viewer.page->exportAction()->isEnabled());
    // Even asked directly, core refuses.
    viewer.page->verifyChain(true);
    QTRY_VERIFY(viewer.page->resultBar()->text().contains(QStringLiteral("not verified")));
}

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
