#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/csv/csv.h"
#include "core/csv/membershipcsv.h"
#include "core/people/userdirectory.h"
#include "core/people/userlookup.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"

#include <QBuffer>
#include <QTest>

using namespace tenantdesk;

namespace {

Actor actorOf(const Database &db, const QString &username)
{
    auto user = UserDirectory(db).findByLogin(username);
    if (!user || !*user)
        qFatal("no user %s", qPrintable(username));
    return (*user)->toActor();
}

} // namespace

class TestMembershipCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parsesQuotedFieldsLineEndsAndBom();
    void reportsUnterminatedQuoteWithLine();
    void previewSaysWhatEachRowWouldDoAndChangesNothing();
    void allOrNothingAppliesNothingWhenAnyRowFails();
    void skipFailuresAppliesTheGoodRows();
    void refusesRowsAboveTheImportersRole();
    void exportRoundTrips();
    void rowsNameUsersByExactUsernameOrEmail();
    void importLooksUpUsersThroughIndexes();
    void importAuditsEveryAppliedRowOnOneChain();
    void importPutsTheConnectionsSettingsBack();

private:
    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_db;
    QString m_tenantId;
};

void TestMembershipCsv::init()
{
    m_db.reset();
    m_file = std::make_unique<TestDatabase>();
    m_file->applyBundledSchema();
    m_file->addUser(QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("pw-root-1"));
    for (const char *name : {"alice", "bob", "carol", "dave"})
        m_file->addUser(QString::fromLatin1(name), QStringLiteral("developer"),
                        QStringLiteral("pw-12345"));
    m_db = m_file->open();
    const Actor root = actorOf(*m_db, QStringLiteral("root"));
    auto tenant = TenantService(*m_db, root)
                          .create(QStringLiteral("Acme"), QStringLiteral("acme"),
                                  QStringLiteral("eng"));
    QVERIFY2(tenant, tenant ? "" : qPrintable(tenant.error().message));
    m_tenantId = tenant->id;
    QVERIFY(WorkspaceService(*m_db, root)
                    .create(m_tenantId, QStringLiteral("Ops"), QStringLiteral("ops")));
    MembershipService members(*m_db, root);
    QVERIFY(members.grant(m_tenantId, actorOf(*m_db, QStringLiteral("dave")).userId,
                          TenantRole::TenantAdmin));
    QVERIFY(members.grant(m_tenantId, actorOf(*m_db, QStringLiteral("carol")).userId,
                          TenantRole::Member));
}

void TestMembershipCsv::parsesQuotedFieldsLineEndsAndBom()
{
    auto records
            = Csv::parse("\xEF\xBB\xBFuser,workspace,role\r\n\"O'Neil, \"\"Jr\"\"\",,member\r\n\r\n"
                         "\"multi\nline\",eng,workspace_admin\n");
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(1).fields,
             (QStringList{QStringLiteral("O'Neil, \"Jr\""), QString(), QStringLiteral("member")}));
    QCOMPARE(records->at(1).line, 2);
    QCOMPARE(records->at(2).fields.first(), QStringLiteral("multi\nline"));
    QCOMPARE(records->at(2).line, 4);
    QCOMPARE(Csv::formatRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QString()}),
             QByteArray("\"a,b\",\"say \"\"hi\"\"\",\r\n"));
}

void TestMembershipCsv::reportsUnterminatedQuoteWithLine()
{
    auto records = Csv::parse("user,workspace,role\nalice,,member\n\"bob,eng,member\n");
    QVERIFY(!records);
    QCOMPARE(records.error().code, ErrorCode::InvalidInput);
    QVERIFY2(records.error().message.contains(QStringLiteral("Line 3")),
             qPrintable(records.error().message));
}

