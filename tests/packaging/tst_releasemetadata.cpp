#include <QDate>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The release metadata agrees with itself: one application id for the desktop entry, the
// AppStream metainfo and the running app; the AppStream release notes say what the Debian
// changelog says, version for version; the MIT licence wherever a licence is named.
class TestReleaseMetadata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneIdNamesDesktopEntryMetainfoAndApp();
    void releaseNotesMatchTheChangelog();
    void changelogStartsWithTheProjectVersion();
    void licenceIsMitEverywhere();
};

namespace {

// One release as the Debian changelog or the AppStream metainfo describes it.
struct Release
{
    QString version;
    QDate date;
    QStringList notes;

    bool operator==(const Release &) const = default;
};

QString sourceFile(const QString &path)
{
    return QStringLiteral(TENANTDESK_SOURCE_DIR "/") + path;
}

QString readText(const QString &path)
{
    QFile file(sourceFile(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString metainfoPath()
{
    return QStringLiteral("resources/%1.metainfo.xml").arg(QStringLiteral(TENANTDESK_APP_ID));
}

// What the tests compare: text with its line breaks and indentation folded to one space.
QString simplified(const QString &text)
{
    return text.simplified();
}

// packaging/debian/changelog, in deb-changelog(5)'s format: a header line with the version,
// "  * " items continued by indented lines, and a trailer line with the date.
QList<Release> changelogReleases()
{
    static const QRegularExpression header(QStringLiteral(R"(^tenantdesk \(([^)]+)\) )"));
    static const QRegularExpression trailer(QStringLiteral(R"(^ -- .+ <.+>  (.+)$)"));
    QList<Release> releases;
    const QStringList lines = readText(QStringLiteral("packaging/debian/changelog")).split(u'\n');
    for (const QString &line : lines) {
        if (const auto match = header.match(line); match.hasMatch()) {
            releases.append(Release{match.captured(1), {}, {}});
        } else if (releases.isEmpty()) {
            continue;
        } else if (line.startsWith(QLatin1String("  * "))) {
            releases.last().notes.append(line.mid(4));
        } else if (line.startsWith(QLatin1String("    ")) && !releases.last().notes.isEmpty()) {
            releases.last().notes.last() += u' ' + line;
        } else if (const auto match = trailer.match(line); match.hasMatch()) {
            // RFC 5322 date: "Wed, 02 Dec 2026 12:00:00 +0000".
            const QString date = match.captured(1).section(u' ', 1, 3);
            releases.last().date = QLocale::c().toDate(date, QStringLiteral("dd MMM yyyy"));
        }
    }
    for (Release &release : releases)
        for (QString &note : release.notes)
            note = simplified(note);
    return releases;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QString projectLicense;
    QList<Release> releases;
};

Metainfo readMetainfo()
{
    Metainfo metainfo;
    QXmlStreamReader xml(readText(metainfoPath()));
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        path.append(xml.name().toString());
        const QString where = path.join(u'/');
        if (where == QLatin1String("component/id")) {
            metainfo.id = xml.readElementText();
            path.removeLast();
        } else if (where == QLatin1String("component/launchable")) {
            metainfo.launchable = xml.readElementText();
            path.removeLast();
        } else if (where == QLatin1String("component/project_license")) {
            metainfo.projectLicense = xml.readElementText();
            path.removeLast();
        } else if (where == QLatin1String("component/releases/release")) {
            const auto attributes = xml.attributes();
            metainfo.releases.append(
                    Release{attributes.value(QLatin1String("version")).toString(),
                            QDate::fromString(attributes.value(QLatin1String("date")).toString(),
                                              Qt::ISODate),
                            {}});
        } else if (where == QLatin1String("component/releases/release/description/ul/li")) {
            metainfo.releases.last().notes.append(simplified(xml.readElementText()));
            path.removeLast();
        }
    }
    if (xml.hasError())
        qWarning() << metainfoPath() << xml.errorString() << "at line" << xml.lineNumber();
    return metainfo;
}

} // namespace

void TestReleaseMetadata::initTestCase()
{
    QVERIFY(!readText(metainfoPath()).isEmpty());
    QVERIFY(!changelogReleases().isEmpty());
}

void TestReleaseMetadata::oneIdNamesDesktopEntryMetainfoAndApp()
{
    const QString id = QStringLiteral(TENANTDESK_APP_ID);
    QVERIFY(QRegularExpression(QStringLiteral(R"(^[a-z]+(\.[A-Za-z][A-Za-z0-9_]*){2,}$)"))
                    .match(id)
                    .hasMatch());
    const Metainfo metainfo = readMetainfo();
    QCOMPARE(metainfo.id, id);
    QCOMPARE(metainfo.launchable, id + QLatin1String(".desktop"));
    QVERIFY(QFile::exists(sourceFile(QStringLiteral("resources/%1.desktop").arg(id))));
    // main.cpp sets the same id, from the same CMake variable, as the desktop file name.
    QVERIFY(readText(QStringLiteral("src/app/main.cpp"))
                    .contains(QLatin1String(
                            "setDesktopFileName(QStringLiteral(TENANTDESK_APP_ID))")));
}

void TestReleaseMetadata::releaseNotesMatchTheChangelog()
{
    const QList<Release> changelog = changelogReleases();
    const QList<Release> metainfo = readMetainfo().releases;
    QCOMPARE(metainfo.size(), changelog.size());
    for (qsizetype i = 0; i < changelog.size(); ++i) {
        QCOMPARE(metainfo[i].version, changelog[i].version);
        QVERIFY2(changelog[i].date.isValid(), qPrintable(changelog[i].version));
        QCOMPARE(metainfo[i].date, changelog[i].date);
        QVERIFY(!changelog[i].notes.isEmpty());
        QCOMPARE(metainfo[i].notes, changelog[i].notes);
    }
}

void TestReleaseMetadata::changelogStartsWithTheProjectVersion()
{
    QCOMPARE(changelogReleases().first().version, QStringLiteral(TENANTDESK_VERSION));
}

void TestReleaseMetadata::licenceIsMitEverywhere()
{
    QVERIFY(readText(QStringLiteral("LICENSE")).startsWith(QLatin1String("MIT License\n")));
    QCOMPARE(readMetainfo().projectLicense, QStringLiteral("MIT"));
    const QString copyright = readText(QStringLiteral("packaging/debian/copyright"));
    QVERIFY(copyright.contains(QLatin1String("Files: *\nCopyright: ")));
    QVERIFY(QRegularExpression(QStringLiteral(R"(Files: \*\n(Copyright: .*\n)+License: MIT\n)"))
                    .match(copyright)
                    .hasMatch());
    // The licence text in the copyright file is LICENSE's, line for line.
    const QString licence = readText(QStringLiteral("LICENSE")).section(u'\n', 4).trimmed();
    QStringList copyrightLicence;
    // The stand-alone "License: MIT" paragraph, after an empty line.
    const QLatin1String paragraph("\n\nLicense: MIT\n");
    const qsizetype start = copyright.indexOf(paragraph);
    QVERIFY(start >= 0);
    for (const QString &line : copyright.mid(start + paragraph.size()).split(u'\n')) {
        if (!line.startsWith(u' '))
            break;
        copyrightLicence.append(line == QLatin1String(" .") ? QString() : line.mid(1));
    }
    QCOMPARE(copyrightLicence.join(u'\n'), licence);
}

QTEST_GUILESS_MAIN(TestReleaseMetadata)
#include "tst_releasemetadata.moc"
