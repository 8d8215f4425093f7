#include "support/testdatabase.h"

#include "core/audit/auditappender.h"
#include "core/audit/auditlog.h"
#include "core/audit/canonicaljson.h"
#include "core/audit/canonicalobjectwriter.h"
#include "core/database/database.h"
#include "core/database/nativestatement.h"
#include "core/tenancy/membershipaudit.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <cstddef>

using namespace tenantdesk;
using membership::AuditRecord;

namespace {

// The membership payload as MembershipRules built it before it was written directly: a
// QJsonObject made canonical by canonicalJson. The direct writer must give the same bytes.
QJsonObject referencePayload(const AuditRecord &record)
{
    const auto roleState = [](std::optional<TenantRole> role) {
        return role ? QJsonObject{{QStringLiteral("role"), tenantRoleName(*role)}} : QJsonObject();
    };
    QJsonObject payload{
            {QStringLiteral("actor"), record.actor},
            {QStringLiteral("tenant_id"), record.tenantId},
            {QStringLiteral("tenant_slug"), record.tenantSlug},
            {QStringLiteral("user_id"), record.userId},
            {QStringLiteral("username"),
             record.username ? QJsonValue(*record.username) : QJsonValue()},
            {QStringLiteral("workspace_id"),
             record.workspaceId ? QJsonValue(*record.workspaceId) : QJsonValue()},
            {QStringLiteral("workspace_slug"),
             record.workspaceSlug ? QJsonValue(*record.workspaceSlug) : QJsonValue()},
            {QStringLiteral("before"), roleState(record.before)},
            {QStringLiteral("after"), roleState(record.after)},
    };
    if (!record.username)
        payload.insert(QStringLiteral("user_deleted"), true);
    return payload;
}

// A UTF-16 literal whole, embedded NULs included.
template<std::size_t N> QString utf16(const char16_t (&literal)[N])
{
    return QString(reinterpret_cast<const QChar *>(literal), qsizetype(N) - 1);
}

// Strings that JSON.stringify escapes or writes in ways easy to get wrong.
QStringList trickyStrings()
{
    return {QString(),
            QStringLiteral(""),
            QStringLiteral("plain"),
            QStringLiteral("quote \" and backslash \\ and slash /"),
            utf16(u"controls \u0000\u0001\b\t\n\f\r\u001f\u007f end"),
            utf16(u"non-ASCII: \u00e4\u00df \u20ac \u4e2d\u6587"),
            utf16(u"line separators \u2028 \u2029"),
            utf16(u"BOM \ufeff and noncharacters \ufffe \uffff"),
            utf16(u"emoji \U0001F600 and U+10FFFF \U0010FFFF"),
            QString(QChar(char16_t(0xD800))) + QStringLiteral(" lone high"),
            QStringLiteral("lone low ") + QChar(char16_t(0xDC00)),
            QString(QChar(char16_t(0xDC00))) + QChar(char16_t(0xD800)), // reversed pair
            QStringLiteral("=cmd|' /C calc'!A0")};
}

QString describe(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

// The membership audit payload written straight to canonical UTF-8 (CanonicalObjectWriter) is
// byte for byte what canonicalJson writes for the same QJsonObject, and NativeStatement binds
// and reads values as SQLite holds them.
class TestMembershipPayload : public QObject
{
    Q_OBJECT

private slots:
    void writerMatchesCanonicalJsonForTrickyStrings();
    void everyShapeOfRecordMatchesCanonicalJson();
    void randomRecordsMatchCanonicalJson();
    void nativeStatementKeepsEmptyTextAndBytes();
    void nativeStatementReportsConstraintsAsConflicts();
    void manyEntriesAppendedAtOnceChainAndSignAsOneByOne();
};

void TestMembershipPayload::writerMatchesCanonicalJsonForTrickyStrings()
{
    for (const QString &text : trickyStrings()) {
        QByteArray written;
        CanonicalObjectWriter object(written);
        object.addBool(QLatin1String("a"), false)
                .addNull(QLatin1String("b"))
                .addString(QLatin1String("c"), text);
        object.finish();
        const QByteArray expected = canonicalJson(QJsonObject{{QStringLiteral("c"), text},
                                                              {QStringLiteral("a"), false},
                                                              {QStringLiteral("b"), QJsonValue()}});
        QVERIFY2(written == expected,
                 qPrintable(QStringLiteral("%1\n  written  %2\n  expected %3")
                                    .arg(text, describe(written), describe(expected))));
    }
}

void TestMembershipPayload::everyShapeOfRecordMatchesCanonicalJson()
{
    const QList<std::optional<TenantRole>> roles
            = {std::nullopt, TenantRole::Member, TenantRole::WorkspaceAdmin,
               TenantRole::TenantAdmin, TenantRole::None};
    const QStringList texts = trickyStrings();
    int cases = 0;
    for (const auto &before : roles) {
        for (const auto &after : roles) {
            for (int shape = 0; shape < 4; ++shape) {
                AuditRecord record;
                const QString text = texts.at(cases % texts.size());
                record.actor = QStringLiteral("admin ") + text;
                record.tenantId = QStringLiteral("b0000000-0000-4000-8000-000000000002");
                record.tenantSlug = text;
                record.userId = QStringLiteral("a0000000-0000-4000-8000-00000000000") + text;
                if (shape & 1)
                    record.username = text;
                if (shape & 2) {
                    record.workspaceId = QStringLiteral("ws id ") + text;
                    record.workspaceSlug = text;
                }
                record.before = before;
                record.after = after;
                const QByteArray written = membership::auditPayload(record);
                const QByteArray expected = canonicalJson(referencePayload(record));
                QVERIFY2(written == expected,
                         qPrintable(QStringLiteral("case %1\n  written  %2\n  expected %3")
                                            .arg(cases)
                                            .arg(QString::fromUtf8(written),
                                                 QString::fromUtf8(expected))));
                // And it reads back as itself: verification would call it canonical.
                QCOMPARE(canonicalJsonOfText(written).value_or(QByteArray()), written);
                ++cases;
            }
        }
    }
}

void TestMembershipPayload::randomRecordsMatchCanonicalJson()
{
    // Random UTF-16 in every field: controls, surrogates (paired and lone), the BMP's edges.
    QRandomGenerator random(20261202);
    const auto text = [&random]() {
        QString out;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(5)) {
            case 0:
                out += QChar(char16_t(random.bounded(0x80)));
                break;
            case 1:
                out += QChar(char16_t(0xD800 + random.bounded(0x800)));
                break;
            case 2:
                out += QChar(char16_t(random.bounded(0x10000)));
                break;
            case 3: {
                const char32_t c = 0x10000 + random.bounded(0x100000);
                out += QString::fromUcs4(&c, 1);
                break;
            }
            default:
                out += QLatin1Char(char(0x20 + random.bounded(0x5f)));
                break;
            }
        }
        return out;
    };
    for (int i = 0; i < 2000; ++i) {
        AuditRecord record;
        record.actor = text();
        record.tenantId = text();
        record.tenantSlug = text();
        record.userId = text();
        if (random.bounded(2))
            record.username = text();
        if (random.bounded(2)) {
            record.workspaceId = text();
            record.workspaceSlug = text();
        }
        if (random.bounded(2))
            record.before = TenantRole(random.bounded(4));
        if (random.bounded(2))
            record.after = TenantRole(random.bounded(4));
        const QByteArray written = membership::auditPayload(record);
        const QByteArray expected = canonicalJson(referencePayload(record));
        QVERIFY2(written == expected,
                 qPrintable(QStringLiteral("case %1\n  written  %2\n  expected %3")
                                    .arg(i)
                                    .arg(describe(written), describe(expected))));
    }
}

