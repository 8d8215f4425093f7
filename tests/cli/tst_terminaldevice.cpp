// TerminalDevice shows what tenantctl prints with hidden characters escaped. Plain ASCII takes
// a shortcut past the decoder: for any text cut into writes anywhere, the output must be what
// decoding and escaping every write gives.

#include "cli/terminal.h"
#include "core/printable.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

#include <cstdio>

using namespace tenantdesk;
using namespace tenantdesk::cli;

class TestTerminalDevice : public QObject
{
    Q_OBJECT

private slots:
    void anyTextInAnyWritesShowsAsEscapingEachWrite();
    void aSequenceCutBetweenWrites();

private:
    static QByteArray throughDevice(const QList<QByteArray> &writes);
    static QByteArray escapedWriteByWrite(const QList<QByteArray> &writes);
};

QByteArray TestTerminalDevice::throughDevice(const QList<QByteArray> &writes)
{
    FILE *file = std::tmpfile();
    {
        TerminalDevice device(file);
        for (const QByteArray &bytes : writes)
            device.write(bytes);
    }
    QByteArray written(std::ftell(file), '\0');
    std::rewind(file);
    const size_t read = std::fread(written.data(), 1, size_t(written.size()), file);
    std::fclose(file);
    written.truncate(qsizetype(read));
    return written;
}

// What TerminalDevice wrote for every write before it had the ASCII shortcut.
QByteArray TestTerminalDevice::escapedWriteByWrite(const QList<QByteArray> &writes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QByteArray shown;
    for (const QByteArray &bytes : writes)
        shown += visibleText(decoder.decode(bytes), LineBreaks::Keep).toUtf8();
    return shown;
}

void TestTerminalDevice::anyTextInAnyWritesShowsAsEscapingEachWrite()
{
    const QList<QByteArray> pieces
            = {"plain ascii, ",    "\n",           "\r\n",        "\t",
               "\x1b[31m",         "\x7f",         "caf\xc3\xa9", "\xe2\x80\xae",
               "\xf0\x9f\x98\x80", "\xef\xbb\xbf", "\xff",        "\x80",
               "~ {}[]",           "\xe2\x80\xa8", "line\n"};
    QRandomGenerator random(20261202);
    for (int round = 0; round < 2000; ++round) {
        QByteArray text;
        const int count = random.bounded(1, 12);
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        QList<QByteArray> writes;
        for (qsizetype at = 0; at < text.size();) {
            const qsizetype length = random.bounded(1, int(text.size() - at) + 1);
            writes.append(text.mid(at, length));
            at += length;
        }
        const QByteArray expected = escapedWriteByWrite(writes);
        QCOMPARE(throughDevice(writes), expected);
    }
}

void TestTerminalDevice::aSequenceCutBetweenWrites()
{
    // é cut after its first byte, then plain ASCII: the decoder completes it first.
    QCOMPARE(throughDevice({"caf\xc3", "\xa9 ok\n"}), QByteArray("caf\xc3\xa9 ok\n"));
    // ... and when the next byte does not complete it, the decoder answers U+FFFD for it
    // first, even though that write is plain ASCII.
    QVERIFY(throughDevice({"caf\xc3", " ok\n"}).startsWith("caf\xef\xbf\xbd"));
    QCOMPARE(throughDevice({"caf\xc3", " ok\n"}), escapedWriteByWrite({"caf\xc3", " ok\n"}));
    // A lone continuation byte is no start of a sequence: shown as U+FFFD, then ASCII as is.
    QCOMPARE(throughDevice({"a\x80", "b\n"}),
             QByteArray("a\xef\xbf\xbd"
                        "b\n"));
    QVERIFY(TerminalDevice::endsInsideSequence("caf\xc3"));
    QVERIFY(TerminalDevice::endsInsideSequence("\xf0\x9f\x98"));
    QVERIFY(!TerminalDevice::endsInsideSequence("\xf0\x9f\x98\x80"));
    QVERIFY(!TerminalDevice::endsInsideSequence("abc"));
    QVERIFY(!TerminalDevice::endsInsideSequence(""));
    QVERIFY(TerminalDevice::isPlainAscii("a b~\n"));
    QVERIFY(!TerminalDevice::isPlainAscii("a\tb"));
    QVERIFY(!TerminalDevice::isPlainAscii("a\rb"));
    QVERIFY(!TerminalDevice::isPlainAscii("\x7f"));
}

QTEST_GUILESS_MAIN(TestTerminalDevice)
#include "tst_terminaldevice.moc"
