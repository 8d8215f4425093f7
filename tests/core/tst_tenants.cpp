#include "core/audit/auditlog.h"
#include "core/printable.h"
#include "core/tenancy/membershipservice.h"
#include "core/tenancy/tenantservice.h"
#include "core/tenancy/workspaceservice.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace tenantdesk;

// Creating, renaming, configuring and deleting tenants and workspaces: validation, conflicts,
// exact storage, cascades and the audit entries of every change.
class TestTenants : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsTenantWithFirstWorkspace();
    void refusesInvalidSlugs_data();
    void refusesInvalidSlugs();
    void refusesDuplicateTenantSlugWithConflict();
    void refusesDuplicateWorkspaceSlugInSameTenantOnly();
    void storesNamesExactly_data();
    void storesNamesExactly();
    void refusesBlankAndOverlongNames();
    void trimsLeadingAndTrailingWhitespace();
    void refusesHiddenCharactersInNames_data();
    void refusesHiddenCharactersInNames();
    void refusesSettingsThatAreNotAnObject_data();
    void refusesSettingsThatAreNotAnObject();
    void storesSettingsAndRecordsBeforeAndAfter();
    void renameToSameNameChangesNothing();
    void deletingTenantRemovesItsWorkspacesAndMemberships();
    void deletingTenantNeedsItsSlugAsConfirmation();
    void deletingWorkspaceRemovesItsMemberships();
    void unknownIdsAreNotFound();
    void everyChangeIsAuditedAndTheChainVerifies();

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
};

void TestTenants::init()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_admin = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_db = m_test->open();
}

void TestTenants::cleanup()
{
    m_db.reset();
    m_fixture.reset();
    m_test.reset();
}

void TestTenants::createsTenantWithFirstWorkspace()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    TenantService tenants(*m_db, m_admin);
    auto created = tenants.create(QStringLiteral("Acme Corp"), QStringLiteral("acme"),
                                  QStringLiteral("main"));
    QVERIFY2(created, why(created).constData());
    static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(created->id).hasMatch(), qPrintable(created->id));
    QVERIFY(created->createdAt >= before
            && created->createdAt <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE slug = 'acme'").toString(),
             QStringLiteral("Acme Corp"));
    QCOMPARE(m_fixture->value("SELECT created_at FROM tenants WHERE slug = 'acme'").toLongLong(),
             created->createdAt);
    QCOMPARE(m_fixture->value("SELECT settings_json FROM tenants WHERE slug = 'acme'").toString(),
             QStringLiteral("{}"));
    const QString workspaceId
            = m_fixture
                      ->value("SELECT id FROM workspaces WHERE tenant_id = ?1 AND slug = 'main'",
                              {created->id})
                      .toString();
    QVERIFY(uuid.match(workspaceId).hasMatch());
    // The creator is not made a member: global admins see every tenant anyway.
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users"), 0);
    QCOMPARE(tenants.find(QStringLiteral("acme"))->id, created->id);
}

void TestTenants::refusesInvalidSlugs_data()
{
    QTest::addColumn<QString>("slug");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << QStringLiteral("Acme");
    QTest::newRow("leading dash") << QStringLiteral("-acme");
    QTest::newRow("space") << QStringLiteral("ac me");
    QTest::newRow("underscore") << QStringLiteral("ac_me");
    QTest::newRow("trailing newline") << QStringLiteral("acme\n");
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a'));
    QTest::newRow("quote") << QStringLiteral("a'b");
}

void TestTenants::refusesInvalidSlugs()
{
    QFETCH(QString, slug);
    const QByteArray before = m_test->dump();
    auto created = TenantService(*m_db, m_admin).create(QStringLiteral("Name"), slug);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_test->dump(), before);
    QVERIFY(isValidSlug(QString(63, QLatin1Char('a'))));
    QVERIFY(isValidSlug(QStringLiteral("0-a")));
}

