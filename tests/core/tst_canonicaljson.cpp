#include "support/testdatabase.h"

#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"
#include "core/database/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace tenantdesk;

namespace {

// Property tests run this many random payloads; TENANTDESK_PROPERTY_CASES asks for more.
int caseCount(int byDefault)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("TENANTDESK_PROPERTY_CASES", &ok);
    return ok && asked > 0 ? asked : byDefault;
}

// Random JSON values whose strings use every kind of UTF-16 code unit JavaScript can hold:
// controls, quotes, private use, noncharacters, line separators, emoji and lone surrogates.
class PayloadGenerator
{
public:
    explicit PayloadGenerator(quint32 seed)
        : m_random(seed)
    { }

    QString text(int maxLength)
    {
        QString out;
        const int length = int(m_random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i) {
            switch (m_random.bounded(12)) {
            case 0:
                out += QChar(char16_t(m_random.bounded(0x20))); // controls
                break;
            case 1:
                out += QLatin1Char("\"\\/\x7f"[m_random.bounded(4)]);
                break;
            case 2:
                out += QChar(char16_t(0xE000 + m_random.bounded(0x1900))); // private use
                break;
            case 3: {
                static const char16_t special[]
                        = {0xFFFE, 0xFFFF, 0xFDD0, 0xFEFF, 0x2028, 0x2029, 0x202E, 0x200B};
                out += QChar(special[m_random.bounded(8)]);
                break;
            }
            case 4: { // a pair: emoji, supplementary planes, U+10FFFF
                const char32_t c = 0x10000 + m_random.bounded(0x100000);
                out += QString::fromUcs4(&c, 1);
                break;
            }
            case 5: // a lone surrogate
                out += QChar(char16_t(0xD800 + m_random.bounded(0x800)));
                break;
            case 6:
                out += QChar(char16_t(0x80 + m_random.bounded(0x780))); // Latin, Greek, ...
                break;
            case 7:
                out += QChar(char16_t(0x800 + m_random.bounded(0xD000))); // rest of the BMP
                break;
            default:
                out += QLatin1Char(char(0x20 + m_random.bounded(0x5f)));
                break;
            }
        }
        return out;
    }

    double number()
    {
        switch (m_random.bounded(6)) {
        case 0:
            return double(qint64(m_random.generate64() >> m_random.bounded(64)))
                    * (m_random.bounded(2) ? 1 : -1);
        case 1:
            return m_random.generateDouble() * std::pow(10.0, int(m_random.bounded(40)) - 20);
        case 2:
            return std::ldexp(m_random.generateDouble(), int(m_random.bounded(2000)) - 1000);
        case 3:
            return -0.0;
        case 4: {
            double value = 0;
            do {
                const quint64 bits = m_random.generate64();
                std::memcpy(&value, &bits, sizeof value);
            } while (!std::isfinite(value));
            return value;
        }
        default:
            return double(m_random.bounded(1000));
        }
    }

    QJsonValue value(int depth)
    {
        switch (m_random.bounded(depth > 0 ? 7 : 4)) {
        case 0:
            return text(12);
        case 1:
            return number();
        case 2:
            return m_random.bounded(3) == 0 ? QJsonValue() : QJsonValue(bool(m_random.bounded(2)));
        case 3:
            return text(3);
        case 4: {
            QJsonArray array;
            const int size = int(m_random.bounded(5));
            for (int i = 0; i < size; ++i)
                array.append(value(depth - 1));
            return array;
        }
        default:
            return object(depth - 1);
        }
    }

    QJsonObject object(int depth)
    {
        QJsonObject object;
        const int size = int(m_random.bounded(6));
        for (int i = 0; i < size; ++i)
            object.insert(text(4), value(depth));
        return object;
    }

private:
    QRandomGenerator m_random;
};

