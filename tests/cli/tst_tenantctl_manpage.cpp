#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// The manual page the build generated (build-dir man/tenantctl.1) and tenantctl --help list
// the same commands, and each group's --help the same sub-commands with the same usage lines.
// Both sides are read from the programs' output, never from a list in this test: a command
// added to the table shows up on both sides or the test fails.
class TestTenantctlManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void helpAndManPageListTheSameCommands();
    void eachGroupsHelpAndManPageListTheSameSubCommands();
    void manPageDescribesEveryGlobalOption();
    void manPageFormatsWithoutWarnings();

private:
    QString m_page;
    // COMMANDS: each command's name and its usage lines, in the page's order.
    QList<std::pair<QString, QStringList>> m_commands;
};

namespace {

// Plain text of a roff line: the escapes the page writer uses, undone.
QString unescape(QString text)
{
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    text.replace(QLatin1String("\\(dq"), QLatin1String("\""));
    text.replace(QLatin1String("\\&"), QString());
    text.replace(QLatin1String("\\e"), QLatin1String("\\"));
    return text;
}

// The argument of a macro line (".SS \"tenant\"" gives tenant).
QString macroArgument(const QString &line)
{
    QString argument = line.mid(line.indexOf(QLatin1Char(' ')) + 1).trimmed();
    if (argument.startsWith(QLatin1Char('"')) && argument.endsWith(QLatin1Char('"')))
        argument = argument.mid(1, argument.size() - 2);
    return unescape(argument);
}

// The lines of one .SH section of the page (without its heading).
QStringList sectionLines(const QString &page, const QString &heading)
{
    QStringList lines;
    bool inside = false;
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH "))) {
            inside = macroArgument(line) == heading;
            continue;
        }
        if (inside)
            lines << line;
    }
    return lines;
}

// The command names of tenantctl --help's "Commands:" block.
QStringList helpCommands()
{
    const CliRun help = runTenantctl({QStringLiteral("--help")});
    if (help.exitCode != 0)
        return {};
    QStringList names;
    bool inside = false;
    static const QRegularExpression entry(QStringLiteral("^  (\\S+)  "));
    for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inside = true;
            continue;
        }
        if (!inside)
            continue;
        const auto match = entry.match(line);
        if (!match.hasMatch())
            break;
        names << match.captured(1);
    }
    return names;
}

} // namespace

void TestTenantctlManPage::initTestCase()
{
    QFile file(QStringLiteral(TENANTCTL_MANPAGE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_page = QString::fromUtf8(file.readAll());
    for (const QString &line : sectionLines(m_page, QStringLiteral("COMMANDS"))) {
        if (line.startsWith(QLatin1String(".SS ")))
            m_commands.append({macroArgument(line), {}});
        else if (line.startsWith(QLatin1String(".B ")) && !m_commands.isEmpty())
            m_commands.last().second << macroArgument(line);
    }
    QVERIFY(!m_commands.isEmpty());
}

void TestTenantctlManPage::helpAndManPageListTheSameCommands()
{
    QStringList pageCommands;
    for (const auto &[name, usages] : std::as_const(m_commands))
        pageCommands << name;
    const QStringList help = helpCommands();
    QVERIFY(!help.isEmpty());
    QCOMPARE(pageCommands, help);
}

void TestTenantctlManPage::eachGroupsHelpAndManPageListTheSameSubCommands()
{
    int groups = 0;
    for (const auto &[name, usages] : std::as_const(m_commands)) {
        const CliRun help = runTenantctl({name, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
        // A group prints "Usage:" and one indented usage line per sub-command; a single command
        // prints its options (QCommandLineParser's help).
        if (lines.first() != QLatin1String("Usage:")) {
            QCOMPARE(usages.size(), 1);
            QVERIFY2(usages.first() == QLatin1String("tenantctl ") + name
                             || usages.first().startsWith(QLatin1String("tenantctl ") + name
                                                          + QLatin1Char(' ')),
                     qPrintable(usages.first()));
            continue;
        }
        ++groups;
        QStringList helpUsages;
        for (qsizetype i = 1; i < lines.size() && lines.at(i).startsWith(QLatin1String("  ")); ++i)
            helpUsages << lines.at(i).trimmed();
        QVERIFY2(!helpUsages.isEmpty(), qPrintable(name));
        // Same sub-commands, in the same order, with the very same usage lines.
        QCOMPARE(usages, helpUsages);
        for (const QString &usage : helpUsages)
            QVERIFY2(usage.startsWith(QLatin1String("tenantctl ") + name + QLatin1Char(' ')),
                     qPrintable(usage));
    }
    QVERIFY(groups > 0);
}

void TestTenantctlManPage::manPageDescribesEveryGlobalOption()
{
    // Every long option of the top-level --help, except Qt's own --help-all, has its entry.
    const CliRun help = runTenantctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    static const QRegularExpression optionPattern(QStringLiteral("^  (?:-\\w, )?(--[\\w-]+)"));
    QStringList helpOptions;
    for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
        const auto match = optionPattern.match(line);
        if (match.hasMatch() && match.captured(1) != QLatin1String("--help-all"))
            helpOptions << match.captured(1);
    }
    QVERIFY(helpOptions.size() >= 3);
    QStringList tags;
    const QStringList lines = sectionLines(m_page, QStringLiteral("GLOBAL OPTIONS"));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) == QLatin1String(".TP"))
            tags << macroArgument(lines.at(i + 1));
    }
    for (const QString &option : std::as_const(helpOptions)) {
        const bool described = std::any_of(tags.cbegin(), tags.cend(), [&](const QString &tag) {
            return tag.split(QRegularExpression(QStringLiteral("[ ,]+"))).contains(option);
        });
        QVERIFY2(described, qPrintable(option));
    }
}

void TestTenantctlManPage::manPageFormatsWithoutWarnings()
{
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty())
        QSKIP("man(1) is not installed");
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    process.setProcessEnvironment(env);
    process.start(man,
                  {QStringLiteral("--warnings"), QStringLiteral("-l"),
                   QStringLiteral(TENANTCTL_MANPAGE)});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray warnings = process.readAllStandardError();
    QVERIFY2(warnings.isEmpty(), warnings.constData());
    QCOMPARE(process.exitCode(), 0);
    // The rendered page has a heading for every command.
    const QString rendered = QString::fromUtf8(process.readAllStandardOutput());
    for (const auto &[name, usages] : std::as_const(m_commands)) {
        const QRegularExpression heading(QStringLiteral("^ +%1$").arg(name),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(rendered.contains(heading), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestTenantctlManPage)
#include "tst_tenantctl_manpage.moc"