void TestTenants::refusesDuplicateTenantSlugWithConflict()
{
    TenantService tenants(*m_db, m_admin);
    QVERIFY(tenants.create(QStringLiteral("One"), QStringLiteral("acme")));
    const QByteArray before = m_test->dump();
    auto again = tenants.create(QStringLiteral("Two"), QStringLiteral("acme"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QStringLiteral("\"acme\" already exists")),
             qPrintable(again.error().message));
    QVERIFY(!again.error().message.contains(QStringLiteral("UNIQUE")));
    QCOMPARE(m_test->dump(), before);
}

void TestTenants::refusesDuplicateWorkspaceSlugInSameTenantOnly()
{
    TenantService tenants(*m_db, m_admin);
    const Tenant acme = *tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"),
                                        QStringLiteral("dev"));
    const Tenant globex = *tenants.create(QStringLiteral("Globex"), QStringLiteral("globex"));
    WorkspaceService workspaces(*m_db, m_admin);
    auto duplicate = workspaces.create(acme.id, QStringLiteral("Dev again"), QStringLiteral("dev"));
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    QVERIFY(duplicate.error().message.contains(QStringLiteral("already has a workspace")));
    auto elsewhere = workspaces.create(globex.id, QStringLiteral("Dev"), QStringLiteral("dev"));
    QVERIFY2(elsewhere, why(elsewhere).constData());
    QCOMPARE(workspaces.create(acme.id, QStringLiteral("Bad"), QStringLiteral("Bad!")).error().code,
             ErrorCode::InvalidInput);
}

void TestTenants::storesNamesExactly_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"quoted\" `back`");
    QTest::newRow("semicolon and SQL") << QStringLiteral("x'); DROP TABLE tenants; --");
    QTest::newRow("emoji") << QStringLiteral("Team \U0001F680 \u00e9\u00e8 \u4e2d\u6587");
    QTest::newRow("inner spaces") << QStringLiteral("inner  double  spaces");
    QTest::newRow("10,000 characters") << QString(10000, QChar(u'\u00e9'));
    QString emoji;
    for (int i = 0; i < 10000; ++i)
        emoji += QStringLiteral("\U0001F600");
    QTest::newRow("10,000 emoji") << emoji;
}

void TestTenants::storesNamesExactly()
{
    QFETCH(QString, name);
    auto tenant = TenantService(*m_db, m_admin).create(name, QStringLiteral("t"));
    QVERIFY2(tenant, why(tenant).constData());
    QCOMPARE(TenantService(*m_db, m_admin).find(tenant->id)->name, name);
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE id = ?1", {tenant->id}).toString(),
             name);
    auto workspace = WorkspaceService(*m_db, m_admin).create(tenant->id, name, QStringLiteral("w"));
    QVERIFY2(workspace, why(workspace).constData());
    QCOMPARE(WorkspaceService(*m_db, m_admin).find(tenant->id, QStringLiteral("w"))->name, name);
    // Renaming keeps the length: the first character becomes ';'.
    const QString other = QStringLiteral(";") + name.mid(name.at(0).isHighSurrogate() ? 2 : 1);
    auto renamed = TenantService(*m_db, m_admin).rename(tenant->id, other);
    QVERIFY2(renamed, why(renamed).constData());
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE id = ?1", {tenant->id}).toString(),
             other);
    QVERIFY(AuditLog(*m_db).verify()->valid);
}

void TestTenants::trimsLeadingAndTrailingWhitespace()
{
    // Issue 15, item 6: names are trimmed (they were stored exactly, padding included).
    auto tenant = TenantService(*m_db, m_admin)
                          .create(QStringLiteral("  padded  "), QStringLiteral("t"));
    QVERIFY2(tenant, why(tenant).constData());
    QCOMPARE(tenant->name, QStringLiteral("padded"));
    QCOMPARE(m_fixture->value("SELECT name FROM tenants WHERE id = ?1", {tenant->id}).toString(),
             QStringLiteral("padded"));
    auto workspace
            = WorkspaceService(*m_db, m_admin)
                      .create(tenant->id, QStringLiteral("\t ws \u00a0"), QStringLiteral("w"));
    QVERIFY2(workspace, why(workspace).constData());
    QCOMPARE(workspace->name, QStringLiteral("ws"));
    auto renamed = TenantService(*m_db, m_admin).rename(tenant->id, QStringLiteral(" again\n"));
    QVERIFY2(renamed, why(renamed).constData());
    QCOMPARE(renamed->name, QStringLiteral("again"));
    // Padding alone changes nothing.
    auto same = TenantService(*m_db, m_admin).rename(tenant->id, QStringLiteral("again  "));
    QVERIFY2(same, why(same).constData());
    QCOMPARE(same->name, QStringLiteral("again"));
}

void TestTenants::refusesHiddenCharactersInNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("line break") << QStringLiteral("two\nlines");
    QTest::newRow("carriage return") << QStringLiteral("over\rwrite");
    QTest::newRow("escape") << QStringLiteral("\x1b[31mred");
    QTest::newRow("right-to-left override") << QStringLiteral("abc\u202Edef");
    QTest::newRow("left-to-right embedding") << QStringLiteral("abc\u202Adef");
    QTest::newRow("first strong isolate") << QStringLiteral("abc\u2068def");
    QTest::newRow("zero-width space") << QStringLiteral("ac\u200Bme");
    QTest::newRow("word joiner") << QStringLiteral("ac\u2060me");
    QTest::newRow("byte order mark") << QStringLiteral("ac\uFEFFme");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b");
    QTest::newRow("noncharacter") << QStringLiteral("a\uFFFEb");
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
    QTest::newRow("tag character") << QStringLiteral("a\U000E0041b");
}

void TestTenants::refusesHiddenCharactersInNames()
{
    QFETCH(QString, name);
    TenantService tenants(*m_db, m_admin);
    auto created = tenants.create(name, QStringLiteral("t"));
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::InvalidInput);
    QVERIFY2(created.error().message.contains(QLatin1String("U+")),
             qPrintable(created.error().message));
    // The message shows the name with the character escaped, never the character itself.
    QVERIFY(!firstHiddenCharacter(created.error().message));
    const Tenant acme = *tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"));
    QCOMPARE(tenants.rename(acme.id, name).error().code, ErrorCode::InvalidInput);
    QCOMPARE(WorkspaceService(*m_db, m_admin)
                     .create(acme.id, name, QStringLiteral("w"))
                     .error()
                     .code,
             ErrorCode::InvalidInput);
    // Joiners stay allowed: emoji sequences and several scripts need them.
    auto joined = tenants.rename(acme.id,
                                 QStringLiteral("\U0001F469\u200D\U0001F4BB \u0645\u200C\u06CC"));
    QVERIFY2(joined, why(joined).constData());
}

void TestTenants::refusesBlankAndOverlongNames()
{
    TenantService tenants(*m_db, m_admin);
    QCOMPARE(tenants.create(QStringLiteral("   "), QStringLiteral("a")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(tenants.create(QString(10001, QLatin1Char('x')), QStringLiteral("a")).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants"), 0);
}

void TestTenants::refusesSettingsThatAreNotAnObject_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("array") << QStringLiteral("[1, 2]");
    QTest::newRow("number") << QStringLiteral("42");
    QTest::newRow("string") << QStringLiteral("\"x\"");
    QTest::newRow("null") << QStringLiteral("null");
    QTest::newRow("malformed") << QStringLiteral("{\"a\": }");
    QTest::newRow("empty") << QString();
}

void TestTenants::refusesSettingsThatAreNotAnObject()
{
    QFETCH(QString, text);
    auto parsed = parseSettingsJson(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(parseSettingsJson(QStringLiteral(" {\"a\": [1]} ")));
}

void TestTenants::storesSettingsAndRecordsBeforeAndAfter()
{
    const Tenant acme
            = *TenantService(*m_db, m_admin).create(QStringLiteral("Acme"), QStringLiteral("acme"));
    const QJsonObject settings
            = *parseSettingsJson(QStringLiteral("{\"plan\":\"pro\",\"seats\":25}"));
    auto updated = TenantService(*m_db, m_admin).updateSettings(acme.id, settings);
    QVERIFY2(updated, why(updated).constData());
    QCOMPARE(updated->settings, settings);
    QVERIFY(updated->updatedAt >= acme.updatedAt);
    QCOMPARE(TenantService(*m_db, m_admin).find(acme.id)->settings, settings);
    const QJsonObject stored
            = QJsonDocument::fromJson(
                      m_fixture->value("SELECT settings_json FROM tenants").toString().toUtf8())
                      .object();
    QCOMPARE(stored, settings);
    auto entries = AuditLog(*m_db).list({QStringLiteral("tenant.settings_changed"), {}, {}, {}}, 5);
    QCOMPARE(entries->size(), 1);
    const QJsonObject payload
            = QJsonDocument::fromJson(entries->at(0).payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("actor")).toString(), QStringLiteral("root"));
    QCOMPARE(payload.value(QStringLiteral("tenant_slug")).toString(), QStringLiteral("acme"));
    QCOMPARE(payload.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("settings"))
                     .toObject(),
             QJsonObject());
    QCOMPARE(payload.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("settings"))
                     .toObject(),
             settings);
}

