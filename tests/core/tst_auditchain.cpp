#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"

#include <QJsonArray>
#include <QTest>

using namespace tenantdesk;

namespace {

const QByteArray kAuditTable = "CREATE TABLE audit_log_chain (seq INTEGER PRIMARY KEY "
                               "AUTOINCREMENT, prev_hash TEXT NOT NULL, "
                               "hash TEXT NOT NULL, event_type TEXT NOT NULL, payload_json TEXT "
                               "NOT NULL, signature TEXT, "
                               "signature_alg TEXT, created_at INTEGER NOT NULL)";

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void reproducesAistackVectors_data();
    void reproducesAistackVectors();
    void writesNumbersAsJavaScriptDoes_data();
    void writesNumbersAsJavaScriptDoes();
    void escapesStringsAsJsonStringify();
    void appendedEntriesVerify();
    void verifyFindsTamperedPayload();
    void verifyFindsBrokenLink();
    void signsAndChecksSignaturesWithKey();
};

void TestAuditChain::reproducesAistackVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = loadTestData(QStringLiteral("audit_vectors.json"))
                                       .value(QStringLiteral("vectors"))
                                       .toArray();
    QVERIFY(!vectors.isEmpty());
    for (const QJsonValue &v : vectors)
        QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("event_type")).toString()))
                << v.toObject();
}

void TestAuditChain::reproducesAistackVectors()
{
    QFETCH(QJsonObject, vector);
    const QByteArray canonical = canonicalJson(vector.value(QStringLiteral("payload")));
    QCOMPARE(canonical, vector.value(QStringLiteral("canonical")).toString().toUtf8());
    const QString hash = AuditLog::computeHash(
            vector.value(QStringLiteral("prev_hash")).toString(),
            qint64(vector.value(QStringLiteral("created_at")).toDouble()),
            vector.value(QStringLiteral("event_type")).toString(), canonical);
    QCOMPARE(hash, vector.value(QStringLiteral("hash")).toString());
}

void TestAuditChain::writesNumbersAsJavaScriptDoes_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("integer") << 42.0 << QByteArray("42");
    QTest::newRow("negative") << -7.25 << QByteArray("-7.25");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
    QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
    QTest::newRow("below 1e21") << 123456789012345680000.0 << QByteArray("123456789012345680000");
    QTest::newRow("1e-6") << 0.000001 << QByteArray("0.000001");
    QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
    QTest::newRow("1.5e-7") << 1.5e-7 << QByteArray("1.5e-7");
    QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
    QTest::newRow("ms") << 1767322000123.0 << QByteArray("1767322000123");
    QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
}

void TestAuditChain::writesNumbersAsJavaScriptDoes()
{
    QFETCH(double, number);
    QFETCH(QByteArray, expected);
    QCOMPARE(javaScriptNumber(number), expected);
}

void TestAuditChain::escapesStringsAsJsonStringify()
{
    const QString text = QStringLiteral("a\"b\\c\x01\x1f/é😀") + QChar(0xD800);
    QCOMPARE(canonicalJson(text),
             QByteArray("\"a\\\"b\\\\c\\u0001\\u001f/\xc3\xa9\xf0\x9f\x98\x80\\ud800\""));
    const QJsonObject sorted{{QStringLiteral("b"), 1},
                             {QStringLiteral("B"), 2},
                             {QStringLiteral("a"), 3},
                             {QStringLiteral("\u00e9"), 4},
                             {QStringLiteral("aa"), QJsonArray{}}};
    QCOMPARE(canonicalJson(sorted),
             QByteArray("{\"B\":2,\"a\":3,\"aa\":[],\"b\":1,\"\xc3\xa9\":4}"));
}

void TestAuditChain::appendedEntriesVerify()
{
    TestDatabase t;
    t.execRaw(kAuditTable);
    auto db = t.open();
    const AuditLog audit(*db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(audit.append(QStringLiteral("tenant.created"), {{QStringLiteral("n"), i}}));
    auto result = audit.verify();
    QVERIFY(result);
    QVERIFY(result->valid);
    QCOMPARE(result->checked, 5);
    auto entries = audit.list({}, 2);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).seq, 5);
    QCOMPARE(audit.list({}, 10, 2)->size(), 1);
    QCOMPARE(entries->at(1).hash, audit.list({}, 10, 5)->at(0).hash);
}

void TestAuditChain::verifyFindsTamperedPayload()
{
    TestDatabase t;
    t.execRaw(kAuditTable);
    auto db = t.open();
    const AuditLog audit(*db);
    for (int i = 0; i < 4; ++i)
        QVERIFY(audit.append(QStringLiteral("membership.granted"),
                             {{QStringLiteral("role"), QStringLiteral("member")}}));
    t.execRaw("UPDATE audit_log_chain SET payload_json = '{\"role\":\"tenant_admin\"}' WHERE seq = "
              "3");
    auto result = audit.verify();
    QVERIFY(result);
    QVERIFY(!result->valid);
    QCOMPARE(result->checked, 2);
    QCOMPARE(result->brokenAt, 3);
    QVERIFY(result->reason.contains(QStringLiteral("hash")));
}

void TestAuditChain::verifyFindsBrokenLink()
{
    TestDatabase t;
    t.execRaw(kAuditTable);
    auto db = t.open();
    const AuditLog audit(*db);
    for (int i = 0; i < 3; ++i)
        QVERIFY(audit.append(QStringLiteral("x"), {{QStringLiteral("i"), i}}));
    t.execRaw("DELETE FROM audit_log_chain WHERE seq = 2");
    auto result = audit.verify();
    QVERIFY(!result->valid);
    QCOMPARE(result->brokenAt, 3);
    QVERIFY(result->reason.contains(QStringLiteral("prev_hash")));
}

void TestAuditChain::signsAndChecksSignaturesWithKey()
{
    TestDatabase t;
    t.execRaw(kAuditTable);
    auto db = t.open();
    const AuditLog audit(*db);
    qputenv("AISTACK_AUDIT_KEY", QByteArray(40, 'k'));
    QVERIFY(audit.append(QStringLiteral("signed"), {{QStringLiteral("a"), 1}}));
    auto entry = audit.list({}, 1)->first();
    QCOMPARE(entry.signatureAlg, QStringLiteral("HMAC-SHA256"));
    QCOMPARE(entry.signature, AuditLog::sign(entry.hash, QByteArray(40, 'k')));
    QVERIFY(audit.verify()->valid);
    qputenv("AISTACK_AUDIT_KEY", QByteArray(40, 'z'));
    auto wrongKey = audit.verify();
    qunsetenv("AISTACK_AUDIT_KEY");
    QVERIFY(!wrongKey->valid);
    QVERIFY(wrongKey->reason.contains(QStringLiteral("signature")));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
