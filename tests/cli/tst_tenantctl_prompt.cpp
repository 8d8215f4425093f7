// Ctrl-C at tenantctl's password prompt gives the terminal its echo back (issue 15, item 5):
// tenantctl runs on a real pseudo-terminal, switches echo off for the prompt, and is
// interrupted there as a user's Ctrl-C would interrupt it.

#include "support/testdatabase.h"

#include <QByteArray>
#include <QList>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

namespace {

bool echoOn(int terminal)
{
    termios mode{};
    if (tcgetattr(terminal, &mode) != 0)
        qFatal("tcgetattr: %s", strerror(errno));
    return (mode.c_lflag & ECHO) != 0;
}

// Reads whatever the program wrote so far, so that it never blocks on a full terminal.
void drain(int master)
{
    char buffer[512];
    while (read(master, buffer, sizeof buffer) > 0) { }
}

} // namespace

class TestTenantctlPrompt : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCAtThePasswordPromptRestoresEcho();
};

void TestTenantctlPrompt::ctrlCAtThePasswordPromptRestoresEcho()
{
    TestDatabase t;
    t.addUser(QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("password1"));

    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QCOMPARE(grantpt(master), 0);
    QCOMPARE(unlockpt(master), 0);
    QCOMPARE(fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK), 0);
    const QByteArray slaveName = ptsname(master);
    // Held open by the test too, to read the terminal's mode after tenantctl has gone.
    const int slave = open(slaveName.constData(), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    QVERIFY(echoOn(slave)); // as in an interactive shell

    // Everything the child needs is made before fork: after it, only async-signal-safe calls.
    const QByteArray program = TENANTCTL_PATH;
    const QByteArray path = t.path().toUtf8();
    QList<QByteArray> arguments{"tenantctl", "--db", path, "--user", "root", "tenant", "list"};
    QList<char *> argv;
    for (QByteArray &argument : arguments)
        argv.append(argument.data());
    argv.append(nullptr);
    // No TENANTDESK_PASSWORD at all (CTest sets it empty), so tenantctl prompts.
    QList<char *> envp;
    for (char **variable = environ; *variable; ++variable) {
        if (qstrncmp(*variable, "TENANTDESK_PASSWORD=", 20) != 0)
            envp.append(*variable);
    }
    envp.append(nullptr);

    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        setsid();
        const int terminal = open(slaveName.constData(), O_RDWR);
        if (terminal < 0)
            _exit(127);
        dup2(terminal, STDIN_FILENO);
        dup2(terminal, STDOUT_FILENO);
        dup2(terminal, STDERR_FILENO);
        if (terminal > STDERR_FILENO)
            close(terminal);
        execve(program.constData(), argv.data(), envp.data());
        _exit(127);
    }

    // The prompt is up once echo is off.
    const bool prompting = QTest::qWaitFor(
            [&] {
                drain(master);
                return !echoOn(slave);
            },
            30000);
    int status = 0;
    if (!prompting) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        QFAIL("tenantctl never switched echo off for its password prompt");
    }

    kill(pid, SIGINT);
    pid_t ended = 0;
    QVERIFY(QTest::qWaitFor(
            [&] {
                drain(master);
                ended = waitpid(pid, &status, WNOHANG);
                return ended != 0;
            },
            30000));
    QCOMPARE(ended, pid);
    // Ended by the signal, as Ctrl-C ends a program, and the terminal echoes again.
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGINT);
    QVERIFY(echoOn(slave));
    close(slave);
    close(master);
}

QTEST_GUILESS_MAIN(TestTenantctlPrompt)
#include "tst_tenantctl_prompt.moc"
