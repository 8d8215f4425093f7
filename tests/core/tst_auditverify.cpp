#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tenantdesk;

namespace {

const QByteArray kAuditTable = "CREATE TABLE audit_log_chain (seq INTEGER PRIMARY KEY "
                               "AUTOINCREMENT, prev_hash TEXT NOT NULL, "
                               "hash TEXT NOT NULL, event_type TEXT NOT NULL, payload_json TEXT "
                               "NOT NULL, signature TEXT, "
                               "signature_alg TEXT, created_at INTEGER NOT NULL)";

const QByteArray kKey(40, 'k');

// Sets AISTACK_AUDIT_KEY for one scope; CTest starts every test with it empty.
class AuditKey
{
public:
    explicit AuditKey(const QByteArray &key) { qputenv("AISTACK_AUDIT_KEY", key); }
    ~AuditKey() { qunsetenv("AISTACK_AUDIT_KEY"); }
    AuditKey(const AuditKey &) = delete;
    AuditKey &operator=(const AuditKey &) = delete;
};

} // namespace

// An audit chain that cannot be broken, forged or cut quietly (issue 15, item 3).
class TestAuditVerify : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noncharactersRoundTripThroughTheChain();
    void keysMixingPrivateUseAndEmojiKeepTheirValues();
    void reportsEveryBreakNotOnlyTheFirst();
    void detectsARemovedTail();
    void detectsAnEmptiedChain();
    void anUnsignedEntryAfterASignedOneIsABreak();
    void aStrippedSignatureIsABreak();
    void aForgedUnsignedEntryIsABreak();
    void anUnknownAlgorithmIsABreak();
    void unsignedEntriesBeforeTheFirstSignedOneAreSound();
    void aMissingKeyIsAWarning();
    void aShortKeyIsAWarning();
    void aKeyWithoutSignedEntriesIsAWarning();

private:
    void append(int count, const QString &type = QStringLiteral("test.event")) const;
    ChainVerification verify() const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_db;
};

void TestAuditVerify::init()
{
    qunsetenv("AISTACK_AUDIT_KEY");
    m_test = std::make_unique<TestDatabase>();
    m_test->execRaw(kAuditTable);
    m_db = m_test->open();
}

void TestAuditVerify::cleanup()
{
    m_db.reset();
    m_test.reset();
}

void TestAuditVerify::append(int count, const QString &type) const
{
    const AuditLog audit(*m_db);
    for (int i = 0; i < count; ++i)
        QVERIFY(audit.append(type, {{QStringLiteral("n"), i}}));
}

ChainVerification TestAuditVerify::verify() const
{
    auto result = AuditLog(*m_db).verify();
    if (!result)
        qWarning("verify failed: %s", qPrintable(result.error().message));
    return result ? *result : ChainVerification{};
}

void TestAuditVerify::noncharactersRoundTripThroughTheChain()
{
    // A workspace_admin could name a workspace with U+FFFE and blind every later verify: read
    // back through UTF-16, SQLite turned it into U+FFFD. A leading U+FFFE was even dropped.
    const QString hostile = QString(QChar(0xFFFE)) + QStringLiteral("name") + QChar(0xFFFF)
            + QChar(0xFDD0) + QChar(0xD800) + QStringLiteral("\U0010FFFF");
    const AuditLog audit(*m_db);
    QVERIFY(audit.append(QStringLiteral("workspace.renamed"), {{QStringLiteral("name"), hostile}}));
    QVERIFY(audit.append(QString(QChar(0xFFFE)) + QStringLiteral("x"),
                         {{QString(QChar(0xFFFF)), hostile}}));
    append(3);
    const ChainVerification result = verify();
    QVERIFY2(result.valid, qPrintable(result.reason));
    QCOMPARE(result.total, 5);
    // Stored as exactly the bytes that were hashed.
    auto entries = audit.list({}, 10);
    QVERIFY(entries);
    const AuditEntry first = entries->last();
    QCOMPARE(first.payloadJson.toUtf8(),
             canonicalJson(QJsonObject{{QStringLiteral("name"), hostile}}));
    QVERIFY(first.payloadJson.startsWith(QLatin1String("{\"name\":\"") + QChar(0xFFFE)));
}

void TestAuditVerify::keysMixingPrivateUseAndEmojiKeepTheirValues()
{
    // Qt 6.4 sorts a parsed object's keys one way and looks them up another: value(key)
    // missed these, and the chain recorded "😀":null.
    const QByteArray json = "{\"\\uf8ff\":1,\"\\ud83d\\ude00\\udbff\\udffd\\u4e00\":2,"
                            "\"\\ue000\\ue000\\uff21\":3,\"\\ud83d\\ude00\":4,\"z\":5}";
    const QJsonObject parsed = QJsonDocument::fromJson(json).object();
    const QByteArray canonical = canonicalJson(parsed);
    QVERIFY2(!canonical.contains("null"), canonical.constData());
    // Sorted by UTF-16 code units: "z" (7a) < U+D83D... < U+E000 < U+F8FF.
    QCOMPARE(canonical,
             QString::fromUtf8("{\"z\":5,\"\U0001F600\":4,\"\U0001F600\U0010FFFD\u4e00\":2,"
                               "\"\ue000\ue000\uff21\":3,\"\uf8ff\":1}")
                     .toUtf8());
    const AuditLog audit(*m_db);
    QVERIFY(audit.append(QStringLiteral("tenant.settings"), parsed));
    const ChainVerification result = verify();
    QVERIFY2(result.valid, qPrintable(result.reason));
}

