// The start-up sequence offscreen: what each command line opens, which dialog comes first,
// and the messages when a database cannot be opened. Dialogs are answered by a timer, as a
// user would; a private XDG_DATA_HOME (CTest) holds the default database.

#include "support/testdatabase.h"

#include "app/startup.h"

#include "widgets/shell/firstadmindialog.h"
#include "widgets/shell/firststartdialog.h"
#include "widgets/shell/recentfiles.h"
#include "widgets/shell/signindialog.h"

#include "core/database/database.h"
#include "core/database/paths.h"
#include "core/tenancy/tenantservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace tenantdesk;

namespace {

const auto kPassword = QStringLiteral("correct horse 1");

// Runs answer(dialog) on the next modal dialog that opens.
void whenModal(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartCancelLeavesNothingBehind();
    void firstStartCancelledAtTheFirstAdminLeavesNothingBehind();
    void newDefaultDatabaseGetsSchemaAndFirstAdmin();
    void missingFileIsAClearMessage();
    void notSqliteIsAClearMessage();
    void passwordFromEnvironmentSkipsTheDialog();
    void wrongPasswordShowsTheDialogWithTheReason();
    void failedSignInKeepsNoWindowAndTheDialogTriesAgain();
    void databaseWithoutTenancyTablesStillOpens();
    void demoIsFilledAndSignedIn();
};

void TestStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TENANTDESK_MIGRATIONS_DIR", TENANTDESK_SOURCE_MIGRATIONS_DIR);
    QFile::remove(defaultDatabasePath());
}

