#include "support/migrationsupport.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "core/migration/migrationrunner.h"
#include "core/migration/migrationscript.h"
#include "core/migration/scriptvalidator.h"
#include "core/migration/statementsplitter.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace tenantdesk;

namespace {

int caseCount(int byDefault)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("TENANTDESK_PROPERTY_CASES", &ok);
    return ok && asked > 0 ? asked : byDefault;
}

// The splitter as it was before it became linear: sqlite3_complete() asked about each
// growing piece at every ';'. It is SQLite's own answer, and the property tests hold the
// linear splitter to it.
QList<QByteArray> referenceSplit(const QByteArray &sql)
{
    QList<QByteArray> statements;
    qsizetype start = 0;
    const auto emitPiece = [&](qsizetype end) {
        const qsizetype first = StatementSplitter::skipSpaceAndComments(sql, start);
        if (first < end && !(first == end - 1 && sql.at(first) == ';')) {
            qsizetype last = end;
            while (last > first && QByteArrayView(" \t\n\r\f\v").contains(sql.at(last - 1)))
                --last;
            statements.append(sql.mid(first, last - first));
        }
        start = end;
    };
    for (qsizetype i = sql.indexOf(';'); i >= 0; i = sql.indexOf(';', i + 1)) {
        const QByteArray piece = sql.mid(start, i + 1 - start);
        if (sqlite3_complete(piece.constData()))
            emitPiece(i + 1);
    }
    if (start < sql.size())
        emitPiece(sql.size());
    return statements;
}

QList<QByteArray> texts(const QList<SqlStatement> &statements)
{
    QList<QByteArray> out;
    for (const SqlStatement &statement : statements)
        out.append(statement.text);
    return out;
}

// Random scripts made of the pieces that decide where SQLite ends a statement: triggers with
// BEGIN ... END, CASE ... END, EXPLAIN, TEMP, strings, quoted names and comments holding ';',
// and now and then one left open at the end.
class ScriptGenerator
{
public:
    explicit ScriptGenerator(quint32 seed)
        : m_random(seed)
    { }

    QByteArray script()
    {
        QByteArray out;
        const int pieces = int(m_random.bounded(1, 30));
        for (int i = 0; i < pieces; ++i)
            out += piece();
        if (m_random.bounded(10) == 0) // something left open
            out += QList<QByteArray>{"'open; string", "/* open; comment", "[open;",
                                     "\"open;",       "`open;",           "-- last; comment"}
                           .at(m_random.bounded(6));
        return out;
    }

private:
    QByteArray pick(const QList<QByteArray> &choices)
    {
        return choices.at(m_random.bounded(int(choices.size())));
    }

    QByteArray keyword(const QByteArray &word)
    {
        QByteArray out = word;
        for (char &c : out) {
            if (m_random.bounded(2))
                c = char(QChar::toUpper(uchar(c)));
        }
        return out;
    }

    QByteArray space()
    {
        return pick({" ", "  ", "\n", "\r\n", "\t", " -- c; x\n", " /* c; */ ", "\f", ""});
    }

    QByteArray token()
    {
        switch (m_random.bounded(14)) {
        case 0:
            return "'a;b''c'";
        case 1:
            return "\"q;n\"";
        case 2:
            return "[b;r]";
        case 3:
            return "`g;v`";
        case 4:
            return keyword("end");
        case 5:
            return keyword("case") + " x " + keyword("when") + " 1 " + keyword("then") + " 2 "
                    + keyword("end");
        case 6:
            return keyword("create");
        case 7:
            return keyword(pick({"temp", "temporary"}));
        case 8:
            return keyword("trigger");
        case 9:
            return keyword("explain");
        case 10:
            return pick({"x", "t_1", "$v", "n2", "\xc3\xa9t\xc3\xa9", "ended", "triggers"});
        case 11:
            return pick({"(", ")", ",", "=", "-", "/", "*", "-1", "/2"});
        default:
            return keyword(pick({"select", "insert", "into", "values", "update", "set", "begin",
                                 "from", "where", "on", "after", "table"}));
        }
    }

