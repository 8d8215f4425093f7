#pragma once

#include <QAbstractTableModel>

namespace tenantdesk {

class DatabaseWorker;

// The non-template part of KeysetTableModel: the signals, loading state and calls that views
// and widgets use without knowing the row type.
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_atEnd; }
    DatabaseWorker *worker() const { return m_worker; }

    // Reloads the loaded rows and keeps indexes on the same ids.
    virtual void refresh() = 0;
    // The index of the row whose ModelRoles::IdRole is id, if it is loaded.
    virtual QModelIndex indexOfId(const QString &id, int column = 0) const = 0;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    // After a refresh or a page load: the model's rows match the database again.
    void refreshed();

protected:
    PagedModelBase(DatabaseWorker *worker, QObject *parent);
    void setLoading(bool loading);

    DatabaseWorker *m_worker = nullptr;
    bool m_loading = false;
    bool m_atEnd = false;
    quint64 m_generation = 0; // bumps on every restart so that stale pages are dropped
};

} // namespace tenantdesk
