#include "core/migration/migrationscript.h"
#include "core/migration/scriptvalidator.h"
#include "core/migration/statementsplitter.h"

#include <QTest>

using namespace tenantdesk;

namespace {

QList<QByteArray> statementTexts(const QByteArray &sql)
{
    QList<QByteArray> texts;
    for (const SqlStatement &statement : StatementSplitter::split(sql))
        texts.append(statement.text);
    return texts;
}

MigrationScript parsed(const QByteArray &content,
                       const QString &fileName = QStringLiteral("001_x.sql"))
{
    auto script = MigrationScript::parse(fileName, content);
    if (!script)
        qFatal("parse failed: %s", qPrintable(script.error().message));
    return *script;
}

const QByteArray kTrigger = "CREATE TRIGGER t_audit AFTER INSERT ON t\n"
                            "BEGIN\n"
                            "  INSERT INTO log VALUES ('inserted; really');\n"
                            "  UPDATE t SET n = CASE WHEN n > 0 THEN n ELSE 0 END;\n"
                            "END;";

} // namespace

class TestMigrationScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsTriggerBodyAsOneStatement();
    void keepsSemicolonsInStringsQuotedNamesAndComments();
    void skipsEmptyAndCommentOnlyPieces();
    void keepsFinalStatementWithoutSemicolon();
    void reportsLineOfEachStatement();
    void takesVersionAndNameFromFileName();
    void refusesFileNameWithoutNumber();
    void recognisesMarkerVariants_data();
    void recognisesMarkerVariants();
    void textBeforeUpBelongsToUp();
    void stripsByteOrderMarkBeforeChecksum();
    void normalisesLineEndsBeforeChecksum();
    void checksumIsSha256OfSection();
    void commentOnlyDownIsIrreversible();
    void emptyDownIsIrreversible();
    void fileWithoutMarkersIsAllUpAndIrreversible();
    void downLineNumbersAreFileLineNumbers();
    void refusesSecondUpMarker();
    void refusesUpAfterDown();
    void refusesInvalidUtf8();
    void refusesTransactionControl_data();
    void refusesTransactionControl();
    void refusesConnectionPragmas_data();
    void refusesConnectionPragmas();
    void allowsOrdinaryStatements_data();
    void allowsOrdinaryStatements();
    void refusalNamesFileStatementAndReason();
};

void TestMigrationScript::splitsTriggerBodyAsOneStatement()
{
    const QByteArray sql = "CREATE TABLE t(n);\n" + kTrigger + "\nINSERT INTO t VALUES (1);\n";
    const QList<QByteArray> texts = statementTexts(sql);
    QCOMPARE(texts.size(), 3);
    QCOMPARE(texts.at(1), kTrigger);
    QCOMPARE(texts.at(2), QByteArray("INSERT INTO t VALUES (1);"));
}

void TestMigrationScript::keepsSemicolonsInStringsQuotedNamesAndComments()
{
    const QByteArray sql
            = "INSERT INTO t VALUES ('a;b', 'it''s; -- not a comment');\n"
              "/* block; comment\n with ; inside */ INSERT INTO \"odd;name\" VALUES (1);\n"
              "-- line comment; with a semicolon\n"
              "INSERT INTO [x;y] VALUES ('/* not a comment */');";
    const QList<QByteArray> texts = statementTexts(sql);
    QCOMPARE(texts.size(), 3);
    QCOMPARE(texts.at(0), QByteArray("INSERT INTO t VALUES ('a;b', 'it''s; -- not a comment');"));
    QCOMPARE(texts.at(1), QByteArray("INSERT INTO \"odd;name\" VALUES (1);"));
    QCOMPARE(texts.at(2), QByteArray("INSERT INTO [x;y] VALUES ('/* not a comment */');"));
}

void TestMigrationScript::skipsEmptyAndCommentOnlyPieces()
{
    const QByteArray sql
            = ";\n  ;\n-- only a comment\n/* and ; another */ ;\nSELECT 1;\n-- trailing; comment\n";
    QCOMPARE(statementTexts(sql), QList<QByteArray>{"SELECT 1;"});
    QVERIFY(StatementSplitter::isBlank("-- x;\n/* y; */\n  \n"));
    QVERIFY(!StatementSplitter::isBlank("-- x\nSELECT 1"));
}

