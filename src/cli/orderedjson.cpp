#include "cli/orderedjson.h"

#include "core/audit/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace tenantdesk::cli {

OrderedJsonObject &OrderedJsonObject::add(const QString &key, const QList<OrderedJsonObject> &array)
{
    QByteArray text = "[";
    for (qsizetype i = 0; i < array.size(); ++i)
        text += (i ? "," : "") + array.at(i).toJson();
    return addRaw(key, text + ']');
}

OrderedJsonObject &OrderedJsonObject::addString(QStringView key, QStringView value)
{
    addKey(key);
    appendJavaScriptString(m_members, value);
    return *this;
}

OrderedJsonObject &OrderedJsonObject::addStringOrNull(QStringView key, QStringView value, bool null)
{
    return null ? addRaw(key, "null") : addString(key, value);
}

OrderedJsonObject &OrderedJsonObject::addInteger(QStringView key, qint64 value)
{
    addKey(key);
    m_members += QByteArray::number(value);
    return *this;
}

OrderedJsonObject &OrderedJsonObject::addBool(QStringView key, bool value)
{
    return addRaw(key, value ? "true" : "false");
}

OrderedJsonObject &OrderedJsonObject::addRaw(QStringView key, QByteArrayView encoded)
{
    addKey(key);
    m_members += encoded;
    return *this;
}

void OrderedJsonObject::addKey(QStringView key)
{
    if (!m_members.isEmpty())
        m_members += ',';
    appendJavaScriptString(m_members, key);
    m_members += ':';
}

QByteArray OrderedJsonObject::encode(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::String: {
        QByteArray json;
        appendJavaScriptString(json, value.toString());
        return json;
    }
    case QJsonValue::Double:
        // A value made from an integer is kept as one, and written in full; one made from a
        // double is written in the shortest form that reads back (1e+15), left to Qt.
        if (const QVariant number = value.toVariant(); number.typeId() == QMetaType::LongLong)
            return QByteArray::number(number.toLongLong());
        break;
    default:
        break;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace tenantdesk::cli
