#include "clirunner.h"
#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// The bash completion the build generated (build-dir completion/tenantctl), run by bash as
// bash-completion runs it: COMP_WORDS and COMP_CWORD set, _tenantctl called, COMPREPLY read.
// What it should offer is read from tenantctl --help, never from a list in this test.
class TestTenantctlCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void completesCommands();
    void completesEachGroupsSubCommands();
    void completesTheOptionsOfASubCommand();
    void completesTenantAndWorkspaceSlugsFromTheDatabase();
    void completesNoSlugsSilentlyWithoutAPassword();

private:
    QString m_bash;
};

namespace {

struct Completion
{
    QStringList words; // COMPREPLY, sorted
    QByteArray err;
};

// Completes the last of words (the word under the cursor); words[0] is the program.
Completion complete(const QStringList &words, const QString &password = {})
{
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TENANTDESK_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("TENANTDESK_PASSWORD"), password);
    bash.setProcessEnvironment(env);
    bash.setStandardInputFile(QProcess::nullDevice());
    const QString script = QStringLiteral(
            "source \"$1\" || exit 1; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
            "_tenantctl || exit 1; printf '%s\\n' \"${COMPREPLY[@]}\"");
    bash.start(QStringLiteral("bash"),
               QStringList{QStringLiteral("-c"), script, QStringLiteral("bash"),
                           QStringLiteral(TENANTCTL_COMPLETION)}
                       + words);
    Completion completion;
    if (!bash.waitForFinished(60000) || bash.exitCode() != 0) {
        qWarning() << "bash failed:" << bash.readAllStandardError();
        return completion;
    }
    completion.words = QString::fromUtf8(bash.readAllStandardOutput())
                               .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    completion.words.sort();
    completion.err = bash.readAllStandardError();
    return completion;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

// The lines of `tenantctl ARGUMENTS --help`.
QStringList helpLines(const QStringList &arguments)
{
    const CliRun help = runTenantctl(arguments + QStringList{QStringLiteral("--help")});
    return help.exitCode == 0 ? QString::fromUtf8(help.out).split(QLatin1Char('\n'))
                              : QStringList();
}

// The command names of tenantctl --help's "Commands:" block.
QStringList helpCommands()
{
    QStringList names;
    const QStringList lines = helpLines({});
    static const QRegularExpression entry(QStringLiteral("^  (\\S+)  "));
    for (qsizetype i = lines.indexOf(QStringLiteral("Commands:")) + 1; i > 0 && i < lines.size();
         ++i) {
        const auto match = entry.match(lines.at(i));
        if (!match.hasMatch())
            break;
        names << match.captured(1);
    }
    return names;
}

// A group's usage lines from its --help ("Usage:" and one indented line each); empty for a
// single command.
QStringList groupUsages(const QString &group)
{
    const QStringList lines = helpLines({group});
    QStringList usages;
    if (lines.isEmpty() || lines.first() != QLatin1String("Usage:"))
        return usages;
    for (qsizetype i = 1; i < lines.size() && lines.at(i).startsWith(QLatin1String("  ")); ++i)
        usages << lines.at(i).trimmed();
    return usages;
}

const QString tenantctl = QStringLiteral(TENANTCTL_PATH);

} // namespace

void TestTenantctlCompletion::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
        QSKIP("bash is not installed");
}

