#include "cli/passwordprompt.h"

#include <QTextStream>

#include <array>
#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace tenantdesk::cli {

namespace {

// The terminal as it was before the prompt switched echo off, for the signal handler.
termios s_saved{};
volatile sig_atomic_t s_echoOff = 0;

constexpr std::array kEndingSignals = {SIGINT, SIGTERM, SIGQUIT, SIGHUP};

// Ctrl-C (or another signal that ends the program) at the prompt: give the terminal
// its echo back first, then let the signal do what it would have done. Only async-signal-safe
// calls here.
void restoreAndReraise(int signalNumber)
{
    if (s_echoOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &s_saved);
        s_echoOff = 0;
        [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, "\n", 1);
    }
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Installs restoreAndReraise for the prompt's lifetime and puts the previous handlers back.
class EchoGuard
{
public:
    EchoGuard()
    {
        struct sigaction action = {};
        action.sa_handler = &restoreAndReraise;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < kEndingSignals.size(); ++i)
            sigaction(kEndingSignals[i], &action, &m_previous[i]);
    }
    ~EchoGuard()
    {
        for (size_t i = 0; i < kEndingSignals.size(); ++i)
            sigaction(kEndingSignals[i], &m_previous[i], nullptr);
    }
    EchoGuard(const EchoGuard &) = delete;
    EchoGuard &operator=(const EchoGuard &) = delete;

private:
    std::array<struct sigaction, kEndingSignals.size()> m_previous{};
};

} // namespace

bool isInteractive()
{
    return isatty(STDIN_FILENO) != 0;
}

QString promptHidden(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    const EchoGuard guard;
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &s_saved) == 0;
    if (haveTerminal) {
        termios silent = s_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        s_echoOff = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (haveTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
        s_echoOff = 0;
    }
    err << '\n';
    err.flush();
    const QString password = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace tenantdesk::cli
