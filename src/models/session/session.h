#pragma once

#include "core/access/actor.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

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
    // How a notice is shown: a state the admin should know about, or one that needs them.
    enum class NoticeKind { Information, Warning };
    Q_ENUM(NoticeKind)

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
    bool persistsContext() const { return m_options.persistContext; }

    DatabaseWorker *worker() const { return m_worker; }
    ActiveContext *context() const { return m_context; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }

    // Signs in on the worker before any other job of the session runs: options.actor is who
    // the login names (Authenticator::expectedActor), and the window can be built for them
    // while bcrypt checks the password. Call right after construction; then waitForSignIn().
    void beginSignIn(const QString &login, const QString &password);
    // Processes events until the sign-in begun by beginSignIn() has an answer: the signed-in
    // actor (now actor()), or why not, in which case the session runs nothing more and is
    // to be destroyed.
    Result<Actor> waitForSignIn();

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
    // The notice that describes the current state (empty when none does).
    QString currentNotice() const { return m_notice.text; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Views reload in place (keeping selection and scroll position).
    void refreshRequested();
    // A non-blocking message for the admin (e.g. a remembered selection was lost). It
    // describes a state: noticeCleared() follows when that state ends (the first tenant was
    // made, the lost tenant is back), so no notice outlives what it says.
    void notice(const QString &text, tenantdesk::Session::NoticeKind kind);
    void noticeCleared();
    // The first context restore has finished (the context may be empty: no access).
    void contextRestored();
    // See markTenancyTablesCreated(); emitted before the context is restored.
    void tenancyTablesCreated();
    // The database changed the signed-in user's global role, name or e-mail (actor() has it).
    void actorChanged();
    // The account was deleted or locked by someone else: message says so; the window closes
    // the session.
    void ended(const QString &message);
    // The sign-in of beginSignIn() has its answer (waitForSignIn() returns it).
    void signInAnswered();

private:
    // The state a notice describes, so that it can be withdrawn when that state ends.
    struct Notice
    {
        enum class Condition { None, NoContext, TenantLost, WorkspaceLost };
        Condition condition = Condition::None;
        QString text;
        QString tenantId;
        QString workspaceId;
    };

    void restoreContext();
    void revalidateContext();
    void raiseNotice(const Notice &raised, NoticeKind kind);
    void clearNotice();
    // Asks again whether the state the current notice describes still holds.
    void recheckNotice();

    Options m_options;
    DatabaseWorker *m_worker = nullptr;
    ActiveContext *m_context = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    std::unique_ptr<ContextPersistence> m_persistence;
    bool m_started = false;
    bool m_restored = false;
    bool m_checkingAccount = false;
    QString m_endedMessage;
    Notice m_notice;
    std::optional<Result<Actor>> m_signIn; // set once the sign-in of beginSignIn() answered
};

} // namespace tenantdesk