void TestStartup::firstStartCancelLeavesNothingBehind()
{
    const QString path = defaultDatabasePath();
    QVERIFY(!QFile::exists(path));
    const QString folder = QFileInfo(path).absolutePath();
    QDir(folder).removeRecursively(); // a first start on a fresh account
    bool asked = false;
    whenModal([&asked](QWidget *ask) {
        auto *first = qobject_cast<FirstStartDialog *>(ask);
        QVERIFY(first);
        QVERIFY(first->openButton()->isVisible()); // "Open an existing database…" is offered
        asked = true;
        first->reject();
    });
    Startup startup(StartupOptions{});
    QVERIFY(!startup.run());
    QVERIFY(asked);
    QCOMPARE(startup.exitCode(), 0);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestStartup::firstStartCancelledAtTheFirstAdminLeavesNothingBehind()
{
    const QString path = defaultDatabasePath();
    const QString folder = QFileInfo(path).absolutePath();
    QDir(folder).removeRecursively();
    bool createdBeforeAdmin = false;
    whenModal([&createdBeforeAdmin, path](QWidget *ask) {
        auto *first = qobject_cast<FirstStartDialog *>(ask);
        QVERIFY(first);
        whenModal([&createdBeforeAdmin, path](QWidget *dialog) {
            QVERIFY(qobject_cast<FirstAdminDialog *>(dialog));
            createdBeforeAdmin = QFile::exists(path);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        first->createButton()->click();
    });
    Startup startup(StartupOptions{});
    QVERIFY(!startup.run());
    QVERIFY(createdBeforeAdmin);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestStartup::newDefaultDatabaseGetsSchemaAndFirstAdmin()
{
    QVERIFY(!QFile::exists(defaultDatabasePath()));
    QString intro;
    QString shownPath;
    // The first start asks first, showing the full path; then the first admin is made.
    whenModal([&intro, &shownPath](QWidget *ask) {
        auto *first = qobject_cast<FirstStartDialog *>(ask);
        QVERIFY(first);
        shownPath = ask->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text();
        QVERIFY(!QFile::exists(defaultDatabasePath())); // nothing made before the answer
        whenModal([&intro](QWidget *dialog) {
            QVERIFY(qobject_cast<FirstAdminDialog *>(dialog));
            intro = dialog->findChild<QLabel *>(QStringLiteral("introLabel"))->text();
            typeInto(dialog, "usernameEdit", QStringLiteral("ada"));
            typeInto(dialog, "emailEdit", QStringLiteral("ada@example.com"));
            typeInto(dialog, "passwordEdit", kPassword);
            typeInto(dialog, "confirmEdit", kPassword);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        first->createButton()->click();
    });
    Startup startup(StartupOptions{});
    const auto started = startup.run();
    QVERIFY(started);
    const Session &session = *started->session;
    QCOMPARE(shownPath,
             QDir::toNativeSeparators(QFileInfo(defaultDatabasePath()).absoluteFilePath()));
    QVERIFY(intro.contains(QStringLiteral("no users")));
    QCOMPARE(session.actor().username, QStringLiteral("ada"));
    QVERIFY(session.actor().isGlobalAdmin());
    QVERIFY(session.hasTenancyTables());
    QVERIFY(!session.isDemo());
    auto db = Database::open(defaultDatabasePath());
    QVERIFY(db);
    QVERIFY((*db)->hasTable(QStringLiteral("tenants")));
    QVERIFY((*db)->hasTable(QStringLiteral("audit_log_chain")));
    QVERIFY(TenantService(**db, session.actor()).count());
}

void TestStartup::missingFileIsAClearMessage()
{
    TestDatabase test;
    StartupOptions options;
    options.databasePath = test.dir() + QStringLiteral("/nowhere.db");
    QString text;
    whenModal([&text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        text = box->text();
        box->accept();
    });
    Startup startup(options);
    QVERIFY(!startup.run());
    QCOMPARE(startup.exitCode(), 1);
    QVERIFY2(text.contains(QStringLiteral("no database")), qPrintable(text));
    QVERIFY(!QFile::exists(options.databasePath)); // never created
}

void TestStartup::notSqliteIsAClearMessage()
{
    TestDatabase test;
    StartupOptions options;
    options.databasePath = test.dir() + QStringLiteral("/notes.db");
    QFile notes(options.databasePath);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("these are notes, not a database\n");
    notes.close();
    QString text;
    whenModal([&text](QWidget *dialog) {
        text = static_cast<QMessageBox *>(dialog)->text();
        static_cast<QMessageBox *>(dialog)->accept();
    });
    Startup startup(options);
    QVERIFY(!startup.run());
    QVERIFY2(text.contains(QStringLiteral("not an SQLite database")), qPrintable(text));
}

void TestStartup::passwordFromEnvironmentSkipsTheDialog()
{
    TestDatabase test;
    test.applyBundledSchema();
    const QString id = test.addUser(QStringLiteral("mia"), QStringLiteral("developer"), kPassword);
    qputenv("TENANTDESK_PASSWORD", kPassword.toUtf8());
    StartupOptions options;
    options.databasePath = test.path();
    options.user = QStringLiteral("mia");
    Startup startup(options);
    const auto started = startup.run();
    qunsetenv("TENANTDESK_PASSWORD");
    QVERIFY(started);
    QCOMPARE(started->session->actor().userId, id);
    QVERIFY(started->session->hasTenancyTables());
    QVERIFY(started->window);
    QVERIFY(!started->window->isVisible()); // main shows it
}

void TestStartup::wrongPasswordShowsTheDialogWithTheReason()
{
    TestDatabase test;
    test.applyBundledSchema();
    test.addUser(QStringLiteral("mia"), QStringLiteral("developer"), kPassword);
    qputenv("TENANTDESK_PASSWORD", "not the password");
    StartupOptions options;
    options.databasePath = test.path();
    options.user = QStringLiteral("mia");
    QString problem;
    QString login;
    whenModal([&](QWidget *dialog) {
        QVERIFY(qobject_cast<SignInDialog *>(dialog));
        problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        login = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text();
        static_cast<QDialog *>(dialog)->reject();
    });
    Startup startup(options);
    const auto started = startup.run();
    qunsetenv("TENANTDESK_PASSWORD");
    QVERIFY(!started);
    QCOMPARE(startup.exitCode(), 0); // the user cancelled
    QVERIFY(problem.contains(QStringLiteral("TENANTDESK_PASSWORD")));
    QCOMPARE(login, QStringLiteral("mia"));
}

void TestStartup::failedSignInKeepsNoWindowAndTheDialogTriesAgain()
{
    TestDatabase test;
    test.applyBundledSchema();
    const QString id = test.addUser(QStringLiteral("mia"), QStringLiteral("developer"), kPassword);
    qputenv("TENANTDESK_PASSWORD", "not the password");
    StartupOptions options;
    options.databasePath = test.path();
    options.user = QStringLiteral("mia");
    const QString file = QFileInfo(test.path()).absoluteFilePath();
    int windowsWhileAsked = -1;
    bool recentWhileAsked = true;
    whenModal([&](QWidget *dialog) {
        // The window built during the failed check is gone, and left no trace.
        windowsWhileAsked = 0;
        for (QWidget *top : QApplication::topLevelWidgets())
            windowsWhileAsked += qobject_cast<MainWindow *>(top) ? 1 : 0;
        recentWhileAsked = RecentFiles().files().contains(file);
        typeInto(dialog, "passwordEdit", kPassword);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    Startup startup(options);
    const auto started = startup.run();
    qunsetenv("TENANTDESK_PASSWORD");
    QCOMPARE(windowsWhileAsked, 0);
    QVERIFY(!recentWhileAsked);
    QVERIFY(started);
    QCOMPARE(started->session->actor().userId, id);
    // Only a window that is shown puts its file into Open Recent.
    started->window->show();
    QTRY_VERIFY(RecentFiles().files().contains(file));
}

void TestStartup::databaseWithoutTenancyTablesStillOpens()
{
    TestDatabase test;
    test.addUser(QStringLiteral("root"), QStringLiteral("admin"), kPassword);
    const QByteArray before = test.dump();
    whenModal([](QWidget *dialog) {
        typeInto(dialog, "passwordEdit", kPassword);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    StartupOptions options;
    options.databasePath = test.path();
    options.user = QStringLiteral("root");
    Startup startup(options);
    const auto started = startup.run();
    QVERIFY(started);
    QVERIFY(!started->session->hasTenancyTables());
    QCOMPARE(test.dump(), before); // opening never changes a database
}

void TestStartup::demoIsFilledAndSignedIn()
{
    StartupOptions options;
    options.demo = true;
    Startup startup(options);
    const auto started = startup.run();
    QVERIFY(started);
    const Session &session = *started->session;
    QVERIFY(session.isDemo());
    QVERIFY(!session.persistsContext());
    QVERIFY(session.actor().isGlobalAdmin());
    QVERIFY(QFile::exists(session.databasePath()));
    auto db = Database::open(session.databasePath());
    QVERIFY(db);
    QVERIFY(*TenantService(**db, session.actor()).count() >= 10);
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
