#include "core/audit/canonicalobjectwriter.h"

#include "core/audit/canonicaljson.h"

namespace tenantdesk {

CanonicalObjectWriter::CanonicalObjectWriter(QByteArray &out)
    : m_out(out)
{
    m_out += '{';
}

void CanonicalObjectWriter::addKey(QLatin1String key)
{
    // Keys out of order would write a payload that verification rejects as not canonical.
    Q_ASSERT_X(m_first || m_previousKey < key, "CanonicalObjectWriter",
               "keys must be added in ascending order");
    m_previousKey = key;
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

CanonicalObjectWriter &CanonicalObjectWriter::addString(QLatin1String key, const QString &value)
{
    addKey(key);
    appendJavaScriptString(m_out, value);
    return *this;
}

CanonicalObjectWriter &CanonicalObjectWriter::addNull(QLatin1String key)
{
    addKey(key);
    m_out += "null";
    return *this;
}

CanonicalObjectWriter &CanonicalObjectWriter::addBool(QLatin1String key, bool value)
{
    addKey(key);
    m_out += value ? "true" : "false";
    return *this;
}

CanonicalObjectWriter &CanonicalObjectWriter::addCanonical(QLatin1String key,
                                                           QByteArrayView canonicalValue)
{
    addKey(key);
    m_out += canonicalValue;
    return *this;
}

void CanonicalObjectWriter::finish()
{
    m_out += '}';
}

} // namespace tenantdesk
