#pragma once

#include "widgets/tenancy/tenancylistpage.h"

namespace tenantdesk {

class WorkspaceListModel;

// The workspaces of the active tenant that the signed-in user may see, with the same
// actions as the tenants page. Follows the active context; Enter or a double click makes
// a workspace the active one.
class WorkspacesPage : public TenancyListPage
{
    Q_OBJECT

public:
    explicit WorkspacesPage(Session *session, QWidget *parent = nullptr);

    // The tab and menu title and the icon, known before the page is built (MainWindow builds
    // pages when first shown).
    static QString pageTitle() { return tr("Workspaces"); }
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }

    WorkspaceListModel *model() const { return m_model; }

protected:
    QString countText(int rows) const override;
    QString emptyText(bool filtered) const override;
    void activateRow(const QModelIndex &index) override;
    std::optional<QString> createScope() const override;
    QString createIntro() const override;
    std::optional<Item> contextItem() const override;

private:
    void followContext();

    WorkspaceListModel *m_model;
};

} // namespace tenantdesk