void TestMigrationScript::keepsFinalStatementWithoutSemicolon()
{
    QCOMPARE(statementTexts("SELECT 1; SELECT 2\n"), (QList<QByteArray>{"SELECT 1;", "SELECT 2"}));
}

void TestMigrationScript::reportsLineOfEachStatement()
{
    const QList<SqlStatement> statements = StatementSplitter::split(
            "-- header\n\nCREATE TABLE a(x);\n" + kTrigger + "\n\n  SELECT 1;");
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(0).line, 3);
    QCOMPARE(statements.at(1).line, 4);
    QCOMPARE(statements.at(2).line, 10);
}

void TestMigrationScript::takesVersionAndNameFromFileName()
{
    const MigrationScript script = parsed("SELECT 1;", QStringLiteral("0010_add_things.sql"));
    QCOMPARE(script.version(), qint64(10));
    QCOMPARE(script.name(), QStringLiteral("0010_add_things"));
    QCOMPARE(script.fileName(), QStringLiteral("0010_add_things.sql"));
}

void TestMigrationScript::refusesFileNameWithoutNumber()
{
    auto script = MigrationScript::parse(QStringLiteral("add_things.sql"), "SELECT 1;");
    QVERIFY(!script);
    QCOMPARE(script.error().code, ErrorCode::InvalidInput);
    QVERIFY(!MigrationScript::isMigrationFileName(QStringLiteral("README.sql")));
    QVERIFY(MigrationScript::isMigrationFileName(QStringLiteral("008_multitenant.sql")));
}

void TestMigrationScript::recognisesMarkerVariants_data()
{
    QTest::addColumn<QByteArray>("up");
    QTest::addColumn<QByteArray>("down");
    QTest::newRow("bundled") << QByteArray("-- ==================== UP ====================")
                             << QByteArray("-- ==================== DOWN ====================");
    QTest::newRow("short") << QByteArray("--=UP=") << QByteArray("--=DOWN=");
    QTest::newRow("lower case") << QByteArray("-- === up ===") << QByteArray("-- === down ===");
    QTest::newRow("mixed case, spaces")
            << QByteArray("  --   ===== Up =====   ") << QByteArray("\t-- ==  DoWn  ==\t");
    QTest::newRow("uneven") << QByteArray("-- = UP ==========")
                            << QByteArray("-- ========= DOWN =");
}

void TestMigrationScript::recognisesMarkerVariants()
{
    QFETCH(QByteArray, up);
    QFETCH(QByteArray, down);
    const MigrationScript script
            = parsed(up + "\nCREATE TABLE a(x);\n" + down + "\nDROP TABLE a;\n");
    QVERIFY(script.hasMarkers());
    QVERIFY(script.isReversible());
    QCOMPARE(statementTexts(script.sql(MigrationDirection::Up)),
             QList<QByteArray>{"CREATE TABLE a(x);"});
    QCOMPARE(statementTexts(script.sql(MigrationDirection::Down)),
             QList<QByteArray>{"DROP TABLE a;"});
}

void TestMigrationScript::textBeforeUpBelongsToUp()
{
    const MigrationScript script
            = parsed("CREATE TABLE early(x);\n-- == UP ==\nCREATE TABLE late(x);\n"
                     "-- == DOWN ==\nDROP TABLE late;\nDROP TABLE early;\n");
    QCOMPARE(statementTexts(script.sql(MigrationDirection::Up)),
             (QList<QByteArray>{"CREATE TABLE early(x);", "CREATE TABLE late(x);"}));
    QCOMPARE(statementTexts(script.sql(MigrationDirection::Down)).size(), 2);
}

void TestMigrationScript::stripsByteOrderMarkBeforeChecksum()
{
    const QByteArray text = "-- == UP ==\nCREATE TABLE a(x);\n-- == DOWN ==\nDROP TABLE a;\n";
    const MigrationScript plain = parsed(text);
    const MigrationScript withBom = parsed("\xEF\xBB\xBF" + text);
    QCOMPARE(withBom.checksum(MigrationDirection::Up), plain.checksum(MigrationDirection::Up));
    QVERIFY(!withBom.sql(MigrationDirection::Up).startsWith("\xEF"));
    QCOMPARE(statementTexts(withBom.sql(MigrationDirection::Up)),
             QList<QByteArray>{"CREATE TABLE a(x);"});
}