void TestTenants::renameToSameNameChangesNothing()
{
    const Tenant acme
            = *TenantService(*m_db, m_admin).create(QStringLiteral("Acme"), QStringLiteral("acme"));
    const QByteArray before = m_test->dump();
    QVERIFY(TenantService(*m_db, m_admin).rename(acme.id, QStringLiteral("Acme")));
    QCOMPARE(m_test->dump(), before);
}

void TestTenants::deletingTenantRemovesItsWorkspacesAndMemberships()
{
    const QString acme = m_fixture->addTenant(QStringLiteral("acme"));
    const QString other = m_fixture->addTenant(QStringLiteral("other"));
    const QString dev = m_fixture->addWorkspace(acme, QStringLiteral("dev"));
    m_fixture->addWorkspace(acme, QStringLiteral("ops"));
    const QString otherWs = m_fixture->addWorkspace(other, QStringLiteral("dev"));
    const Actor alice = m_fixture->addActor(QStringLiteral("alice"));
    m_fixture->addMembership(acme, alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(acme, m_admin.userId, QStringLiteral("member"), dev);
    m_fixture->addMembership(other, alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(other, m_admin.userId, QStringLiteral("member"), otherWs);

    TenantService tenants(*m_db, m_admin);
    auto impact = tenants.deletionImpact(acme);
    QVERIFY2(impact, why(impact).constData());
    QCOMPARE(impact->workspaces, 2);
    QCOMPARE(impact->memberships, 2);
    auto removed = tenants.remove(acme, QStringLiteral("acme"));
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenants WHERE id = ?1", {acme}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE tenant_id = ?1", {acme}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE tenant_id = ?1", {acme}), 0);
    // The other tenant is untouched.
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces"), 1);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users"), 2);
    auto entries = AuditLog(*m_db).list({QStringLiteral("tenant.deleted"), {}, {}, {}}, 5);
    QCOMPARE(entries->size(), 1);
    QVERIFY(entries->at(0).payloadJson.contains(QStringLiteral("\"memberships\":2")));
}

void TestTenants::deletingTenantNeedsItsSlugAsConfirmation()
{
    const QString acme = m_fixture->addTenant(QStringLiteral("acme"));
    const QByteArray before = m_test->dump();
    auto removed = TenantService(*m_db, m_admin).remove(acme, QStringLiteral("acm"));
    QCOMPARE(removed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_test->dump(), before);
}

void TestTenants::deletingWorkspaceRemovesItsMemberships()
{
    const QString acme = m_fixture->addTenant(QStringLiteral("acme"));
    const QString dev = m_fixture->addWorkspace(acme, QStringLiteral("dev"));
    const QString ops = m_fixture->addWorkspace(acme, QStringLiteral("ops"));
    const Actor alice = m_fixture->addActor(QStringLiteral("alice"));
    const Actor bob = m_fixture->addActor(QStringLiteral("bob"));
    m_fixture->addMembership(acme, alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(acme, bob.userId, QStringLiteral("member"), dev);
    m_fixture->addMembership(acme, bob.userId, QStringLiteral("member"), ops);

    WorkspaceService workspaces(*m_db, alice);
    QCOMPARE(workspaces.deletionImpact(dev)->memberships, 1);
    QCOMPARE(workspaces.remove(dev, QStringLiteral("ops")).error().code, ErrorCode::InvalidInput);
    auto removed = workspaces.remove(dev, QStringLiteral("dev"));
    QVERIFY2(removed, why(removed).constData());
    QCOMPARE(m_fixture->count("SELECT count(*) FROM workspaces WHERE id = ?1", {dev}), 0);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE workspace_id = ?1", {dev}),
             0);
    QCOMPARE(m_fixture->roleOf(acme, bob.userId, ops), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(acme, alice.userId), QStringLiteral("tenant_admin"));
}

