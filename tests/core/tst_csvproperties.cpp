#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "core/csv/csv.h"
#include "core/csv/membershipcsv.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace tenantdesk;

namespace {

int caseCount(int byDefault)
{
    bool ok = false;
    const int asked = qEnvironmentVariableIntValue("TENANTDESK_PROPERTY_CASES", &ok);
    return ok && asked > 0 ? asked : byDefault;
}

// Cells made of what CSV and spreadsheets treat specially: separators, quotes, line breaks,
// formula starters, apostrophes, spaces, non-ASCII text.
QString randomCell(QRandomGenerator &random)
{
    static const QStringList parts{
            QStringLiteral(","),     QStringLiteral("\""),  QStringLiteral("\n"),
            QStringLiteral("\r\n"),  QStringLiteral("\r"),  QStringLiteral("="),
            QStringLiteral("+"),     QStringLiteral("-"),   QStringLiteral("@"),
            QStringLiteral("\t"),    QStringLiteral("'"),   QStringLiteral(" "),
            QStringLiteral("a"),     QStringLiteral("bob"), QStringLiteral("\u00e9\u4e00"),
            QStringLiteral("😀"),     QStringLiteral("1+1"), QStringLiteral("=HYPERLINK(\"x\")"),
            QStringLiteral("\uFEFF")};
    QString cell;
    const int length = int(random.bounded(6));
    for (int i = 0; i < length; ++i)
        cell += parts.at(random.bounded(int(parts.size())));
    return cell;
}

} // namespace

// CSV: whatever a cell holds, format and parse give it back; export neutralises formulas and
// import restores them (issue 15, items 6 and 8). Fixed seeds.
class TestCsvProperties : public QObject
{
    Q_OBJECT

private slots:
    void formatThenParseGivesTheFieldsBack();
    void restoredUndoesNeutralised();
    void neutralisedCellsNeverStartAFormula();
    void neutralisesAsOwaspAsks_data();
    void neutralisesAsOwaspAsks();
    void exportNeutralisesAndImportRestoresNames();
};

void TestCsvProperties::formatThenParseGivesTheFieldsBack()
{
    QRandomGenerator random(314159);
    const int cases = caseCount(4000);
    for (int i = 0; i < cases; ++i) {
        QList<QStringList> records;
        QByteArray file;
        const int count = int(random.bounded(1, 5));
        for (int r = 0; r < count; ++r) {
            QStringList fields;
            const int width = int(random.bounded(1, 5));
            for (int f = 0; f < width; ++f)
                fields << randomCell(random);
            // A record of one blank field is a blank line, which the parser skips.
            if (fields.size() == 1 && fields.first().trimmed().isEmpty())
                fields.first() = QStringLiteral("x");
            records << fields;
            file += Csv::formatRecord(fields);
        }
        auto parsed = Csv::parse(file);
        QVERIFY2(parsed,
                 qPrintable(
                         QStringLiteral("case %1: %2").arg(i).arg(QString::fromUtf8(why(parsed)))));
        QCOMPARE(parsed->size(), records.size());
        for (int r = 0; r < count; ++r)
            QCOMPARE(parsed->at(r).fields, records.at(r));
    }
}

void TestCsvProperties::restoredUndoesNeutralised()
{
    QRandomGenerator random(2718);
    const int cases = caseCount(4000);
    for (int i = 0; i < cases; ++i) {
        const QString cell = randomCell(random);
        QCOMPARE(Csv::restored(Csv::neutralised(cell)), cell);
    }
}

void TestCsvProperties::neutralisedCellsNeverStartAFormula()
{
    QRandomGenerator random(1618);
    const int cases = caseCount(4000);
    for (int i = 0; i < cases; ++i) {
        const QString cell = Csv::neutralised(randomCell(random));
        if (cell.isEmpty())
            continue;
        QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    }
}

void TestCsvProperties::neutralisesAsOwaspAsks_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+49") << QStringLiteral("'+49");
    QTest::newRow("minus") << QStringLiteral("-bob") << QStringLiteral("'-bob");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QStringLiteral("''quoted");
    QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvProperties::neutralisesAsOwaspAsks()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(Csv::neutralised(cell), written);
    QCOMPARE(Csv::restored(written), cell);
}

void TestCsvProperties::exportNeutralisesAndImportRestoresNames()
{
    TestDatabase test;
    TenancyFixture fixture(test);
    const Actor root = fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const Actor dash = fixture.addActor(QStringLiteral("-dash"));
    const Actor formula = fixture.addActor(QStringLiteral("=cmd"));
    const QString acme = fixture.addTenant(QStringLiteral("acme"));
    fixture.addMembership(acme, root.userId, QStringLiteral("tenant_admin"));
    fixture.addMembership(acme, dash.userId, QStringLiteral("member"));
    auto db = test.open();
    MembershipQuery query;
    query.tenantId = acme;
    QByteArray csv;
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto written = MembershipCsv(*db, root).exportTo(&buffer, query);
    QVERIFY2(written, why(written));
    QVERIFY2(csv.contains("\r\n'-dash,,member\r\n"), csv.constData());

    // The file goes back in as it came out, and a neutralised new row grants to "=cmd".
    csv += "'=cmd,,member\r\n";
    auto report = MembershipCsv(*db, root).import(acme, csv, MembershipCsv::Mode::AllOrNothing);
    QVERIFY2(report, why(report));
    QVERIFY(!report->hasFailures());
    QCOMPARE(report->count(CsvImportRow::Outcome::Unchanged), 2);
    QCOMPARE(report->count(CsvImportRow::Outcome::Add), 1);
    QCOMPARE(fixture.roleOf(acme, formula.userId), QStringLiteral("member"));
}

QTEST_GUILESS_MAIN(TestCsvProperties)
#include "tst_csvproperties.moc"