void TestMembershipPayload::nativeStatementKeepsEmptyTextAndBytes()
{
    TestDatabase test;
    test.execRaw("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)");
    auto db = test.open();
    NativeStatement insert(*db, "INSERT INTO t (text, number) VALUES (?, ?)");
    const QByteArray bytes("\xef\xbf\xbe BOM-like U+FFFE first, then \xc3\xa4");
    const QList<QByteArrayView> values = {QByteArrayView(), QByteArrayView(""), bytes};
    for (const QByteArrayView value : values) {
        insert.bindText(1, value);
        insert.bindInt64(2, Q_INT64_C(9007199254740993)); // not a double
        QVERIFY(insert.run());
    }
    insert.bindTextOrNull(1, QByteArrayView(""));
    insert.bindNull(2);
    QVERIFY(insert.run());

    NativeStatement select(*db, "SELECT text, number FROM t ORDER BY id");
    QList<QByteArray> texts;
    QList<bool> nulls;
    auto row = select.step();
    while (row && *row) {
        texts << select.utf8(0).toByteArray();
        nulls << select.isNull(0);
        if (!select.isNull(1))
            QCOMPARE(select.integer(1), Q_INT64_C(9007199254740993));
        row = select.step();
    }
    select.reset();
    QVERIFY(row);
    QCOMPARE(texts, (QList<QByteArray>{"", "", bytes, ""}));
    // A null view and an empty one bind an empty text; bindTextOrNull binds NULL for it.
    QCOMPARE(nulls, (QList<bool>{false, false, false, true}));
}

