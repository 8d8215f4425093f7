// Backups hold every password hash: private (0600 files in 0700 folders) in the user's data
// folder, one folder per database; bounded (the newest N kept); never a half-written file
// listed or left behind. A restore lands together with its audit entry, which names the
// backup and the head of the chain it replaced.

#include "support/dbholderprocess.h"
#include "support/migrationsupport.h"
#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/database/database.h"
#include "core/migration/databasebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace tenantdesk;

namespace {

int modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : -1;
}

// The bundled schema with one tenant and an audit chain of two entries.
void prepare(const TestDatabase &t)
{
    t.applyBundledSchema();
    t.execRaw("INSERT INTO tenants VALUES ('t1', 'One', 'one', NULL, 1, 1);");
    addAdmin(t.path());
    auto db = t.open();
    for (const char *event : {"tenant.created", "tenant.renamed"}) {
        WriteTransaction transaction(*db);
        QVERIFY(transaction.begin());
        QVERIFY(AuditLog(*db).append(QString::fromLatin1(event),
                                     {{QStringLiteral("actor"), QStringLiteral("root")}}));
        QVERIFY(transaction.commit());
    }
}

} // namespace

class TestBackupPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void defaultFolderIsPrivateAndPerDatabase();
    void folderSettingMovesEveryDatabasesFolder();
    void pruneKeepsTheNewest();
    void leftoverPartialFilesAreRemovedUnlessHeld();
    void restoreRecordsTheReplacedChainHeadInTheRestoredChain();
};

void TestBackupPrivacy::defaultFolderIsPrivateAndPerDatabase()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    const DatabaseBackup backups(*db);
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY2(backups.dir().startsWith(dataHome + QStringLiteral("/TenantDesk/backups/test-")),
             qPrintable(backups.dir()));
    // The name of the database and a short hash of its path: two test.db files never share.
    TestDatabase other;
    QVERIFY(DatabaseBackup::defaultDir(other.path()) != backups.dir());
    QCOMPARE(DatabaseBackup::defaultDir(t.path()), backups.dir());

    auto backup = backups.create();
    QVERIFY2(backup, backup ? "" : qPrintable(backup.error().message));
    QCOMPARE(modeOf(backup->path), 0600);
    QCOMPARE(modeOf(backups.dir()), 0700);
    QCOMPARE(modeOf(QFileInfo(backups.dir()).absolutePath()), 0700); // TenantDesk/backups
    // Nothing beside the database.
    for (const QString &entry : QDir(t.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot))
        QVERIFY2(entry.startsWith(QStringLiteral("test.db")), qPrintable(entry));

    // A folder the admin names is used as it is; what is created in it is private.
    const QString named = t.dir() + QStringLiteral("/mine/backups");
    auto elsewhere = DatabaseBackup(*db, named).create();
    QVERIFY(elsewhere);
    QCOMPARE(modeOf(elsewhere->path), 0600);
    QCOMPARE(modeOf(named), 0700);
}

void TestBackupPrivacy::folderSettingMovesEveryDatabasesFolder()
{
    TestDatabase t;
    const QString root = t.dir() + QStringLiteral("/all-backups");
    QSettings settings(QStringLiteral("TenantDesk"), QStringLiteral("tenantdesk"));
    settings.setValue(DatabaseBackup::folderSetting(), root);
    settings.sync();
    const QString dir = DatabaseBackup::defaultDir(t.path());
    settings.remove(DatabaseBackup::folderSetting());
    settings.sync();
    QCOMPARE(QFileInfo(dir).absolutePath(), root);
    QVERIFY(QFileInfo(dir).fileName().startsWith(QStringLiteral("test-")));
}

void TestBackupPrivacy::pruneKeepsTheNewest()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    const DatabaseBackup backups(*db);
    QStringList made;
    for (int i = 0; i < 5; ++i)
        made.prepend(backups.create()->name); // newest first, as list() gives them
    auto removed = backups.prune(2);
    QVERIFY(removed);
    QCOMPARE(removed->size(), 3);
    QStringList kept;
    for (const BackupInfo &backup : *backups.list())
        kept.append(backup.name);
    QCOMPARE(kept, made.mid(0, 2));
    QCOMPARE(QDir(backups.dir()).entryList(QDir::Files).size(), 2);
    // 0 keeps every backup; the setting (10 by default) is the default.
    QCOMPARE(backups.prune(0)->size(), 0);
    QCOMPARE(DatabaseBackup::defaultKeep(), 10);
    QCOMPARE(backups.prune()->size(), 0);
    // A named spare (the backup a restore just put back) stays besides the newest.
    QCOMPARE(backups.prune(1, made.at(1))->size(), 0);
    QCOMPARE(backups.prune(1)->size(), 1);
    QCOMPARE(backups.list()->size(), 1);
    QCOMPARE(backups.list()->first().name, made.at(0));
}

