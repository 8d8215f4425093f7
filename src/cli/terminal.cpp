#include "cli/terminal.h"

#include "core/printable.h"

#include <QLoggingCategory>

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
    // The decoder keeps a UTF-8 sequence cut between two writes for the next one.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = visibleText(text, LineBreaks::Keep).toUtf8();
    if (!shown.isEmpty()
        && std::fwrite(shown.constData(), 1, size_t(shown.size()), m_file) != size_t(shown.size()))
        return -1;
    std::fflush(m_file);
    return size;
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
