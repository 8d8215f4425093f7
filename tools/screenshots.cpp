// Takes the screenshots of docs/images from the real app on a --demo database:
// tools/screenshots.sh builds and runs it offscreen. Not part of the product.

#include "app/mainwindow.h"
#include "app/startup.h"

#include "models/session/session.h"
#include "widgets/audit/auditpage.h"
#include "widgets/memberships/effectiveaccessdock.h"
#include "widgets/memberships/membershipspage.h"
#include "widgets/people/peoplepage.h"
#include "widgets/shell/firstadmindialog.h"
#include "widgets/shell/quickswitcher.h"
#include "widgets/shell/signindialog.h"
#include "widgets/shell/switcherdock.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/settingsdialog.h"
#include "widgets/tenancy/tenantspage.h"

#include "models/context/activecontext.h"
#include "models/context/switchermodel.h"
#include "models/lists/auditlistmodel.h"
#include "models/lists/membershiplistmodel.h"
#include "models/lists/tenantlistmodel.h"
#include "models/lists/userlistmodel.h"

#include "core/database/database.h"
#include "core/people/userdirectory.h"
#include "core/tenancy/membershipservice.h"
#include "core/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace tenantdesk;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        wait(20);
    return condition();
}

void save(const QPixmap &pixmap, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    if (!pixmap.save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s (%dx%d)", qPrintable(path), pixmap.width(), pixmap.height());
}

// The window with a popup drawn where it is on screen (grab() leaves popups out).
QPixmap withPopup(QWidget *window, QWidget *popup)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    painter.drawPixmap(window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    return shot;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationName(QStringLiteral("tenantdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenantDesk"));
    // The English plural forms ("25 people", not "25 person(s)"), as the app loads them.
    installTranslations(app, QLocale(QLocale::English, QLocale::UnitedStates));
    const QString outDir
            = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    QDir().mkpath(outDir);

    StartupOptions options;
    options.demo = true;
    Startup startup(options);
    const auto sessionOptions = startup.run();
    if (!sessionOptions)
        return 1;
    Session session(*sessionOptions);
    MainWindow window(&session);
    window.resize(1360, 780);
    // The window was built at the offscreen screen's 800 px and sized its docks for that:
    // the switcher gets its share of the window the screenshots show.
    window.resizeDocks({window.switcherDock()}, {window.width() / 6}, Qt::Horizontal);
    window.show();

    SwitcherModel *switcher = window.switcherDock()->model();
    waitFor([&] { return !session.context()->isEmpty() && switcher->rowCount() > 0; });
    // Northwind Traders / Production makes a good active context.
    session.context()->setCurrent([&] {
        SwitchTarget target;
        for (int row = 0; row < switcher->rowCount(); ++row) {
            const QModelIndex tenant = switcher->index(row, 0);
            if (tenant.data(ModelRoles::SlugRole) == QStringLiteral("northwind"))
                target = switcher->targetAt(tenant);
        }
        return target;
    }());
    window.switcherDock()->treeView()->expand(switcher->indexOf(session.context()->tenantId()));
    TenantsPage *tenants = window.tenantsPage();
    waitFor([&] {
        return tenants->model()->rowCount() > 0
                && switcher->rowCount(switcher->indexOf(session.context()->tenantId())) > 0;
    });
    const QModelIndex northwind = tenants->model()->indexOfId(session.context()->tenantId());
    tenants->tableView()->setCurrentIndex(northwind);
    wait(500);
    save(window.grab(), outDir, QStringLiteral("tenants.png"));

    // Production of Northwind from the dock: the workspaces page follows the context.
    const QModelIndex northwindNode = switcher->indexOf(session.context()->tenantId());
    for (int row = 0; row < switcher->rowCount(northwindNode); ++row) {
        const QModelIndex workspace = switcher->index(row, 0, northwindNode);
        if (workspace.data(ModelRoles::SlugRole) == QStringLiteral("production"))
            session.context()->setCurrent(switcher->targetAt(workspace));
    }
    wait(600);

    // The switcher dock filtered.
    window.switcherDock()->filterField()->setText(QStringLiteral("sup"));
    waitFor([&] { return !switcher->filter().isEmpty() && switcher->rowCount() > 0; });
    wait(400);
    save(window.switcherDock()->grab(), outDir, QStringLiteral("switcher-dock.png"));
    window.switcherDock()->filterField()->clear();
    wait(400);

    // Ctrl+K.
    window.showQuickSwitcher();
    QuickSwitcher *quick = window.quickSwitcher();
    quick->searchField()->setText(QStringLiteral("prod"));
    waitFor([&] { return quick->results().size() > 3; });
    wait(300);
    save(withPopup(&window, quick), outDir, QStringLiteral("quick-switcher.png"));
    quick->hide();

    // The settings editor on Northwind's settings.
    window.findChild<QTabWidget *>(QStringLiteral("pageTabs"))->setCurrentIndex(0);
    const auto tenant = tenants->model()
                                ->indexOfId(session.context()->tenantId())
                                .data(ModelRoles::RowRole)
                                .value<Tenant>();
    SettingsDialog settings(&window);
    settings.setWindowTitle(QObject::tr("Settings of %1").arg(tenant.name));
    settings.setIntro(QObject::tr("Settings of the tenant <b>%1</b> (%2), stored as a JSON object.")
                              .arg(tenant.name, tenant.slug));
    settings.setSettings(tenant.settings);
    settings.resize(640, 440);
    settings.show();
    wait(300);
    save(settings.grab(), outDir, QStringLiteral("settings-editor.png"));
    settings.hide();

    // The People page: a person with roles in several tenants, and where they have access.
    PeoplePage *people = window.peoplePage();
    window.findChild<QTabWidget *>(QStringLiteral("pageTabs"))->setCurrentWidget(people);
    waitFor([&] { return people->model()->rowCount() > 3 && !people->model()->isLoading(); });
    people->tableView()->setCurrentIndex(people->model()->index(2, 0));
    waitFor([&] { return !people->detailsView()->toPlainText().isEmpty(); });
    wait(500);
    save(window.grab(), outDir, QStringLiteral("people.png"));
    window.findChild<QTabWidget *>(QStringLiteral("pageTabs"))->setCurrentIndex(0);

    // The Members page of Northwind with ben.lindqvist's role editor open, and the Effective
    // Access dock answering a check that his grants refuse.
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pageTabs"));
    MembershipsPage *members = window.membershipsPage();
    pages->setCurrentWidget(members);
    waitFor([&] { return members->showAllButton()->isEnabled(); });
    members->showAllButton()->click();
    waitFor([&] { return !members->model()->isLoading() && members->model()->rowCount() > 2; });
    int benRow = -1;
    for (int row = 0; row < members->model()->rowCount(); ++row) {
        if (members->model()
                    ->index(row, MembershipListModel::UserColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("ben.lindqvist")))
            benRow = row;
    }
    if (benRow < 0)
        qFatal("ben.lindqvist is not a member of Northwind");
    members->tableView()->setCurrentIndex(members->model()->index(benRow, 0));
    EffectiveAccessDock *access = window.effectiveAccessDock();
    auto *where = access->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    waitFor([&] { return where->findText(QStringLiteral("Finance"), Qt::MatchContains) >= 0; });
    where->setCurrentIndex(where->findText(QStringLiteral("Finance"), Qt::MatchContains));
    access->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
    auto *answer = access->findChild<QLabel *>(QStringLiteral("resultLabel"));
    waitFor([&] { return !answer->text().isEmpty(); });
    wait(500);
    save(access->grab(), outDir, QStringLiteral("effective-access.png"));
    members->tableView()->edit(members->model()->index(benRow, MembershipListModel::RoleColumn));
    wait(400);
    save(window.grab(), outDir, QStringLiteral("membership-editor.png"));
    members->tableView()->setCurrentIndex(members->model()->index(benRow, 0));
    wait(300);

    // The audit log with a role change selected: ben.lindqvist, workspace_admin of Northwind's
    // Production, becomes a member there (written by core, as the app would).
    {
        auto db = Database::open(session.databasePath());
        if (!db)
            qFatal("cannot open the demo database");
        auto ben = UserDirectory(**db).findByLogin(QStringLiteral("ben.lindqvist"));
        if (!ben || !*ben
            || !MembershipService(**db, session.actor())
                        .grant(session.context()->tenantId(), (*ben)->id, TenantRole::Member,
                               session.context()->workspaceId()))
            qFatal("cannot change ben.lindqvist's role for the audit screenshot");
    }
    AuditPage *audit = window.auditPage();
    window.findChild<QTabWidget *>(QStringLiteral("pageTabs"))->setCurrentWidget(audit);
    audit->model()->refresh();
    waitFor([&] {
        const AuditEntry *newest = audit->model()->entryAt(0);
        return !audit->model()->isLoading() && newest
                && newest->eventType != QStringLiteral("membership.granted");
    });
    audit->tableView()->setCurrentIndex(audit->model()->index(0, 0));
    waitFor([&] { return !audit->detailsView()->toPlainText().isEmpty(); });
    wait(500);
    save(window.grab(), outDir, QStringLiteral("audit-viewer.png"));
    window.findChild<QTabWidget *>(QStringLiteral("pageTabs"))->setCurrentIndex(0);

    // The sign-in dialog as a member would see it.
    SignInDialog signIn(session.databasePath(),
                        [](const QString &, const QString &) -> Result<Actor> {
                            return denied(QStringLiteral("unused"));
                        });
    signIn.setLogin(QStringLiteral("amara.okafor"));
    signIn.show();
    wait(300);
    save(signIn.grab(), outDir, QStringLiteral("sign-in.png"));

    if (!QCoreApplication::arguments().contains(QStringLiteral("--all")))
        return 0;

    // For reviewing the other states (not in the docs): the empty state of a database
    // without tenancy tables, the first-admin dialog and the delete confirmation.
    Session::Options plain = *sessionOptions;
    plain.hasTenancyTables = false;
    plain.demo = false;
    plain.persistContext = false;
    Session plainSession(plain);
    MainWindow empty(&plainSession);
    empty.resize(900, 560);
    empty.show();
    wait(400);
    save(empty.grab(), outDir, QStringLiteral("review-empty-state.png"));

    FirstAdminDialog first(session.databasePath(),
                           [](const QString &, const QString &, const QString &) -> Result<User> {
                               return denied(QStringLiteral("unused"));
                           });
    first.show();
    wait(300);
    save(first.grab(), outDir, QStringLiteral("review-first-admin.png"));

    DeleteDialog remove(DeleteDialog::Kind::Tenant, tenant.name, tenant.slug, DeletionImpact{5, 7},
                        &window);
    remove.show();
    wait(300);
    save(remove.grab(), outDir, QStringLiteral("review-delete-tenant.png"));
    return 0;
}
