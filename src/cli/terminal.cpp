#include "cli/terminal.h"

#include "core/printable.h"

#include <QLoggingCategory>

#include <algorithm>
#include <atomic>

namespace tenantdesk::cli {

namespace {

std::atomic<bool> g_verbose{false};

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && !g_verbose.load())
        return;
    const char *level = "debug";
    switch (type) {
    case QtDebugMsg:
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray();
    const QByteArray line
            = "tenantctl: [" + category + ' ' + level + "] " + visibleText(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

TerminalDevice::TerminalDevice(FILE *file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalDevice::writeData(const char *data, qint64 size)
{
    const QByteArrayView bytes(data, size);
    // Printable ASCII and line feeds show as they are, and are most of a long list: they skip
    // the decoding, the check and the encoding, unless the decoder holds the start of a
    // sequence the last write cut.
    if (!m_midSequence && isPlainAscii(bytes)) {
        if (std::fwrite(data, 1, size_t(size), m_file) != size_t(size))
            return -1;
        std::fflush(m_file);
        return size;
    }
    // The decoder keeps a UTF-8 sequence cut between two writes for the next one.
    const QString text = m_decoder.decode(bytes);
    m_midSequence = endsInsideSequence(bytes);
    const QByteArray shown = visibleText(text, LineBreaks::Keep).toUtf8();
    if (!shown.isEmpty()
        && std::fwrite(shown.constData(), 1, size_t(shown.size()), m_file) != size_t(shown.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

bool TerminalDevice::isPlainAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return (c >= 0x20 && c <= 0x7e) || c == '\n'; });
}

bool TerminalDevice::endsInsideSequence(QByteArrayView bytes)
{
    // Back over at most three continuation bytes (10xxxxxx) to the byte that leads them.
    qsizetype lead = bytes.size() - 1;
    while (lead >= 0 && bytes.size() - lead <= 3 && (uchar(bytes.at(lead)) & 0xc0) == 0x80)
        --lead;
    if (lead < 0)
        return false;
    const uchar first = uchar(bytes.at(lead));
    const qsizetype length = (first & 0xe0) == 0xc0 ? 2
            : (first & 0xf0) == 0xe0                ? 3
            : (first & 0xf8) == 0xf0                ? 4
                                                    : 1;
    return bytes.size() - lead < length;
}

void installMessageHandler()
{
    qInstallMessageHandler(writeMessage);
}

void setVerbose(bool verbose)
{
    g_verbose.store(verbose);
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("tenantdesk.*=true"));
}

bool isVerbose()
{
    return g_verbose.load();
}

} // namespace tenantdesk::cli
