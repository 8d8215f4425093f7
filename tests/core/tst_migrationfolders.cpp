// One plan over several migration folders (the bundled migrations, aistack's own, the admin's
// retrofits): merged by number and name, each migration with its folder, two 004_ files side
// by side, and "missing" only for an applied migration that no folder has. Files that are not
// migrations are listed as ignored.

#include "support/files.h"
#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/migration/migrationcatalog.h"
#include "core/migration/migrationplanner.h"
#include "core/migration/migrationworkflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tenantdesk;

namespace {

QByteArray tableScript(const QByteArray &table)
{
    return "-- == UP ==\nCREATE TABLE " + table + " (x);\n-- == DOWN ==\nDROP TABLE " + table
            + ";\n";
}

// aistack's folder and the admin's, each with a 004_ of its own.
struct TwoFolders
{
    QTemporaryDir root;
    QString aistack = root.filePath(QStringLiteral("aistack"));
    QString admin = root.filePath(QStringLiteral("admin"));

    TwoFolders()
    {
        QDir().mkpath(aistack);
        QDir().mkpath(admin);
        writeFile(aistack + QStringLiteral("/001_users.sql"), tableScript("users_a"));
        writeFile(aistack + QStringLiteral("/004_memory.sql"), tableScript("memory"));
        writeFile(admin + QStringLiteral("/004_notes.sql"), tableScript("notes"));
        writeFile(admin + QStringLiteral("/005_tags.sql"), tableScript("tags"));
    }
};

QStringList namesOf(const MigrationCatalog &catalog)
{
    QStringList names;
    for (const MigrationScript &s : catalog.scripts())
        names.append(s.name());
    return names;
}

MigrationReport runPlan(const Database &db, const MigrationPlanner &planner,
                        MigrationDirection direction, const std::optional<MigrationTarget> &target)
{
    MigrationRequest request;
    auto plan = planner.plan(direction, target);
    if (!plan)
        qFatal("no plan: %s", qPrintable(plan.error().message));
    request.plan = *plan;
    request.backup = false;
    return MigrationWorkflow().run(db, addAdmin(db.path()), request);
}

} // namespace

class TestMigrationFolders : public QObject
{
    Q_OBJECT

private slots:
    void foldersMergeInRunOrderWithTheirFolder();
    void sameFileInTwoFoldersIsOneMigrationUnlessItDiffers();
    void twoFoldersPlanAndRevertTogether();
    void missingOnlyWhenNoFolderHasIt();
    void filesThatAreNotMigrationsAreListedAsIgnored();
};

void TestMigrationFolders::foldersMergeInRunOrderWithTheirFolder()
{
    TwoFolders folders;
    auto catalog = MigrationCatalog::load(QStringList{folders.admin, folders.aistack});
    QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().message));
    QCOMPARE(namesOf(*catalog),
             (QStringList{QStringLiteral("001_users"), QStringLiteral("004_memory"),
                          QStringLiteral("004_notes"), QStringLiteral("005_tags")}));
    QCOMPARE(QFileInfo(catalog->find(QStringLiteral("004_memory"))->filePath()).absolutePath(),
             QFileInfo(folders.aistack).absoluteFilePath());
    QCOMPARE(QFileInfo(catalog->find(QStringLiteral("004_notes"))->filePath()).absolutePath(),
             QFileInfo(folders.admin).absoluteFilePath());
    QCOMPARE(catalog->dirs(), (QStringList{folders.admin, folders.aistack}));
    // A folder named twice counts once.
    QCOMPARE(MigrationCatalog::load(QStringList{folders.admin, folders.admin})->scripts().size(),
             2);
}

void TestMigrationFolders::sameFileInTwoFoldersIsOneMigrationUnlessItDiffers()
{
    TwoFolders folders;
    writeFile(folders.admin + QStringLiteral("/001_users.sql"), tableScript("users_a"));
    auto same = MigrationCatalog::load(QStringList{folders.aistack, folders.admin});
    QVERIFY(same);
    QCOMPARE(same->scripts().size(), 4);

    writeFile(folders.admin + QStringLiteral("/001_users.sql"), tableScript("users_b"));
    auto differs = MigrationCatalog::load(QStringList{folders.aistack, folders.admin});
    QVERIFY(!differs);
    QCOMPARE(differs.error().code, ErrorCode::Conflict);
    QVERIFY(differs.error().message.contains(QStringLiteral("001_users.sql is in both")));
}

