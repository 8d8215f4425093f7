#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace tenantdesk::cli {

// What reaches tenantctl's reader. Names and payloads come from the database, which anyone
// with write access may have filled with terminal escapes, direction overrides or invisible
// characters: every byte tenantctl prints through CliContext goes through a TerminalDevice,
// which writes hidden characters as \uXXXX escapes (core/printable.h). Line breaks stay. In
// JSON output such an escape means the same text, so the JSON stays valid and exact.
class TerminalDevice : public QIODevice
{
public:
    explicit TerminalDevice(FILE *file);

    bool isSequential() const override { return true; }

    // Bytes that need no escaping and no decoding: printable ASCII and line feeds.
    static bool isPlainAscii(QByteArrayView bytes);
    // Whether bytes end with the start of a UTF-8 sequence that the next write completes.
    static bool endsInsideSequence(QByteArrayView bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
    bool m_midSequence = false;
    // A leading U+FEFF is text to show (escaped), not a byte order mark to drop.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom};
};

// Log messages: core logs through categories (core/logging.h) that default to warnings.
// tenantctl's reader gets one sentence per error on stderr and nothing else, unless
// --verbose: then every tenantdesk category logs from debug up, and every message goes to
// stderr (escaped like the rest). Fatal messages always do.
void installMessageHandler();
void setVerbose(bool verbose);
bool isVerbose();

} // namespace tenantdesk::cli
