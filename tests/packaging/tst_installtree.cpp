#include "support/testdatabase.h"

#include "core/migration/migrationledger.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The installed tree (`cmake --install --strip` into a temporary prefix: stripped, as the
// package ships it) is complete and stands on its own: its programs find the installed
// migrations relative to themselves, from any working folder, and no installed file names
// the source or build tree, so they cannot reach it (issue 13: installed binaries carried
// the source tree's migrations path). Unstripped programs name the build folder in their
// debug information only.
class TestInstallTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installsProgramsMigrationsDesktopFilesAndDocs();
    void noInstalledFileNamesTheSourceOrBuildTree();
    void installedTenantctlAppliesTheInstalledMigrationsFromAnotherFolder();
    void buildTreeTenantctlFindsTheSourceMigrations();

private:
    QStringList migrationsAppliedBy(const QString &tenantctl);

    QTemporaryDir m_prefix;
};

namespace {

const QString kAppId = QStringLiteral(TENANTDESK_APP_ID);

QStringList bundledMigrationNames()
{
    QStringList names;
    const QDir dir(QStringLiteral(TENANTDESK_SOURCE_MIGRATIONS_DIR));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        names.append(file.chopped(4));
    return names;
}

// The environment of an installed program: nothing that points at a migrations folder.
QProcessEnvironment programEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TENANTDESK_MIGRATIONS_DIR"));
    env.remove(QStringLiteral("TENANTDESK_DB"));
    env.remove(QStringLiteral("TENANTDESK_PASSWORD"));
    return env;
}

} // namespace

void TestInstallTree::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(CMAKE_COMMAND),
                  {QStringLiteral("--install"), QStringLiteral(TENANTDESK_BUILD_DIR),
                   QStringLiteral("--prefix"), m_prefix.path(), QStringLiteral("--strip")});
    QVERIFY(install.waitForFinished(300000));
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0,
             install.readAll().constData());
}

void TestInstallTree::installsProgramsMigrationsDesktopFilesAndDocs()
{
    const QDir prefix(m_prefix.path());
    for (const QString &program :
         {QStringLiteral("bin/tenantdesk"), QStringLiteral("bin/tenantctl")})
        QVERIFY2(QFileInfo(prefix.filePath(program)).isExecutable(), qPrintable(program));

    QStringList installedMigrations;
    const QDir migrations(prefix.filePath(QStringLiteral("share/tenantdesk/migrations")));
    for (const QString &file :
         migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        installedMigrations.append(file.chopped(4));
    QCOMPARE(installedMigrations, bundledMigrationNames());

    const QStringList files = {
            QStringLiteral("share/applications/%1.desktop").arg(kAppId),
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
            QStringLiteral("share/icons/hicolor/scalable/apps/tenantdesk.svg"),
            QStringLiteral("share/icons/hicolor/48x48/apps/tenantdesk.png"),
            QStringLiteral("share/doc/tenantdesk/README.md"),
            QStringLiteral("share/doc/tenantdesk/copyright"),
            QStringLiteral("share/doc/tenantdesk/changelog.gz"),
            QStringLiteral("share/doc/tenantdesk/docs/user-guide.md"),
            QStringLiteral("share/doc/tenantdesk/docs/tenantctl.md"),
            QStringLiteral("share/doc/tenantdesk/docs/images/tenants.png"),
            QStringLiteral("share/man/man1/tenantctl.1.gz"),
            QStringLiteral("share/man/man1/tenantdesk.1.gz"),
            QStringLiteral("share/bash-completion/completions/tenantctl"),
    };
    for (const QString &file : files)
        QVERIFY2(QFileInfo(prefix.filePath(file)).isFile(), qPrintable(file));
}

void TestInstallTree::noInstalledFileNamesTheSourceOrBuildTree()
{
    // Searched as UTF-8 (C strings) and as UTF-16 (QStringLiteral), in every installed file.
    const QString sourceDir = QDir(QStringLiteral(TENANTDESK_SOURCE_DIR)).canonicalPath();
    const QString buildDir = QDir(QStringLiteral(TENANTDESK_BUILD_DIR)).canonicalPath();
    QList<QByteArray> needles;
    for (const QString &dir : {sourceDir, buildDir}) {
        needles.append(dir.toUtf8());
        needles.append(QByteArray(reinterpret_cast<const char *>(dir.utf16()), dir.size() * 2));
    }

    int files = 0;
    QDirIterator it(m_prefix.path(), QDir::Files | QDir::System | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QVERIFY2(!info.isSymLink(), qPrintable(info.filePath()));
        QFile file(info.filePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(info.filePath()));
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles)
            QVERIFY2(!content.contains(needle),
                     qPrintable(QStringLiteral("%1 names %2").arg(info.filePath(), sourceDir)));
        ++files;
    }
    QVERIFY(files > 10);
}

void TestInstallTree::installedTenantctlAppliesTheInstalledMigrationsFromAnotherFolder()
{
    const QString tenantctl = QDir(m_prefix.path()).filePath(QStringLiteral("bin/tenantctl"));
    QCOMPARE(migrationsAppliedBy(tenantctl), bundledMigrationNames());
}

void TestInstallTree::buildTreeTenantctlFindsTheSourceMigrations()
{
    QCOMPARE(migrationsAppliedBy(QStringLiteral(TENANTCTL_PATH)), bundledMigrationNames());
}

// Runs `tenantctl migrate up` on a new file, from a working folder that holds only that
// file, and returns the migrations the ledger then records.
QStringList TestInstallTree::migrationsAppliedBy(const QString &tenantctl)
{
    TestDatabase t;
    QProcess process;
    process.setProcessEnvironment(programEnvironment());
    process.setWorkingDirectory(t.dir());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(tenantctl,
                  {QStringLiteral("--db"), QFileInfo(t.path()).fileName(),
                   QStringLiteral("migrate"), QStringLiteral("up")});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        qWarning() << tenantctl << "did not finish";
        return {};
    }
    if (process.exitCode() != 0) {
        qWarning() << tenantctl << "exited with" << process.exitCode()
                   << process.readAllStandardError();
        return {};
    }
    QStringList names;
    auto db = t.open();
    const auto entries = tenantdesk::MigrationLedger(*db).entries();
    if (!entries)
        return {};
    for (const tenantdesk::LedgerEntry &entry : entries.value())
        names.append(entry.name);
    names.sort();
    return names;
}

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_installtree.moc"
