#pragma once

#include <QString>
#include <QStringList>

namespace tenantdesk {

// A manual page in the man(7) macro language, written from the programs' own tables so that
// the page and --help cannot drift apart (both `tenantctl --manpage` and `tenantdesk --manpage`
// build one). Text handed in is plain text: the writer escapes what roff would interpret
// (backslashes, a leading dot or quote, hyphens in literal text) and chooses the macros.
class ManPage
{
public:
    // title: the program's name; section: the manual section ("1"); date: the release's
    // date (YYYY-MM-DD), so that the same sources always give the same page.
    ManPage(const QString &title, const QString &section, const QString &date,
            const QString &source, const QString &manual);

    // The NAME section: "program \- summary", the line whatis(1) and apropos(1) read.
    void name(const QString &program, const QString &summary);
    // .SH: a section heading, e.g. "SYNOPSIS" (written upper-case).
    void section(const QString &heading);
    // .SS: a sub-section heading (a command group's name).
    void subsection(const QString &heading);
    // .PP: a paragraph of prose.
    void paragraph(const QString &text);
    // A paragraph of literal text (a command line) in bold, e.g. a usage line.
    void literalParagraph(const QString &text);
    // .TP: a tagged paragraph; the tag is literal text (an option, a command, a variable)
    // in bold, the text prose.
    void tagged(const QString &tag, const QString &text);

    // The page's source text.
    QString text() const;

    // Escapes prose for roff: backslashes, and a dot or quote at the start of a line.
    static QString escapeText(const QString &text);
    // Escapes literal text (options, commands): as escapeText, and every '-' as "\-" so that
    // it stays a hyphen-minus a reader can copy into a shell.
    static QString escapeLiteral(const QString &text);

private:
    QStringList m_lines;
};

} // namespace tenantdesk
