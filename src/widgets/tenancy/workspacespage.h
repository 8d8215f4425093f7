#pragma once

#include "widgets/common/listpage.h"

namespace tenantdesk {

class WorkspaceListModel;

// The workspaces of the active tenant that the signed-in user may see, with the same
// actions as the tenants page. Follows the active context; Enter or a double click makes
// a workspace the active one.
class WorkspacesPage : public ListPage
{
    Q_OBJECT

public:
    explicit WorkspacesPage(Session *session, QWidget *parent = nullptr);

    QString title() const override { return tr("Workspaces"); }
    QIcon icon() const override;

    WorkspaceListModel *model() const { return m_model; }
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
    void createWorkspace();
    void renameWorkspace();
    void editSettings();
    void deleteWorkspace();
    void followContext();

    WorkspaceListModel *m_model;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_settings;
    QAction *m_delete;
};

} // namespace tenantdesk
