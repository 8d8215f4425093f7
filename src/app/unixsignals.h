#pragma once

#include <memory>

class QSocketNotifier;

namespace tenantdesk {

// SIGTERM and SIGINT end the event loops instead of the process, so that every destructor
// runs: the session closes its database and the demo's QTemporaryDir removes its folder.
// The handler only writes the signal's number to a socket pair (async-signal-safe); a
// QSocketNotifier reads it on the GUI thread. SA_RESETHAND: a second signal ends the
// process the default way, should shutting down hang. One instance, in main(), for the
// program's lifetime.
class UnixSignals
{
public:
    UnixSignals();
    ~UnixSignals();

    UnixSignals(const UnixSignals &) = delete;
    UnixSignals &operator=(const UnixSignals &) = delete;

    // True once a signal asked the program to end.
    bool isSignalled() const { return m_signal != 0; }
    // 128 + the signal's number, as a shell reports a program the signal ended.
    int exitCode() const { return 128 + m_signal; }

private:
    static void handle(int signalNumber);

    static inline int s_sockets[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_signal = 0;
};

} // namespace tenantdesk