void TestMembershipPayload::nativeStatementReportsConstraintsAsConflicts()
{
    TestDatabase test;
    test.execRaw("CREATE TABLE t (name TEXT UNIQUE NOT NULL)");
    auto db = test.open();
    NativeStatement insert(*db, "INSERT INTO t (name) VALUES (?)");
    insert.bindText(1, "one");
    QVERIFY(insert.run());
    insert.bindText(1, "one");
    auto again = insert.run();
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("UNIQUE")),
             qPrintable(again.error().message));
    // The statement is usable again after the failure.
    insert.bindText(1, "two");
    QVERIFY(insert.run());

    NativeStatement broken(*db, "SELECT x FROM no_such_table");
    auto stepped = broken.step();
    QVERIFY(!stepped);
    QVERIFY2(stepped.error().message.contains(QLatin1String("no_such_table")),
             qPrintable(stepped.error().message));
}

void TestMembershipPayload::manyEntriesAppendedAtOnceChainAndSignAsOneByOne()
{
    // More than one INSERT's worth, after an entry appended on its own, signed, the last 300
    // hashed ahead: the chain verifies, every entry signed, in order.
    qputenv("AISTACK_AUDIT_KEY", QByteArray(40, 'k'));
    const auto unsetKey = qScopeGuard([] { qunsetenv("AISTACK_AUDIT_KEY"); });
    TestDatabase test;
    test.applyBundledSchema();
    auto db = test.open();
    WriteTransaction transaction(*db);
    QVERIFY(transaction.begin());
    QVERIFY(AuditLog(*db).append(QStringLiteral("first"), {}));
    QList<AuditAppender::CanonicalEntry> entries;
    for (int i = 0; i < 600; ++i) {
        QByteArray payload;
        CanonicalObjectWriter object(payload);
        object.addString(QLatin1String("n"), QString::number(i) + utf16(u" \u2028\U0001F600"));
        object.finish();
        entries.append({QStringLiteral("batch.%1").arg(i), payload});
    }
    AuditAppender appender(*db);
    QVERIFY(appender.appendCanonical(entries.mid(0, 1)));
    QVERIFY(appender.appendCanonical(entries.mid(1, 299)));
    // Hashed on another thread, then written: the same chain.
    const QList<AuditAppender::CanonicalEntry> last = entries.mid(300);
    auto ahead = appender.hashAhead(last.size(), [last](qsizetype i) { return last.at(i); });
    QVERIFY(ahead);
    QVERIFY(appender.append(std::move(*ahead)));
    QVERIFY(AuditLog(*db).append(QStringLiteral("last"), {}));
    QVERIFY(transaction.commit());

    auto verified = AuditLog(*db).verify();
    QVERIFY(verified);
    QVERIFY2(verified->valid, qPrintable(verified->reason));
    QCOMPARE(verified->total, 602);
    QCOMPARE(verified->signedEntries, 602);
    auto newest = AuditLog(*db).list({}, 3);
    QVERIFY(newest);
    QCOMPARE(newest->at(0).eventType, QStringLiteral("last"));
    QCOMPARE(newest->at(1).eventType, QStringLiteral("batch.599"));
    QCOMPARE(newest->at(2).eventType, QStringLiteral("batch.598"));
}

QTEST_GUILESS_MAIN(TestMembershipPayload)
#include "tst_membershippayload.moc"
