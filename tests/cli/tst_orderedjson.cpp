// OrderedJsonObject writes values itself instead of through QJsonDocument: its text must be
// QJsonDocument's, byte for byte, for every value (scripts parse what tenantctl printed before).

#include "cli/jsonbuilders.h"
#include "cli/orderedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace tenantdesk;
using namespace tenantdesk::cli;

namespace {

QByteArray byQt(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Every character below 0x80, then a few beyond (two and three UTF-8 bytes, a pair of
// surrogates, a lone one), each alone and between plain text.
QList<QString> strings()
{
    QList<QString> all{QString(),
                       QStringLiteral("plain"),
                       QStringLiteral("é"),
                       QStringLiteral("中文"),
                       QStringLiteral("😀 smile"),
                       QStringLiteral("a\"b\\c/d"),
                       QStringLiteral("\r\n\t"),
                       QString(QChar(0xd800))};
    for (char16_t c = 0; c < 0x80; ++c) {
        all.append(QString(QChar(c)));
        all.append(QStringLiteral("x") + QChar(c) + QStringLiteral("é y"));
    }
    return all;
}

} // namespace

class TestOrderedJson : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreWrittenAsQtWritesThem();
    void numbersBooleansAndNullAreWrittenAsQtWritesThem();
    void keysKeepTheirOrder();
    void aMembershipRowIsWhatItsQJsonObjectWas_data();
    void aMembershipRowIsWhatItsQJsonObjectWas();
};

void TestOrderedJson::stringsAreWrittenAsQtWritesThem()
{
    for (const QString &text : strings())
        QCOMPARE(OrderedJsonObject::encode(text), byQt(text));
}

void TestOrderedJson::numbersBooleansAndNullAreWrittenAsQtWritesThem()
{
    const QList<QJsonValue> values{
            QJsonValue(),
            QJsonValue(true),
            QJsonValue(false),
            QJsonValue(qint64(0)),
            QJsonValue(qint64(-1)),
            QJsonValue(qint64(1764720000123)),
            QJsonValue(std::numeric_limits<qint64>::max()),
            QJsonValue(std::numeric_limits<qint64>::min()),
            QJsonValue(42),
            QJsonValue(1.5),
            QJsonValue(2.0),
            QJsonValue(1e15),
            QJsonValue(-0.0),
            QJsonValue(QJsonArray{1, QStringLiteral("two")}),
            QJsonValue(QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}),
    };
    for (const QJsonValue &value : values)
        QCOMPARE(OrderedJsonObject::encode(value), byQt(value));
}

void TestOrderedJson::keysKeepTheirOrder()
{
    const QByteArray json = OrderedJsonObject()
                                    .add(QStringLiteral("zeta\n"), 1)
                                    .add(QStringLiteral("alpha"), QStringLiteral("x\"y"))
                                    .toJson();
    QCOMPARE(json, QByteArray(R"({"zeta\n":1,"alpha":"x\"y"})"));
}

void TestOrderedJson::aMembershipRowIsWhatItsQJsonObjectWas_data()
{
    QTest::addColumn<Membership>("membership");
    Membership member;
    member.rowId = 7;
    member.tenantId = QStringLiteral("b0000000-0000-4000-8000-000000000001");
    member.userId = QStringLiteral("c0000000-0000-4000-8000-000000000002");
    member.workspaceId = QStringLiteral("d0000000-0000-4000-8000-000000000003");
    member.workspaceSlug = QStringLiteral("ws-01");
    member.role = TenantRole::WorkspaceAdmin;
    member.createdAt = 1764720000123;
    member.username = QStringLiteral("zoë \"quoted\"\t");
    member.email = QStringLiteral("zoe@example.org");
    QTest::newRow("on a workspace") << member;

    Membership wide = member;
    wide.workspaceId.clear();
    wide.workspaceSlug.clear();
    wide.role = TenantRole::TenantAdmin;
    QTest::newRow("tenant-wide") << wide;

    Membership orphaned = member;
    orphaned.userExists = false;
    orphaned.username.clear();
    orphaned.email.clear();
    orphaned.role = TenantRole::Member;
    QTest::newRow("orphaned") << orphaned;
}

void TestOrderedJson::aMembershipRowIsWhatItsQJsonObjectWas()
{
    QFETCH(Membership, membership);
    const bool wide = membership.isTenantWide();
    const bool orphaned = membership.isOrphaned();
    // The row as tenantctl wrote it through QJsonObject.
    const QJsonObject before{
            {QStringLiteral("tenant_id"), membership.tenantId},
            {QStringLiteral("user_id"), membership.userId},
            {QStringLiteral("username"), orphaned ? QJsonValue() : QJsonValue(membership.username)},
            {QStringLiteral("email"), orphaned ? QJsonValue() : QJsonValue(membership.email)},
            {QStringLiteral("orphaned"), orphaned},
            {QStringLiteral("workspace_id"),
             wide ? QJsonValue() : QJsonValue(membership.workspaceId)},
            {QStringLiteral("workspace_slug"),
             wide ? QJsonValue() : QJsonValue(membership.workspaceSlug)},
            {QStringLiteral("role"), tenantRoleName(membership.role)},
            {QStringLiteral("created_at"), membership.createdAt}};
    QCOMPARE(membershipJson(membership).toJson(),
             QJsonDocument(before).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