    QByteArray statementBody()
    {
        QByteArray out;
        const int tokens = int(m_random.bounded(0, 8));
        for (int i = 0; i < tokens; ++i)
            out += token() + space();
        return out;
    }

    QByteArray piece()
    {
        switch (m_random.bounded(5)) {
        case 0: { // a trigger: ';' inside its body do not end it
            QByteArray out = keyword("create") + space() + " "
                    + (m_random.bounded(2) ? keyword("temp") + " " : QByteArray())
                    + keyword("trigger") + " t " + keyword("after") + " " + keyword("insert") + " "
                    + keyword("on") + " x " + keyword("begin") + space();
            const int inner = int(m_random.bounded(0, 4));
            for (int i = 0; i < inner; ++i)
                out += statementBody() + ";" + space();
            if (m_random.bounded(4))
                out += keyword("end");
            return out + space() + ";" + space();
        }
        case 1:
            return keyword("explain") + " " + statementBody() + ";" + space();
        case 2:
            return ";" + space();
        default:
            return statementBody() + ";" + space();
        }
    }

    QRandomGenerator m_random;
};

} // namespace

// Migration scripts cannot hang or escape (issue 15, item 4): splitting and running are
// linear, a NUL byte or invalid UTF-8 is a clear error, and ATTACH is refused before anything
// runs.
class TestScriptSafety : public QObject
{
    Q_OBJECT

private slots:
    void splitsAsSqliteCompleteDoes();
    void countMatchesSplit();
    void refusesANulByteWithItsLine();
    void refusesInvalidUtf8WithItsLine_data();
    void refusesInvalidUtf8WithItsLine();
    void refusesAttachAndDetach_data();
    void refusesAttachAndDetach();
    void attachIsRefusedBeforeAnythingRuns();
    void runningDoesNotCopyTheRestOfTheScriptPerStatement();
};

void TestScriptSafety::splitsAsSqliteCompleteDoes()
{
    ScriptGenerator generator(4242);
    const int cases = caseCount(5000);
    for (int i = 0; i < cases; ++i) {
        const QByteArray sql = generator.script();
        const QList<QByteArray> expected = referenceSplit(sql);
        const QList<QByteArray> actual = texts(StatementSplitter::split(sql));
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("case %1 splits differently:\n%2\nexpected %3 "
                                            "statements, got %4")
                                     .arg(i)
                                     .arg(QString::fromUtf8(sql))
                                     .arg(expected.size())
                                     .arg(actual.size())));
    }
}

void TestScriptSafety::countMatchesSplit()
{
    ScriptGenerator generator(17);
    for (int i = 0; i < 500; ++i) {
        const QByteArray sql = generator.script();
        QCOMPARE(StatementSplitter::count(sql), int(StatementSplitter::split(sql).size()));
    }
}

void TestScriptSafety::refusesANulByteWithItsLine()
{
    // tenantctl spun forever at a NUL byte, holding the write lock.
    QByteArray content = "CREATE TABLE a (x);\nINSERT INTO a VALUES (1);";
    content += '\0';
    content += "\nINSERT INTO a VALUES (2);\n";
    auto parsed = MigrationScript::parse(QStringLiteral("001_nul.sql"), content);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(QLatin1String("line 2")),
             qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QLatin1String("NUL")));
}

void TestScriptSafety::refusesInvalidUtf8WithItsLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("latin-1") << QByteArray("caf\xe9");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("cut short") << QByteArray("\xe2\x82");
    QTest::newRow("stray continuation") << QByteArray("\x80");
}

