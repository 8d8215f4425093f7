#pragma once

#include "widgets/common/listpage.h"

namespace tenantdesk {

class TenantListModel;

// The tenants the signed-in user may see: search, sort, create, rename, edit settings and
// delete, each action enabled only where AccessPolicy allows it. Enter or a double click
// makes a tenant the active context.
class TenantsPage : public ListPage
{
    Q_OBJECT

public:
    explicit TenantsPage(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Tenants"); }
    QIcon icon() const override;

    TenantListModel *model() const { return m_model; }
    QAction *createAction() const { return m_create; }
    QAction *renameAction() const { return m_rename; }
    QAction *settingsAction() const { return m_settings; }
    QAction *deleteAction() const { return m_delete; }

protected:
    void applyFilter(const QString &text) override;
    void reloadModel() override;
    QString countText(int rows) const override;
    QString emptyText(bool filtered) const override;
    void activateRow(const QModelIndex &index) override;

private:
    void createTenant();
    void renameTenant();
    void editSettings();
    void deleteTenant();
    void followContext();

    TenantListModel *m_model;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_settings;
    QAction *m_delete;
};

} // namespace tenantdesk
