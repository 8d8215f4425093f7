#pragma once

#include "core/tenancy/contextsearch.h"
#include "core/tenancy/membershipservice.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace tenantdesk {

class MembershipEditCommand;
class Session;

// The membership edits of this session and their undo/redo (Edit ▸ Undo, Edit ▸ Redo).
// Every edit, undo and redo is one MembershipService::apply batch on the worker thread,
// all or nothing, with core's checks and its own audit entries. The stack moves only after
// core has applied the change: a refused undo shows core's message and leaves the stack
// (and the database) as they were. After every write the session's views refresh.
//
// One stack for the session, across tenants: each entry names where it was made ("… in
// Acme / alpha"), and undoing or redoing an entry of another tenant or workspace than the
// one on screen switches the view there first, so the admin sees what changes. (A stack per
// tenant would hide edits made elsewhere from Ctrl+Z; one stack that says where is simpler to
// follow.) The status message names what was undone, and where.
class MembershipHistory : public QObject
{
    Q_OBJECT

public:
    // Messages are shown over `window`.
    explicit MembershipHistory(Session *session, QWidget *window);
    ~MembershipHistory() override;

    QUndoStack *stack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // A standard Edit menu with Undo and Redo, for the main window's menu bar.
    QMenu *createEditMenu(QWidget *parent) const;
    // A write is on its way; undo, redo and new edits wait for it.
    bool isBusy() const { return m_busy; }

    // Applies the changes as one undoable edit named `text` ("Change bob's role to member").
    // `done` gets whether core applied them.
    void apply(const QString &tenantId, const QList<MembershipChange> &changes, const QString &text,
               std::function<void(bool)> done = {});
    void undo();
    void redo();

Q_SIGNALS:
    // After each write (edit, undo or redo): whether core applied it, and what it was.
    void finished(bool applied, const QString &text);

private:
    enum class Step { Edit, Undo, Redo };
    using Outcome = Result<QList<MembershipChangeResult>>;

    void run(Step step, const QString &tenantId, const QList<MembershipChange> &changes,
             const QString &text, std::function<void(bool)> done);
    void finish(Step step, const QString &tenantId, const QList<MembershipChange> &changes,
                const QString &text, Outcome outcome, std::function<void(bool)> done);
    void setBusy(bool busy);
    void updateActions();
    const MembershipEditCommand *commandAt(int index) const;
    // The active context narrowed to what changes touch (its workspace only when they all
    // are on it), for an edit in tenantId.
    SwitchTarget whereOf(const QString &tenantId, const QList<MembershipChange> &changes) const;
    // Shows where the command was made before it is undone or redone there.
    void switchTo(const MembershipEditCommand *command);

    Session *m_session;
    QPointer<QWidget> m_window;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    bool m_busy = false;
    SwitchTarget m_editWhere; // of the edit on its way
};

} // namespace tenantdesk
