// Running from the migration wizard, offscreen on real SQLite files: Cancel during a
// million-row migration leaves the database as it was (and the window kept responding), a dry
// run leaves the file byte-identical, Restore from the result page brings back the content
// from before the run (and is refused while another process writes), and every run, revert,
// baseline and restore lands in the audit chain.

#include "tst_migrationwizard_driver.h"

#include "support/files.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <sqlite3.h>

using namespace tenantdesk;
using namespace wizardtest;

namespace {

// Content that must survive: a table of notes, as another program would have created it.
void addNotes(const TestDatabase &t)
{
    t.execRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
              "INSERT INTO notes (body) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
              "FROM n WHERE i < 500) SELECT 'note ' || i FROM n;");
}

QStringList auditEvents(const TestDatabase &t)
{
    auto db = t.open();
    QStringList events;
    const auto entries = AuditLog(*db).list({}, 100);
    for (auto it = entries->crbegin(); it != entries->crend(); ++it)
        events.append(it->eventType);
    return events;
}

// Holds the write lock of the file, as aistack's server does while it writes.
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        m_locked = sqlite3_exec(m_db, "BEGIN IMMEDIATE; INSERT INTO notes (body) VALUES ('busy');",
                                nullptr, nullptr, nullptr)
                == SQLITE_OK;
    }
    ~Writer()
    {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
    bool isLocked() const { return m_locked; }

private:
    sqlite3 *m_db = nullptr;
    bool m_locked = false;
};

} // namespace

class TestMigrationWizardRun : public QObject
{
    Q_OBJECT

private slots:
    void cancelDuringLongMigrationLeavesDatabaseUnchanged();
    void dryRunLeavesFileByteIdenticalThenAppliesOnRequest();
    void restoreFromResultPageGivesIdenticalContent();
    void restoreIsRefusedWhileAnotherProcessWrites();
    void runRevertBaselineAndRestoreLandInAuditChain();
};

void TestMigrationWizardRun::cancelDuringLongMigrationLeavesDatabaseUnchanged()
{
    TestDatabase t;
    addNotes(t);
    const QByteArray before = t.dump();

    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus(QStringLiteral(TENANTDESK_TESTDATA_DIR "/migrations-long")));
    QVERIFY(driver.toPlan("applyRadio", QString(), false, false));
    QVERIFY(driver.run(MigrationRunPage::Phase::Running));

    // The GUI thread keeps turning while the million rows are written on the job's thread.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    auto *statement = child<QLabel>(driver.runPage(), "statementLabel");
    QTRY_VERIFY_WITH_TIMEOUT(statement->text().contains(QStringLiteral("statement 2 of 3")),
                             kRunTimeoutMs);
    const int ticksBefore = ticks;
    // Five more ticks arrive while the statement is still running.
    QTRY_VERIFY2_WITH_TIMEOUT(ticks - ticksBefore >= 5,
                              qPrintable(QString::number(ticks - ticksBefore)), kRunTimeoutMs);
    QVERIFY(driver.runPage()->phase() == MigrationRunPage::Phase::Running);
    QVERIFY(statement->text().contains(QStringLiteral("INSERT INTO big")));
    screenshot(driver.wizard, QStringLiteral("migration-run"));

    auto *cancel = child<QPushButton>(driver.runPage(), "cancelButton");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    cancel->click();
    // The window's own Cancel (and Escape) also stops the run rather than closing mid-way.
    driver.wizard->reject();
    QVERIFY(driver.wizard->isVisible());
    QVERIFY(driver.waitFor(MigrationRunPage::Phase::Finished));
    QVERIFY(driver.wizard->isVisible());
    const auto &report = driver.wizard->report();
    QVERIFY(report && report->cancelled);
    QVERIFY(report->completed.isEmpty());
    QVERIFY2(report->error->message.contains(QStringLiteral("cancelled during statement")),
             qPrintable(report->error->message));
    QVERIFY(driver.toResult());
    QCOMPARE(column(child<QTreeWidget>(driver.resultPage(), "changesTree"), 1),
             QStringList({QStringLiteral("Cancelled, rolled back")}));
    driver.owned.reset();
    QCOMPARE(t.dump(), before);
}

void TestMigrationWizardRun::dryRunLeavesFileByteIdenticalThenAppliesOnRequest()
{
    const int count = int(bundledNames().size());
    TestDatabase t;
    addNotes(t);
    const QByteArray bytes = fileBytes(t.path());
    // Any write would move the modification time from an hour ago to now.
    const QDateTime modified = t.backdateModification();
    QVERIFY(!bytes.isEmpty());

    {
        Driver driver(t.path(), Actor::bootstrapActor());
        QVERIFY(driver.toStatus());
        QVERIFY(driver.toPlan("applyRadio", QString(), true, true));
        QVERIFY(driver.run(MigrationRunPage::Phase::DryRunDone));
        const auto &dryRun = driver.runPage()->dryRunReport();
        QVERIFY(dryRun && dryRun->ok());
        QCOMPARE(dryRun->completed.size(), count);
        auto *results = child<QTreeWidget>(driver.runPage(), "dryRunTree");
        QCOMPARE(column(results, 1), QStringList(count, QStringLiteral("Succeeded")));
        QVERIFY(!column(results, 2).contains(QString()));
        QCOMPARE(column(results, 3), QStringList(count, QStringLiteral("0"))); // schema only
        QVERIFY(child<QPushButton>(driver.runPage(), "applyButton")->isVisible());
        QVERIFY(!driver.runPage()->isComplete());
        driver.wizard->reject(); // the admin stops after the dry run
    }
    QCOMPARE(fileBytes(t.path()), bytes);
    QCOMPARE(QFileInfo(t.path()).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(DatabaseBackup::defaultDir(t.path())));

    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus());
    QVERIFY(driver.toPlan("applyRadio", QString(), true, true));
    QVERIFY(driver.run(MigrationRunPage::Phase::DryRunDone));
    child<QPushButton>(driver.runPage(), "applyButton")->click();
    QVERIFY(driver.waitFor(MigrationRunPage::Phase::Finished));
    QVERIFY(driver.wizard->report()->ok());
    QCOMPARE(driver.wizard->report()->completed.size(), count);
    auto db = t.open();
    QVERIFY(db->hasTable(QStringLiteral("tenant_users")));
}

