// The migration wizard on a database that others use, offscreen with real processes: a child
// holding the file open is named on the run page and the run waits for "Run Anyway"; the plan
// and dry-run pages list what each migration destroys (counted on a copy) and a destructive
// run needs the typed confirmation word; Restore is refused while a process has the file
// open; several folders are merged into one plan, each migration with its folder and the
// files that are not migrations listed as ignored.

#include "tst_migrationwizard_driver.h"

#include "support/dbholderprocess.h"
#include "support/files.h"
#include "support/testdatabase.h"

#include "core/migration/migrationledger.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tenantdesk;
using namespace wizardtest;

namespace {

QStringList ledgerOf(const TestDatabase &t)
{
    QStringList names;
    auto db = t.open();
    for (const LedgerEntry &entry : MigrationLedger(*db).entries().value())
        names.append(entry.name);
    return names;
}

// The bundled migrations applied through the wizard, then two tenants, a workspace and a
// membership.
bool prepareTenants(const TestDatabase &t)
{
    t.open();
    {
        Driver driver(t.path(), Actor::bootstrapActor());
        if (!driver.runThrough("applyRadio", QString(), false))
            return false;
    }
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'One', 'one', NULL, 1, 1),"
              " ('t2', 'Two', 'two', NULL, 1, 1);"
              "INSERT INTO workspaces VALUES ('w1', 't1', 'W', 'w', NULL, 1, 1);"
              "INSERT INTO tenant_users VALUES ('t1', 'u1', 'w1', 'member', 1);");
    return true;
}

QTreeWidgetItem *rowOf(QTreeWidget *tree, int column, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column) == text)
            return tree->topLevelItem(i);
    }
    qWarning("no row %s", qPrintable(text));
    return nullptr;
}

} // namespace

class TestMigrationWizardSafety : public QObject
{
    Q_OBJECT

private slots:
    void processHoldingTheFileIsNamedAndTheRunWaitsForRunAnyway();
    void destroyedRowsAreListedAndNeedTheTypedWord();
    void restoreIsRefusedWhileAProcessHasTheFileOpen();
    void severalFoldersMakeOnePlanWithFoldersAndIgnoredFiles();
};

void TestMigrationWizardSafety::processHoldingTheFileIsNamedAndTheRunWaitsForRunAnyway()
{
    TestDatabase t;
    t.open();
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus());
    QVERIFY(driver.toPlan("applyRadio", QString(), false, false));
    QVERIFY(driver.run(MigrationRunPage::Phase::ServerWarning));
    const QString shown = child<QLabel>(driver.runPage(), "serverLabel")->text();
    QVERIFY2(shown.contains(QStringLiteral("dbholder (pid %1)").arg(holder.pid())),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("open-file check")));
    QVERIFY(driver.runPage()->otherUsers());
    QCOMPARE(driver.runPage()->otherUsers()->processes.first().pid, holder.pid());
    QVERIFY(!driver.runPage()->isComplete());
    QVERIFY(ledgerOf(t).isEmpty()); // nothing ran while the admin decides

    child<QPushButton>(driver.runPage(), "runAnywayButton")->click();
    QVERIFY(driver.waitFor(MigrationRunPage::Phase::Finished));
    QVERIFY(driver.wizard->report()->ok());
    QCOMPARE(ledgerOf(t), bundledNames());
}

void TestMigrationWizardSafety::destroyedRowsAreListedAndNeedTheTypedWord()
{
    TestDatabase t;
    QVERIFY(prepareTenants(t));
    const QByteArray before = t.dump();
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.toStatus());
    driver.wizard->next();
    MigrationPlanPage *plan = driver.planPage();
    child<QRadioButton>(plan, "revertRadio")->setChecked(true);
    auto *targets = child<QComboBox>(plan, "targetCombo");
    targets->setCurrentIndex(targets->findData(QStringLiteral("005_audit_log_chain")));
    child<QCheckBox>(plan, "dryRunCheck")->setChecked(true);
    child<QLineEdit>(plan, "healthUrlEdit")->setText(closedPortUrl());
    QVERIFY(plan->isAssessing());
    QVERIFY(!plan->isComplete()); // not before the count is in
    QTRY_VERIFY_WITH_TIMEOUT(!plan->isAssessing(), kRunTimeoutMs);

    // The plan page: what each step destroys, counted on a copy.
    auto *steps = child<QTreeWidget>(plan, "planTree");
    QTreeWidgetItem *revert8 = rowOf(steps, 1, QStringLiteral("008_multitenant.sql"));
    QVERIFY(revert8);
    QVERIFY2(revert8->text(5).contains(QStringLiteral("2 rows of tenants (table dropped)")),
             qPrintable(revert8->text(5)));
    QCOMPARE(rowOf(steps, 1, QStringLiteral("010_tenant_users_role_index.sql"))->text(5),
             QStringLiteral("nothing"));
    QVERIFY(child<QLabel>(plan, "dataLossLabel")->text().contains(QStringLiteral("tenants")));
    QVERIFY(plan->needsConfirmation());
    QVERIFY(child<QFrame>(plan, "confirmFrame")->isVisibleTo(plan));
    auto *confirm = child<QLineEdit>(plan, "confirmEdit");
    QVERIFY(!plan->isComplete());
    confirm->setText(QStringLiteral("destroy"));
    QVERIFY(!plan->isComplete());
    confirm->setText(MigrationPlanPage::confirmationWord());
    QVERIFY(plan->isComplete());
    QVERIFY(driver.wizard->button(QWizard::CommitButton)->isEnabled());

    // The dry-run page lists the same, and never "0" rows for the step that dropped them.
    QVERIFY(driver.run(MigrationRunPage::Phase::DryRunDone));
    auto *dryRun = child<QTreeWidget>(driver.runPage(), "dryRunTree");
    QTreeWidgetItem *dry8 = rowOf(dryRun, 0, QStringLiteral("008_multitenant.sql"));
    QVERIFY(dry8);
    QVERIFY(dry8->text(4).contains(QStringLiteral("2 rows of tenants (table dropped)")));
    QVERIFY2(dry8->text(3).contains(QStringLiteral("4 destroyed")), qPrintable(dry8->text(3)));
    QCOMPARE(t.dump(), before);

    child<QPushButton>(driver.runPage(), "applyButton")->click();
    QVERIFY(driver.waitFor(MigrationRunPage::Phase::Finished));
    QVERIFY(driver.wizard->report()->ok());
    QVERIFY(driver.toResult());
    auto *changes = child<QTreeWidget>(driver.resultPage(), "changesTree");
    QVERIFY(rowOf(changes, 0, QStringLiteral("008_multitenant"))
                    ->text(5)
                    .contains(QStringLiteral("2 rows of tenants")));
    auto db = t.open();
    QVERIFY(!db->hasTable(QStringLiteral("tenants")));
}

