#include "commands/marknotduplicate.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};
} // namespace

MarkNotDuplicate::MarkNotDuplicate(Workspace *workspace, Entity entity, const QList<qint64> &ids)
    : m_workspace(workspace)
    , m_entity(entity)
{
    for (qint64 id : ids)
        if (!m_ids.contains(id))
            m_ids << id;
    std::sort(m_ids.begin(), m_ids.end());
    setText(Tr::tr("Mark %Ln records as not duplicates", nullptr, int(m_ids.size())));
}

Result MarkNotDuplicate::insertPairs(const QList<QPair<qint64, qint64>> &pairs, bool collect)
{
    const QString entity = FieldCatalog::entityName(m_entity);
    const QString table = FieldCatalog::tableOf(m_entity);
    const QList<qint64> ids = m_ids;
    return m_workspace->write(BatchKind::Edit, text(), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        Result r;
        if (collect) {
            for (qint64 id : ids) {
                if (!(r = exec(q, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id})))
                    return r;
                if (!q.next())
                    return Result::failure(Tr::tr("Record %1 does not exist (it may have been deleted for good); "
                                                  "choose the records of the group again.").arg(id));
            }
        }
        QList<QPair<qint64, qint64>> added;
        for (const auto &pair : pairs) {
            if (!(r = exec(q, QStringLiteral("INSERT OR IGNORE INTO not_duplicates(entity, a_id, b_id) VALUES (?, ?, ?)"),
                           {entity, pair.first, pair.second})))
                return r;
            if (q.numRowsAffected() > 0)
                added << pair;
        }
        if (collect)
            m_added = added;
        return Result::success();
    });
}

void MarkNotDuplicate::redo()
{
    if (!m_workspace)
        return;
    if (!m_ran) {
        m_ran = true;
        if (m_ids.size() < 2) {
            m_result = Result::failure(Tr::tr("\u201CNot a duplicate\u201D needs at least two different records."));
            setObsolete(true);
            Q_EMIT m_workspace->errorOccurred(m_result.message());
            return;
        }
        QList<QPair<qint64, qint64>> pairs;
        for (int i = 0; i < m_ids.size(); ++i)
            for (int j = i + 1; j < m_ids.size(); ++j)
                pairs << qMakePair(m_ids.at(i), m_ids.at(j));
        m_result = insertPairs(pairs, true);
        // Nothing new to remember is not worth an undo step.
        if (!m_result || m_added.isEmpty())
            setObsolete(true);
        if (!m_result)
            Q_EMIT m_workspace->errorOccurred(m_result.message());
        return;
    }
    m_result = insertPairs(m_added, false);
    if (!m_result)
        Q_EMIT m_workspace->errorOccurred(m_result.message());
}

void MarkNotDuplicate::undo()
{
    if (!m_workspace || m_added.isEmpty())
        return;
    const QString entity = FieldCatalog::entityName(m_entity);
    const QList<QPair<qint64, qint64>> pairs = m_added;
    m_result = m_workspace->write(BatchKind::Edit, text(), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        for (const auto &pair : pairs) {
            const Result r = exec(q, QStringLiteral("DELETE FROM not_duplicates WHERE entity = ? AND a_id = ? AND b_id = ?"),
                                  {entity, pair.first, pair.second});
            if (!r)
                return r;
        }
        return Result::success();
    });
    if (!m_result)
        Q_EMIT m_workspace->errorOccurred(m_result.message());
}

} // namespace Kempt
