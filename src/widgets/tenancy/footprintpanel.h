#pragma once

#include "ui_footprintpanel.h"

#include <QStringList>
#include <QWidget>

namespace tenantdesk {

// The details line under the tenants and workspaces lists: what the selected tenant or
// workspace owns (TenantFootprint, counted on the worker thread).
class FootprintPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FootprintPanel(QWidget *parent = nullptr);

    void showCounting();
    void showFootprint(const QStringList &lines);
    void showError(const QString &message);
    void clear();
    QString text() const;

private:
    Ui::FootprintPanel ui;
};

} // namespace tenantdesk
