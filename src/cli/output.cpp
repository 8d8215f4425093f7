#include "cli/output.h"

#include "core/printable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace tenantdesk::cli {

namespace {

struct Output
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::cli::Output)
};

} // namespace

QString shown(const QString &text)
{
    return visibleText(text);
}

QString cell(const QString &text, int maxLength)
{
    // Only the start can show: escape no more of a long text than that.
    QString visible = shown(text.left(maxLength + 1));
    if (visible.size() <= maxLength)
        return visible;
    visible.truncate(maxLength);
    // Do not cut a surrogate pair in half.
    if (visible.back().isHighSurrogate())
        visible.chop(1);
    return visible + QChar(0x2026);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QStringList namedRowHeader()
{
    return {Output::tr("SLUG"), Output::tr("NAME"), Output::tr("ID"), Output::tr("CREATED")};
}

TablePrinter::TablePrinter(QTextStream &out, QStringList header)
    : m_out(out)
    , m_header(std::move(header))
{
    for (const QString &title : std::as_const(m_header))
        m_widths << title.size();
}

void TablePrinter::print(const QList<QStringList> &rows)
{
    if (!m_started) {
        for (const QStringList &row : rows) {
            for (qsizetype i = 0; i < row.size() && i < m_widths.size(); ++i)
                m_widths[i] = qMax(m_widths[i], row.at(i).size());
        }
        printRow(m_header);
        m_started = true;
    }
    for (const QStringList &row : rows)
        printRow(row);
    m_out.flush();
}

void TablePrinter::finish()
{
    if (!m_started)
        print({});
    m_out.flush();
}

void TablePrinter::printRow(const QStringList &row)
{
    QString line;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i + 1 < row.size())
            line += row.at(i).leftJustified(m_widths.value(i)) + QStringLiteral("  ");
        else
            line += row.at(i);
    }
    m_out << line << '\n';
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    TablePrinter table(out, header);
    table.print(rows);
    table.finish();
}

} // namespace tenantdesk::cli
