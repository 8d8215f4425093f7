#pragma once

#include "ui_settingsdialog.h"

#include <QDialog>
#include <QJsonObject>

namespace tenantdesk {

class SettingsRowsModel;

// Edits the settings JSON object of a tenant or workspace as key / type / value rows.
// Save stays disabled while a row is invalid; the first problem is named below the table.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setIntro(const QString &text);
    void setSettings(const QJsonObject &settings);
    // The edited object; valid once the dialog was accepted.
    QJsonObject settings() const;
    SettingsRowsModel *rows() const { return m_rows; }

private:
    void addRow();
    void removeSelectedRows();
    void validate();

    Ui::SettingsDialog ui;
    SettingsRowsModel *m_rows;
    QJsonObject m_original;
};

} // namespace tenantdesk