void TestMembershipCsv::previewSaysWhatEachRowWouldDoAndChangesNothing()
{
    const QByteArray before = m_file->dump();
    MembershipCsv csv(*m_db, actorOf(*m_db, QStringLiteral("root")));
    auto report = csv.import(m_tenantId,
                             "user,workspace,role\n"
                             "alice,,member\n"           // add
                             "carol,,workspace_admin\n"  // change
                             "dave,,tenant_admin\n"      // unchanged
                             "nobody,,member\n"          // unknown user
                             "bob,eng,owner\n"           // bad role
                             "bob,nowhere,member\n"      // unknown workspace
                             "bob,eng,tenant_admin\n"    // tenant_admin on a workspace
                             "alice,,workspace_admin\n", // duplicate of line 2
                             MembershipCsv::Mode::Preview);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(m_file->dump(), before);
    QVERIFY(!report->applied);
    using O = CsvImportRow::Outcome;
    const QList<O> expected{O::Add,     O::Change,  O::Unchanged, O::Invalid,
                            O::Invalid, O::Invalid, O::Refused,   O::Invalid};
    QCOMPARE(report->rows.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(report->rows.at(i).outcome == expected.at(i),
                 qPrintable(QStringLiteral("line %1: %2 %3")
                                    .arg(report->rows.at(i).line)
                                    .arg(MembershipCsv::outcomeName(report->rows.at(i).outcome),
                                         report->rows.at(i).message)));
        QCOMPARE(report->rows.at(i).line, i + 2);
    }
    QVERIFY(report->rows.at(3).message.contains(QStringLiteral("nobody")));
    QVERIFY(report->rows.at(4).message.contains(QStringLiteral("owner")));
    QVERIFY(report->rows.at(7).message.contains(QStringLiteral("line 2")));
}

void TestMembershipCsv::allOrNothingAppliesNothingWhenAnyRowFails()
{
    const QByteArray before = m_file->dump();
    MembershipCsv csv(*m_db, actorOf(*m_db, QStringLiteral("root")));
    auto report = csv.import(m_tenantId, "alice,,member\nbob,eng,member\nnobody,,member\n",
                             MembershipCsv::Mode::AllOrNothing);
    QVERIFY(report);
    QVERIFY(!report->applied);
    QCOMPARE(report->rows.size(), 3);
    QCOMPARE(report->rows.at(0).outcome, CsvImportRow::Outcome::Add);
    QCOMPARE(report->rows.at(2).outcome, CsvImportRow::Outcome::Invalid);
    QCOMPARE(m_file->dump(), before);

    auto clean = csv.import(m_tenantId, "alice,,member\nbob,eng,member\n",
                            MembershipCsv::Mode::AllOrNothing);
    QVERIFY(clean);
    for (const CsvImportRow &row : clean->rows)
        QVERIFY2(row.outcome == CsvImportRow::Outcome::Add, qPrintable(row.message));
    QVERIFY(clean->applied);
    QCOMPARE(clean->count(CsvImportRow::Outcome::Add), 2);
    QVERIFY(m_file->dump() != before);
}

void TestMembershipCsv::skipFailuresAppliesTheGoodRows()
{
    MembershipCsv csv(*m_db, actorOf(*m_db, QStringLiteral("root")));
    auto report = csv.import(m_tenantId, "alice,,member\nnobody,,member\nbob,ops,workspace_admin\n",
                             MembershipCsv::Mode::SkipFailures);
    QVERIFY(report);
    QVERIFY(report->applied);
    MembershipQuery query;
    query.tenantId = m_tenantId;
    auto count = MembershipService(*m_db, actorOf(*m_db, QStringLiteral("root"))).count(query);
    QCOMPARE(*count, 4); // dave, carol + alice, bob
}

void TestMembershipCsv::refusesRowsAboveTheImportersRole()
{
    // bob administers only workspace "eng": he may grant up to workspace_admin there.
    const Actor root = actorOf(*m_db, QStringLiteral("root"));
    auto eng = WorkspaceService(*m_db, root).find(m_tenantId, QStringLiteral("eng"));
    QVERIFY2(eng, why(eng).constData());
    auto granted = MembershipService(*m_db, root)
                           .grant(m_tenantId, actorOf(*m_db, QStringLiteral("bob")).userId,
                                  TenantRole::WorkspaceAdmin, eng->id);
    QVERIFY2(granted, why(granted).constData());
    const QByteArray before = m_file->dump();
    MembershipCsv csv(*m_db, actorOf(*m_db, QStringLiteral("bob")));
    auto report = csv.import(m_tenantId, "alice,eng,member\nalice,,member\n",
                             MembershipCsv::Mode::AllOrNothing);
    QVERIFY(report);
    QCOMPARE(report->rows.at(0).outcome, CsvImportRow::Outcome::Add);
    QCOMPARE(report->rows.at(1).outcome, CsvImportRow::Outcome::Refused);
    QVERIFY(!report->rows.at(1).message.isEmpty());
    QVERIFY(!report->applied);
    QCOMPARE(m_file->dump(), before);
}

