#include "core/csv/csv.h"

#include <QCoreApplication>

namespace tenantdesk::Csv {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(tenantdesk::Csv::Strings)
};

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

Result<QList<Record>> parse(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Record> records;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool afterQuote = false; // a quoted field ended; only a separator may follow
    int line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(current.fields))
            records.append(current);
        current = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            return invalidInput(Strings::tr("Line %1: text after a closing quote.").arg(line));
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return invalidInput(
                Strings::tr("Line %1: a quoted field is never closed.").arg(current.line));
    endRecord();
    return records;
}

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

QString neutralised(const QString &cell)
{
    if (!cell.isEmpty() && (startsFormula(cell.front()) || cell.front() == QLatin1Char('\'')))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString restored(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'')
        && (startsFormula(cell.at(1)) || cell.at(1) == QLatin1Char('\'')))
        return cell.mid(1);
    return cell;
}

QByteArray formatRecord(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (QString field : fields) {
        // A leading U+FEFF is quoted too: at the start of a file it would read as a BOM.
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
            || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
            || field.startsWith(QChar(0xFEFF))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        out.append(field);
    }
    return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace tenantdesk::Csv
