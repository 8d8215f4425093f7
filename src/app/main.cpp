#include "app/mainwindow.h"
#include "app/startup.h"

#include "core/translations.h"
#include "models/session/session.h"
#include "widgets/common/icons.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QtDebug>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM and SIGINT end the event loops instead of the process, so that every destructor
// runs: the session closes its database and the demo's QTemporaryDir removes its folder.
// The handler only writes the signal's number to a socket pair (async-signal-safe); a
// QSocketNotifier reads it on the GUI thread. SA_RESETHAND: a second signal ends the
// process the default way, should shutting down hang.
class QuitOnSignal
{
public:
    QuitOnSignal()
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
        action.sa_handler = &QuitOnSignal::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
    }

    ~QuitOnSignal()
    {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
    }

    QuitOnSignal(const QuitOnSignal &) = delete;
    QuitOnSignal &operator=(const QuitOnSignal &) = delete;

    // True once a signal asked the program to end.
    bool isSignalled() const { return m_signal != 0; }
    // 128 + the signal's number, as a shell reports a program the signal ended.
    int exitCode() const { return 128 + m_signal; }

private:
    static void handle(int signalNumber)
    {
        const char byte = static_cast<char>(signalNumber);
        [[maybe_unused]] const ssize_t written = ::write(s_sockets[0], &byte, 1);
    }

    static inline int s_sockets[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_signal = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationName(QStringLiteral("tenantdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("TenantDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(TENANTDESK_APP_ID));
    QApplication::setWindowIcon(tenantdesk::Icons::application());
    tenantdesk::installTranslations(app);

    QuitOnSignal quitOnSignal;
    tenantdesk::Startup startup(tenantdesk::StartupOptions::fromCommandLine(app));
    const auto options = startup.run();
    if (quitOnSignal.isSignalled())
        return quitOnSignal.exitCode();
    if (!options)
        return startup.exitCode();

    tenantdesk::Session session(*options);
    tenantdesk::MainWindow window(&session);
    window.show();
    const int exitCode = app.exec();
    return quitOnSignal.isSignalled() ? quitOnSignal.exitCode() : exitCode;
}