void TestMembershipCsv::exportRoundTrips()
{
    const Actor root = actorOf(*m_db, QStringLiteral("root"));
    MembershipCsv csv(*m_db, root);
    QVERIFY(csv.import(m_tenantId, "alice,eng,workspace_admin\nbob,,member\n",
                       MembershipCsv::Mode::AllOrNothing)
                    ->applied);
    MembershipQuery query;
    query.tenantId = m_tenantId;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto written = csv.exportTo(&buffer, query);
    QVERIFY2(written, why(written).constData());
    QCOMPARE(*written, qint64(4));
    const std::optional<QByteArray> exported = buffer.data();
    QVERIFY(exported);
    QVERIFY(exported->startsWith("user,workspace,role\r\n"));
    QVERIFY(exported->contains("alice,eng,workspace_admin\r\n"));
    QVERIFY(exported->contains("dave,,tenant_admin\r\n"));
    auto again = csv.import(m_tenantId, *exported, MembershipCsv::Mode::Preview);
    QVERIFY(again);
    QCOMPARE(again->count(CsvImportRow::Outcome::Unchanged), 4);
    QCOMPARE(again->rows.size(), 4);
}

void TestMembershipCsv::rowsNameUsersByExactUsernameOrEmail()
{
    // A row names a user as `member grant` does: a username exactly, else an e-mail exactly
    // (each one seek in its unique index), else an e-mail in another case that exactly one
    // user has. A username in another case is another name.
    MembershipCsv csv(*m_db, actorOf(*m_db, QStringLiteral("root")));
    auto report = csv.import(m_tenantId,
                             "alice@example.com,,member\nBob,,member\nBOB@EXAMPLE.COM,,member\n",
                             MembershipCsv::Mode::SkipFailures);
    QVERIFY(report);
    QCOMPARE(report->rows.size(), 3);
    QCOMPARE(report->rows.at(0).outcome, CsvImportRow::Outcome::Add);
    QCOMPARE(report->rows.at(1).outcome, CsvImportRow::Outcome::Invalid);
    QCOMPARE(report->rows.at(2).outcome, CsvImportRow::Outcome::Add);
    QVERIFY(report->applied);
    const MembershipService service(*m_db, actorOf(*m_db, QStringLiteral("root")));
    auto alice = service.grantsOf(m_tenantId, actorOf(*m_db, QStringLiteral("alice")).userId);
    QVERIFY(alice);
    QCOMPARE(alice->size(), 1);
    auto bob = service.grantsOf(m_tenantId, actorOf(*m_db, QStringLiteral("bob")).userId);
    QVERIFY(bob);
    QCOMPARE(bob->size(), 1);
}

void TestMembershipCsv::importLooksUpUsersThroughIndexes()
{
    // What SQLite plans for the statement the importer prepares to name its rows' users: for
    // each name, seeks in the primary key or a unique index, never a scan of users.
    const QByteArray sql = UserLookup::lookupSql(2);
    auto plan = m_db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromUtf8(sql),
                           {QStringLiteral("x"), QStringLiteral("y")});
    QVERIFY(plan);
    QStringList seeks;
    while (plan->next()) {
        const QString detail = plan->value(3).toString();
        QVERIFY2(!detail.startsWith(QLatin1String("SCAN users")), qPrintable(detail));
        if (detail.contains(QLatin1String(" users ")))
            seeks << detail;
    }
    QCOMPARE(seeks.size(), 3); // by id, by username, by e-mail
    for (const QString &seek : std::as_const(seeks))
        QVERIFY2(seek.startsWith(QLatin1String("SEARCH users USING")), qPrintable(seek));

    // And the lookup names users as the rows of an import do, in order, one name alone or 515
    // (more than one statement takes). Two users are named like other users' id and e-mail:
    // the id comes first, then the username.
    const QString alice = actorOf(*m_db, QStringLiteral("alice")).userId;
    const QString bob = actorOf(*m_db, QStringLiteral("bob")).userId;
    const auto addUser = [this](const QString &id, const QString &username) {
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO users (id, email, username, password_hash) "
                                          "VALUES (?, ?, ?, 'not a hash')"),
                           {id, id + QStringLiteral("@example.org"), username}));
    };
    addUser(QStringLiteral("id-named-like-alice"), alice);
    addUser(QStringLiteral("id-named-like-bobs-mail"), QStringLiteral("bob@example.com"));
    for (int i = 0; i < 10; ++i)
        addUser(QStringLiteral("extra-%1").arg(i), QStringLiteral("extra%1").arg(i));
    const QList<std::pair<QString, std::optional<QString>>> cases = {
            {QStringLiteral("alice"), alice},
            {alice, alice},
            {QStringLiteral("alice@example.com"), alice},
            {QStringLiteral("ALICE@example.com"), alice},
            {QStringLiteral("ALICE"), std::nullopt},
            {QString(), std::nullopt},
            {QStringLiteral("bob"), bob},
            {QStringLiteral("bob@example.com"), QStringLiteral("id-named-like-bobs-mail")},
            {QStringLiteral("extra7"), QStringLiteral("extra-7")},
            {QStringLiteral("extra-7@example.org"), QStringLiteral("extra-7")},
            {QStringLiteral("nobody@example.com"), std::nullopt},
    };
    UserLookup lookup(*m_db);
    for (const auto &[name, id] : cases)
        QCOMPARE(lookup.idsOf({name}).value(), QList<std::optional<QString>>{id});
    QStringList names;
    QList<std::optional<QString>> expected;
    for (qsizetype i = 0; names.size() < UserLookup::kNamesPerLookup * 2 + 3; ++i) {
        names << cases.at(i % cases.size()).first;
        expected << cases.at(i % cases.size()).second;
    }
    QCOMPARE(lookup.idsOf(names).value(), expected);
    QCOMPARE(lookup.idsOf({}).value(), QList<std::optional<QString>>());
}

