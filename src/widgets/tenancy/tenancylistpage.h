#pragma once

#include "models/session/actiongate.h"
#include "widgets/common/listpage.h"
#include "widgets/tenancy/deletedialog.h"
#include "widgets/tenancy/namedialog.h"

#include "core/result.h"
#include "core/tenancy/tenancytypes.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace tenantdesk {

class Database;
struct Actor;
class FootprintPanel;

// What the tenants and workspaces pages share: a list of named rows with a slug and
// settings, and the four actions on them (new, rename, settings, delete), each enabled only
// where AccessPolicy allows it. Dialogs open without an event loop of their own (open(),
// then their accepted signal), so no result callback ever waits inside a dialog. A subclass
// says which core calls do the work, where new rows go and how the list follows the context.
class TenancyListPage : public ListPage
{
    Q_OBJECT

public:
    using Kind = DeleteDialog::Kind;

    QAction *createAction() const { return m_create; }
    QAction *renameAction() const { return m_rename; }
    QAction *settingsAction() const { return m_settings; }
    QAction *deleteAction() const { return m_delete; }

    // The id rename, settings and delete act on: the selected row while this page is on
    // screen, otherwise the active tenant (workspace) — never a row selected on a hidden page.
    QString targetId() const;

protected:
    // A tenant or workspace as the dialogs need it.
    struct Item
    {
        QString id;
        QString name;
        QString slug;
        QJsonObject settings;
    };
    template<typename T> using Job = std::function<Result<T>(const Database &, const Actor &)>;

    // The core calls behind the actions: each gives the job that runs on the worker thread.
    struct CoreCalls
    {
        // scope: what createScope() gave when the dialog opened.
        std::function<Job<Item>(const QString &scope, const QString &name, const QString &slug)>
                create;
        std::function<Job<Item>(const QString &id)> find;
        std::function<Job<Item>(const QString &id, const QString &name)> rename;
        std::function<Job<Item>(const QString &id, const QJsonObject &settings)> saveSettings;
        std::function<Job<DeletionImpact>(const QString &id)> deletionImpact;
        // withData: the admin chose to delete the data rows too (DeleteDialog).
        std::function<Job<void>(const QString &id, const QString &confirmSlug, bool withData)>
                remove;
        // The footprint of a row (TenantFootprint::describe), for the details line.
        std::function<Job<QStringList>(const QString &id)> footprint;
    };

    // What the subclass hands over once its model exists (calls.footprint set: the page
    // shows the current row's footprint under the table).
    struct Setup
    {
        PagedModelBase *model = nullptr;
        std::function<void(const QString &)> applyFilter;
        CoreCalls calls;
        // The target of "new"; nothing when nothing can be created now (whenNoCreateTarget
        // says why).
        ActionGate::TargetFn createTarget;
        QString whenNoCreateTarget;
        // The target of rename, settings and delete: the current row.
        ActionGate::TargetFn selectedTarget;
    };

    TenancyListPage(Kind kind, Session *session, QWidget *parent);
    void setUp(Setup setup);

    // Where a new row goes (the tenant of a new workspace, empty for a tenant), read when
    // the dialog opens; nothing when no row can be created now.
    virtual std::optional<QString> createScope() const = 0;
    // The create dialog's introduction.
    virtual QString createIntro() const = 0;
    // The active tenant (workspace) as an Item, when there is one: the target of the menu
    // actions while the page is not on screen.
    virtual std::optional<Item> contextItem() const = 0;

    // What the actions act on (see targetId()), if anything.
    std::optional<Item> currentItem() const;

    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    template<typename Row> static Result<Item> itemOf(Result<Row> row)
    {
        if (!row)
            return row.error();
        return Item{row->id, row->name, row->slug, row->settings};
    }

    // rename, saveSettings, deletionImpact and remove: the same calls on TenantService and
    // WorkspaceService. The subclass adds create and find, whose arguments differ.
    template<typename Service> static CoreCalls sharedCalls()
    {
        CoreCalls calls;
        calls.rename = [](const QString &id, const QString &name) -> Job<Item> {
            return [id, name](const Database &db, const Actor &actor) {
                return itemOf(Service(db, actor).rename(id, name));
            };
        };
        calls.saveSettings = [](const QString &id, const QJsonObject &settings) -> Job<Item> {
            return [id, settings](const Database &db, const Actor &actor) {
                return itemOf(Service(db, actor).updateSettings(id, settings));
            };
        };
        calls.deletionImpact = [](const QString &id) -> Job<DeletionImpact> {
            return [id](const Database &db, const Actor &actor) {
                return Service(db, actor).deletionImpact(id);
            };
        };
        calls.remove = [](const QString &id, const QString &confirmSlug, bool) -> Job<void> {
            return [id, confirmSlug](const Database &db, const Actor &actor) {
                return Service(db, actor).remove(id, confirmSlug);
            };
        };
        return calls;
    }

private:
    // The sentences that differ between tenants and workspaces, each written out whole.
    struct Texts
    {
        QString createTitle, createFailed, created;
        QString renameTitle, renameFailed, renamed;
        QString readSettingsFailed, settingsIntro, saveSettingsFailed;
        QString deleteFailed, deleted;
    };
    static Texts textsFor(Kind kind);

    NameDialog *nameDialog(NameDialog::Mode mode, const QString &title);
    void createItem();
    void renameItem();
    void editSettings();
    void deleteItem();
    // True while the page is the one on screen (not a hidden tab).
    bool isOnScreen() const;
    // Counts the current row's footprint on the worker and shows it under the table.
    void updateFootprint();

    Kind m_kind;
    Texts m_texts;
    CoreCalls m_calls;
    QAction *m_create = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_delete = nullptr;
    FootprintPanel *m_footprint = nullptr;
    QString m_footprintId; // the row the footprint shown (or being counted) belongs to
};

} // namespace tenantdesk
