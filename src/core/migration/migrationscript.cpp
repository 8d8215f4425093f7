#include "core/migration/migrationscript.h"

#include "core/migration/statementsplitter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tenantdesk {

namespace {

const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)_[^/\\\\]+\\.sql$"));
    return pattern;
}

// "-- ==== UP ====": case, spacing and the number of '=' do not matter.
const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*--\\s*=+\\s*(UP|DOWN)\\s*=+\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// "-- tenantdesk: NAME", a per-file instruction to the runner.
const QRegularExpression &directivePattern()
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*--\\s*tenantdesk\\s*:\\s*(.*?)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QByteArray normalise(QByteArray content)
{
    if (content.startsWith("\xEF\xBB\xBF"))
        content.remove(0, 3);
    content.replace("\r\n", "\n");
    content.replace('\r', '\n');
    return content;
}

// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when the whole text is.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0; // overlong
            else if (lead == 0xed)
                high = 0x9f; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90; // overlong
            else if (lead == 0xf4)
                high = 0x8f; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}

int lineAtOffset(const QByteArray &text, qsizetype offset)
{
    return int(QByteArrayView(text).first(offset).count('\n')) + 1;
}

} // namespace

bool MigrationScript::isMigrationFileName(const QString &fileName)
{
    return fileNamePattern().match(fileName).hasMatch();
}

QString MigrationScript::checksumOf(const QByteArray &normalisedText)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(normalisedText, QCryptographicHash::Sha256).toHex());
}

bool MigrationScript::lessThan(qint64 versionA, const QString &nameA, qint64 versionB,
                               const QString &nameB)
{
    if (versionA != versionB)
        return versionA < versionB;
    return nameA < nameB;
}

Result<MigrationScript> MigrationScript::parse(const QString &fileName, const QByteArray &content)
{
    const auto nameMatch = fileNamePattern().match(fileName);
    if (!nameMatch.hasMatch())
        return invalidInput(
                tr("%1 is not a migration file name: expected NNN_name.sql.").arg(fileName));
    bool numberOk = false;
    const qint64 version = nameMatch.captured(1).toLongLong(&numberOk);
    if (!numberOk)
        return invalidInput(tr("The number of %1 is too large.").arg(fileName));

    const QByteArray text = normalise(content);
    // SQLite stops reading a statement at a NUL byte: the rest of the script would silently
    // not run (or, before this check, never finish).
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return invalidInput(tr("%1, line %2: the file holds a NUL byte; a migration script is "
                               "text.")
                                    .arg(fileName)
                                    .arg(lineAtOffset(text, nul)));
    if (const qsizetype invalid = firstInvalidUtf8(text); invalid >= 0)
        return invalidInput(tr("%1, line %2: the file is not valid UTF-8 text (byte 0x%3); "
                               "save it as UTF-8.")
                                    .arg(fileName)
                                    .arg(lineAtOffset(text, invalid))
                                    .arg(QString::number(uchar(text.at(invalid)), 16)
                                                 .rightJustified(2, QLatin1Char('0'))));

    // Find the marker lines by byte offset, so that the sections keep the file's exact text.
    qsizetype upLineStart = -1;
    qsizetype downLineStart = -1;
    qsizetype downLineEnd = -1;
    int downLine = 0;
    int lineNumber = 0;
    bool foreignKeysOff = false;
    for (qsizetype start = 0; start < text.size(); ++lineNumber) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QString line = QString::fromUtf8(text.mid(start, end - start));
        const auto directive = directivePattern().match(line);
        if (directive.hasMatch()) {
            // An unknown directive is refused: a typo must not silently run with foreign keys on.
            if (directive.captured(1).compare(QLatin1String("foreign-keys-off"),
                                              Qt::CaseInsensitive)
                != 0)
                return invalidInput(tr("%1, line %2: unknown directive \"%3\"; the only one is "
                                       "\"%4\".")
                                            .arg(fileName)
                                            .arg(lineNumber + 1)
                                            .arg(directive.captured(1), foreignKeysOffDirective()));
            foreignKeysOff = true;
        }
        const auto marker = markerPattern().match(line);
        if (marker.hasMatch()) {
            const bool isUp
                    = marker.captured(1).compare(QLatin1String("UP"), Qt::CaseInsensitive) == 0;
            if (isUp && (upLineStart >= 0 || downLineStart >= 0))
                return invalidInput(tr("%1, line %2: a second UP marker, or an UP marker after "
                                       "DOWN; a script has one UP section followed by one DOWN "
                                       "section.")
                                            .arg(fileName)
                                            .arg(lineNumber + 1));
            if (!isUp && downLineStart >= 0)
                return invalidInput(tr("%1, line %2: a second DOWN marker; a script has one "
                                       "DOWN section.")
                                            .arg(fileName)
                                            .arg(lineNumber + 1));
            if (isUp) {
                upLineStart = start;
            } else {
                downLineStart = start;
                downLineEnd = qMin(end + 1, text.size());
                downLine = lineNumber + 1;
            }
        }
        start = end + 1;
    }

    MigrationScript script;
    script.m_name = fileName.chopped(4);
    script.m_version = version;
    script.m_hasMarkers = upLineStart >= 0 || downLineStart >= 0;
    script.m_foreignKeysOff = foreignKeysOff;
    if (downLineStart >= 0) {
        script.m_up = text.left(downLineStart);
        script.m_down = text.mid(downLineEnd);
        script.m_downFirstLine = downLine + 1;
    } else {
        // No DOWN marker: the whole file is UP and the migration cannot be reverted.
        script.m_up = text;
    }
    script.m_upChecksum = checksumOf(script.m_up);
    script.m_downChecksum = checksumOf(script.m_down);
    script.m_reversible = !StatementSplitter::isBlank(script.m_down);
    return script;
}

Result<MigrationScript> MigrationScript::load(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    auto script = parse(QFileInfo(filePath).fileName(), file.readAll());
    if (script)
        script->m_filePath = filePath;
    return script;
}

QByteArray MigrationScript::sql(MigrationDirection direction) const
{
    return direction == MigrationDirection::Up ? m_up : m_down;
}

QString MigrationScript::checksum(MigrationDirection direction) const
{
    return direction == MigrationDirection::Up ? m_upChecksum : m_downChecksum;
}

int MigrationScript::firstLine(MigrationDirection direction) const
{
    return direction == MigrationDirection::Up ? 1 : m_downFirstLine;
}

QString MigrationScript::describe(MigrationDirection direction) const
{
    return direction == MigrationDirection::Up ? tr("%1 (UP)").arg(fileName())
                                               : tr("%1 (DOWN)").arg(fileName());
}

QString MigrationScript::describeSource(MigrationDirection direction) const
{
    // A script parsed from memory has no file: its name is all there is to say.
    const QString file = m_filePath.isEmpty()
            ? fileName()
            : QDir::toNativeSeparators(QFileInfo(m_filePath).absoluteFilePath());
    return direction == MigrationDirection::Up
            ? tr("UP section of %1 (from line %2)").arg(file).arg(firstLine(direction))
            : tr("DOWN section of %1 (from line %2)").arg(file).arg(firstLine(direction));
}

} // namespace tenantdesk
