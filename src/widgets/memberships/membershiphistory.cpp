#include "widgets/memberships/membershiphistory.h"

#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"
#include "widgets/common/icons.h"
#include "widgets/memberships/membershipeditcommand.h"

#include "models/context/activecontext.h"
#include "models/jobs/databaseworker.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

namespace tenantdesk {

namespace {

// One error out of the refusals of a batch: all or nothing, so nothing was changed.
Error refusalOf(const QList<MembershipChangeResult> &results)
{
    QStringList messages;
    Error first;
    for (const MembershipChangeResult &result : results) {
        if (result.outcome != MembershipChangeResult::Outcome::Refused || !result.error)
            continue;
        if (messages.isEmpty())
            first = *result.error;
        if (!messages.contains(result.error->message))
            messages << result.error->message;
    }
    if (messages.size() <= 1)
        return first;
    constexpr int kShown = 5;
    QString text = MembershipHistory::tr("%n change(s) were refused, so nothing was changed:", "",
                                         int(messages.size()));
    for (int i = 0; i < messages.size() && i < kShown; ++i)
        text += QStringLiteral("\n• ") + messages.at(i);
    if (messages.size() > kShown)
        text += QStringLiteral("\n• …");
    return {first.code, text, first.retryable};
}

bool anyRefused(const QList<MembershipChangeResult> &results)
{
    return std::any_of(results.cbegin(), results.cend(), [](const MembershipChangeResult &result) {
        return result.outcome == MembershipChangeResult::Outcome::Refused;
    });
}

} // namespace

MembershipHistory::MembershipHistory(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_undo(new QAction(Icons::themed(QStringLiteral("edit-undo")), tr("&Undo"), this))
    , m_redo(new QAction(Icons::themed(QStringLiteral("edit-redo")), tr("&Redo"), this))
{
    m_undo->setObjectName(QStringLiteral("membershipUndoAction"));
    m_redo->setObjectName(QStringLiteral("membershipRedoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, &MembershipHistory::undo);
    connect(m_redo, &QAction::triggered, this, &MembershipHistory::redo);
    connect(m_stack, &QUndoStack::indexChanged, this, &MembershipHistory::updateActions);
    updateActions();
}

MembershipHistory::~MembershipHistory() = default;

QMenu *MembershipHistory::createEditMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("&Edit"), parent);
    menu->setObjectName(QStringLiteral("editMenu"));
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    return menu;
}

void MembershipHistory::apply(const QString &tenantId, const QList<MembershipChange> &changes,
                              const QString &text, std::function<void(bool)> done)
{
    if (!m_busy)
        m_editWhere = whereOf(tenantId, changes);
    run(Step::Edit, tenantId, changes, text, std::move(done));
}

SwitchTarget MembershipHistory::whereOf(const QString &tenantId,
                                        const QList<MembershipChange> &changes) const
{
    SwitchTarget where = m_session->context()->current();
    if (where.tenantId != tenantId)
        return SwitchTarget{tenantId, {}, {}, {}, {}, {}};
    const bool allOnWorkspace = !where.workspaceId.isEmpty()
            && std::all_of(changes.cbegin(), changes.cend(), [&where](const MembershipChange &c) {
                   return c.workspaceId == where.workspaceId;
               });
    if (!allOnWorkspace) {
        where.workspaceId.clear();
        where.workspaceName.clear();
        where.workspaceSlug.clear();
    }
    return where;
}

void MembershipHistory::switchTo(const MembershipEditCommand *command)
{
    const SwitchTarget &where = command->where();
    ActiveContext *context = m_session->context();
    if (where.tenantId.isEmpty() || where.tenantName.isEmpty())
        return;
    const bool elsewhere = where.tenantId != context->tenantId()
            || (!where.workspaceId.isEmpty() && where.workspaceId != context->workspaceId());
    if (elsewhere)
        context->setCurrent(where);
}

void MembershipHistory::undo()
{
    const MembershipEditCommand *command = commandAt(m_stack->index() - 1);
    if (!command || m_busy)
        return;
    switchTo(command);
    run(Step::Undo, command->tenantId(), command->backward(), command->text(), {});
}

void MembershipHistory::redo()
{
    const MembershipEditCommand *command = commandAt(m_stack->index());
    if (!command || m_busy)
        return;
    switchTo(command);
    run(Step::Redo, command->tenantId(), command->forward(), command->text(), {});
}

const MembershipEditCommand *MembershipHistory::commandAt(int index) const
{
    if (index < 0 || index >= m_stack->count())
        return nullptr;
    return static_cast<const MembershipEditCommand *>(m_stack->command(index));
}

void MembershipHistory::run(Step step, const QString &tenantId,
                            const QList<MembershipChange> &changes, const QString &text,
                            std::function<void(bool)> done)
{
    if (m_busy || changes.isEmpty()) {
        if (done)
            done(false);
        return;
    }
    setBusy(true);
    m_session->worker()->run<Outcome>(
            this,
            [tenantId, changes](const Database &db, const Actor &actor) {
                return MembershipService(db, actor).apply(tenantId, changes, true);
            },
            [this, step, tenantId, changes, text, done](Outcome outcome) {
                finish(step, tenantId, changes, text, std::move(outcome), done);
            });
}

void MembershipHistory::finish(Step step, const QString &tenantId,
                               const QList<MembershipChange> &changes, const QString &text,
                               Outcome outcome, std::function<void(bool)> done)
{
    setBusy(false);
    const bool applied = outcome && !anyRefused(*outcome);
    if (applied) {
        switch (step) {
        case Step::Edit: {
            auto *command = MembershipEditCommand::fromResults(tenantId, text, changes, *outcome);
            command->setWhere(m_editWhere);
            const QString whereName = m_editWhere.workspaceName.isEmpty()
                    ? m_editWhere.tenantName
                    : tr("%1 / %2").arg(m_editWhere.tenantName, m_editWhere.workspaceName);
            // "Change bob's role to member in Acme / alpha": the Edit menu says where.
            if (!whereName.isEmpty())
                command->setText(tr("%1 in %2").arg(text, whereName));
            const QString done = command->text();
            if (command->isEmpty())
                delete command; // nothing changed: nothing to undo
            else
                m_stack->push(command);
            m_session->showStatus(done);
            break;
        }
        case Step::Undo:
            m_stack->undo();
            m_session->showStatus(tr("Undone: %1").arg(text));
            break;
        case Step::Redo:
            m_stack->redo();
            m_session->showStatus(tr("Redone: %1").arg(text));
            break;
        }
    }
    // Every view shows the database again: the change, or (after a refusal) what was there.
    m_session->refresh();
    Q_EMIT finished(applied, text);
    if (done)
        done(applied);
    if (applied)
        return;
    QString title;
    switch (step) {
    case Step::Edit:
        title = tr("Could not apply: %1").arg(text);
        break;
    case Step::Undo:
        title = tr("Could not undo: %1").arg(text);
        break;
    case Step::Redo:
        title = tr("Could not redo: %1").arg(text);
        break;
    }
    const Error error = outcome ? refusalOf(*outcome) : outcome.error();
    ErrorPresenter::show(m_window, title, error, [this, step, tenantId, changes, text, done] {
        run(step, tenantId, changes, text, done);
    });
}

void MembershipHistory::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void MembershipHistory::updateActions()
{
    m_undo->setEnabled(!m_busy && m_stack->canUndo());
    m_redo->setEnabled(!m_busy && m_stack->canRedo());
    const QString undoText = m_stack->undoText();
    const QString redoText = m_stack->redoText();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_undo->setToolTip(m_stack->canUndo() ? tr("Undo: %1").arg(undoText)
                                          : tr("Nothing to undo: no membership edits yet."));
    m_redo->setToolTip(m_stack->canRedo() ? tr("Redo: %1").arg(redoText) : tr("Nothing to redo."));
}

} // namespace tenantdesk
