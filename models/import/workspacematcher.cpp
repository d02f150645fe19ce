#include "import/workspacematcher.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <atomic>
#include <thread>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Records checked between two looks at progress and cancelling.
constexpr int Chunk = 128;

// Checks records [from, to) into best; stops between chunks once stop is set.
Result checkRange(DuplicateChecker &checker, const QList<DupRecord> &records, int from, int to,
                  std::vector<DuplicateChecker::Match> *best, std::atomic<bool> &stop, std::atomic<qint64> &done,
                  const std::function<bool()> &betweenChunks)
{
    QList<QList<DuplicateChecker::Match>> matches;
    for (int i = from; i < to && !stop.load(); i += Chunk) {
        if (betweenChunks && !betweenChunks())
            return Result::success();
        const int n = qMin(Chunk, to - i);
        if (Result r = checker.checkBatch(records.mid(i, n), &matches); !r)
            return r;
        for (int k = 0; k < n; ++k)
            if (!matches.at(k).isEmpty())
                (*best)[size_t(i + k)] = matches.at(k).first();
        done += n;
    }
    return Result::success();
}

} // namespace

WorkspaceMatcher::WorkspaceMatcher(QSqlDatabase db)
    : m_db(db)
{
}

Result WorkspaceMatcher::match(const QList<DupRecord> &records, std::vector<DuplicateChecker::Match> *best,
                               const std::function<bool(qint64, qint64)> &progress)
{
    m_cancelled = false;
    best->assign(size_t(records.size()), DuplicateChecker::Match());
    // Opening builds the index when the workspace has none: once, here, before any
    // second connection reads it.
    DuplicateChecker checker(m_db);
    Result r = checker.open();
    if (!r)
        return r;
    // The first import into a new workspace, often the biggest, has nothing to match.
    if (checker.workspaceWasEmpty()) {
        if (progress && !progress(records.size(), records.size())) {
            m_cancelled = true;
            return Result::failure(Tr::tr("Looking for duplicates was cancelled; nothing was imported."));
        }
        return Result::success();
    }
    std::atomic<bool> stop{false};
    std::atomic<qint64> done{0};
    const qint64 total = records.size();
    const auto report = [&] {
        if (progress && !progress(done.load(), total)) {
            m_cancelled = true;
            stop = true;
        }
        return !stop.load();
    };
    const QString path = m_db.databaseName();
    const bool shared = records.size() >= ParallelFrom && QThread::idealThreadCount() > 1 && QFileInfo(path).isFile();
    if (!shared) {
        r = checkRange(checker, records, 0, int(records.size()), best, stop, done, report);
        return m_cancelled ? Result::failure(Tr::tr("Looking for duplicates was cancelled; nothing was imported.")) : r;
    }
    const int half = int(records.size() / 2);
    Result helperResult;
    std::thread helper([&] {
        const QString name = QStringLiteral("kempt-import-match-%1").arg(quintptr(this), 0, 16);
        helperResult = Database::openConnection(path, name);
        if (helperResult) {
            DuplicateChecker second(QSqlDatabase::database(name, false));
            helperResult = second.open();
            if (helperResult)
                helperResult = checkRange(second, records, half, int(records.size()), best, stop, done, {});
        }
        if (!helperResult)
            stop = true;
        Database::close(name);
    });
    r = checkRange(checker, records, 0, half, best, stop, done, report);
    if (!r)
        stop = true;
    // The first half may end first: keep reporting while the second finishes.
    while (r && !stop.load() && done.load() < total) {
        QThread::msleep(50);
        report();
    }
    helper.join();
    if (m_cancelled)
        return Result::failure(Tr::tr("Looking for duplicates was cancelled; nothing was imported."));
    return r ? helperResult : r;
}

} // namespace Kempt
