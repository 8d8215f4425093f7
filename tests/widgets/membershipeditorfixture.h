#pragma once

// What the membership editor's GUI tests share: tenant acme with workspaces dev and ops and
// a few people in every role, the editor as the app shows it, and a catcher for message boxes.

#include "support/tenancyfixture.h"
#include "support/testdatabase.h"

#include "models/session/session.h"
#include "widgets/memberships/addmemberdialog.h"
#include "widgets/memberships/csvimportdialog.h"
#include "widgets/memberships/membershiphistory.h"
#include "widgets/memberships/membershipspage.h"

#include "models/context/activecontext.h"
#include "models/lists/membershiplistmodel.h"
#include "models/memberships/membershipimportmodel.h"

#include "core/audit/auditlog.h"
#include "core/csv/membershipcsv.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace tenantdesk;

// Closes the next message box when it shows and keeps what it said.
class MessageBoxCatcher
{
public:
    MessageBoxCatcher()
        : m_state(std::make_shared<State>())
    {
        poll(m_state);
    }
    ~MessageBoxCatcher() { m_state->stopped = true; }

    bool seen() const { return m_state->seen; }
    QString text() const { return m_state->text; }

private:
    struct State
    {
        bool seen = false;
        bool stopped = false;
        QString text;
    };
    static void poll(std::shared_ptr<State> state)
    {
        QTimer::singleShot(20, [state] {
            if (state->stopped || state->seen)
                return;
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                state->text = box->text() + QLatin1Char('\n') + box->informativeText();
                state->seen = true;
                box->reject();
                return;
            }
            poll(state);
        });
    }
    std::shared_ptr<State> m_state;
};

// The editor as the app shows it, for one signed-in user, on tenant acme.
struct Editor
{
    std::unique_ptr<Session> session;
    std::unique_ptr<QWidget> window;
    MembershipHistory *history = nullptr;
    MembershipsPage *page = nullptr;

    MembershipListModel *model() const { return page->model(); }
    int rowOf(const QString &username, const QString &workspaceId = {}) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Membership *m = model()->membershipAt(row);
            if (m && m->username == username && m->workspaceId == workspaceId)
                return row;
        }
        return -1;
    }
    QModelIndex roleIndex(const QString &username, const QString &workspaceId = {}) const
    {
        return model()->index(rowOf(username, workspaceId), MembershipListModel::RoleColumn);
    }
    void select(const QList<int> &rows) const
    {
        QTableView *view = page->tableView();
        view->clearSelection();
        for (int row : rows)
            view->selectionModel()->select(model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(model()->index(rows.first(), 0),
                                                QItemSelectionModel::NoUpdate);
    }
};

class MembershipEditorFixture
{
protected:
    void setUp();
    void tearDown();
    Editor open(const Actor &actor) const;
    // Runs a write and waits for MembershipHistory to report it (and the refresh after it).
    bool waitForWrite(Editor &editor, const std::function<void()> &write, bool expectApplied) const;
    qint64 auditCount() const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<TenancyFixture> m_fixture;
    Actor m_root;
    Actor m_alice;   // the only tenant_admin of acme
    Actor m_wade;    // workspace_admin on acme/dev
    QString m_bob;   // member on dev
    QString m_carol; // member on ops
    QString m_dave;  // member tenant-wide
    QString m_erin;  // no role
    QString m_acme;
    QString m_dev;
    QString m_ops;
};

inline void MembershipEditorFixture::setUp()
{
    m_test = std::make_unique<TestDatabase>();
    m_fixture = std::make_unique<TenancyFixture>(*m_test);
    m_root = m_fixture->addActor(QStringLiteral("root"), QStringLiteral("admin"));
    m_alice = m_fixture->addActor(QStringLiteral("alice"));
    m_wade = m_fixture->addActor(QStringLiteral("wade"));
    m_bob = m_fixture->addActor(QStringLiteral("bob")).userId;
    m_carol = m_fixture->addActor(QStringLiteral("carol")).userId;
    m_dave = m_fixture->addActor(QStringLiteral("dave")).userId;
    m_erin = m_fixture->addActor(QStringLiteral("erin")).userId;
    m_acme = m_fixture->addTenant(QStringLiteral("acme"), QStringLiteral("Acme"));
    m_dev = m_fixture->addWorkspace(m_acme, QStringLiteral("dev"));
    m_ops = m_fixture->addWorkspace(m_acme, QStringLiteral("ops"));
    m_fixture->addMembership(m_acme, m_alice.userId, QStringLiteral("tenant_admin"));
    m_fixture->addMembership(m_acme, m_wade.userId, QStringLiteral("workspace_admin"), m_dev);
    m_fixture->addMembership(m_acme, m_bob, QStringLiteral("member"), m_dev);
    m_fixture->addMembership(m_acme, m_carol, QStringLiteral("member"), m_ops);
    m_fixture->addMembership(m_acme, m_dave, QStringLiteral("member"));
}

inline void MembershipEditorFixture::tearDown()
{
    m_fixture.reset();
    m_test.reset();
}

inline Editor MembershipEditorFixture::open(const Actor &actor) const
{
    Editor editor;
    Session::Options options;
    options.databasePath = m_test->path();
    options.actor = actor;
    options.persistContext = false;
    editor.session = std::make_unique<Session>(options);
    editor.window = std::make_unique<QWidget>();
    editor.history = new MembershipHistory(editor.session.get(), editor.window.get());
    editor.page = new MembershipsPage(editor.session.get(), editor.history, editor.window.get());
    auto *layout = new QVBoxLayout(editor.window.get());
    layout->addWidget(editor.page);
    editor.window->resize(900, 500);
    editor.window->show();
    SwitchTarget acme;
    acme.tenantId = m_acme;
    acme.tenantName = QStringLiteral("Acme");
    acme.tenantSlug = QStringLiteral("acme");
    editor.session->context()->setCurrent(acme);
    if (!QTest::qWaitFor([&] {
            return !editor.model()->isLoading() && editor.model()->rowCount() > 0
                    && editor.model()->rightsAt(QString()).has_value();
        }))
        qWarning("the memberships did not load");
    return editor;
}

inline bool MembershipEditorFixture::waitForWrite(Editor &editor,
                                                  const std::function<void()> &write,
                                                  bool expectApplied) const
{
    QSignalSpy finished(editor.history, &MembershipHistory::finished);
    QSignalSpy refreshed(editor.model(), &PagedModelBase::refreshed);
    write();
    if (!finished.wait(10000) && finished.isEmpty())
        return false;
    if (finished.first().first().toBool() != expectApplied)
        return false;
    return refreshed.count() > 0 || refreshed.wait(10000);
}

inline qint64 MembershipEditorFixture::auditCount() const
{
    return m_fixture->count("SELECT count(*) FROM audit_log_chain");
}
