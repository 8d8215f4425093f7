// The migration wizard driven offscreen from the folder page to the result page, on real
// SQLite files: both directions with the schema checked after each, what the status and plan
// pages show, the modified-script block and its repair, access, the aistack server warning
// and provisioning as the last step.

#include "tst_migrationwizard_driver.h"

#include "support/migrationsupport.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "app/mainwindow.h"

#include "models/session/session.h"
#include "widgets/common/emptystate.h"
#include "widgets/migration/migrationprovisionpage.h"
#include "widgets/migration/migrationtexts.h"
#include "widgets/shell/switcherdock.h"
#include "widgets/tenancy/tenantspage.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/migration/migrationledger.h"
#include "core/people/authenticator.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QToolButton>

#include <sqlite3.h>

using namespace tenantdesk;
using namespace wizardtest;

namespace {

// Every table, index and trigger of a file with its SQL, sorted by name (SQLite's own objects
// left out).
QStringList schemaOf(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *rows = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE "
                       "'sqlite_%' ORDER BY name",
                       -1, &rows, nullptr);
    QStringList result;
    while (sqlite3_step(rows) == SQLITE_ROW)
        result.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 0)))
                + QStringLiteral(": ")
                + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 1))));
    sqlite3_finalize(rows);
    sqlite3_close(db);
    return result;
}

// The objects of the ledger table (its name and SQL), as the engine creates it.
QStringList ledgerSchemaOf(const QString &path)
{
    QStringList ledger;
    for (const QString &object : schemaOf(path)) {
        if (object.contains(MigrationLedger::tableName()))
            ledger.append(object);
    }
    return ledger;
}

QStringList ledgerOf(const TestDatabase &t)
{
    QStringList names;
    auto db = t.open();
    const auto entries = MigrationLedger(*db).entries();
    for (const LedgerEntry &entry : entries.value())
        names.append(entry.name);
    return names;
}

// A copy of the bundled migrations in dir, to edit.
void copyBundled(const QString &dir)
{
    const QDir bundled(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    for (const QString &name : bundled.entryList({QStringLiteral("*.sql")}, QDir::Files))
        QFile::copy(bundled.filePath(name), QDir(dir).filePath(name));
}

// Answers GET with 200, as aistack's health endpoint does.
class HealthServer : public QTcpServer
{
public:
    HealthServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: "
                                  "close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/api/v1/system/health").arg(serverPort());
    }
};

} // namespace

class TestMigrationWizard : public QObject
{
    Q_OBJECT

private slots:
    void appliesAllBundledMigrationsThenRevertsToZero();
    void statusPageShowsStatesAndSqlOfSelectedMigration();
    void planPageShowsExactStatementsThatWillRun();
    void modifiedScriptBlocksUntilAdminAcceptsNewChecksum();
    void onlyGlobalAdminsMayOpenAndCoreChecksAgain();
    void warnsBeforeRealRunWhenAistackServerAnswers();
    void offersProvisioningWhenRunCreatedTenancyTables();
    void emptyStateOfMainWindowOpensWizardForAdminsOnly();
    void runOfAnAccountChangedSinceSignInIsRefused_data();
    void runOfAnAccountChangedSinceSignInIsRefused();
};

