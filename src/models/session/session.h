#pragma once

#include "core/access/actor.h"

#include <QObject>
#include <QString>

#include <memory>

namespace tenantdesk {

class ActiveContext;
class ChangeWatcher;
class ContextPersistence;
class DatabaseWorker;

// Everything the views of one signed-in session share: the database (through its worker
// thread), the actor, the active context and the refresh signal. MainWindow and every dock
// or page takes a Session; none of them owns another.
class Session : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        Actor actor;
        bool demo = false;
        // False for a database with users but without the tenancy tables (yet).
        bool hasTenancyTables = true;
        // Remember the active context in QSettings (off for throwaway demo databases).
        bool persistContext = true;
        int pollIntervalMs = 1000;
    };

    explicit Session(const Options &options, QObject *parent = nullptr);
    ~Session() override;

    QString databasePath() const { return m_options.databasePath; }
    QString databaseFileName() const;
    const Actor &actor() const { return m_options.actor; }
    bool isDemo() const { return m_options.demo; }
    bool hasTenancyTables() const { return m_options.hasTenancyTables; }

    DatabaseWorker *worker() const { return m_worker; }
    ActiveContext *context() const { return m_context; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }

    // Restores the remembered context and starts watching for other writers. Idempotent.
    void start();

    // Every view reloads what it shows; the active context is checked again (it may have
    // been deleted or its access revoked meanwhile).
    void refresh();

    // The migration wizard created the tenancy tables in a database that had none: the
    // window shows its tenant pages and the remembered context is restored. Idempotent.
    void markTenancyTablesCreated();

    // A short confirmation for the status bar ("Created tenant X.").
    void showStatus(const QString &text) { Q_EMIT statusMessage(text); }

    // Rights follow the database: reads the signed-in user's row again (on the worker). A
    // changed role, name or e-mail becomes the session's actor (actorChanged, a notice, and
    // every view re-evaluates); a deleted or locked account ends the session (ended). Runs
    // after every commit of another process and after a write core refused.
    void checkAccount();
    // The account was deleted or locked: nothing more may be done in this session.
    bool isEnded() const { return !m_endedMessage.isEmpty(); }
    QString endedMessage() const { return m_endedMessage; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Views reload in place (keeping selection and scroll position).
    void refreshRequested();
    // A non-blocking message for the admin (e.g. a remembered selection was lost).
    void notice(const QString &text);
    // The first context restore has finished (the context may be empty: no access).
    void contextRestored();
    // See markTenancyTablesCreated(); emitted before the context is restored.
    void tenancyTablesCreated();
    // The database changed the signed-in user's global role, name or e-mail (actor() has it).
    void actorChanged();
    // The account was deleted or locked by someone else: message says so; the window closes
    // the session.
    void ended(const QString &message);

private:
    void restoreContext();
    void revalidateContext();

    Options m_options;
    DatabaseWorker *m_worker = nullptr;
    ActiveContext *m_context = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    std::unique_ptr<ContextPersistence> m_persistence;
    bool m_started = false;
    bool m_restored = false;
    bool m_checkingAccount = false;
    QString m_endedMessage;
};

} // namespace tenantdesk
