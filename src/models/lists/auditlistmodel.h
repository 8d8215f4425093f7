#pragma once

#include "models/lists/keysettablemodel.h"
#include "models/lists/modelroles.h"

#include "core/audit/auditlog.h"

#include <QCache>

namespace tenantdesk {

// The audit chain newest first, as AuditService lists it to a global admin, filtered in SQL
// (event type, actor, target, dates), counted and loaded by pages as views ask (keyset on
// seq). After a
// verification, setBrokenSeq marks the first entry that failed it.
class AuditListModel : public KeysetTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, EventColumn, ActorColumn, TargetColumn, ColumnCount };
    // ModelRoles::IdRole: the seq as text; ModelRoles::RowRole: the AuditEntry.
    enum Role { SeqRole = ModelRoles::FirstModelRole, BrokenRole };

    explicit AuditListModel(DatabaseWorker *worker, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AuditFilter &filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    // The entry if its row is held (as it is for a row a view shows), else nullptr.
    const AuditEntry *entryAt(int row) const { return rowAt(row); }
    // The actors of the entries held (what the actor filter completes from), sorted. It reads
    // only what is loaded: it never asks for the rest of a long list.
    QStringList actorsHeld() const;

    // 0: none known.
    qint64 brokenSeq() const { return m_brokenSeq; }
    void setBrokenSeq(qint64 seq);

    // The payload's actor and a short name of what the entry is about ("acme/prod bob").
    static QString actorOf(const QJsonObject &payload);
    static QString targetOf(const QJsonObject &payload);

protected:
    Source source() const override;

private:
    struct Parsed
    {
        QString actor;
        QString target;
    };
    const Parsed &parsed(const AuditEntry &entry) const;

    AuditFilter m_filter;
    qint64 m_brokenSeq = 0;
    // Payloads parsed for display, by seq: data() is called often for the rows on screen.
    mutable QCache<qint64, Parsed> m_parsed{2048};
};

} // namespace tenantdesk