void TestMigrationScript::normalisesLineEndsBeforeChecksum()
{
    QByteArray text = "-- == UP ==\nCREATE TABLE a(x);\n-- == DOWN ==\nDROP TABLE a;\n";
    const MigrationScript lf = parsed(text);
    const MigrationScript crlf = parsed(QByteArray(text).replace("\n", "\r\n"));
    const MigrationScript cr = parsed(QByteArray(text).replace('\n', '\r'));
    QCOMPARE(crlf.checksum(MigrationDirection::Up), lf.checksum(MigrationDirection::Up));
    QCOMPARE(cr.checksum(MigrationDirection::Up), lf.checksum(MigrationDirection::Up));
    QCOMPARE(crlf.checksum(MigrationDirection::Down), lf.checksum(MigrationDirection::Down));
    QVERIFY(!crlf.sql(MigrationDirection::Up).contains('\r'));
    QVERIFY(crlf.isReversible());
    QCOMPARE(statementTexts(cr.sql(MigrationDirection::Down)), QList<QByteArray>{"DROP TABLE a;"});
}

void TestMigrationScript::checksumIsSha256OfSection()
{
    const MigrationScript script = parsed("-- == UP ==\nSELECT 1;\n-- == DOWN ==\nSELECT 2;\n");
    QCOMPARE(MigrationScript::checksumAlgorithm(), QStringLiteral("sha256"));
    // printf -- '-- == UP ==\nSELECT 1;\n' | sha256sum
    QCOMPARE(script.checksum(MigrationDirection::Up),
             QStringLiteral("c297ff32ecf6b6641bc794ef3da588506df18c1107859b2fb0e77e44e5843cf1"));
    QCOMPARE(script.sql(MigrationDirection::Down), QByteArray("SELECT 2;\n"));
    QVERIFY(script.checksum(MigrationDirection::Up) != script.checksum(MigrationDirection::Down));
}

void TestMigrationScript::commentOnlyDownIsIrreversible()
{
    const MigrationScript script
            = parsed("-- == UP ==\nCREATE TABLE a(x);\n-- == DOWN ==\n"
                     "-- cannot be undone; data would be lost\n/* DROP TABLE a; */\n");
    QVERIFY(script.hasMarkers());
    QVERIFY(!script.isReversible());
}

void TestMigrationScript::emptyDownIsIrreversible()
{
    QVERIFY(!parsed("-- == UP ==\nCREATE TABLE a(x);\n-- == DOWN ==\n\n   \n").isReversible());
    QVERIFY(!parsed("-- == UP ==\nCREATE TABLE a(x);\n-- == DOWN ==").isReversible());
}

void TestMigrationScript::fileWithoutMarkersIsAllUpAndIrreversible()
{
    const MigrationScript script = parsed("CREATE TABLE a(x);\nCREATE TABLE b(y);\n");
    QVERIFY(!script.hasMarkers());
    QVERIFY(!script.isReversible());
    QCOMPARE(statementTexts(script.sql(MigrationDirection::Up)).size(), 2);
    QVERIFY(script.sql(MigrationDirection::Down).isEmpty());
}

void TestMigrationScript::downLineNumbersAreFileLineNumbers()
{
    const MigrationScript script = parsed("-- == UP ==\nCREATE TABLE a(x);\n-- == DOWN ==\n"
                                          "DROP TABLE a;\nBEGIN;\n");
    QCOMPARE(script.firstLine(MigrationDirection::Down), 4);
    auto checked = ScriptValidator::check(script, MigrationDirection::Down);
    QVERIFY(!checked);
    QVERIFY2(checked.error().message.contains(QStringLiteral("statement 2 (line 5)")),
             qPrintable(checked.error().message));
}

void TestMigrationScript::refusesSecondUpMarker()
{
    auto script = MigrationScript::parse(QStringLiteral("001_x.sql"),
                                         "-- == UP ==\nSELECT 1;\n-- == UP ==\nSELECT 2;\n");
    QVERIFY(!script);
    QCOMPARE(script.error().code, ErrorCode::InvalidInput);
    QVERIFY(script.error().message.contains(QStringLiteral("line 3")));
}

