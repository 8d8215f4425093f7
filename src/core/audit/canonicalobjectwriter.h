#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QString>

namespace tenantdesk {

// Writes one JSON object straight into canonical form (canonicaljson.h), member by member,
// for audit payloads whose keys are fixed: what canonicalJson(QJsonObject) writes for the
// same members, without building the object, sorting its keys and copying its strings first
// (an import writes one payload per row). The caller adds the members in canonical order,
// keys ascending by UTF-16 code units; keys are plain ASCII names that need no escaping.
class CanonicalObjectWriter
{
public:
    // Opens the object at the end of out.
    explicit CanonicalObjectWriter(QByteArray &out);

    CanonicalObjectWriter &addString(QLatin1String key, const QString &value);
    CanonicalObjectWriter &addNull(QLatin1String key);
    CanonicalObjectWriter &addBool(QLatin1String key, bool value);
    // A member whose value is already canonical JSON (a nested object written by another
    // CanonicalObjectWriter).
    CanonicalObjectWriter &addCanonical(QLatin1String key, QByteArrayView canonicalValue);
    // Closes the object; nothing may be added after it.
    void finish();

private:
    void addKey(QLatin1String key);

    QByteArray &m_out;
    QLatin1String m_previousKey;
    bool m_first = true;
};

} // namespace tenantdesk