void TestMigrationWizard::appliesAllBundledMigrationsThenRevertsToZero()
{
    const QStringList bundled = bundledNames();
    const int count = int(bundled.size());
    QVERIFY(bundled.contains(QStringLiteral("008_multitenant")));
    // The schema the bundled UP sections create, built without the engine or the wizard.
    TestDatabase reference;
    reference.applyBundledSchema();

    TestDatabase t;
    t.open(); // a fresh, empty file: only the bootstrap actor exists
    const Actor bootstrap = Actor::bootstrapActor();
    {
        Driver up(t.path(), bootstrap);
        QVERIFY(up.toStatus());
        QCOMPARE(column(child<QTreeWidget>(up.statusPage(), "migrationTree"), 0), bundled);
        QCOMPARE(column(child<QTreeWidget>(up.statusPage(), "migrationTree"), 2),
                 QStringList(count, QStringLiteral("Pending")));
        QVERIFY(up.toPlan("applyRadio", QString(), true, false));
        QVERIFY(up.run());
        QVERIFY(up.toResult());
        const auto &report = up.wizard->report();
        QVERIFY(report && report->ok());
        QCOMPARE(report->completed.size(), count);
        QVERIFY(report->backup.has_value());
        QVERIFY(QFile::exists(report->backup->path));
        auto *changes = child<QTreeWidget>(up.resultPage(), "changesTree");
        QCOMPARE(column(changes, 0), bundled);
        QCOMPARE(column(changes, 1), QStringList(count, QStringLiteral("Applied")));
        QCOMPARE(child<QLabel>(up.resultPage(), "headlineLabel")->text(),
                 (count == 1 ? QStringLiteral("<b>Applied 1 migration.</b>")
                             : QStringLiteral("<b>Applied %1 migrations.</b>").arg(count)));
        QVERIFY(child<QLabel>(up.resultPage(), "backupLabel")
                        ->text()
                        .contains(report->backup->name));
        QVERIFY(child<QPushButton>(up.resultPage(), "restoreButton")->isVisible());
        QVERIFY(up.wizard->button(QWizard::FinishButton)->isVisible());
    }
    const QStringList ledgerSchema = ledgerSchemaOf(t.path());
    QCOMPARE(ledgerSchema.size(), 1);
    QStringList expected = schemaOf(reference.path()) + ledgerSchema;
    expected.sort();
    QCOMPARE(schemaOf(t.path()), expected);
    QCOMPARE(ledgerOf(t), bundled);

    {
        Driver down(t.path(), bootstrap);
        QVERIFY(down.toStatus());
        QCOMPARE(column(child<QTreeWidget>(down.statusPage(), "migrationTree"), 2),
                 QStringList(count, QStringLiteral("Applied")));
        QVERIFY(down.toPlan("revertRadio", QStringLiteral("0"), true, false));
        QStringList reversed;
        for (const QString &name : bundled)
            reversed.prepend(name + QStringLiteral(".sql"));
        QCOMPARE(column(child<QTreeWidget>(down.planPage(), "planTree"), 1), reversed);
        QVERIFY(down.run());
        QVERIFY(down.toResult());
        QVERIFY(down.wizard->report()->ok());
        QCOMPARE(column(child<QTreeWidget>(down.resultPage(), "changesTree"), 1),
                 QStringList(count, QStringLiteral("Reverted")));
        QCOMPARE(child<QLabel>(down.resultPage(), "headlineLabel")->text(),
                 (count == 1 ? QStringLiteral("<b>Reverted 1 migration.</b>")
                             : QStringLiteral("<b>Reverted %1 migrations.</b>").arg(count)));
    }
    // Only the (now empty) ledger is left.
    QCOMPARE(schemaOf(t.path()), ledgerSchema);
    QCOMPARE(ledgerOf(t), QStringList());
}

