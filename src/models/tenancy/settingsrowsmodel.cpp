#include "models/tenancy/settingsrowsmodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tenantdesk {

SettingsRowsModel::SettingsRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<SettingsRowsModel::ValueType> SettingsRowsModel::types()
{
    return {ValueType::String, ValueType::Number, ValueType::Boolean,
            ValueType::Null,   ValueType::Object, ValueType::Array};
}

QString SettingsRowsModel::typeName(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return tr("Text");
    case ValueType::Number:
        return tr("Number");
    case ValueType::Boolean:
        return tr("Yes/no");
    case ValueType::Null:
        return tr("Null");
    case ValueType::Object:
        return tr("Object (JSON)");
    case ValueType::Array:
        return tr("List (JSON)");
    }
    return {};
}

SettingsRowsModel::ValueType SettingsRowsModel::typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return ValueType::Number;
    case QJsonValue::Bool:
        return ValueType::Boolean;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ValueType::Null;
    case QJsonValue::Object:
        return ValueType::Object;
    case QJsonValue::Array:
        return ValueType::Array;
    case QJsonValue::String:
        break;
    }
    return ValueType::String;
}

QString SettingsRowsModel::textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Double: {
        // As JSON writes it (no trailing ".0", exponent where needed).
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
    return {};
}

Result<QJsonValue> SettingsRowsModel::parseValue(ValueType type, const QString &text)
{
    switch (type) {
    case ValueType::String:
        return QJsonValue(text);
    case ValueType::Null:
        return QJsonValue(QJsonValue::Null);
    case ValueType::Boolean:
        if (text.trimmed() == QLatin1String("true"))
            return QJsonValue(true);
        if (text.trimmed() == QLatin1String("false"))
            return QJsonValue(false);
        return invalidInput(tr("a yes/no value is true or false"));
    case ValueType::Number:
    case ValueType::Object:
    case ValueType::Array: {
        // Wrapped in an array, so that the JSON parser also reads a bare number.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(
                QByteArray("[") + text.trimmed().toUtf8() + QByteArray("]"), &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
            if (type == ValueType::Number)
                return invalidInput(tr("\"%1\" is not a number (e.g. 42, -1.5, 2e6)").arg(text));
            return invalidInput(tr("not valid JSON (%1 at character %2)")
                                        .arg(error.errorString())
                                        .arg(std::max(0, error.offset - 1)));
        }
        const QJsonValue value = document.array().first();
        if (type == ValueType::Number && !value.isDouble())
            return invalidInput(tr("\"%1\" is not a number (e.g. 42, -1.5, 2e6)").arg(text));
        if (type == ValueType::Object && !value.isObject())
            return invalidInput(tr("an object is written {\"key\": value, ...}"));
        if (type == ValueType::Array && !value.isArray())
            return invalidInput(tr("a list is written [value, ...]"));
        return value;
    }
    }
    return invalidInput(tr("unknown type"));
}

void SettingsRowsModel::setObject(const QJsonObject &object)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = object.begin(); it != object.end(); ++it)
        m_rows.append({it.key(), typeOf(it.value()), textOf(it.value())});
    endResetModel();
}

QString SettingsRowsModel::problemAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.key.trimmed().isEmpty())
        return tr("the key is empty");
    if (r.key != r.key.trimmed())
        return tr("the key starts or ends with spaces");
    for (int other = 0; other < row; ++other) {
        if (m_rows.at(other).key == r.key)
            return tr("the key \"%1\" is used twice").arg(r.key);
    }
    auto value = parseValue(r.type, r.text);
    return value ? QString() : value.error().message;
}

QString SettingsRowsModel::firstProblem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString problem = problemAt(row);
        if (!problem.isEmpty())
            return tr("Row %1: %2.").arg(row + 1).arg(problem);
    }
    return {};
}

bool SettingsRowsModel::isValid() const
{
    return firstProblem().isEmpty();
}

Result<QJsonObject> SettingsRowsModel::toObject() const
{
    if (const QString problem = firstProblem(); !problem.isEmpty())
        return invalidInput(problem);
    QJsonObject object;
    for (const Row &row : m_rows)
        object.insert(row.key, *parseValue(row.type, row.text));
    return object;
}

QModelIndex SettingsRowsModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row());
    endInsertRows();
    return index(row, KeyColumn);
}

int SettingsRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettingsRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case TypeColumn:
            return typeName(row.type);
        case ValueColumn:
            return row.type == ValueType::Null ? QStringLiteral("null") : row.text;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            return row.key;
        case TypeColumn:
            return int(row.type);
        case ValueColumn:
            return row.text;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && row.type == ValueType::Null)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::BackgroundRole:
        return problemAt(index.row()).isEmpty() ? QVariant()
                                                : QVariant(QBrush(QColor(0xc0, 0x39, 0x2b, 50)));
    case Qt::ToolTipRole:
    case ProblemRole:
        return problemAt(index.row());
    default:
        return {};
    }
}

bool SettingsRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    switch (index.column()) {
    case KeyColumn:
        row.key = value.toString();
        break;
    case TypeColumn: {
        const auto type = ValueType(value.toInt());
        if (type == row.type)
            return true;
        // Keep what still makes sense; a fresh yes/no starts as false.
        if (type == ValueType::Boolean && !parseValue(type, row.text))
            row.text = QStringLiteral("false");
        if (type == ValueType::Null)
            row.text.clear();
        if (type == ValueType::Object && row.text.trimmed().isEmpty())
            row.text = QStringLiteral("{}");
        if (type == ValueType::Array && row.text.trimmed().isEmpty())
            row.text = QStringLiteral("[]");
        row.type = type;
        break;
    }
    case ValueColumn:
        row.text = value.toString();
        break;
    default:
        return false;
    }
    // Validity of every row can change (duplicate keys), and with it their colour.
    Q_EMIT dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, ColumnCount - 1));
    return true;
}

QVariant SettingsRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

Qt::ItemFlags SettingsRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != ValueColumn || m_rows.at(index.row()).type != ValueType::Null)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SettingsRowsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    return true;
}

} // namespace tenantdesk
