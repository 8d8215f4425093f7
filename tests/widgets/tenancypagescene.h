#pragma once

// What the tenants and workspaces pages' GUI tests share: root signed in on a real file with
// tenants acme (workspace dev) and globex, a window for the page, and a way to show the page
// with one of its rows current.

#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "models/lists/pagedmodelbase.h"
#include "models/session/session.h"
#include "widgets/tenancy/tenancylistpage.h"

#include <QTableView>
#include <QTest>
#include <QWidget>

namespace tenantdesk {

struct TenancyPageScene
{
    static constexpr int kTimeoutMs = 10000;

    static Session::Options options(const QString &path, const Actor &actor)
    {
        Session::Options options;
        options.databasePath = path;
        options.actor = actor;
        options.persistContext = false;
        return options;
    }

    // Shows page in the window, waits until its list loaded and makes the row with id current.
    void show(TenancyListPage *page, const QString &currentId)
    {
        window.resize(800, 500);
        page->resize(window.size());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(page->tableView()->model()->rowCount() > 0, kTimeoutMs);
        auto *model = qobject_cast<PagedModelBase *>(page->tableView()->model());
        QVERIFY(model);
        const QModelIndex row = model->indexOfId(currentId);
        QVERIFY(row.isValid());
        page->tableView()->setCurrentIndex(row);
    }

    TenancyFile file;
    Actor root = file.fixture.addActor(QStringLiteral("root"), QStringLiteral("admin"));
    QString acme = file.fixture.addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    QString globex = file.fixture.addTenant(QStringLiteral("globex"), QStringLiteral("Globex"));
    QString dev = file.fixture.addWorkspace(acme, QStringLiteral("dev"), QStringLiteral("Dev"));
    Session session{options(file.db.path(), root)};
    QWidget window; // goes first, with its pages
};

} // namespace tenantdesk