void TestMigrationWizard::statusPageShowsStatesAndSqlOfSelectedMigration()
{
    TestDatabase t;
    t.open();
    {
        Driver first(t.path(), Actor::bootstrapActor());
        QVERIFY(first.toStatus());
        QVERIFY(first.toPlan("applyRadio", QStringLiteral("008_multitenant"), false, false));
        QVERIFY(first.run());
    }
    // An irreversible migration and a ledger row whose file is gone, in a folder of their own.
    QTemporaryDir folder;
    copyBundled(folder.path());
    QFile irreversible(folder.filePath(QStringLiteral("900_irreversible_later.sql")));
    QVERIFY(irreversible.open(QIODevice::WriteOnly));
    irreversible.write(
            "-- ==== UP ====\nCREATE TABLE later (x);\n-- ==== DOWN ====\n-- no way back\n");
    irreversible.close();
    QVERIFY(QFile::remove(folder.filePath(QStringLiteral("005_audit_log_chain.sql"))));

    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus(folder.path()));
    auto *tree = child<QTreeWidget>(driver.statusPage(), "migrationTree");
    const QStringList bundled = bundledNames();
    QCOMPARE(bundled.mid(0, 3),
             QStringList({QStringLiteral("005_audit_log_chain"), QStringLiteral("008_multitenant"),
                          QStringLiteral("009_tenant_users_integrity")}));
    QCOMPARE(column(tree, 0), bundled + QStringList{QStringLiteral("900_irreversible_later")});
    const int pending = int(bundled.size()) - 1;
    QCOMPARE(column(tree, 2),
             QStringList({QStringLiteral("Missing"), QStringLiteral("Applied")})
                     + QStringList(pending, QStringLiteral("Pending")));
    QCOMPARE(column(tree, 3).last(), QStringLiteral("No (irreversible)"));
    QVERIFY(column(tree, 4).at(1).endsWith(QStringLiteral("by (bootstrap)")));
    QVERIFY(child<QLabel>(driver.statusPage(), "summaryLabel")
                    ->text()
                    .contains(QStringLiteral("2 applied, %1 pending").arg(pending)));

    // The first pending migration is selected; its UP and DOWN are shown.
    auto *up = child<QPlainTextEdit>(driver.statusPage(), "upEdit");
    auto *down = child<QPlainTextEdit>(driver.statusPage(), "downEdit");
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("009_tenant_users_integrity"));
    QVERIFY(up->toPlainText().contains(QStringLiteral("COALESCE(workspace_id, '')")));
    tree->setCurrentItem(tree->topLevelItem(1));
    QVERIFY(up->toPlainText().contains(QStringLiteral("CREATE TABLE IF NOT EXISTS tenants")));
    QVERIFY(down->toPlainText().contains(QStringLiteral("DROP TABLE IF EXISTS tenants;")));
    tree->setCurrentItem(tree->topLevelItem(tree->topLevelItemCount() - 1));
    QCOMPARE(child<QTabWidget>(driver.statusPage(), "sqlTabs")->tabText(1),
             QStringLiteral("&DOWN (irreversible)"));
    QVERIFY(driver.statusPage()->isComplete()); // missing and irreversible do not block
    tree->setCurrentItem(tree->topLevelItem(1));
    child<QTabWidget>(driver.statusPage(), "sqlTabs")->setCurrentIndex(0);
    screenshot(driver.wizard, QStringLiteral("migration-status"));
}

void TestMigrationWizard::planPageShowsExactStatementsThatWillRun()
{
    TestDatabase t;
    t.open();
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus());
    QVERIFY(driver.toPlan("applyRadio", QStringLiteral("008_multitenant"), true, false));
    const auto &plan = driver.planPage()->plan();
    QVERIFY(plan && plan->steps.size() == 2);
    auto *steps = child<QTreeWidget>(driver.planPage(), "planTree");
    QCOMPARE(column(steps, 2), QStringList(2, QStringLiteral("Apply")));
    // Counted by the engine's splitter: 005 has a table, two indexes and two triggers.
    QCOMPARE(column(steps, 3).first(), QStringLiteral("5"));
    QCOMPARE(column(steps, 3).last(),
             QString::number(MigrationTexts::statementCount(plan->steps.last().script,
                                                            MigrationDirection::Up)));
    const QString statements
            = child<QPlainTextEdit>(driver.planPage(), "statementsEdit")->toPlainText();
    // The trigger is one statement, with its inner ';', as SQLite splits it.
    QVERIFY(statements.contains(
            QStringLiteral("-- statement 4 of 5, line 21\nCREATE TRIGGER IF NOT "
                           "EXISTS audit_log_chain_no_update")));
    QVERIFY(statements.contains(
            QStringLiteral("'audit_log_chain is append-only: UPDATE forbidden');\n  END;")));
    QVERIFY(statements.contains(QStringLiteral("-- 008_multitenant.sql (UP)")));
    QVERIFY(!statements.contains(QStringLiteral("009_tenant_users_integrity")));
    QCOMPARE(driver.wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Apply &Now"));
    screenshot(driver.wizard, QStringLiteral("migration-plan"));

    child<QCheckBox>(driver.planPage(), "dryRunCheck")->setChecked(true);
    QCOMPARE(driver.wizard->button(QWizard::CommitButton)->text(), QStringLiteral("Dry Ru&n"));
    child<QLineEdit>(driver.planPage(), "healthUrlEdit")->setText(QStringLiteral("not a url"));
    QVERIFY(!driver.planPage()->isComplete());
    child<QLineEdit>(driver.planPage(), "healthUrlEdit")->clear(); // empty: no check
    QVERIFY(driver.planPage()->isComplete());

    // Nothing is applied, so there is nothing to revert.
    child<QRadioButton>(driver.planPage(), "revertRadio")->setChecked(true);
    QVERIFY(!driver.planPage()->isComplete());
    QVERIFY(!child<QLabel>(driver.planPage(), "problemLabel")->text().isEmpty());
}

