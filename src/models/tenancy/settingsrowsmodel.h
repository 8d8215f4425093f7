#pragma once

#include "models/lists/modelroles.h"

#include "core/result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace tenantdesk {

// A settings JSON object as editable key / type / value rows, with validation per row, for
// the settings editor. Values are JSON: text for strings (typed without quotes), numbers,
// booleans, null, and nested objects or arrays written as JSON text.
class SettingsRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    enum class ValueType { String, Number, Boolean, Null, Object, Array };
    Q_ENUM(ValueType)
    // EditRole of the type column is the ValueType as an int.
    static constexpr int ProblemRole = ModelRoles::FirstModelRole;

    explicit SettingsRowsModel(QObject *parent = nullptr);

    void setObject(const QJsonObject &object);
    // The object the rows describe, or the first row's problem (InvalidInput).
    Result<QJsonObject> toObject() const;
    bool isValid() const;
    // The problem of a row, empty when it is fine.
    QString problemAt(int row) const;
    // The first problem of any row, as one sentence naming the row.
    QString firstProblem() const;

    // Appends an empty string row and returns the index of its key cell.
    QModelIndex appendRow();

    static QString typeName(ValueType type);
    static QList<ValueType> types();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // A JSON value read from the text of a row, or why it cannot be one.
    static Result<QJsonValue> parseValue(ValueType type, const QString &text);
    static ValueType typeOf(const QJsonValue &value);
    static QString textOf(const QJsonValue &value);

private:
    struct Row
    {
        QString key;
        ValueType type = ValueType::String;
        QString text;
    };

    QList<Row> m_rows;
};

} // namespace tenantdesk