void TestMigrationWizardRun::restoreFromResultPageGivesIdenticalContent()
{
    TestDatabase t;
    addNotes(t);
    const QByteArray before = t.dump();
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.runThrough("applyRadio", QString(), true));
    QVERIFY(t.dump() != before);
    const BackupInfo backup = *driver.wizard->report()->backup;
    QCOMPARE(QFileInfo(backup.path).absolutePath(),
             QDir(DatabaseBackup::defaultDir(t.path())).absolutePath());

    QSignalSpy changed(driver.wizard, &MigrationWizard::databaseChanged);
    answerNextMessageBox(QMessageBox::Yes);
    child<QPushButton>(driver.resultPage(), "restoreButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(driver.resultPage()->restoreOutcome().has_value(), 10000);
    QCOMPARE(driver.resultPage()->restoreOutcome()->restored.name, backup.name);
    QVERIFY(child<QLabel>(driver.resultPage(), "restoreLabel")->text().contains(backup.name));
    QVERIFY(!child<QPushButton>(driver.resultPage(), "restoreButton")->isEnabled());
    QCOMPARE(changed.size(), 1);
    // The backup predates the audit table, so the restore adds no entry: identical content.
    QCOMPARE(t.dump(), before);
    // What the restore replaced was saved first.
    QVERIFY(QFile::exists(driver.resultPage()->restoreOutcome()->previousContent.path));
    screenshot(driver.wizard, QStringLiteral("migration-result"));
}

void TestMigrationWizardRun::restoreIsRefusedWhileAnotherProcessWrites()
{
    TestDatabase t;
    addNotes(t);
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.runThrough("applyRadio", QString(), true));
    const QByteArray migrated = t.dump();
    {
        Writer writer(t.path());
        QVERIFY(writer.isLocked());
        QSignalSpy finished(driver.resultPage(), &MigrationResultPage::restoreFinished);
        answerNextMessageBox(QMessageBox::Yes);
        child<QPushButton>(driver.resultPage(), "restoreButton")->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
    }
    QVERIFY(!driver.resultPage()->restoreOutcome());
    const QString problem = child<QLabel>(driver.resultPage(), "restoreLabel")->text();
    QVERIFY2(problem.contains(QStringLiteral("Another process is writing")), qPrintable(problem));
    QVERIFY(child<QPushButton>(driver.resultPage(), "restoreButton")->isEnabled()); // retry later
    QCOMPARE(t.dump(), migrated);
}

void TestMigrationWizardRun::runRevertBaselineAndRestoreLandInAuditChain()
{
    TestDatabase t;
    t.open();
    const Actor bootstrap = Actor::bootstrapActor();
    {
        Driver driver(t.path(), bootstrap);
        QVERIFY(driver.runThrough("applyRadio", QString(), false));
    }
    const QStringList bundled = bundledNames();
    QStringList expected(bundled.size(), QStringLiteral("migration.applied"));
    QCOMPARE(auditEvents(t), expected);
    {
        Driver driver(t.path(), bootstrap);
        QVERIFY(driver.runThrough("revertRadio", QString(), true));
        QCOMPARE(driver.wizard->report()->completed.first().name, bundled.last());
        expected << QStringLiteral("migration.reverted");
        QCOMPARE(auditEvents(t), expected);

        answerNextMessageBox(QMessageBox::Yes);
        child<QPushButton>(driver.resultPage(), "restoreButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(driver.resultPage()->restoreOutcome().has_value(), 10000);
        // The restored chain (from before the revert) continues with the restore itself.
        QCOMPARE(auditEvents(t),
                 QStringList(bundled.size(), QStringLiteral("migration.applied"))
                         << QStringLiteral("backup.restored"));
        expected = auditEvents(t);
    }
    {
        Driver driver(t.path(), bootstrap);
        QVERIFY(driver.runThrough("revertRadio", QString(), false));
        expected << QStringLiteral("migration.reverted");
    }
    {
        Driver driver(t.path(), bootstrap);
        QVERIFY(driver.toStatus());
        QVERIFY(driver.toPlan("baselineRadio", bundled.last(), false, false));
        QCOMPARE(driver.wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Record"));
        QVERIFY(driver.run());
        QCOMPARE(driver.wizard->report()->baselined, QStringList({bundled.last()}));
        QVERIFY(driver.toResult());
        QCOMPARE(column(child<QTreeWidget>(driver.resultPage(), "changesTree"), 1),
                 QStringList({QStringLiteral("Recorded as applied")}));
        expected << QStringLiteral("migration.baselined");
    }
    QCOMPARE(auditEvents(t), expected);
    auto db = t.open();
    const auto verified = AuditLog(*db).verify();
    QVERIFY(verified && verified->valid);
    QCOMPARE(verified->checked, qint64(expected.size()));
}

QTEST_MAIN(TestMigrationWizardRun)
#include "tst_migrationwizard_run.moc"
