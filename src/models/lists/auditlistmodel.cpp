#include "models/lists/auditlistmodel.h"

#include "core/audit/auditservice.h"
#include "core/tenancy/tenancytypes.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace tenantdesk {

AuditListModel::AuditListModel(DatabaseWorker *worker, QObject *parent)
    : KeysetTableModel<AuditEntry>(worker, parent)
{
    restart();
}

int AuditListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditListModel::actorOf(const QJsonObject &payload)
{
    return payload.value(QLatin1String("actor")).toString();
}

QString AuditListModel::targetOf(const QJsonObject &payload)
{
    const auto text = [&payload](const char *key) {
        return payload.value(QLatin1String(key)).toString();
    };
    QString place = text("tenant_slug");
    if (!text("workspace_slug").isEmpty())
        place += QLatin1Char('/') + text("workspace_slug");
    QString who = text("username");
    if (who.isEmpty())
        who = text("login");
    if (who.isEmpty()) {
        // user.created and similar keep the user in "after" (or "before" when removed).
        for (const char *side : {"after", "before"}) {
            who = payload.value(QLatin1String(side))
                          .toObject()
                          .value(QLatin1String("username"))
                          .toString();
            if (!who.isEmpty())
                break;
        }
    }
    // A membership of a user who no longer exists carries only the id.
    if (who.isEmpty() && !text("user_id").isEmpty())
        who = deletedUserLabel(text("user_id"));
    if (place.isEmpty())
        return who;
    return who.isEmpty() ? place : place + QLatin1Char(' ') + who;
}

const AuditListModel::Parsed &AuditListModel::parsed(const AuditEntry &entry) const
{
    if (const Parsed *cached = m_parsed.object(entry.seq))
        return *cached;
    auto *parsed = new Parsed;
    const QJsonObject payload = QJsonDocument::fromJson(entry.payloadJson.toUtf8()).object();
    parsed->actor = actorOf(payload);
    parsed->target = targetOf(payload);
    m_parsed.insert(entry.seq, parsed);
    return *parsed;
}

QVariant AuditListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry *row = rowAt(index.row());
    if (!row)
        return placeholderData(index, role);
    const AuditEntry &entry = *row;
    const bool broken = m_brokenSeq != 0 && entry.seq == m_brokenSeq;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.createdAt),
                                      QLocale::ShortFormat);
        case EventColumn:
            return entry.eventType;
        case ActorColumn:
            return parsed(entry).actor;
        case TargetColumn:
            return parsed(entry).target;
        }
        break;
    case Qt::ToolTipRole:
        if (broken)
            return tr("Verification found this entry broken: the chain cannot be trusted from "
                      "here on.");
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(entry.createdAt).toString(Qt::ISODateWithMs);
        break;
    case Qt::ForegroundRole:
        if (broken)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModelRoles::IdRole:
        return QString::number(entry.seq);
    case SeqRole:
        return entry.seq;
    case ModelRoles::RowRole:
        return QVariant::fromValue(entry);
    case BrokenRole:
        return broken;
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case ActorColumn:
        return tr("Actor");
    case TargetColumn:
        return tr("Target");
    }
    return {};
}

void AuditListModel::setFilter(const AuditFilter &filter)
{
    if (filter.eventType == m_filter.eventType && filter.text == m_filter.text
        && filter.actor == m_filter.actor && filter.target == m_filter.target
        && filter.fromMs == m_filter.fromMs && filter.toMs == m_filter.toMs
        && filter.tenantId == m_filter.tenantId)
        return;
    m_filter = filter;
    restart();
}

void AuditListModel::setBrokenSeq(qint64 seq)
{
    if (seq == m_brokenSeq)
        return;
    m_brokenSeq = seq;
    emitHeldChanged({Qt::ForegroundRole, Qt::ToolTipRole, BrokenRole});
}

QStringList AuditListModel::actorsHeld() const
{
    QSet<QString> actors;
    forEachHeldRow([this, &actors](const AuditEntry &entry) {
        const QString actor = parsed(entry).actor;
        if (!actor.isEmpty())
            actors.insert(actor);
    });
    QStringList sorted(actors.cbegin(), actors.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

AuditListModel::Source AuditListModel::source() const
{
    Source source;
    const AuditFilter filter = m_filter;
    source.read = [filter](const Database &db, const Actor &actor, const QVariantList &after,
                           int limit) {
        const std::optional<qint64> before = after.isEmpty()
                ? std::nullopt
                : std::optional<qint64>(after.first().toLongLong());
        return AuditService(db, actor).list(filter, limit, before);
    };
    source.cursorOf = [](const AuditEntry &entry) {
        return QVariantList{entry.seq};
    };
    source.idOf = [](const AuditEntry &entry) {
        return QString::number(entry.seq);
    };
    source.anchors = [filter](const Database &db, const Actor &actor, int pageSize) {
        return AuditService(db, actor).anchors(filter, pageSize);
    };
    return source;
}

} // namespace tenantdesk
