#include "core/translations.h"
#include "widgets/shell/signindialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tenantdesk;

namespace {

// One message of a .ts file that lupdate left unfinished, vanished or obsolete, as
// "context: source (type)".
QStringList incompleteMessages(const QString &tsPath, QString *error)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are elements inside the translation; an empty translation without
            // a type would be a finished but empty one, which lrelease would ship as "".
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems << QStringLiteral("%1: \"%2\" (%3)").arg(context, source, type);
            else if (text.trimmed().isEmpty())
                problems << QStringLiteral("%1: \"%2\" (empty)").arg(context, source);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return problems;
}

// Runs tenantctl with `environment` and returns what it printed on stdout.
QString runTenantctl(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TENANTCTL_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QProcessEnvironment environmentFor(const QString &lang, const QString &language)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), lang);
    if (!language.isEmpty())
        environment.insert(QStringLiteral("LANGUAGE"), language);
    return environment;
}

bool hasQtGermanTranslation()
{
    QTranslator probe;
    return probe.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("qtbase"),
                      QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void lupdateFindsEveryStringTranslated_data();
    void lupdateFindsEveryStringTranslated();
    void tenantctlSpeaksTheSystemLanguage();
    void tenantctlStaysEnglishInTheCLocale();
    void dialogsShowTheLoadedTranslation();
    void englishHasItsPluralForms();
};

void TranslationsTest::lupdateFindsEveryStringTranslated_data()
{
    QTest::addColumn<QString>("tsPath");
    QTest::addColumn<bool>("pluralOnly");
    for (const QString &path : QStringLiteral(TENANTDESK_TS_FILES).split(QLatin1Char(';')))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << false;
    // English: only the "%n" messages, each with its singular and plural form.
    for (const QString &path : QStringLiteral(TENANTDESK_PLURAL_TS_FILES).split(QLatin1Char(';')))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path << true;
}

// lupdate over the same sources as `update_translations`, into a copy of the committed .ts:
// a string added or changed without a translation comes back unfinished, one removed from
// the code as vanished; both mean the .ts needs `update_translations` and a translator.
void TranslationsTest::lupdateFindsEveryStringTranslated()
{
    QFETCH(QString, tsPath);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    QVERIFY(QFile::copy(tsPath, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = {QStringLiteral("-locations"), QStringLiteral("none"),
                             QStringLiteral("@") + QStringLiteral(LUPDATE_SOURCES_LIST),
                             QStringLiteral("-ts"), copy};
    if (pluralOnly)
        arguments.prepend(QStringLiteral("-pluralonly"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
    QVERIFY2(lupdate.waitForFinished(600000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAllStandardError())
            + QString::fromLocal8Bit(lupdate.readAllStandardOutput());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));
    // A tr() lupdate cannot attribute to a class is a string that can never be translated.
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        QVERIFY2(!line.contains(QLatin1String("Cannot invoke tr()"))
                         && !line.contains(QLatin1String("lacks Q_OBJECT")),
                 qPrintable(line));
    }

    QString error;
    const QStringList problems = incompleteMessages(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 strings need a translator's attention in %2 (run "
                                       "`cmake --build build-dev --target update_translations`, "
                                       "then translate with linguist), the first:\n%3")
                                .arg(problems.size())
                                .arg(QFileInfo(tsPath).fileName(),
                                     problems.mid(0, 10).join(QLatin1Char('\n')))));
}

// The system locale's path on Linux: LANGUAGE picks the translation, as with gettext.
void TranslationsTest::tenantctlSpeaksTheSystemLanguage()
{
    const QString help
            = runTenantctl({QStringLiteral("--help")},
                           environmentFor(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de")));
    QVERIFY2(help.contains(QLatin1String("Befehle:")), qPrintable(help));
    QVERIFY2(help.contains(
                     QLatin1String("Verwaltet die Mandanten, Arbeitsbereiche, "
                                   "Mitgliedschaften und das Schema einer aistack-Datenbank.")),
             qPrintable(help));
    QVERIFY2(!help.contains(QLatin1String("Commands:")), qPrintable(help));
    if (hasQtGermanTranslation()) {
        // QCommandLineParser's own options come from Qt's translation (qtbase_de).
        QVERIFY2(!help.contains(QLatin1String("Displays help on commandline options.")),
                 qPrintable(help));
    }
}

void TranslationsTest::tenantctlStaysEnglishInTheCLocale()
{
    const QString help = runTenantctl({QStringLiteral("--help")},
                                      environmentFor(QStringLiteral("C.UTF-8"), QString()));
    QVERIFY2(help.contains(QLatin1String("Commands:")), qPrintable(help));
    QVERIFY2(help.contains(QLatin1String("Administer the tenants, workspaces, memberships and "
                                         "schema of an aistack database.")),
             qPrintable(help));
}

// The three sources of a dialog's texts: its form, its class's tr() and Qt's own buttons.
void TranslationsTest::dialogsShowTheLoadedTranslation()
{
    QVERIFY(installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    {
        SignInDialog dialog(QStringLiteral("/tmp/aistack.db"), {});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Bei TenantDesk anmelden"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Anmelden"));
        if (hasQtGermanTranslation())
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(),
                     QStringLiteral("Abbrechen"));
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    SignInDialog english(QStringLiteral("/tmp/aistack.db"), {});
    QCOMPARE(english.windowTitle(), QStringLiteral("Sign in to TenantDesk"));
}

namespace {

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString people(int n)
{
    return QCoreApplication::translate("tenantdesk::PeoplePage", "%n person(s)", "", n);
}

} // namespace

// English, and the C locale or a language without a translation, get tenantdesk_en: the
// proper plural forms instead of "(s)".
void TranslationsTest::englishHasItsPluralForms()
{
    removeTranslators();
    QCOMPARE(people(1), QStringLiteral("1 person(s)"));
    QVERIFY(installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(people(1), QStringLiteral("1 person"));
    QCOMPARE(people(25), QStringLiteral("25 people"));
    removeTranslators();
    QVERIFY(!installTranslations(*qApp, QLocale::c()));
    QCOMPARE(people(1), QStringLiteral("1 person"));
    QCOMPARE(people(2), QStringLiteral("2 people"));
    removeTranslators();
    QVERIFY(!installTranslations(*qApp, QLocale(QLocale::Swahili)));
    QCOMPARE(people(0), QStringLiteral("0 people"));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
