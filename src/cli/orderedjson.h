#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

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
    OrderedJsonObject &add(const QString &key, const QList<OrderedJsonObject> &array);
    // The same for the values of a list's rows, without a QJsonValue for each.
    OrderedJsonObject &addString(QStringView key, QStringView value);
    OrderedJsonObject &addStringOrNull(QStringView key, QStringView value, bool null);
    OrderedJsonObject &addInteger(QStringView key, qint64 value);
    OrderedJsonObject &addBool(QStringView key, bool value);

    QByteArray toJson() const { return '{' + m_members + '}'; }
    // The members without the braces ("" when there are none), to write an object piece by
    // piece (JsonListWriter).
    const QByteArray &members() const { return m_members; }

    // The text QJsonDocument writes for value, byte for byte (tst_orderedjson compares them).
    // Strings, integers, booleans and null are written here directly: a list of a million
    // rows spent most of its time going through QJsonDocument for each of them. Strings are
    // escaped as for the audit chain (JSON.stringify's way), which is Qt's way too.
    static QByteArray encode(const QJsonValue &value);

private:
    OrderedJsonObject &addRaw(QStringView key, QByteArrayView encoded);
    void addKey(QStringView key);

    QByteArray m_members;
};

} // namespace tenantdesk::cli
