// The membership editor's dialogs offscreen: the add member dialog's user picker and the
// scopes it offers, CSV import (preview, all or nothing, skip failures) and CSV export.

#include "membershipeditorfixture.h"

class TestMembershipDialogs : public QObject, public MembershipEditorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void addMemberDialogCompletesUsersAndOffersOnlyGrantableScopes();
    void csvImportWithBadRowsAppliesNothingWhenAllOrNothing();
    void csvExportWritesWhatTheFilterShows();
};

void TestMembershipDialogs::addMemberDialogCompletesUsersAndOffersOnlyGrantableScopes()
{
    Editor editor = open(m_wade);
    AddMemberDialog dialog(editor.session.get(), m_acme, QStringLiteral("Acme"), QString(),
                           editor.window.get());
    dialog.show();
    QTRY_VERIFY(dialog.isReady());
    // Tenant-wide is shown but not offered to a workspace admin; his workspace is chosen.
    QComboBox *scopes = dialog.scopeBox();
    QCOMPARE(scopes->count(), 2); // tenant-wide and dev: wade cannot see ops
    auto *items = qobject_cast<QStandardItemModel *>(scopes->model());
    QVERIFY(items);
    QVERIFY(!items->item(0)->isEnabled());
    QVERIFY(!scopes->itemData(0, Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(scopes->currentData().toString(), m_dev);
    QCOMPARE(dialog.roleBox()->count(), 2);
    QCOMPARE(dialog.roleBox()->itemText(1), QStringLiteral("workspace_admin"));
    QCOMPARE(scopes->findData(m_ops), -1);

    // The picker completes from the typed prefix, in SQL.
    dialog.userField()->setFocus();
    QTest::keyClicks(dialog.userField(), QStringLiteral("er"));
    QCompleter *completer = dialog.completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QTRY_COMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("erin"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(dialog.userId(), m_erin);
    QCOMPARE(dialog.userField()->text(), QStringLiteral("erin"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.workspaceId(), m_dev);
    QCOMPARE(dialog.role(), TenantRole::Member);
}

void TestMembershipDialogs::csvImportWithBadRowsAppliesNothingWhenAllOrNothing()
{
    Editor editor = open(m_alice);
    const QString path = m_test->dir() + QStringLiteral("/members.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user,workspace,role\n"
               "erin,,member\n"               // add
               "bob,dev,workspace_admin\n"    // change
               "carol,ops,member\n"           // unchanged
               "nobody@example.com,,member\n" // invalid: no such user
               "dave,,superuser\n"            // invalid: no such role
               "erin,dev,tenant_admin\n");    // refused: tenant_admin on a workspace
    file.close();
    const QByteArray before = m_test->dump();

    CsvImportDialog dialog(editor.session.get(), m_acme, QStringLiteral("Acme"),
                           editor.window.get());
    dialog.show();
    QSignalSpy previewed(&dialog, &CsvImportDialog::previewed);
    dialog.loadFile(path);
    QVERIFY(previewed.wait(10000));
    MembershipImportModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 6);
    const auto outcome = [model](int row) {
        return model->index(row, MembershipImportModel::OutcomeColumn).data().toString();
    };
    QCOMPARE(outcome(0), QStringLiteral("add"));
    QCOMPARE(outcome(1), QStringLiteral("change"));
    QCOMPARE(outcome(2), QStringLiteral("unchanged"));
    QCOMPARE(outcome(3), QStringLiteral("invalid"));
    QCOMPARE(outcome(4), QStringLiteral("invalid"));
    QVERIFY(outcome(5) == QStringLiteral("invalid") || outcome(5) == QStringLiteral("refused"));
    QCOMPARE(model->index(3, MembershipImportModel::LineColumn).data().toInt(), 5);
    QCOMPARE(m_test->dump(), before); // a preview changes nothing

    QSignalSpy imported(&dialog, &CsvImportDialog::imported);
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().first().toBool(), false);
    QCOMPARE(m_test->dump(), before);
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("Nothing was imported")),
             qPrintable(dialog.summaryLabel()->text()));
    QCOMPARE(model->rowCount(), 6); // every row reported
    for (int row = 3; row < 6; ++row)
        QVERIFY(!model->index(row, MembershipImportModel::MessageColumn)
                         .data()
                         .toString()
                         .isEmpty());
    QVERIFY(!dialog.importButton()->isEnabled());

    // Skipping the failures applies the good rows in one go.
    CsvImportDialog again(editor.session.get(), m_acme, QStringLiteral("Acme"),
                          editor.window.get());
    QSignalSpy previewedAgain(&again, &CsvImportDialog::previewed);
    again.loadFile(path);
    QVERIFY(previewedAgain.wait(10000));
    again.setSkipFailures(true);
    QSignalSpy importedAgain(&again, &CsvImportDialog::imported);
    again.runImport();
    QVERIFY(importedAgain.wait(10000));
    QCOMPARE(importedAgain.first().first().toBool(), true);
    QCOMPARE(m_fixture->roleOf(m_acme, m_erin), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_erin, m_dev), QString());
    QTRY_VERIFY(editor.rowOf(QStringLiteral("erin")) >= 0); // the editor refreshed
}

void TestMembershipDialogs::csvExportWritesWhatTheFilterShows()
{
    Editor editor = open(m_root);
    QComboBox *scope = editor.page->scopeBox();
    QTRY_COMPARE(scope->count(), 4); // all, tenant-wide, dev, ops
    const int dev = scope->findData(m_dev);
    QVERIFY(dev > 1);
    scope->setCurrentIndex(dev);
    Q_EMIT scope->activated(dev);
    QTRY_VERIFY(!editor.model()->isLoading() && editor.model()->rowCount() == 2);

    const QString path = m_test->dir() + QStringLiteral("/dev.csv");
    bool written = false;
    editor.page->exportTo(path, [&written](bool ok) { written = ok; });
    QTRY_VERIFY(written);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).trimmed(), QByteArray("user,workspace,role"));
    QCOMPARE(lines.at(1).trimmed(), QByteArray("wade,dev,workspace_admin"));
    QCOMPARE(lines.at(2).trimmed(), QByteArray("bob,dev,member"));
}

QTEST_MAIN(TestMembershipDialogs)
#include "tst_membershipdialogs.moc"
