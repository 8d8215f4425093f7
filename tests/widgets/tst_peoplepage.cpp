// The People page offscreen on a real file: as a global admin it creates, locks and deletes
// people through its dialogs; as a member its actions are disabled with the reason; the
// session follows what the database says about the signed-in user.

#include "support/modeltesting.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "models/session/actiongate.h"
#include "models/session/session.h"
#include "widgets/memberships/addmemberdialog.h"
#include "widgets/people/peoplepage.h"
#include "widgets/people/persondialog.h"

#include "models/lists/modelroles.h"
#include "models/lists/userlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace tenantdesk;

namespace {

constexpr int kTimeoutMs = 10000;

Session::Options options(const QString &path, const Actor &actor)
{
    Session::Options options;
    options.databasePath = path;
    options.actor = actor;
    options.persistContext = false;
    return options;
}

template<typename Widget> Widget *modal()
{
    return qobject_cast<Widget *>(QApplication::activeModalWidget());
}

} // namespace

class TestPeoplePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void adminCreatesLocksAndDeletesPeople();
    void memberSeesWhoTheyShareAPlaceWithAndNoActions();
    void detailsSayWhereThePersonHasAccess();
    void searchFindsByEmailPrefix();
    void sessionEndsWhenTheAccountIsLocked();
    void demotionShowsANoticeAndDisablesTheActions();
    void addMemberOffersToCreateANewPerson();

private:
    // Shows the page (waitUntilReady waits until its list loaded and its actions were
    // evaluated; the QTRY macros need a function without a value to return from).
    PeoplePage *showPage(Session *session);
    void waitUntilReady(PeoplePage *page);
    void select(PeoplePage *page, const QString &userId);

    std::unique_ptr<TenancyFile> m_file;
    Actor m_root;
    Actor m_mia; // member of acme
    QString m_acme;
    std::unique_ptr<QWidget> m_window;
};

void TestPeoplePage::init()
{
    m_file = std::make_unique<TenancyFile>();
    m_root = m_file->fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_mia = m_file->fixture.addActor(QStringLiteral("mia"));
    m_file->fixture.addActor(QStringLiteral("stranger"));
    m_acme = m_file->fixture.addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    m_file->fixture.addMembership(m_acme, m_mia.userId, QStringLiteral("member"));
    m_file->fixture.addMembership(m_acme, m_root.userId, QStringLiteral("tenant_admin"));
    m_window = std::make_unique<QWidget>();
}

void TestPeoplePage::cleanup()
{
    m_window.reset();
    m_file.reset();
}

PeoplePage *TestPeoplePage::showPage(Session *session)
{
    auto *page = new PeoplePage(session, m_window.get());
    m_window->resize(900, 500);
    page->resize(m_window->size());
    m_window->show();
    return page;
}

void TestPeoplePage::waitUntilReady(PeoplePage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && !page->model()->isLoading(),
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->actionGate()->decisionFor(page->createAction()), kTimeoutMs);
}

void TestPeoplePage::select(PeoplePage *page, const QString &userId)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->indexOfId(userId).isValid(), kTimeoutMs);
    page->tableView()->setCurrentIndex(page->model()->indexOfId(userId));
    QCOMPARE(page->currentUser()->id, userId);
}

void TestPeoplePage::adminCreatesLocksAndDeletesPeople()
{
    Session session(options(m_file->db.path(), m_root));
    PeoplePage *page = showPage(&session);
    waitUntilReady(page);
    if (QTest::currentTestFailed())
        return;
    auto tester = modelTester(page->model());
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->createAction()->isEnabled());

    page->createAction()->trigger(); // returns while the dialog shows
    QPointer<PersonDialog> dialog = modal<PersonDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("nina"));
    dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("nina@example.com"));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("nina pass 1"));
    dialog->findChild<QLineEdit *>(QStringLiteral("againEdit"))
            ->setText(QStringLiteral("nina pass 2"));
    dialog->accept();
    QVERIFY(dialog->isVisible()); // the passwords differ: nothing is submitted
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM users"), 3);
    dialog->findChild<QLineEdit *>(QStringLiteral("againEdit"))
            ->setText(QStringLiteral("nina pass 1"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs);
    QCOMPARE(m_file->fixture.count("SELECT count(*) FROM users WHERE username = 'nina'"), 1);
    const QString nina
            = m_file->fixture.value("SELECT id FROM users WHERE username = 'nina'").toString();
    // The new person is selected once the list shows them.
    QTRY_COMPARE_WITH_TIMEOUT(page->currentUser() ? page->currentUser()->id : QString(), nina,
                              kTimeoutMs);

    // Creating a taken name keeps the dialog open with core's answer. (The refresh after the
    // change re-evaluates the actions: wait until New Person is offered again.)
    QTRY_VERIFY_WITH_TIMEOUT(page->createAction()->isEnabled(), kTimeoutMs);
    page->createAction()->trigger();
    dialog = modal<PersonDialog>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("nina"));
    dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("other@example.com"));
    dialog->findChild<QRadioButton *>(QStringLiteral("generateRadio"))->setChecked(true);
    dialog->accept();
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("taken")), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    dialog->reject();

    QTRY_VERIFY_WITH_TIMEOUT(page->lockAction()->isEnabled(), kTimeoutMs);
    QVERIFY(!page->unlockAction()->isEnabled());
    page->lockAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
            m_file->fixture.value("SELECT password_hash FROM users WHERE id = ?", {nina})
                    .toString()
                    .startsWith(QLatin1Char('!')),
            kTimeoutMs);
    // Shown as locked, and now only Unlock is offered.
    QTRY_COMPARE_WITH_TIMEOUT(
            page->model()->indexOfId(nina, UserListModel::StatusColumn).data().toString(),
            QStringLiteral("Locked"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->unlockAction()->isEnabled(), kTimeoutMs);
    QVERIFY(!page->lockAction()->isEnabled());

    page->deleteAction()->trigger();
    QPointer<QMessageBox> confirm = modal<QMessageBox>();
    QVERIFY(confirm);
    const auto buttons = confirm->buttons();
    for (QAbstractButton *button : buttons) {
        if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QTRY_COMPARE_WITH_TIMEOUT(
            m_file->fixture.count("SELECT count(*) FROM users WHERE id = ?", {nina}), 0,
            kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->indexOfId(nina).isValid(), kTimeoutMs);
}

void TestPeoplePage::memberSeesWhoTheyShareAPlaceWithAndNoActions()
{
    Session session(options(m_file->db.path(), m_mia));
    PeoplePage *page = showPage(&session);
    waitUntilReady(page);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, kTimeoutMs); // mia and root
    QVERIFY(!page->model()
                     ->indexOfId(m_file->fixture
                                         .value("SELECT id FROM users WHERE username = "
                                                "'stranger'")
                                         .toString())
                     .isValid());
    select(page, m_root.userId);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(page->actionGate()->decisionFor(page->deleteAction()), kTimeoutMs);
    for (QAction *action : {page->createAction(), page->editAction(), page->roleAction(),
                            page->resetAction(), page->lockAction(), page->deleteAction()}) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(page->createAction()->toolTip().contains(QStringLiteral("global admin")));
    QVERIFY(page->deleteAction()->toolTip().contains(QStringLiteral("global admin")));
    // Their own password is theirs to change.
    QVERIFY(page->ownPasswordAction()->isEnabled());
}

