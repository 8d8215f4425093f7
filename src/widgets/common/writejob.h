#pragma once

#include "models/session/session.h"
#include "widgets/common/errorpresenter.h"

#include "models/jobs/databaseworker.h"

#include <QPointer>
#include <QWidget>

#include <functional>

namespace tenantdesk {

// Runs one write through a core service on the worker thread. On success, done() runs and
// every view refreshes; on failure the error is shown (with Retry when the database was
// busy, which runs the same write again). A refusal also makes the session read the user's
// account again: core refuses the writes of a deleted or locked account, and judges by the
// role the database has now (Session::checkAccount).
template<typename T>
void runWrite(Session *session, QWidget *owner, const QString &failureTitle,
              std::function<Result<T>(const Database &, const Actor &)> job,
              std::function<void(const T &)> done = {})
{
    session->worker()->template run<Result<T>>(
            owner, job, [session, owner, failureTitle, job, done](Result<T> result) {
                if (!result) {
                    if (result.error().code == ErrorCode::Denied)
                        session->checkAccount();
                    ErrorPresenter::show(owner, failureTitle, result.error(), [=] {
                        runWrite<T>(session, owner, failureTitle, job, done);
                    });
                    return;
                }
                if (done)
                    done(result.value());
                session->refresh();
            });
}

// The same for writes without a value.
inline void runWrite(Session *session, QWidget *owner, const QString &failureTitle,
                     std::function<Result<void>(const Database &, const Actor &)> job,
                     std::function<void()> done = {})
{
    session->worker()->run<Result<void>>(
            owner, job, [session, owner, failureTitle, job, done](Result<void> result) {
                if (!result) {
                    if (result.error().code == ErrorCode::Denied)
                        session->checkAccount();
                    ErrorPresenter::show(owner, failureTitle, result.error(), [=] {
                        runWrite(session, owner, failureTitle, job, done);
                    });
                    return;
                }
                if (done)
                    done();
                session->refresh();
            });
}

} // namespace tenantdesk
