#pragma once

// Header-only, for the tests of item models (they link tenantdesk_models).

#include "models/jobs/databaseworker.h"
#include "models/lists/modelroles.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <memory>

// QAbstractItemModelTester as every model test uses it (architecture.md §6): failures are
// QtTest failures, and paging is left to the test. The tester checks what is loaded and never
// calls fetchMore itself, so a lazily loaded model (a million rows) is checked at every size
// the test drives it to instead of being loaded to its end or not checked at all.
inline std::unique_ptr<QAbstractItemModelTester> modelTester(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(false);
    return tester;
}

// Loads every page below parent, as a view scrolled to the end would.
inline void fetchAll(QAbstractItemModel &model, const QModelIndex &parent = {},
                     int timeoutMs = 20000)
{
    while (model.canFetchMore(parent)) {
        const int before = model.rowCount(parent);
        model.fetchMore(parent);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(parent) > before || !model.canFetchMore(parent),
                                 timeoutMs);
    }
}

// Returns once every job queued on worker before this call has run and its result has been
// delivered (jobs run, and answer, in submission order); false after timeoutMs. What a model
// did not start by then, it did not start: a test can say "nothing more was loaded" without
// waiting for a time.
inline bool waitForWorker(tenantdesk::DatabaseWorker &worker, int timeoutMs = 20000)
{
    QObject context;
    bool answered = false;
    worker.run<tenantdesk::Result<bool>>(
            &context,
            [](const tenantdesk::Database &, const tenantdesk::Actor &) {
                return tenantdesk::Result<bool>(true);
            },
            [&answered](tenantdesk::Result<bool>) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, timeoutMs);
}

// Asks for rows [first, first + count) as a view painting them does (data() of each), until
// every one of them is held (answers its ModelRoles::IdRole); false after timeoutMs.
inline bool showRows(QAbstractItemModel &model, int first, int count, int timeoutMs = 20000)
{
    return QTest::qWaitFor(
            [&model, first, count] {
                bool all = true;
                const int end = std::min(first + count, model.rowCount());
                for (int row = std::max(first, 0); row < end; ++row) {
                    if (!model.index(row, 0).data(tenantdesk::ModelRoles::IdRole).isValid())
                        all = false;
                }
                return all;
            },
            timeoutMs);
}