// JSON that carries every code unit in ASCII (\uXXXX), lone surrogates included, so that
// JSON.parse in another program reads back exactly the same strings; numbers with 17
// significant digits, which read back as exactly the same doubles.
void appendAscii(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    case QJsonValue::String: {
        out += '"';
        for (const QChar c : value.toString()) {
            const char16_t u = c.unicode();
            if (u >= 0x20 && u < 0x7f && u != '"' && u != '\\')
                out += char(u);
            else
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        }
        out += '"';
        return;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            appendAscii(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out += ',';
            first = false;
            appendAscii(out, it.key());
            out += ':';
            appendAscii(out, it.value());
        }
        out += '}';
        return;
    }
    }
}

QByteArray asciiJson(const QJsonValue &value)
{
    QByteArray out;
    appendAscii(out, value);
    return out;
}

// aistack's canonical form written out in JavaScript: keys sorted by Array.prototype.sort
// (UTF-16 code units), every string and number by JSON.stringify. One base64 line of UTF-8
// per input line.
const char kNodeScript[] = R"(
const fs = require('fs');
function canon(v) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  return '{' + Object.keys(v).sort().map(k => JSON.stringify(k) + ':' + canon(v[k])).join(',') + '}';
}
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.length > 0);
process.stdout.write(lines.map(l => Buffer.from(canon(JSON.parse(l)), 'utf8').toString('base64')).join('\n') + '\n');
)";

// Where two canonical texts part, for a failure message that shows it.
QString difference(const QByteArray &actual, const QByteArray &expected)
{
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 24);
    return QStringLiteral("they part at byte %1:\n  got      %2\n  expected %3")
            .arg(at)
            .arg(QString::fromLatin1(actual.mid(from, 64).toHex(' ')),
                 QString::fromLatin1(expected.mid(from, 64).toHex(' ')));
}

} // namespace

// Canonical JSON round-trips every string JavaScript can hold (issue 15, item 3): property
// tests over random payloads with fixed seeds, against Node's JSON.stringify where node is.
class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void parsingTheCanonicalFormGivesItBack();
    void readsJsonAsJsonParseDoes_data();
    void readsJsonAsJsonParseDoes();
    void matchesNodeJsonStringify();
    void randomPayloadsVerifyThroughTheDatabase();
};

void TestCanonicalJson::parsingTheCanonicalFormGivesItBack()
{
    // What verification does to every entry: read payload_json as JSON.parse would, write it
    // canonically, and compare. Any difference would be reported as tampering.
    PayloadGenerator generator(20240601);
    const int cases = caseCount(4000);
    for (int i = 0; i < cases; ++i) {
        const QJsonObject payload = generator.object(3);
        const QByteArray canonical = canonicalJson(payload);
        const std::optional<QByteArray> again = canonicalJsonOfText(canonical);
        QVERIFY2(again, qPrintable(QStringLiteral("case %1 does not read back").arg(i)));
        QVERIFY2(*again == canonical,
                 qPrintable(
                         QStringLiteral("case %1: %2").arg(i).arg(difference(*again, canonical))));
        // The same payload in another layout (keys unsorted, everything escaped) reads to the
        // same canonical text.
        const std::optional<QByteArray> fromAscii = canonicalJsonOfText(asciiJson(payload));
        QVERIFY2(fromAscii, qPrintable(QStringLiteral("case %1 (ASCII) does not read").arg(i)));
        QVERIFY2(*fromAscii == canonical,
                 qPrintable(QStringLiteral("case %1 (ASCII): %2")
                                    .arg(i)
                                    .arg(difference(*fromAscii, canonical))));
    }
}

void TestCanonicalJson::readsJsonAsJsonParseDoes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("canonical"); // empty: not JSON
    QTest::newRow("spaces and order") << QByteArray(" { \"b\" : 1 ,\n\"a\":[ true , null ] } ")
                                      << QByteArray("{\"a\":[true,null],\"b\":1}");
    QTest::newRow("last duplicate wins")
            << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << QByteArray("{\"a\":3,\"b\":2}");
    QTest::newRow("leading BOM in a key")
            << QByteArray("{\"\xef\xbb\xbfk\":1}") << QByteArray("{\"\xef\xbb\xbfk\":1}");
    QTest::newRow("escapes") << QByteArray("[\"\\u0041\\/\\ud800\\uFFFE\"]")
                             << QByteArray("[\"A/\\ud800\xef\xbf\xbe\"]");
    QTest::newRow("numbers") << QByteArray("[1E2,-0,0.50,1e-7,1e400,-1e400,1e-400]")
                             << QByteArray("[100,0,0.5,1e-7,null,null,0]");
    QTest::newRow("scalar") << QByteArray("\"x\"") << QByteArray("\"x\"");
    QTest::newRow("raw control character") << QByteArray("[\"a\tb\"]") << QByteArray();
    QTest::newRow("leading zero") << QByteArray("[01]") << QByteArray();
    QTest::newRow("trailing comma") << QByteArray("[1,]") << QByteArray();
    QTest::newRow("bad escape") << QByteArray("[\"\\x41\"]") << QByteArray();
    QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]") << QByteArray();
    QTest::newRow("trailing text") << QByteArray("{} x") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']') << QByteArray();
}

