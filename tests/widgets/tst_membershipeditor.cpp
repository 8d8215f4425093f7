// The membership editor offscreen: what a workspace admin may edit, refusals that change
// nothing, undo/redo through the service and the audit chain, and multi-select batches.

#include "membershipeditorfixture.h"

class TestMembershipEditor : public QObject, public MembershipEditorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void workspaceAdminEditsOnlyTheirWorkspaceUpToWorkspaceAdmin();
    void lastTenantAdminRefusalLeavesTableAndDatabaseUnchanged();
    void undoAndRedoGoThroughCoreWithAuditEntries();
    void refusedUndoShowsWhyAndKeepsTheStack();
    void multiSelectChangesAndRevokesInOneBatch();
};

void TestMembershipEditor::workspaceAdminEditsOnlyTheirWorkspaceUpToWorkspaceAdmin()
{
    Editor editor = open(m_wade);
    MembershipListModel *model = editor.model();
    // wade sees the tenant-wide rows and those of his workspace, not carol's on ops.
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(editor.rowOf(QStringLiteral("carol"), m_ops), -1);

    // Rows outside his workspace are not editable, and say why.
    for (const QString &name : {QStringLiteral("alice"), QStringLiteral("dave")}) {
        const QModelIndex role = editor.roleIndex(name);
        QVERIFY(role.isValid());
        QVERIFY(!(model->flags(role) & Qt::ItemIsEditable));
        editor.page->tableView()->edit(role);
        QVERIFY(!editor.page->tableView()->indexWidget(role));
        QVERIFY(role.data(Qt::ToolTipRole).toString().contains(QStringLiteral("tenant_admin")));
        QVERIFY(!model->setData(role, int(TenantRole::Member)));
        editor.select({role.row()});
        QVERIFY(!editor.page->revokeAction()->isEnabled());
        QVERIFY(editor.page->revokeAction()->toolTip().contains(
                QStringLiteral("tenant-wide role needs a tenant_admin")));
    }

    // bob's row on dev: the delegate offers member and workspace_admin, nothing higher.
    const QModelIndex bob = editor.roleIndex(QStringLiteral("bob"), m_dev);
    QVERIFY(model->flags(bob) & Qt::ItemIsEditable);
    editor.select({bob.row()});
    QVERIFY(editor.page->revokeAction()->isEnabled());
    QVERIFY(!editor.page->changeRoleAction(TenantRole::TenantAdmin)->isEnabled());
    editor.page->tableView()->edit(bob);
    auto *combo = qobject_cast<QComboBox *>(editor.page->tableView()->indexWidget(bob));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("member"));
    QCOMPARE(combo->itemText(1), QStringLiteral("workspace_admin"));
    QCOMPARE(combo->currentText(), QStringLiteral("member"));
    QVERIFY(waitForWrite(
            editor, [combo] { QTest::keyClick(combo, Qt::Key_Down); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(editor.roleIndex(QStringLiteral("bob"), m_dev).data().toString(),
             QStringLiteral("workspace_admin"));

    // Forced past the interface, core refuses and nothing changes.
    const QByteArray before = m_test->dump();
    for (const MembershipChange &forced :
         {MembershipChange{MembershipChange::Kind::Grant, m_dave, {}, TenantRole::WorkspaceAdmin},
          MembershipChange{MembershipChange::Kind::Grant, m_bob, m_dev, TenantRole::TenantAdmin},
          MembershipChange{MembershipChange::Kind::Grant, m_carol, m_ops, TenantRole::Member}}) {
        MessageBoxCatcher box;
        QVERIFY(waitForWrite(
                editor, [&] { editor.history->apply(m_acme, {forced}, QStringLiteral("forced")); },
                false));
        QTRY_VERIFY(box.seen());
        QVERIFY(box.text().contains(QStringLiteral("forced")));
    }
    QCOMPARE(m_test->dump(), before);
    QCOMPARE(editor.history->stack()->count(), 1); // only the allowed change
}

void TestMembershipEditor::lastTenantAdminRefusalLeavesTableAndDatabaseUnchanged()
{
    Editor editor = open(m_alice);
    const QModelIndex alice = editor.roleIndex(QStringLiteral("alice"));
    QVERIFY(editor.model()->flags(alice) & Qt::ItemIsEditable);
    const QByteArray before = m_test->dump();
    const qint64 audits = auditCount();

    editor.page->tableView()->edit(alice);
    auto *combo = qobject_cast<QComboBox *>(editor.page->tableView()->indexWidget(alice));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QStringLiteral("tenant_admin"));
    MessageBoxCatcher box;
    QVERIFY(waitForWrite(
            editor, [combo] { QTest::keyClick(combo, Qt::Key_Up); }, false));
    QTRY_VERIFY(box.seen());
    QVERIFY2(box.text().contains(QStringLiteral("last one")), qPrintable(box.text()));
    QCOMPARE(m_test->dump(), before);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(editor.roleIndex(QStringLiteral("alice")).data().toString(),
             QStringLiteral("tenant_admin"));
    QCOMPARE(editor.model()->rowCount(), 5);
    QCOMPARE(editor.history->stack()->count(), 0);
    QVERIFY(!editor.history->undoAction()->isEnabled());
}

void TestMembershipEditor::undoAndRedoGoThroughCoreWithAuditEntries()
{
    Editor editor = open(m_root);
    const qint64 audits = auditCount();
    QVERIFY(waitForWrite(
            editor,
            [&] {
                editor.model()->setData(editor.roleIndex(QStringLiteral("bob"), m_dev),
                                        int(TenantRole::WorkspaceAdmin));
            },
            true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(auditCount(), audits + 1);
    QVERIFY(editor.history->undoAction()->isEnabled());
    QVERIFY(editor.history->undoAction()->text().contains(QStringLiteral("bob")));

    QVERIFY(waitForWrite(
            editor, [&] { editor.history->undoAction()->trigger(); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("member"));
    QCOMPARE(auditCount(), audits + 2);
    QCOMPARE(editor.roleIndex(QStringLiteral("bob"), m_dev).data().toString(),
             QStringLiteral("member"));
    QVERIFY(editor.history->redoAction()->isEnabled());

    QVERIFY(waitForWrite(
            editor, [&] { editor.history->redoAction()->trigger(); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(auditCount(), audits + 3);

    // A revoke comes back with the role it had.
    editor.select({editor.rowOf(QStringLiteral("dave"))});
    QVERIFY(editor.page->revokeAction()->isEnabled());
    QVERIFY(waitForWrite(
            editor, [&] { editor.page->revokeAction()->trigger(); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_dave), QString());
    QCOMPARE(editor.rowOf(QStringLiteral("dave")), -1);
    QVERIFY(waitForWrite(
            editor, [&] { editor.history->undo(); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_dave), QStringLiteral("member"));
    QVERIFY(editor.rowOf(QStringLiteral("dave")) >= 0);
    QCOMPARE(auditCount(), audits + 5);
    QCOMPARE(m_fixture
                     ->value("SELECT group_concat(event_type, ' ') FROM (SELECT event_type FROM "
                             "audit_log_chain ORDER BY seq DESC LIMIT 5)")
                     .toString(),
             QStringLiteral("membership.granted membership.revoked membership.changed "
                            "membership.changed membership.changed"));

    // Every one of these entries verifies.
    auto db = m_test->open();
    auto verification = AuditLog(*db).verify();
    QVERIFY2(verification, why(verification));
    QVERIFY2(verification->valid, qPrintable(verification->reason));
    QCOMPARE(verification->checked, audits + 5);
}

void TestMembershipEditor::refusedUndoShowsWhyAndKeepsTheStack()
{
    Editor editor = open(m_wade);
    QVERIFY(waitForWrite(
            editor,
            [&] {
                editor.model()->setData(editor.roleIndex(QStringLiteral("bob"), m_dev),
                                        int(TenantRole::WorkspaceAdmin));
            },
            true));
    // Meanwhile another process demotes wade: he may no longer take back a workspace_admin.
    m_test->execRaw("UPDATE tenant_users SET role = 'member' WHERE workspace_id IS NOT NULL AND "
                    "user_id = (SELECT id FROM users WHERE username = 'wade')");
    const QByteArray before = m_test->dump();
    const qint64 audits = auditCount();
    MessageBoxCatcher box;
    QVERIFY(waitForWrite(
            editor, [&] { editor.history->undo(); }, false));
    QTRY_VERIFY(box.seen());
    QVERIFY2(box.text().contains(QStringLiteral("Could not undo")), qPrintable(box.text()));
    QVERIFY2(box.text().contains(QStringLiteral("Refused")), qPrintable(box.text()));
    QCOMPARE(m_test->dump(), before);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(editor.history->stack()->index(), 1);
    QVERIFY(editor.history->stack()->canUndo());
    QVERIFY(!editor.history->stack()->canRedo());
    QVERIFY(editor.history->undoAction()->isEnabled());
}

void TestMembershipEditor::multiSelectChangesAndRevokesInOneBatch()
{
    Editor editor = open(m_root);
    const qint64 audits = auditCount();
    editor.select({editor.rowOf(QStringLiteral("bob"), m_dev),
                   editor.rowOf(QStringLiteral("carol"), m_ops)});
    QCOMPARE(editor.page->selectedMemberships().size(), 2);
    QAction *makeAdmin = editor.page->changeRoleAction(TenantRole::WorkspaceAdmin);
    QVERIFY(makeAdmin->isEnabled());
    // tenant_admin is never offered on workspace rows.
    QVERIFY(!editor.page->changeRoleAction(TenantRole::TenantAdmin)->isEnabled());
    QVERIFY(editor.page->changeRoleAction(TenantRole::TenantAdmin)
                    ->toolTip()
                    .contains(QStringLiteral("tenant-wide")));
    QVERIFY(waitForWrite(
            editor, [&] { makeAdmin->trigger(); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("workspace_admin"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_carol, m_ops), QStringLiteral("workspace_admin"));
    QCOMPARE(auditCount(), audits + 2);
    QCOMPARE(editor.history->stack()->count(), 1); // one edit for the whole selection
    QVERIFY(waitForWrite(
            editor, [&] { editor.history->undo(); }, true));
    QCOMPARE(m_fixture->roleOf(m_acme, m_bob, m_dev), QStringLiteral("member"));
    QCOMPARE(m_fixture->roleOf(m_acme, m_carol, m_ops), QStringLiteral("member"));

    // One refusal in a batch (the last tenant admin) stops all of it.
    editor.select({editor.rowOf(QStringLiteral("alice")), editor.rowOf(QStringLiteral("dave"))});
    QVERIFY(editor.page->revokeAction()->isEnabled());
    const QByteArray before = m_test->dump();
    MessageBoxCatcher box;
    QVERIFY(waitForWrite(
            editor, [&] { editor.page->revokeAction()->trigger(); }, false));
    QTRY_VERIFY(box.seen());
    QVERIFY(box.text().contains(QStringLiteral("last one")));
    QCOMPARE(m_test->dump(), before);
    QCOMPARE(editor.model()->rowCount(), 5);
}

QTEST_MAIN(TestMembershipEditor)
#include "tst_membershipeditor.moc"