void TestScriptSafety::refusesInvalidUtf8WithItsLine()
{
    QFETCH(QByteArray, bytes);
    const QByteArray content = "SELECT 1;\n\nSELECT '" + bytes + "';\n";
    auto parsed = MigrationScript::parse(QStringLiteral("001_bytes.sql"), content);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(QLatin1String("line 3")),
             qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QLatin1String("UTF-8")));
    // Valid UTF-8 of every length passes.
    QVERIFY(MigrationScript::parse(QStringLiteral("001_ok.sql"),
                                   "SELECT 'a \xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80';"));
}

void TestScriptSafety::refusesAttachAndDetach_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("attach") << QByteArray("ATTACH DATABASE 'elsewhere.db' AS other");
    QTest::newRow("attach lower") << QByteArray("attach 'x.db' as x");
    QTest::newRow("after a comment") << QByteArray("/* quiet */ Attach 'x.db' AS x");
    QTest::newRow("detach") << QByteArray("DETACH other");
}

void TestScriptSafety::refusesAttachAndDetach()
{
    QFETCH(QByteArray, statement);
    QCOMPARE(ScriptValidator::problemOf(statement), ScriptValidator::Problem::AttachDatabase);
}

void TestScriptSafety::attachIsRefusedBeforeAnythingRuns()
{
    // A dry run works on a copy; a script that attaches another file would write next to it.
    TestDatabase test;
    addAdmin(test.path());
    auto db = test.open();
    const QString outside = QDir(test.dir()).filePath(QStringLiteral("outside.db"));
    MigrationPlan plan;
    plan.steps.append({script(QStringLiteral("001_first.sql"), "CREATE TABLE first (x);"),
                       MigrationDirection::Up});
    plan.steps.append({script(QStringLiteral("002_attach.sql"),
                              "ATTACH DATABASE '" + outside.toUtf8()
                                      + "' AS other;\nCREATE TABLE other.t (x);"),
                       MigrationDirection::Up});
    auto ran = MigrationRunner(*db).run(plan, admin());
    QVERIFY(!ran);
    QCOMPARE(ran.error().code, ErrorCode::InvalidInput);
    QVERIFY2(ran.error().message.contains(QLatin1String("ATTACH")), why(ran));
    QVERIFY(!db->hasTable(QStringLiteral("first")));
    QVERIFY(!QFile::exists(outside));
}

void TestScriptSafety::runningDoesNotCopyTheRestOfTheScriptPerStatement()
{
    // Given a length without the terminating NUL, sqlite3_prepare_v2 copies all of the rest
    // of the script for each statement: run time grew with the square of the script's size,
    // and SQLite's memory peaked at the script's size. Without the copy it stays far below.
    TestDatabase test;
    addAdmin(test.path());
    auto db = test.open();
    if (sqlite3_memory_used() <= 0)
        QSKIP("This SQLite keeps no memory statistics (SQLITE_DEFAULT_MEMSTATUS=0).");
    QByteArray sql = "CREATE TABLE counter (n INTEGER);\nINSERT INTO counter VALUES (0);\n";
    const int statements = 200000;
    sql.reserve(sql.size() + statements * 40);
    for (int i = 0; i < statements; ++i)
        sql += "UPDATE counter SET n = n + 1; -- step\n";
    MigrationPlan plan;
    plan.steps.append({script(QStringLiteral("001_long.sql"), sql), MigrationDirection::Up});
    sqlite3_memory_highwater(1);
    auto ran = MigrationRunner(*db).run(plan, admin());
    QVERIFY2(ran, why(ran));
    const sqlite3_int64 peak = sqlite3_memory_highwater(0);
    QCOMPARE(ran->first().statementCount, statements + 2);
    QVERIFY2(peak < sql.size() / 2,
             qPrintable(QStringLiteral("SQLite's memory peaked at %1 bytes for a script of %2")
                                .arg(peak)
                                .arg(sql.size())));
}

QTEST_GUILESS_MAIN(TestScriptSafety)
#include "tst_scriptsafety.moc"
