#pragma once

#include "core/access/accesspolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;

namespace tenantdesk {

class DatabaseWorker;

// Enables the actions the signed-in user may take and disables the others with a tooltip
// saying why and who could (AccessPolicy's answer, computed on the worker thread). The
// core services check again on every write: this only keeps the interface honest.
class ActionGate : public QObject
{
    Q_OBJECT

public:
    // The target of an action right now, or nothing when there is none (no selection).
    using TargetFn = std::function<std::optional<AccessTarget>()>;

    explicit ActionGate(DatabaseWorker *worker, QObject *parent = nullptr);

    // `whenNoTarget` is the tooltip of the disabled action when target() gives nothing.
    void add(QAction *action, Action access, TargetFn target, const QString &whenNoTarget);

    // Asks AccessPolicy about every action in one job; actions stay disabled until it answers.
    void evaluate();

    // The decision applied last to action, for tests and status texts.
    std::optional<AccessDecision> decisionFor(const QAction *action) const;

    // Enables or disables action and sets its tool and status tip: allowedToolTip when
    // allowed, else "<action> is not available: <why>" with why as core words it. Every
    // gated action reads the same, whether this gate or a page with rules of its own decides.
    static void present(QAction *action, bool allowed, const QString &allowedToolTip,
                        const QString &why);

Q_SIGNALS:
    void evaluated();

private:
    struct Rule
    {
        QPointer<QAction> action;
        Action access;
        TargetFn target;
        QString whenNoTarget;
        QString allowedToolTip;
        std::optional<AccessDecision> decision;
    };

    DatabaseWorker *m_worker;
    QList<Rule> m_rules;
    quint64 m_serial = 0;
};

} // namespace tenantdesk