void TestMigrationWizard::modifiedScriptBlocksUntilAdminAcceptsNewChecksum()
{
    TestDatabase t;
    t.open();
    QTemporaryDir folder;
    copyBundled(folder.path());
    {
        Driver driver(t.path(), Actor::bootstrapActor());
        QVERIFY(driver.runThrough("applyRadio", QString(), false, folder.path()));
    }
    QFile script(folder.filePath(QStringLiteral("008_multitenant.sql")));
    QVERIFY(script.open(QIODevice::ReadWrite));
    const QByteArray text = script.readAll();
    script.resize(0);
    script.write(
            QByteArray(text).replace("-- ==================== UP ====================",
                                     "-- ==================== UP ====================\n-- edited"));
    script.close();

    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus(folder.path()));
    QCOMPARE(column(child<QTreeWidget>(driver.statusPage(), "migrationTree"), 2).at(1),
             QStringLiteral("Modified"));
    QVERIFY(!driver.statusPage()->isComplete());
    QVERIFY(!driver.wizard->button(QWizard::NextButton)->isEnabled());
    auto *frame = child<QFrame>(driver.statusPage(), "modifiedFrame");
    QVERIFY(frame->isVisible());
    QVERIFY(child<QLabel>(driver.statusPage(), "modifiedLabel")
                    ->text()
                    .contains(QStringLiteral("008_multitenant")));

    // Declining the confirmation changes nothing.
    auto *repair = child<QPushButton>(driver.statusPage(), "repairButton");
    answerNextMessageBox(QMessageBox::Cancel);
    repair->click();
    QVERIFY(!driver.statusPage()->isComplete());

    answerNextMessageBox(QMessageBox::Yes);
    repair->click();
    QTRY_VERIFY_WITH_TIMEOUT(driver.statusPage()->isComplete(), 10000);
    QCOMPARE(column(child<QTreeWidget>(driver.statusPage(), "migrationTree"), 2).at(1),
             QStringLiteral("Applied"));
    QVERIFY(!frame->isVisible());
    auto db = t.open();
    AuditFilter filter;
    filter.eventType = QStringLiteral("migration.repaired");
    auto repaired = AuditLog(*db).list(filter, 10);
    QVERIFY(repaired);
    QCOMPARE(repaired->size(), 1);
    QVERIFY(repaired->first().payloadJson.contains(
            QStringLiteral("\"migration\":\"008_multitenant\"")));
}

void TestMigrationWizard::onlyGlobalAdminsMayOpenAndCoreChecksAgain()
{
    Actor viewer = admin();
    viewer.globalRole = GlobalRole::Developer;
    QVERIFY(MigrationWizard::checkAccess(admin()));
    QVERIFY(MigrationWizard::checkAccess(Actor::bootstrapActor()));
    const auto refused = MigrationWizard::checkAccess(viewer);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Denied);

    // Even a wizard opened for someone else is refused by core, before any backup is made.
    TestDatabase t;
    t.open();
    addAdmin(t.path());
    t.execRaw("UPDATE users SET role = 'developer';"); // the viewer's row, as core reads it
    const QByteArray before = t.dump();
    Driver driver(t.path(), viewer);
    QVERIFY(driver.runThrough("applyRadio", QString(), true));
    const auto &report = driver.wizard->report();
    QVERIFY(report && !report->ok());
    QCOMPARE(report->error->code, ErrorCode::Denied);
    QVERIFY(!report->backup);
    QVERIFY(child<QLabel>(driver.resultPage(), "errorLabel")
                    ->text()
                    .contains(QStringLiteral("global admin")));
    QCOMPARE(t.dump(), before);
    QVERIFY(!QFileInfo::exists(DatabaseBackup::defaultDir(t.path())));
}