void TestMigrationFolders::twoFoldersPlanAndRevertTogether()
{
    TwoFolders folders;
    TestDatabase t;
    auto db = t.open();
    const auto catalog = *MigrationCatalog::load(QStringList{folders.aistack, folders.admin});
    QVERIFY(runPlan(*db, *MigrationPlanner::forDatabase(*db, catalog), MigrationDirection::Up,
                    std::nullopt)
                    .ok());
    for (const char *table : {"users_a", "memory", "notes", "tags"})
        QVERIFY(db->hasTable(QString::fromLatin1(table)));

    // Plain "down": the one applied last, wherever its file is.
    MigrationReport down = runPlan(*db, *MigrationPlanner::forDatabase(*db, catalog),
                                   MigrationDirection::Down, std::nullopt);
    QVERIFY2(down.ok(), down.ok() ? "" : qPrintable(down.error->message));
    QCOMPARE(down.completed.first().name, QStringLiteral("005_tags"));
    // Down to 3: both 004_ files are reverted, the later name first.
    down = runPlan(*db, *MigrationPlanner::forDatabase(*db, catalog), MigrationDirection::Down,
                   *MigrationTarget::parse(QStringLiteral("3")));
    QVERIFY2(down.ok(), down.ok() ? "" : qPrintable(down.error->message));
    QCOMPARE(down.completed.size(), 2);
    QCOMPARE(down.completed.at(0).name, QStringLiteral("004_notes"));
    QCOMPARE(down.completed.at(1).name, QStringLiteral("004_memory"));
    QVERIFY(db->hasTable(QStringLiteral("users_a")));
    QVERIFY(!db->hasTable(QStringLiteral("memory")) && !db->hasTable(QStringLiteral("notes")));
}

void TestMigrationFolders::missingOnlyWhenNoFolderHasIt()
{
    TwoFolders folders;
    TestDatabase t;
    auto db = t.open();
    QVERIFY(runPlan(*db,
                    *MigrationPlanner::forDatabase(
                            *db,
                            *MigrationCatalog::load(QStringList{folders.aistack, folders.admin})),
                    MigrationDirection::Up, std::nullopt)
                    .ok());
    const auto stateOf = [&](const QStringList &dirs, const QString &name) {
        auto planner = MigrationPlanner::forDatabase(*db, *MigrationCatalog::load(dirs));
        for (const MigrationStatus &status : planner->statuses()) {
            if (status.name == name)
                return status.state;
        }
        return MigrationState::Pending;
    };
    QCOMPARE(stateOf({folders.admin}, QStringLiteral("004_memory")), MigrationState::Missing);
    QCOMPARE(stateOf({folders.admin, folders.aistack}, QStringLiteral("004_memory")),
             MigrationState::Applied);
    // With the admin's folder alone, the last one applied has its file: down works.
    auto planner = MigrationPlanner::forDatabase(*db, *MigrationCatalog::load(folders.admin));
    QVERIFY(planner->plan(MigrationDirection::Down, std::nullopt));
}

void TestMigrationFolders::filesThatAreNotMigrationsAreListedAsIgnored()
{
    TwoFolders folders;
    const QString dir = folders.admin;
    writeFile(dir + QStringLiteral("/abc.sql"), "SELECT 1;");
    writeFile(dir + QStringLiteral("/README.md"), "notes");
    QVERIFY(QFile::link(dir + QStringLiteral("/nowhere.sql"), dir + QStringLiteral("/006_x.sql")));
    QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/007_pipe.sql")).constData(), 0600),
             0);
    QDir().mkpath(dir + QStringLiteral("/subfolder"));
    auto catalog = MigrationCatalog::load(dir);
    QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().message));
    QCOMPARE(namesOf(*catalog),
             (QStringList{QStringLiteral("004_notes"), QStringLiteral("005_tags")}));
    QStringList ignored;
    for (const IgnoredFile &file : catalog->ignored())
        ignored.append(QFileInfo(file.path).fileName() + QLatin1Char(':') + file.reason);
    QCOMPARE(ignored,
             (QStringList{QStringLiteral("006_x.sql:a link to nothing"),
                          QStringLiteral("007_pipe.sql:not a regular file"),
                          QStringLiteral("README.md:not named NNN_name.sql"),
                          QStringLiteral("abc.sql:not named NNN_name.sql")}));
}

QTEST_GUILESS_MAIN(TestMigrationFolders)
#include "tst_migrationfolders.moc"