void TestMembershipCsv::importAuditsEveryAppliedRowOnOneChain()
{
    // Many rows in one transaction, each with its audit entry: the entries follow each other
    // on the chain (each one's prev_hash is the hash before it) and the chain verifies.
    const Actor root = actorOf(*m_db, QStringLiteral("root"));
    auto before = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log_chain"));
    QVERIFY(before);
    MembershipCsv csv(*m_db, root);
    auto report = csv.import(m_tenantId,
                             "user,workspace,role\nalice,,member\nbob,ops,workspace_admin\n"
                             "carol,,workspace_admin\ncarol,ops,member\ndave,,tenant_admin\n",
                             MembershipCsv::Mode::AllOrNothing);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report->applied);
    QCOMPARE(report->count(CsvImportRow::Outcome::Add), 3);
    QCOMPARE(report->count(CsvImportRow::Outcome::Change), 1);
    QCOMPARE(report->count(CsvImportRow::Outcome::Unchanged), 1);
    auto after = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log_chain"));
    QVERIFY(after);
    QCOMPARE(after->toLongLong() - before->toLongLong(), 4);
    auto events = m_db->exec(
            QStringLiteral("SELECT event_type FROM audit_log_chain ORDER BY seq DESC LIMIT 4"));
    QVERIFY(events);
    QStringList types;
    while (events->next())
        types.prepend(events->value(0).toString());
    QCOMPARE(types,
             QStringList(
                     {QStringLiteral("membership.granted"), QStringLiteral("membership.granted"),
                      QStringLiteral("membership.changed"), QStringLiteral("membership.granted")}));
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified);
    QVERIFY2(verified->valid, qPrintable(verified->reason));
}

void TestMembershipCsv::importPutsTheConnectionsSettingsBack()
{
    const auto pragma = [this](const char *name) {
        return m_db->scalar(QStringLiteral("PRAGMA ") + QLatin1String(name))->toLongLong();
    };
    const Actor root = actorOf(*m_db, QStringLiteral("root"));
    const QByteArray rows = "user,workspace,role\nalice,,member\n";
    const qint64 cacheSize = pragma("cache_size");
    const qint64 tempStore = pragma("temp_store");
    QVERIFY(tempStore != 2); // the import's own choice, MEMORY, would not show
    QVERIFY(MembershipCsv(*m_db, root).import(m_tenantId, rows, MembershipCsv::Mode::Preview));
    QCOMPARE(pragma("cache_size"), cacheSize);
    QCOMPARE(pragma("temp_store"), tempStore);

    // Changing temp_store would drop a temporary table of the connection: with one, the import
    // leaves temp_store alone, and the table stays.
    QVERIFY(m_db->exec(QStringLiteral("CREATE TEMP TABLE kept (x)")));
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO temp.kept VALUES (1)")));
    QVERIFY(MembershipCsv(*m_db, root).import(m_tenantId, rows, MembershipCsv::Mode::AllOrNothing));
    auto kept = m_db->scalar(QStringLiteral("SELECT count(*) FROM temp.kept"));
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QCOMPARE(kept->toLongLong(), 1);
    QCOMPARE(pragma("temp_store"), tempStore);
}

QTEST_GUILESS_MAIN(TestMembershipCsv)
#include "tst_membershipcsv.moc"
