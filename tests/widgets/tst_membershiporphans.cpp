// Memberships of deleted users on the Members page (issue 9, item 3): shown as "deleted user
// <id>", and removed all at once by a tenant_admin, each removal audited.

#include "membershipeditorfixture.h"

#include <QUuid>

namespace {

// Clicks the button named `text` of the next message box that shows.
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(20, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(text);
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

class TestMembershipOrphans : public QObject, public MembershipEditorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void deletedUsersAreShownAndRemovedTogether();
    void removingThemIsForTenantAdmins();
};

void TestMembershipOrphans::deletedUsersAreShownAndRemovedTogether()
{
    const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_fixture->addMembership(m_acme, ghost, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, ghost, QStringLiteral("member"), m_dev);
    Editor editor = open(m_alice);
    MembershipListModel *model = editor.model();
    int shown = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->membershipAt(row).userId != ghost)
            continue;
        ++shown;
        const QModelIndex user = model->index(row, MembershipListModel::UserColumn);
        QCOMPARE(user.data().toString(), QStringLiteral("deleted user %1").arg(ghost));
        QVERIFY(user.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no longer exists")));
    }
    QCOMPARE(shown, 2);

    QTRY_VERIFY(editor.page->pruneAction()->isEnabled());
    const qint64 audits = auditCount();
    int removed = -2;
    answerNextMessageBox(QStringLiteral("&Remove"));
    editor.page->pruneOrphans([&removed](int count) { removed = count; });
    QTRY_COMPARE(removed, 2);
    QCOMPARE(m_fixture->count("SELECT count(*) FROM tenant_users WHERE user_id = ?1", {ghost}), 0);
    QCOMPARE(auditCount(), audits + 2);
    QTRY_VERIFY([&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->membershipAt(row).isOrphaned())
                return false;
        }
        return model->rowCount() == 5;
    }());

    // Nothing left: the question is not asked again.
    removed = -2;
    editor.page->pruneOrphans([&removed](int count) { removed = count; });
    QTRY_COMPARE(removed, 0);
}

void TestMembershipOrphans::removingThemIsForTenantAdmins()
{
    m_fixture->addMembership(m_acme, QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QStringLiteral("member"), m_dev);
    Editor editor = open(m_wade);
    QAction *prune = editor.page->pruneAction();
    QTRY_VERIFY(!prune->toolTip().contains(QStringLiteral("checking")));
    QVERIFY(!prune->isEnabled());
    QVERIFY2(prune->toolTip().contains(QStringLiteral("tenant_admin")),
             qPrintable(prune->toolTip()));
    // Core refuses as well, whatever the window shows.
    const QByteArray before = m_test->dump();
    MessageBoxCatcher box;
    int removed = -2;
    editor.page->pruneOrphans([&removed](int count) { removed = count; });
    QTRY_COMPARE(removed, -1);
    QTRY_VERIFY(box.seen());
    QCOMPARE(m_test->dump(), before);
}

QTEST_MAIN(TestMembershipOrphans)
#include "tst_membershiporphans.moc"