void TestMigrationWizard::warnsBeforeRealRunWhenAistackServerAnswers()
{
    TestDatabase t;
    t.open();
    HealthServer server;
    QVERIFY(server.isListening());
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus());
    QVERIFY(driver.toPlan("applyRadio", QString(), false, false, server.url()));
    QVERIFY(driver.run(MigrationRunPage::Phase::ServerWarning));
    QVERIFY(child<QLabel>(driver.runPage(), "serverLabel")->text().contains(server.url()));
    QVERIFY(driver.runPage()->serverOutcome().answered);
    QVERIFY(!driver.runPage()->isComplete());
    QVERIFY(ledgerOf(t).isEmpty()); // nothing ran while the admin decides
    QCOMPARE(QSettings(QStringLiteral("TenantDesk"), QStringLiteral("tenantdesk"))
                     .value(MigrationWizard::healthCheckUrlSetting())
                     .toString(),
             server.url());

    // The warning is not fatal: the admin may go on.
    child<QPushButton>(driver.runPage(), "runAnywayButton")->click();
    QVERIFY(driver.waitFor(MigrationRunPage::Phase::Finished));
    QCOMPARE(ledgerOf(t), bundledNames());
}

void TestMigrationWizard::offersProvisioningWhenRunCreatedTenancyTables()
{
    TestDatabase t;
    const QString adminId = t.addUser(QStringLiteral("root"), QStringLiteral("admin"),
                                      QStringLiteral("password1"));
    t.addUser(QStringLiteral("dev"), QStringLiteral("developer"), QStringLiteral("password1"));
    Actor root = admin(); // as the users table has it: provisioning grants root a role
    root.userId = adminId;
    Driver driver(t.path(), root);
    QVERIFY(driver.runThrough("applyRadio", QString()));
    QVERIFY(driver.wizard->report()->createdTenancyTables());
    QVERIFY(driver.resultPage()->offersProvisioning());
    QVERIFY(child<QLabel>(driver.resultPage(), "nextLabel")->isVisible());
    QVERIFY(driver.wizard->button(QWizard::NextButton)->isVisible());
    driver.wizard->next();
    QCOMPARE(driver.wizard->currentId(), int(MigrationWizard::ProvisionPageId));
    auto *page = driver.wizard->provisionPage();
    child<QPushButton>(page, "provisionButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->report().has_value(), 10000);
    QVERIFY(page->report()->tenantCreated);
    QCOMPARE(page->report()->membershipsGranted, 2);
    TenancyFixture fixture(t, false);
    QCOMPARE(fixture.value("SELECT role FROM tenant_users WHERE user_id = ?", {adminId}).toString(),
             QStringLiteral("tenant_admin"));
    QCOMPARE(fixture.count("SELECT count(*) FROM tenants WHERE slug = 'default'"), 1);

    // Without new tenancy tables (they exist now), nothing is offered.
    Driver again(t.path(), root);
    QVERIFY(again.toStatus());
    QVERIFY(again.toPlan("revertRadio", QString(), true, false));
    QVERIFY(again.run());
    QVERIFY(again.toResult());
    QVERIFY(!again.resultPage()->offersProvisioning());
}

void TestMigrationWizard::emptyStateOfMainWindowOpensWizardForAdminsOnly()
{
    const auto password = QStringLiteral("password1");
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), password);
    t.addUser(QStringLiteral("mia"), QStringLiteral("developer"), password);
    const auto signIn = [&](const QString &login) {
        auto db = t.open();
        return Authenticator(*db).signIn(login, password).value();
    };
    const auto optionsFor = [&](const Actor &actor) {
        Session::Options options;
        options.databasePath = t.path();
        options.actor = actor;
        options.hasTenancyTables = false;
        return options;
    };
    {
        Session session(optionsFor(signIn(QStringLiteral("mia"))));
        MainWindow window(&session);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("actionMigrations"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(QStringLiteral("global admin")));
        QVERIFY(!window.findChild<MigrationWizard *>());
    }

    Session session(optionsFor(signIn(QStringLiteral("root"))));
    MainWindow window(&session);
    window.show();
    auto *empty = window.findChild<EmptyState *>(QStringLiteral("noTenancyTables"));
    QVERIFY(empty && empty->isVisible());
    auto *button = empty->findChild<QToolButton *>(QStringLiteral("actionButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    auto *wizard = window.findChild<MigrationWizard *>();
    QVERIFY(wizard && wizard->isVisible());
    QCOMPARE(wizard->windowModality(), Qt::WindowModal);
    QCOMPARE(wizard->databasePath(), t.path());

    QSignalSpy refreshes(&session, &Session::refreshRequested);
    QSignalSpy created(&session, &Session::tenancyTablesCreated);
    Driver driver(wizard);
    QVERIFY(driver.runThrough("applyRadio", QString()));
    QVERIFY(refreshes.size() >= 1);
    // Provisioning is offered; finishing without it closes the wizard and the window turns
    // from the empty state to the tenant pages without a restart.
    QVERIFY(driver.resultPage()->offersProvisioning());
    QVERIFY(!window.findChild<SwitcherDock *>());
    QPointer<MigrationWizard> guard(wizard);
    wizard->next();
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!guard); // deleted on close
    QCOMPARE(created.size(), 1);
    QVERIFY(session.hasTenancyTables());
    QVERIFY(!empty->isVisible());
    auto *dock = window.findChild<SwitcherDock *>();
    QVERIFY(dock && dock->isVisible());
    QVERIFY(window.findChild<TenantsPage *>() && window.findChild<TenantsPage *>()->isVisible());
    auto *quickSwitch = window.findChild<QAction *>(QStringLiteral("actionQuickSwitch"));
    QVERIFY(quickSwitch && quickSwitch->isEnabled());
}

