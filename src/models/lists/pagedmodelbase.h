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
    bool isLoading() const { return m_jobs > 0; }
    // True once rowCount() is the number of rows the list has (counted on the worker); before
    // that it is the number of rows of the first page.
    bool isComplete() const { return m_counted; }
    DatabaseWorker *worker() const { return m_worker; }

    // Reloads what is held (the pages views showed last, and the rows of the selection) and
    // the count, and applies the difference; keeps indexes on the same ids.
    virtual void refresh() = 0;
    // The index of the row whose ModelRoles::IdRole is id, if it is held.
    virtual QModelIndex indexOfId(const QString &id, int column = 0) const = 0;

    // How many rows the model keeps in memory now: bounded, whatever rowCount() is.
    virtual int rowsHeld() const = 0;
    // Rows read from the database since the model was made (pages, not counts): what a
    // refresh costs is the growth of this number.
    qint64 rowsLoaded() const { return m_rowsLoaded; }

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);
    // After the first page, the count, a page a view asked for or a refresh: the rows the model
    // holds match the database again.
    void refreshed();

protected:
    PagedModelBase(DatabaseWorker *worker, QObject *parent);
    void beginJob();
    void endJob();
    // What data() answers for a row whose page is on its way: "Loading…" in the first column.
    QVariant placeholderData(const QModelIndex &index, int role) const;

    DatabaseWorker *m_worker = nullptr;
    int m_jobs = 0;
    bool m_counted = false;
    qint64 m_rowsLoaded = 0;
    quint64 m_generation = 0; // bumps on every restart so that stale pages are dropped
};

} // namespace tenantdesk