void TestPeoplePage::detailsSayWhereThePersonHasAccess()
{
    Session session(options(m_file->db.path(), m_root));
    PeoplePage *page = showPage(&session);
    waitUntilReady(page);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy shown(page, &PeoplePage::detailsShown);
    select(page, m_mia.userId);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(page->detailsView()->toPlainText().contains(QStringLiteral("acme")),
                             kTimeoutMs);
    const QString details = page->detailsView()->toPlainText();
    QVERIFY(details.contains(QStringLiteral("mia@example.com")));
    QVERIFY(details.contains(QStringLiteral("member (tenant-wide)")));
}

void TestPeoplePage::searchFindsByEmailPrefix()
{
    Session session(options(m_file->db.path(), m_root));
    PeoplePage *page = showPage(&session);
    waitUntilReady(page);
    if (QTest::currentTestFailed())
        return;
    page->searchField()->setText(QStringLiteral("stranger@"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(page->model()->index(0, UserListModel::UsernameColumn).data().toString(),
             QStringLiteral("stranger"));
    QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(QStringLiteral("1 person")),
                             kTimeoutMs);
}

void TestPeoplePage::sessionEndsWhenTheAccountIsLocked()
{
    const Actor other = m_file->fixture.addActor(QStringLiteral("other"), QStringLiteral("admin"));
    Session session(options(m_file->db.path(), other));
    QSignalSpy ended(&session, &Session::ended);
    // Another process locks the account.
    m_file->db.execRaw("UPDATE users SET password_hash = '!' || password_hash WHERE username = "
                       "'other'");
    session.checkAccount();
    QVERIFY(ended.wait(kTimeoutMs));
    QVERIFY(session.isEnded());
    QVERIFY(ended.first().first().toString().contains(QStringLiteral("locked")));
}

void TestPeoplePage::demotionShowsANoticeAndDisablesTheActions()
{
    Session session(options(m_file->db.path(), m_root));
    PeoplePage *page = showPage(&session);
    waitUntilReady(page);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(page->createAction()->isEnabled(), kTimeoutMs);
    QSignalSpy notice(&session, &Session::notice);
    // Another process demotes root (and keeps an admin in the file).
    m_file->db.execRaw("UPDATE users SET role = 'admin' WHERE username = 'mia'");
    m_file->db.execRaw("UPDATE users SET role = 'viewer' WHERE username = 'root'");
    session.checkAccount(); // what the change watcher does after another process commits
    QTRY_COMPARE_WITH_TIMEOUT(session.actor().globalRole, GlobalRole::Viewer, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!notice.isEmpty(), kTimeoutMs);
    QVERIFY(notice.last().first().toString().contains(QStringLiteral("viewer")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->createAction()->isEnabled(), kTimeoutMs);
}

void TestPeoplePage::addMemberOffersToCreateANewPerson()
{
    Session session(options(m_file->db.path(), m_root));
    auto *dialog
            = new AddMemberDialog(&session, m_acme, QStringLiteral("Acme"), {}, m_window.get());
    dialog->open();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kTimeoutMs);
    QVERIFY(!dialog->createPersonButton()->isVisible());
    QTest::keyClicks(dialog->userField(), QStringLiteral("newcomer"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->createPersonButton()->isVisible(), kTimeoutMs);
    dialog->createPersonButton()->click();
    PersonDialog *person = modal<PersonDialog>();
    QVERIFY(person);
    QCOMPARE(person->username(), QStringLiteral("newcomer"));
    person->findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("newcomer@example.com"));
    person->findChild<QRadioButton *>(QStringLiteral("generateRadio"))->setChecked(true);
    person->accept();
    // The new person is created, and chosen in Add Member; the password is shown once.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->userId().isEmpty(), kTimeoutMs);
    QCOMPARE(dialog->userId(),
             m_file->fixture.value("SELECT id FROM users WHERE username = 'newcomer'").toString());
    QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QMessageBox *>(QStringLiteral("generatedPasswordBox")), kTimeoutMs);
    QVERIFY(!dialog->createPersonButton()->isVisible());
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
