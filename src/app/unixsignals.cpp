#include "app/unixsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QtDebug>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace tenantdesk {

UnixSignals::UnixSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_sockets) != 0) {
        qWarning("Cannot watch for SIGTERM and SIGINT: no socket pair.");
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(s_sockets[1], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
        char signalNumber = 0;
        if (::read(s_sockets[1], &signalNumber, 1) == 1 && !m_signal)
            m_signal = signalNumber;
        // Ends nested loops too (a dialog during start-up).
        QCoreApplication::exit(exitCode());
    });
    struct sigaction action = {};
    action.sa_handler = &UnixSignals::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

UnixSignals::~UnixSignals()
{
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
}

void UnixSignals::handle(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(s_sockets[0], &byte, 1);
}

} // namespace tenantdesk