void TestBackupPrivacy::leftoverPartialFilesAreRemovedUnlessHeld()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    const DatabaseBackup backups(*db);
    QVERIFY(backups.create());
    // What a killed backup leaves: a .partial nobody holds. And one another run still writes.
    const QString killed
            = backups.dir() + QStringLiteral("/test-20200101-000000-000.sqlite.partial");
    const QString inFlight
            = backups.dir() + QStringLiteral("/test-20200101-000000-001.sqlite.partial");
    QVERIFY(QFile::copy(backups.list()->first().path, killed));
    QVERIFY(QFile::copy(backups.list()->first().path, inFlight));
    DbHolderProcess writer(inFlight);
    QVERIFY(writer.isReady());
    auto listed = backups.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1); // never listed as a backup
    QVERIFY(!QFileInfo::exists(killed));
    QVERIFY(QFileInfo::exists(inFlight));
    writer.stop();
    QVERIFY(backups.create());
    QVERIFY(!QFileInfo::exists(inFlight));
    for (const QString &file : QDir(backups.dir()).entryList(QDir::Files))
        QVERIFY2(file.endsWith(QStringLiteral(".sqlite")), qPrintable(file));
}

void TestBackupPrivacy::restoreRecordsTheReplacedChainHeadInTheRestoredChain()
{
    TestDatabase t;
    prepare(t);
    auto db = t.open();
    const DatabaseBackup backups(*db);
    const QString name = backups.create()->name;
    // History written after the backup, which the restore takes away.
    {
        WriteTransaction transaction(*db);
        QVERIFY(transaction.begin());
        QVERIFY(AuditLog(*db).append(QStringLiteral("tenant.deleted"),
                                     {{QStringLiteral("actor"), QStringLiteral("root")}}));
        QVERIFY(transaction.commit());
    }
    const AuditEntry replacedHead = AuditLog(*db).list({}, 1)->first();
    QCOMPARE(replacedHead.seq, 3);

    auto restored = backups.restore(name, admin());
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QVERIFY(restored->audited);
    QCOMPARE(*restored->replacedHeadSeq, replacedHead.seq);
    QCOMPARE(restored->replacedHeadHash, replacedHead.hash);

    // The restored chain: its two entries, then the restore, chained and verifiable.
    const QList<AuditEntry> entries = *AuditLog(*db).list({}, 10);
    QCOMPARE(entries.size(), 3);
    const AuditEntry &entry = entries.first();
    QCOMPARE(entry.eventType, QStringLiteral("backup.restored"));
    QCOMPARE(entry.seq, 3); // the restored chain continues; seq 3 of the old one is gone
    const QJsonObject payload = QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object();
    QCOMPARE(payload.value(QStringLiteral("backup")).toString(), name);
    QCOMPARE(payload.value(QStringLiteral("previous_content")).toString(),
             restored->previousContent.name);
    QCOMPARE(qint64(payload.value(QStringLiteral("replaced_head_seq")).toDouble()),
             replacedHead.seq);
    QCOMPARE(payload.value(QStringLiteral("replaced_head_hash")).toString(), replacedHead.hash);
    QVERIFY(AuditLog(*db).verify()->valid);
    // The staging copy the entry was written into is gone; nothing else is left behind.
    QStringList files = QDir(backups.dir()).entryList(QDir::Files);
    files.sort();
    QStringList expected{name, restored->previousContent.name};
    expected.sort();
    QCOMPARE(files, expected);
    // The history the restore removed is in the safety copy the entry names.
    TestDatabase previous;
    QVERIFY(QFile::copy(restored->previousContent.path, previous.path()));
    auto previousDb = previous.open();
    QCOMPARE(AuditLog(*previousDb).list({}, 1)->first().hash, replacedHead.hash);
}

QTEST_GUILESS_MAIN(TestBackupPrivacy)
#include "tst_backupprivacy.moc"