void TestCanonicalJson::readsJsonAsJsonParseDoes()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, canonical);
    const std::optional<QByteArray> read = canonicalJsonOfText(text);
    if (canonical.isEmpty()) {
        QVERIFY2(!read, read ? read->constData() : "");
        return;
    }
    QVERIFY(read);
    QCOMPARE(*read, canonical);
}

void TestCanonicalJson::matchesNodeJsonStringify()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed: the comparison with JavaScript's JSON.stringify is skipped.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PayloadGenerator generator(7);
    const int cases = caseCount(3000);
    QList<QByteArray> expected;
    QList<QByteArray> read;
    QByteArray input;
    for (int i = 0; i < cases; ++i) {
        const QJsonObject payload = generator.object(3);
        const QByteArray ascii = asciiJson(payload);
        input += ascii + '\n';
        expected.append(canonicalJson(payload));
        read.append(canonicalJsonOfText(ascii).value_or(QByteArray("(not read)")));
    }
    QFile inputFile(dir.filePath(QStringLiteral("payloads.jsonl")));
    QVERIFY(inputFile.open(QIODevice::WriteOnly));
    inputFile.write(input);
    inputFile.close();
    QFile scriptFile(dir.filePath(QStringLiteral("canon.js")));
    QVERIFY(scriptFile.open(QIODevice::WriteOnly));
    scriptFile.write(kNodeScript);
    scriptFile.close();

    QProcess process;
    process.start(node, {scriptFile.fileName(), inputFile.fileName()});
    QVERIFY2(process.waitForFinished(120000), "node did not finish");
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), cases);
    for (int i = 0; i < cases; ++i) {
        const QByteArray fromNode = QByteArray::fromBase64(lines.at(i));
        // Both ways: written from the payload, and read from the text as JSON.parse reads it.
        for (const QByteArray &ours : {expected.at(i), read.at(i)}) {
            if (fromNode != ours)
                QFAIL(qPrintable(QStringLiteral("case %1 differs from node: %2")
                                         .arg(i)
                                         .arg(difference(ours, fromNode))));
        }
    }
}

void TestCanonicalJson::randomPayloadsVerifyThroughTheDatabase()
{
    // Written to a real chain and read back, every payload still matches its hash.
    TestDatabase test;
    test.execRaw("CREATE TABLE audit_log_chain (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                 "prev_hash TEXT NOT NULL, hash TEXT NOT NULL, event_type TEXT NOT NULL, "
                 "payload_json TEXT NOT NULL, signature TEXT, signature_alg TEXT, created_at "
                 "INTEGER NOT NULL)");
    auto db = test.open();
    PayloadGenerator generator(99);
    const AuditLog audit(*db);
    const int cases = caseCount(500);
    {
        WriteTransaction transaction(*db);
        QVERIFY(transaction.begin());
        for (int i = 0; i < cases; ++i) {
            auto appended = audit.append(generator.text(3), generator.object(2));
            QVERIFY2(appended,
                     qPrintable(QStringLiteral("case %1: %2")
                                        .arg(i)
                                        .arg(appended ? QString() : appended.error().message)));
        }
        QVERIFY(transaction.commit());
    }
    auto result = audit.verify();
    QVERIFY(result);
    QVERIFY2(result->valid, qPrintable(result->reason));
    QCOMPARE(result->total, cases);
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
