#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace tenantdesk::cli {

// A JSON object that keeps its keys in the order they were added. tenantctl's documented
// outputs list keys in a fixed order (name before version ...), which QJsonObject, sorting
// its keys, cannot keep.
class OrderedJsonObject
{
public:
    OrderedJsonObject &add(const QString &key, const QJsonValue &value)
    {
        return addRaw(key, encode(value));
    }
    OrderedJsonObject &add(const QString &key, const OrderedJsonObject &object)
    {
        return addRaw(key, object.toJson());
    }
    OrderedJsonObject &add(const QString &key, const QList<OrderedJsonObject> &array)
    {
        QByteArray text = "[";
        for (qsizetype i = 0; i < array.size(); ++i)
            text += (i ? "," : "") + array.at(i).toJson();
        return addRaw(key, text + ']');
    }

    QByteArray toJson() const { return '{' + m_members + '}'; }
    // The members without the braces ("" when there are none), to write an object piece by
    // piece (JsonListWriter).
    const QByteArray &members() const { return m_members; }

    // QJsonDocument escapes strings and writes numbers exactly as the rest of tenantctl does.
    static QByteArray encode(const QJsonValue &value)
    {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    }

private:
    OrderedJsonObject &addRaw(const QString &key, const QByteArray &encoded)
    {
        if (!m_members.isEmpty())
            m_members += ',';
        m_members += encode(key) + ':' + encoded;
        return *this;
    }

    QByteArray m_members;
};

} // namespace tenantdesk::cli
