#include "cli/listing.h"

#include "cli/clicontext.h"

#include <QJsonDocument>
#include <QTextStream>

namespace tenantdesk::cli {

JsonListWriter::JsonListWriter(QTextStream &out, const QString &key, OrderedJsonObject head)
    : m_out(out)
    , m_key(key)
    , m_head(std::move(head))
{ }

void JsonListWriter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_out << '{';
    if (!m_head.members().isEmpty())
        m_out << m_head.members() << ',';
    m_out << OrderedJsonObject::encode(m_key) << ":[";
}

void JsonListWriter::add(const QJsonObject &row)
{
    addEncoded(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

void JsonListWriter::add(const OrderedJsonObject &row)
{
    addEncoded(row.toJson());
}

void JsonListWriter::addEncoded(const QByteArray &row)
{
    start();
    if (!m_empty)
        m_out << ',';
    m_empty = false;
    m_out << row;
}

void JsonListWriter::finish(qint64 count)
{
    start();
    m_out << "]," << OrderedJsonObject::encode(QStringLiteral("count")) << ':' << count << "}\n";
    m_out.flush();
}

ListPrinter::ListPrinter(CliContext &context, const QString &jsonKey, const QStringList &header,
                         OrderedJsonObject jsonHead)
    : m_out(context.out())
{
    if (context.json())
        m_json.emplace(m_out, jsonKey, std::move(jsonHead));
    else
        m_table.emplace(m_out, header);
}

void ListPrinter::finish(qint64 count)
{
    if (m_json) {
        m_json->finish(count);
        return;
    }
    if (m_rows == 0 && !m_emptyText.isEmpty()) {
        m_out << m_emptyText << '\n';
        m_out.flush();
        return;
    }
    m_table->finish();
}

} // namespace tenantdesk::cli
