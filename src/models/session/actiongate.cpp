#include "models/session/actiongate.h"

#include "models/jobs/databaseworker.h"

#include <QAction>

namespace tenantdesk {

ActionGate::ActionGate(DatabaseWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{ }

void ActionGate::add(QAction *action, Action access, TargetFn target, const QString &whenNoTarget)
{
    action->setEnabled(false);
    m_rules.append({action, access, std::move(target), whenNoTarget, action->toolTip(), {}});
}

void ActionGate::evaluate()
{
    const quint64 serial = ++m_serial;
    QList<std::pair<Action, AccessTarget>> asks;
    QList<int> asked;
    for (int i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!rule.action)
            continue;
        rule.action->setEnabled(false);
        const std::optional<AccessTarget> target = rule.target();
        if (!target) {
            rule.decision.reset();
            rule.action->setToolTip(rule.whenNoTarget);
            rule.action->setStatusTip(rule.whenNoTarget);
            rule.action->setWhatsThis(rule.whenNoTarget);
            continue;
        }
        asks.append({rule.access, *target});
        asked.append(i);
    }
    if (asks.isEmpty()) {
        Q_EMIT evaluated();
        return;
    }
    using Decisions = Result<QList<AccessDecision>>;
    m_worker->run<Decisions>(
            this,
            [asks](const Database &db, const Actor &actor) -> Decisions {
                const AccessPolicy policy(db);
                QList<AccessDecision> decisions;
                for (const auto &[access, target] : asks) {
                    auto decision = policy.decide(actor, access, target);
                    if (!decision)
                        return decision.error();
                    decisions.append(*decision);
                }
                return decisions;
            },
            [this, serial, asked](Decisions decisions) {
                if (serial != m_serial)
                    return; // the selection changed again meanwhile
                for (int k = 0; k < asked.size(); ++k) {
                    Rule &rule = m_rules[asked.at(k)];
                    if (!rule.action)
                        continue;
                    if (!decisions) {
                        rule.decision.reset();
                        const QString why = tr("Unavailable: %1").arg(decisions.error().message);
                        rule.action->setToolTip(why);
                        rule.action->setStatusTip(why);
                        continue;
                    }
                    const AccessDecision &decision = decisions->at(k);
                    rule.decision = decision;
                    present(rule.action, decision.allowed, rule.allowedToolTip,
                            decision.allowed ? QString() : decision.message());
                }
                Q_EMIT evaluated();
            });
}

void ActionGate::present(QAction *action, bool allowed, const QString &allowedToolTip,
                         const QString &why)
{
    action->setEnabled(allowed);
    const QString tip = allowed
            ? allowedToolTip
            : tr("%1 is not available: %2")
                      .arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                           why);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    // Shift+F1 (What's This) on the action, in a menu or on a toolbar, says it too.
    action->setWhatsThis(tip);
}

std::optional<AccessDecision> ActionGate::decisionFor(const QAction *action) const
{
    for (const Rule &rule : m_rules) {
        if (rule.action == action)
            return rule.decision;
    }
    return std::nullopt;
}

} // namespace tenantdesk