void TestMigrationScript::refusesUpAfterDown()
{
    auto script = MigrationScript::parse(QStringLiteral("001_x.sql"),
                                         "-- == DOWN ==\nSELECT 1;\n-- == UP ==\nSELECT 2;\n");
    QVERIFY(!script);
    QCOMPARE(script.error().code, ErrorCode::InvalidInput);
}

void TestMigrationScript::refusesInvalidUtf8()
{
    auto script = MigrationScript::parse(QStringLiteral("001_x.sql"), "SELECT '\xC3\x28';");
    QVERIFY(!script);
    QVERIFY(script.error().message.contains(QStringLiteral("UTF-8")));
}

void TestMigrationScript::refusesTransactionControl_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("BEGIN") << QByteArray("BEGIN;");
    QTest::newRow("begin immediate") << QByteArray("begin immediate transaction;");
    QTest::newRow("COMMIT") << QByteArray("COMMIT;");
    QTest::newRow("END") << QByteArray("END TRANSACTION;");
    QTest::newRow("ROLLBACK") << QByteArray("ROLLBACK;");
    QTest::newRow("SAVEPOINT") << QByteArray("SAVEPOINT before_change;");
    QTest::newRow("RELEASE") << QByteArray("RELEASE before_change;");
    QTest::newRow("after comment") << QByteArray("/* done */ -- now\n Commit;");
}

void TestMigrationScript::refusesTransactionControl()
{
    QFETCH(QByteArray, statement);
    const QByteArray text = StatementSplitter::split(statement).value(0).text;
    QCOMPARE(ScriptValidator::problemOf(text), ScriptValidator::Problem::TransactionControl);
}

void TestMigrationScript::refusesConnectionPragmas_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<int>("problem");
    const int fk = int(ScriptValidator::Problem::ForeignKeysPragma);
    const int connection = int(ScriptValidator::Problem::ConnectionPragma);
    QTest::newRow("foreign_keys off") << QByteArray("PRAGMA foreign_keys = OFF;") << fk;
    QTest::newRow("schema prefix") << QByteArray("pragma main.foreign_keys=0;") << fk;
    QTest::newRow("quoted") << QByteArray("PRAGMA \"Foreign_Keys\" = ON;") << fk;
    QTest::newRow("journal_mode") << QByteArray("PRAGMA journal_mode = DELETE;") << connection;
    QTest::newRow("synchronous call") << QByteArray("PRAGMA synchronous(0);") << connection;
}

void TestMigrationScript::refusesConnectionPragmas()
{
    QFETCH(QByteArray, statement);
    QFETCH(int, problem);
    QCOMPARE(int(ScriptValidator::problemOf(statement)), problem);
}

void TestMigrationScript::allowsOrdinaryStatements_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::newRow("trigger") << kTrigger;
    QTest::newRow("foreign_key_check") << QByteArray("PRAGMA foreign_key_check;");
    QTest::newRow("user_version") << QByteArray("PRAGMA user_version = 3;");
    QTest::newRow("column named begin") << QByteArray("UPDATE t SET \"begin\" = 1;");
    QTest::newRow("endpoint table") << QByteArray("INSERT INTO endpoints VALUES (1);");
}

void TestMigrationScript::allowsOrdinaryStatements()
{
    QFETCH(QByteArray, statement);
    QCOMPARE(ScriptValidator::problemOf(statement), ScriptValidator::Problem::None);
}

void TestMigrationScript::refusalNamesFileStatementAndReason()
{
    const MigrationScript script
            = parsed("-- == UP ==\nCREATE TABLE a(x);\nCOMMIT;\n-- == DOWN ==\nDROP TABLE a;\n",
                     QStringLiteral("007_sneaky.sql"));
    auto checked = ScriptValidator::check(script, MigrationDirection::Up);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
    const QString message = checked.error().message;
    QVERIFY2(message.contains(QStringLiteral("007_sneaky.sql")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("statement 2 (line 3)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("must not manage transactions")), qPrintable(message));
    QVERIFY(ScriptValidator::check(script, MigrationDirection::Down));
}

QTEST_GUILESS_MAIN(TestMigrationScript)
#include "tst_migrationscript.moc"