void TestTenants::unknownIdsAreNotFound()
{
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");
    TenantService tenants(*m_db, m_admin);
    WorkspaceService workspaces(*m_db, m_admin);
    MembershipService memberships(*m_db, m_admin);
    QCOMPARE(tenants.rename(missing, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(tenants.updateSettings(missing, {}).error().code, ErrorCode::NotFound);
    QCOMPARE(tenants.remove(missing, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(workspaces.create(missing, QStringLiteral("x"), QStringLiteral("x")).error().code,
             ErrorCode::NotFound);
    QCOMPARE(workspaces.rename(missing, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(workspaces.remove(missing, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(memberships.grant(missing, m_admin.userId, TenantRole::Member).error().code,
             ErrorCode::NotFound);
    const QString acme = m_fixture->addTenant(QStringLiteral("acme"));
    QCOMPARE(memberships.grant(acme, missing, TenantRole::Member).error().code,
             ErrorCode::NotFound);
    QCOMPARE(memberships.grant(acme, m_admin.userId, TenantRole::Member, missing).error().code,
             ErrorCode::NotFound);
    QCOMPARE(memberships.revoke(acme, m_admin.userId).error().code, ErrorCode::NotFound);
    QCOMPARE(memberships.removeFromTenant(acme, m_admin.userId).error().code, ErrorCode::NotFound);
}

void TestTenants::everyChangeIsAuditedAndTheChainVerifies()
{
    TenantService tenants(*m_db, m_admin);
    WorkspaceService workspaces(*m_db, m_admin);
    const Tenant acme = *tenants.create(QStringLiteral("Acme"), QStringLiteral("acme"));
    QVERIFY(tenants.rename(acme.id, QStringLiteral("Acme Inc")));
    QVERIFY(tenants.updateSettings(acme.id, {{QStringLiteral("a"), 1}}));
    const Workspace dev = *workspaces.create(acme.id, QStringLiteral("Dev"), QStringLiteral("dev"));
    QVERIFY(workspaces.rename(dev.id, QStringLiteral("Development")));
    QVERIFY(workspaces.updateSettings(dev.id, {{QStringLiteral("b"), true}}));
    QVERIFY(workspaces.remove(dev.id, QStringLiteral("dev")));
    QVERIFY(tenants.remove(acme.id, QStringLiteral("acme")));

    auto entries = AuditLog(*m_db).list({}, 100);
    QStringList types;
    for (const AuditEntry &entry : std::as_const(*entries))
        types.prepend(entry.eventType);
    QCOMPARE(types,
             (QStringList{QStringLiteral("tenant.created"), QStringLiteral("tenant.renamed"),
                          QStringLiteral("tenant.settings_changed"),
                          QStringLiteral("workspace.created"), QStringLiteral("workspace.renamed"),
                          QStringLiteral("workspace.settings_changed"),
                          QStringLiteral("workspace.deleted"), QStringLiteral("tenant.deleted")}));
    const QJsonObject renamed
            = QJsonDocument::fromJson(entries->at(6).payloadJson.toUtf8()).object();
    QCOMPARE(renamed.value(QStringLiteral("tenant_id")).toString(), acme.id);
    QCOMPARE(renamed.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("Acme"));
    QCOMPARE(renamed.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
             QStringLiteral("Acme Inc"));
    const QJsonObject wsRenamed
            = QJsonDocument::fromJson(entries->at(3).payloadJson.toUtf8()).object();
    QCOMPARE(wsRenamed.value(QStringLiteral("workspace_id")).toString(), dev.id);
    QCOMPARE(wsRenamed.value(QStringLiteral("workspace_slug")).toString(), QStringLiteral("dev"));
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified->valid);
    QCOMPARE(verified->checked, 8);
}

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