void TestTenantctlCompletion::completesCommands()
{
    const QStringList commands = helpCommands();
    QVERIFY(commands.size() > 3);
    QCOMPARE(complete({tenantctl, QString()}).words, sorted(commands));
    // After global options, and only the commands that start with what is typed.
    QCOMPARE(complete({tenantctl, QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--json"), QString()})
                     .words,
             sorted(commands));
    const QString first = commands.first();
    QStringList matching;
    for (const QString &command : commands) {
        if (command.startsWith(first.left(2)))
            matching << command;
    }
    QCOMPARE(complete({tenantctl, first.left(2)}).words, sorted(matching));
}

void TestTenantctlCompletion::completesEachGroupsSubCommands()
{
    int groups = 0;
    for (const QString &command : helpCommands()) {
        const QStringList usages = groupUsages(command);
        if (usages.isEmpty())
            continue;
        ++groups;
        QStringList subCommands;
        for (const QString &usage : usages)
            subCommands << usage.split(QLatin1Char(' ')).value(2);
        QCOMPARE(complete({tenantctl, command, QString()}).words, sorted(subCommands));
    }
    QVERIFY(groups > 0);
}

void TestTenantctlCompletion::completesTheOptionsOfASubCommand()
{
    // Every group's sub-commands: the options of their usage line, the global ones and --help.
    static const QRegularExpression optionPattern(QStringLiteral("--[a-z][a-z-]*"));
    // The global options: the long options of the top-level --help, without the help and
    // version options that only it takes.
    static const QRegularExpression globalPattern(QStringLiteral("^  (--[a-z][a-z-]*)\\b"));
    QStringList global;
    for (const QString &line : helpLines({})) {
        const auto match = globalPattern.match(line);
        if (match.hasMatch() && !match.captured(1).startsWith(QLatin1String("--help")))
            global << match.captured(1);
    }
    QVERIFY(global.contains(QStringLiteral("--db")));
    int checked = 0;
    for (const QString &command : helpCommands()) {
        for (const QString &usage : groupUsages(command)) {
            const QStringList words = usage.split(QLatin1Char(' '));
            QStringList expected = global;
            expected << QStringLiteral("--help");
            for (const auto &match : optionPattern.globalMatch(usage))
                expected << match.captured();
            const QStringList offered
                    = complete({tenantctl, command, words.at(2), QStringLiteral("--")}).words;
            for (const QString &option : std::as_const(expected))
                QVERIFY2(offered.contains(option),
                         qPrintable(usage + QLatin1String(": ") + option));
            // Nothing the usage line and the top-level --help do not know.
            for (const QString &option : offered)
                QVERIFY2(expected.contains(option),
                         qPrintable(usage + QLatin1String(": ") + option));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestTenantctlCompletion::completesTenantAndWorkspaceSlugsFromTheDatabase()
{
    TestDatabase db;
    TenancyFixture fixture(db);
    fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    const QString acme = fixture.addTenant(QStringLiteral("acme"));
    fixture.addTenant(QStringLiteral("globex"));
    fixture.addWorkspace(acme, QStringLiteral("ops"));
    fixture.addWorkspace(acme, QStringLiteral("sales"));
    const QStringList signIn{tenantctl, QStringLiteral("--db"), db.path(), QStringLiteral("--user"),
                             QStringLiteral("root")};
    const QString password = QStringLiteral("password1");

    QCOMPARE(complete(signIn
                              + QStringList{QStringLiteral("tenant"), QStringLiteral("show"),
                                            QString()},
                      password)
                     .words,
             (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
    QCOMPARE(complete(signIn
                              + QStringList{QStringLiteral("workspace"), QStringLiteral("list"),
                                            QStringLiteral("gl")},
                      password)
                     .words,
             QStringList{QStringLiteral("globex")});
    // A workspace of the tenant named before it, as a positional argument and as --workspace.
    QCOMPARE(complete(signIn
                              + QStringList{QStringLiteral("workspace"), QStringLiteral("delete"),
                                            QStringLiteral("acme"), QString()},
                      password)
                     .words,
             (QStringList{QStringLiteral("ops"), QStringLiteral("sales")}));
    QCOMPARE(complete(signIn
                              + QStringList{QStringLiteral("member"), QStringLiteral("list"),
                                            QStringLiteral("acme"), QStringLiteral("--workspace"),
                                            QStringLiteral("s")},
                      password)
                     .words,
             QStringList{QStringLiteral("sales")});
}

void TestTenantctlCompletion::completesNoSlugsSilentlyWithoutAPassword()
{
    TestDatabase db;
    TenancyFixture fixture(db);
    fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    fixture.addTenant(QStringLiteral("acme"));
    // Signing in would need a prompt: no candidates, nothing printed, no waiting for input.
    const Completion completion = complete(
            {tenantctl, QStringLiteral("--db"), db.path(), QStringLiteral("--user"),
             QStringLiteral("root"), QStringLiteral("tenant"), QStringLiteral("show"), QString()});
    QCOMPARE(completion.words, QStringList());
    QCOMPARE(completion.err, QByteArray());
    // The same with the password: the candidates come, so the empty answer above was no accident.
    QCOMPARE(complete({tenantctl, QStringLiteral("--db"), db.path(), QStringLiteral("--user"),
                       QStringLiteral("root"), QStringLiteral("tenant"), QStringLiteral("show"),
                       QString()},
                      QStringLiteral("password1"))
                     .words,
             QStringList{QStringLiteral("acme")});
}

QTEST_GUILESS_MAIN(TestTenantctlCompletion)
#include "tst_tenantctl_completion.moc"