void TestMigrationWizard::runOfAnAccountChangedSinceSignInIsRefused_data()
{
    QTest::addColumn<QByteArray>("change");
    QTest::addColumn<QString>("why");
    QTest::addColumn<bool>("ends");
    QTest::newRow("demoted") << QByteArray("UPDATE users SET role = 'developer' WHERE username = "
                                           "'root';")
                             << QStringLiteral("running migrations needs a global admin") << false;
    QTest::newRow("locked") << QByteArray("UPDATE users SET password_hash = '!' || password_hash "
                                          "WHERE username = 'root';")
                            << QStringLiteral("was locked by a global admin") << true;
    QTest::newRow("deleted") << QByteArray("DELETE FROM users WHERE username = 'root';")
                             << QStringLiteral("was deleted from this database") << true;
}

void TestMigrationWizard::runOfAnAccountChangedSinceSignInIsRefused()
{
    QFETCH(QByteArray, change);
    QFETCH(QString, why);
    QFETCH(bool, ends);
    const auto password = QStringLiteral("password1");
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), password);
    Session::Options options;
    options.databasePath = t.path();
    options.actor = Authenticator(*t.open()).signIn(QStringLiteral("root"), password).value();
    options.hasTenancyTables = false;
    options.persistContext = false;
    // Not started, so it does not watch for other writers: only the wizard's refusal makes it
    // read the account again.
    Session session(options);
    QWidget host;
    host.show();
    auto *wizard = MigrationWizard::openFor(&session, &host);
    QVERIFY(wizard);
    Driver driver(wizard);
    QVERIFY(driver.toStatus());
    QVERIFY(driver.toPlan("applyRadio", QString(), true, false));

    // While the plan is on screen, another process demotes, locks or deletes root.
    t.execRaw(change);
    const QByteArray before = t.dump();
    QSignalSpy ended(&session, &Session::ended);
    QSignalSpy actorChanged(&session, &Session::actorChanged);
    QVERIFY(driver.run());
    const auto &report = driver.wizard->report();
    QVERIFY(report && !report->ok());
    QCOMPARE(report->error->code, ErrorCode::Denied);
    QVERIFY2(report->error->message.contains(why), qPrintable(report->error->message));
    QVERIFY(report->completed.isEmpty());
    QVERIFY(!report->backup);
    QVERIFY(driver.toResult());
    QVERIFY2(child<QLabel>(driver.resultPage(), "errorLabel")->text().contains(why),
             qPrintable(child<QLabel>(driver.resultPage(), "errorLabel")->text()));
    QCOMPARE(t.dump(), before);
    QVERIFY(!QFileInfo::exists(DatabaseBackup::defaultDir(t.path())));

    // The session takes the change on: a demoted admin works on as a developer, a locked or
    // deleted one's session ends.
    if (ends) {
        QTRY_COMPARE(ended.size(), 1);
        QVERIFY2(ended.first().first().toString().contains(why),
                 qPrintable(ended.first().first().toString()));
        QVERIFY(session.isEnded());
    } else {
        QTRY_COMPARE(actorChanged.size(), 1);
        QCOMPARE(session.actor().globalRole, GlobalRole::Developer);
        QVERIFY(!session.isEnded());
    }
}

QTEST_MAIN(TestMigrationWizard)
#include "tst_migrationwizard.moc"