void TestMigrationWizardSafety::restoreIsRefusedWhileAProcessHasTheFileOpen()
{
    TestDatabase t;
    t.open();
    Driver driver(t.path(), Actor::bootstrapActor());
    QVERIFY(driver.runThrough("applyRadio", QStringLiteral("005_audit_log_chain"), true));
    const QByteArray before = t.dump();
    DbHolderProcess holder(t.path());
    QVERIFY(holder.isReady());
    QSignalSpy finished(driver.resultPage(), &MigrationResultPage::restoreFinished);
    answerNextMessageBox(QMessageBox::Yes);
    child<QPushButton>(driver.resultPage(), "restoreButton")->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString shown = child<QLabel>(driver.resultPage(), "restoreLabel")->text();
    QVERIFY2(shown.contains(QStringLiteral("dbholder (pid %1)").arg(holder.pid())),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("even when forced")));
    QVERIFY(child<QPushButton>(driver.resultPage(), "restoreButton")->isEnabled());
    QVERIFY(!driver.resultPage()->restoreOutcome());
    QCOMPARE(t.dump(), before);
}

void TestMigrationWizardSafety::severalFoldersMakeOnePlanWithFoldersAndIgnoredFiles()
{
    TestDatabase t;
    t.open();
    QTemporaryDir root;
    const QString aistack = root.filePath(QStringLiteral("aistack"));
    const QString mine = root.filePath(QStringLiteral("mine"));
    QDir().mkpath(aistack);
    QDir().mkpath(mine);
    writeFile(aistack + QStringLiteral("/004_memory_x.sql"),
              "-- == UP ==\nCREATE TABLE memory_x (x);\n-- == DOWN ==\nDROP TABLE memory_x;\n");
    writeFile(mine + QStringLiteral("/004_notes.sql"),
              "-- == UP ==\nCREATE TABLE notes (x);\n-- == DOWN ==\nDROP TABLE notes;\n");
    writeFile(mine + QStringLiteral("/abc.sql"), "SELECT 1;");

    Driver driver(t.path(), Actor::bootstrapActor());
    MigrationFolderPage *folders = driver.wizard->folderPage();
    folders->setOtherFolder(aistack);
    folders->addFolder(mine);
    folders->setIncludeBundled(true);
    QCOMPARE(folders->folders().size(), 3);
    QVERIFY(folders->isComplete());
    driver.wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(!driver.statusPage()->isLoading(), 10000);
    QVERIFY(driver.wizard->planner());
    auto *tree = child<QTreeWidget>(driver.statusPage(), "migrationTree");
    const QStringList names = column(tree, 0);
    QVERIFY(names.contains(QStringLiteral("004_memory_x")));
    QVERIFY(names.contains(QStringLiteral("004_notes")));
    QCOMPARE(names.size(), bundledNames().size() + 2);
    QCOMPARE(rowOf(tree, 0, QStringLiteral("004_memory_x"))->text(5),
             QDir::toNativeSeparators(aistack));
    QCOMPARE(rowOf(tree, 0, QStringLiteral("004_notes"))->text(5), QDir::toNativeSeparators(mine));
    auto *ignored = child<QLabel>(driver.statusPage(), "ignoredLabel");
    QVERIFY(ignored->isVisibleTo(driver.statusPage()));
    QVERIFY2(ignored->text().contains(QStringLiteral("abc.sql (not named NNN_name.sql)")),
             qPrintable(ignored->text()));

    QVERIFY(driver.toPlan("applyRadio", QString(), false, false));
    QVERIFY(driver.run());
    QVERIFY(driver.wizard->report()->ok());
    QCOMPARE(ledgerOf(t).size(), bundledNames().size() + 2);
    // The choice is remembered for the next time.
    MigrationWizard again(t.path(), Actor::bootstrapActor());
    QCOMPARE(again.folderPage()->folders(), folders->folders());
}

QTEST_MAIN(TestMigrationWizardSafety)
#include "tst_migrationwizard_safety.moc"
