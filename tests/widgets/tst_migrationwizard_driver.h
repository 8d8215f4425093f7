#pragma once

// Drives the migration wizard offscreen the way an admin would, page by page, for the
// tst_migrationwizard* tests. Each step returns false (after QtTest has logged why) when the
// wizard does not get where it should within the time allowed.

#include "widgets/migration/migrationfolderpage.h"
#include "widgets/migration/migrationplanpage.h"
#include "widgets/migration/migrationresultpage.h"
#include "widgets/migration/migrationrunpage.h"
#include "widgets/migration/migrationstatuspage.h"
#include "widgets/migration/migrationwizard.h"

#include "core/migration/migrationcatalog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

namespace wizardtest {

using namespace tenantdesk;

// Long enough for a million-row migration on a busy build machine.
constexpr int kRunTimeoutMs = 120000;

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

inline QStringList column(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

// The names of the bundled migrations in run order: expectations follow the folder as it grows.
inline QStringList bundledNames()
{
    QStringList names;
    const auto catalog = MigrationCatalog::load(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    for (const MigrationScript &script : catalog.value().scripts())
        names.append(script.name());
    return names;
}

// A URL on which nothing listens: the health check stays quiet, quickly.
inline QString closedPortUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return QStringLiteral("http://127.0.0.1:%1/api/v1/system/health").arg(port);
}

// With $TENANTDESK_SCREENSHOTS set to a folder, saves the wizard as NAME.png there (the
// screenshots of docs/images are taken this way); does nothing otherwise.
inline void screenshot(QWidget *wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("TENANTDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    // The docs show the wizard at its preferred size, not bounded by the offscreen screen.
    wizard->resize(wizard->size().expandedTo(QSize(920, 680)));
    QApplication::processEvents();
    wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Clicks `button` of the next message box that opens (confirmations are modal).
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

class Driver
{
public:
    Driver(const QString &databasePath, const Actor &actor)
        : owned(std::make_unique<MigrationWizard>(databasePath, actor))
        , wizard(owned.get())
    {
        wizard->show();
    }
    // Drives a wizard that someone else opened (and owns).
    explicit Driver(MigrationWizard *opened)
        : wizard(opened)
    { }

    std::unique_ptr<MigrationWizard> owned;
    MigrationWizard *wizard;

    MigrationStatusPage *statusPage() const { return wizard->statusPage(); }
    MigrationPlanPage *planPage() const { return wizard->planPage(); }
    MigrationRunPage *runPage() const { return wizard->runPage(); }
    MigrationResultPage *resultPage() const { return wizard->resultPage(); }

    // Folder page → status page, with the status read. Empty folder: the bundled migrations.
    bool toStatus(const QString &folder = {})
    {
        // The page remembers the last other folder; the bundled one must be chosen explicitly.
        if (folder.isEmpty())
            child<QRadioButton>(wizard->folderPage(), "bundledRadio")->setChecked(true);
        else
            wizard->folderPage()->setOtherFolder(folder);
        if (!wizard->folderPage()->isComplete()) {
            qWarning("the folder page is not complete");
            return false;
        }
        wizard->next();
        return QTest::qWaitFor([&] { return !statusPage()->isLoading(); }, 10000)
                && wizard->currentId() == MigrationWizard::StatusPageId
                && wizard->planner().has_value();
    }

    // Status page → plan page, choosing direction, target (as the combo's data: "" for the
    // default, a number or a name) and options.
    bool toPlan(const char *direction, const QString &target, bool backup, bool dryRun,
                const QString &healthUrl = closedPortUrl())
    {
        if (!statusPage()->isComplete()) {
            qWarning("the status page does not let the run go on");
            return false;
        }
        wizard->next();
        if (wizard->currentId() != MigrationWizard::PlanPageId)
            return false;
        child<QRadioButton>(planPage(), direction)->setChecked(true);
        auto *targets = child<QComboBox>(planPage(), "targetCombo");
        const int index = targets->findData(target);
        if (index < 0) {
            qWarning("no target %s", qPrintable(target));
            return false;
        }
        targets->setCurrentIndex(index);
        child<QCheckBox>(planPage(), "backupCheck")->setChecked(backup);
        child<QCheckBox>(planPage(), "dryRunCheck")->setChecked(dryRun);
        child<QLineEdit>(planPage(), "healthUrlEdit")->setText(healthUrl);
        // What the plan destroys is counted on a copy first; a plan that destroys anything
        // needs the confirmation word, which the admin types (and the test may check).
        if (!QTest::qWaitFor([&] { return !planPage()->isAssessing(); }, kRunTimeoutMs)) {
            qWarning("the plan page is still counting what the plan destroys");
            return false;
        }
        confirmedDataLoss = planPage()->needsConfirmation();
        if (confirmedDataLoss)
            child<QLineEdit>(planPage(), "confirmEdit")
                    ->setText(MigrationPlanPage::confirmationWord());
        return planPage()->isComplete();
    }

    // The last toPlan() had to type the confirmation word: the plan destroys data.
    bool confirmedDataLoss = false;

    // Plan page (commit) → run page, until it reaches `phase`.
    bool run(MigrationRunPage::Phase phase = MigrationRunPage::Phase::Finished)
    {
        wizard->next();
        return wizard->currentId() == MigrationWizard::RunPageId && waitFor(phase);
    }

    bool waitFor(MigrationRunPage::Phase phase, int timeoutMs = kRunTimeoutMs)
    {
        const bool reached
                = QTest::qWaitFor([&] { return runPage()->phase() == phase; }, timeoutMs);
        if (!reached)
            qWarning("run page phase %d, waited for %d", int(runPage()->phase()), int(phase));
        return reached;
    }

    bool toResult()
    {
        wizard->next();
        return wizard->currentId() == MigrationWizard::ResultPageId;
    }

    // Everything from the folder page to the result page.
    bool runThrough(const char *direction, const QString &target, bool backup = true,
                    const QString &folder = {})
    {
        return toStatus(folder) && toPlan(direction, target, backup, false) && run() && toResult();
    }
};

} // namespace wizardtest
