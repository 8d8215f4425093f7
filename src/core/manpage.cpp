#include "core/manpage.h"

namespace tenantdesk {

namespace {

// A control character ('.' or '\'') at the start of a line would start a request: "\&" is
// a zero-width character that keeps it text.
QString protectLineStarts(QString text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

// A macro's argument in double quotes, as the man macros take arguments with spaces; a quote
// inside is written as the roff escape for one.
QString quoted(const QString &escaped)
{
    QString text = escaped;
    text.replace(QLatin1Char('"'), QLatin1String("\\(dq"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

ManPage::ManPage(const QString &title, const QString &section, const QString &date,
                 const QString &source, const QString &manual)
{
    m_lines << QStringLiteral(".TH %1 %2 %3 %4 %5")
                       .arg(quoted(escapeLiteral(title.toUpper())), quoted(section), quoted(date),
                            quoted(escapeText(source)), quoted(escapeText(manual)));
    // Command lines and option names must not be hyphenated or stretched: no hyphenation and
    // a ragged right margin for the whole page.
    m_lines << QStringLiteral(".nh") << QStringLiteral(".ad l");
}

void ManPage::name(const QString &program, const QString &summary)
{
    m_lines << QStringLiteral(".SH NAME")
            << escapeLiteral(program) + QLatin1String(" \\- ") + escapeText(summary);
}

void ManPage::section(const QString &heading)
{
    m_lines << QStringLiteral(".SH ") + quoted(escapeText(heading.toUpper()));
}

void ManPage::subsection(const QString &heading)
{
    m_lines << QStringLiteral(".SS ") + quoted(escapeLiteral(heading));
}

void ManPage::paragraph(const QString &text)
{
    m_lines << QStringLiteral(".PP") << protectLineStarts(escapeText(text));
}

void ManPage::literalParagraph(const QString &text)
{
    m_lines << QStringLiteral(".PP") << QStringLiteral(".B ") + quoted(escapeLiteral(text));
}

void ManPage::tagged(const QString &tag, const QString &text)
{
    m_lines << QStringLiteral(".TP") << QStringLiteral(".B ") + quoted(escapeLiteral(tag))
            << protectLineStarts(escapeText(text));
}

QString ManPage::text() const
{
    return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ManPage::escapeText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    return protectLineStarts(escaped);
}

QString ManPage::escapeLiteral(const QString &text)
{
    QString escaped = escapeText(text);
    escaped.replace(QLatin1Char('-'), QLatin1String("\\-"));
    return escaped;
}

} // namespace tenantdesk