void TestAuditVerify::reportsEveryBreakNotOnlyTheFirst()
{
    append(8);
    m_test->execRaw("UPDATE audit_log_chain SET payload_json = '{\"n\":99}' WHERE seq = 2; "
                    "UPDATE audit_log_chain SET prev_hash = hash WHERE seq = 5; "
                    "UPDATE audit_log_chain SET event_type = 'forged' WHERE seq = 7");
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.brokenAt, 2);
    QCOMPARE(result.checked, 1);
    QCOMPARE(result.total, 8);
    QCOMPARE(result.breaks.size(), 3);
    QCOMPARE(result.breaks.at(0).seq, 2);
    QCOMPARE(result.breaks.at(1).seq, 5);
    QCOMPARE(result.breaks.at(2).seq, 7);
    QVERIFY(result.breaks.at(0).reason.contains(QLatin1String("hash")));
    QVERIFY(result.breaks.at(1).reason.contains(QLatin1String("prev_hash")));
    QVERIFY(result.reason.contains(QLatin1String("2 more")));
}

void TestAuditVerify::detectsARemovedTail()
{
    append(6);
    m_test->execRaw("DELETE FROM audit_log_chain WHERE seq > 4");
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.checked, 4);
    QCOMPARE(result.brokenAt, 5);
    QCOMPARE(result.breaks.size(), 1);
    QVERIFY2(result.reason.contains(QLatin1String("removed from the end")),
             qPrintable(result.reason));
}

void TestAuditVerify::detectsAnEmptiedChain()
{
    append(3);
    m_test->execRaw("DELETE FROM audit_log_chain");
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.total, 0);
    QCOMPARE(result.brokenAt, 1);
    QVERIFY2(result.reason.contains(QLatin1String("emptied")), qPrintable(result.reason));

    // A chain that never had entries is simply empty.
    TestDatabase fresh;
    fresh.execRaw(kAuditTable);
    auto db = fresh.open();
    auto empty = AuditLog(*db).verify();
    QVERIFY(empty && empty->valid);
}

void TestAuditVerify::anUnsignedEntryAfterASignedOneIsABreak()
{
    {
        const AuditKey key(kKey);
        append(2);
    }
    append(1); // written without the key: unsigned
    const AuditKey key(kKey);
    append(1);
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.breaks.size(), 1);
    QCOMPARE(result.brokenAt, 3);
    QVERIFY2(result.reason.contains(QLatin1String("not signed")), qPrintable(result.reason));
}

void TestAuditVerify::aStrippedSignatureIsABreak()
{
    const AuditKey key(kKey);
    append(4);
    m_test->execRaw("UPDATE audit_log_chain SET signature = NULL, signature_alg = NULL WHERE seq "
                    "= 3; UPDATE audit_log_chain SET signature = NULL WHERE seq = 4");
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.breaks.size(), 2);
    QCOMPARE(result.breaks.at(0).seq, 3);
    QCOMPARE(result.breaks.at(1).seq, 4);
    QVERIFY(result.breaks.at(1).reason.contains(QLatin1String("signature is missing")));
}

void TestAuditVerify::aForgedUnsignedEntryIsABreak()
{
    // Someone without the key appends an entry that is sound in every other way.
    {
        const AuditKey key(kKey);
        append(2);
    }
    append(1);
    const AuditKey key(kKey);
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.brokenAt, 3);
    QCOMPARE(result.checked, 2);
}

void TestAuditVerify::anUnknownAlgorithmIsABreak()
{
    const AuditKey key(kKey);
    append(2);
    m_test->execRaw("UPDATE audit_log_chain SET signature_alg = 'none' WHERE seq = 2");
    const ChainVerification result = verify();
    QVERIFY(!result.valid);
    QCOMPARE(result.brokenAt, 2);
    QVERIFY(result.reason.contains(QLatin1String("algorithm")));
}

void TestAuditVerify::unsignedEntriesBeforeTheFirstSignedOneAreSound()
{
    append(3); // before the key was introduced
    const AuditKey key(kKey);
    append(3);
    const ChainVerification result = verify();
    QVERIFY2(result.valid, qPrintable(result.reason));
    QCOMPARE(result.signedEntries, 3);
    QVERIFY(result.warnings.isEmpty());
}

void TestAuditVerify::aMissingKeyIsAWarning()
{
    {
        const AuditKey key(kKey);
        append(2);
    }
    const ChainVerification result = verify();
    QVERIFY(result.valid);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(QLatin1String("not set")),
             qPrintable(result.warnings.first()));
}

void TestAuditVerify::aShortKeyIsAWarning()
{
    const AuditKey key("short");
    QVERIFY(!AuditLog::signingKeyProblem().isEmpty());
    append(1);
    QVERIFY(AuditLog(*m_db).list({}, 1)->first().signature.isEmpty());
    const ChainVerification result = verify();
    QVERIFY(result.valid);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QLatin1String("shorter than 32 bytes")));
}

void TestAuditVerify::aKeyWithoutSignedEntriesIsAWarning()
{
    append(2);
    const AuditKey key(kKey);
    const ChainVerification result = verify();
    QVERIFY(result.valid);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QLatin1String("no entry is signed")));
}

QTEST_GUILESS_MAIN(TestAuditVerify)
#include "tst_auditverify.moc"
