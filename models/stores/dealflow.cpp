#include "stores/dealflow.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "domain/lostreasons.h"
#include "storage/sqlerror.h"
#include "stores/pipelinestore.h"
#include "stores/stagegate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealStore)
};

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// "“A”, “B” and 3 more": enough titles to find the deals, never a wall of text.
QString someTitles(const QStringList &titles)
{
    QStringList quoted;
    for (int i = 0; i < titles.size() && i < 3; ++i)
        quoted << QStringLiteral("\"%1\"").arg(titles.at(i));
    QString text = quoted.join(QStringLiteral(", "));
    if (titles.size() > 3)
        text = Tr::tr("%1 and %Ln more", nullptr, int(titles.size() - 3)).arg(text);
    return text;
}

const QString kOpenLive = QStringLiteral("status = 'open' AND deleted_at IS NULL");

} // namespace

DealFlow::DealFlow(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString DealFlow::titleOf(qint64 id) const
{
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT title FROM deals WHERE id = ?"), {id}) && q.next())
        return q.value(0).toString();
    return QString::number(id);
}

Result DealFlow::requireOpen(const QList<qint64> &ids, bool open) const
{
    if (ids.isEmpty())
        return Result::failure(Tr::tr("No deal was chosen."));
    QSqlQuery q(m_db);
    for (qint64 id : ids) {
        Result r = exec(q, QStringLiteral("SELECT title, status, deleted_at IS NOT NULL FROM deals WHERE id = ?"), {id});
        if (!r)
            return r;
        if (!q.next())
            return Result::failure(Tr::tr("Deal %1 no longer exists; it may have been deleted.").arg(id));
        const QString title = q.value(0).toString();
        const QString status = q.value(1).toString();
        if (q.value(2).toBool())
            return Result::failure(Tr::tr("Deal \"%1\" is in the trash. Restore it first.").arg(title));
        if (open && status != QLatin1String("open"))
            return Result::failure(status == QLatin1String("won")
                                       ? Tr::tr("Deal \"%1\" is already won. Reopen it first.").arg(title)
                                       : Tr::tr("Deal \"%1\" is already lost. Reopen it first.").arg(title));
        if (!open && status == QLatin1String("open"))
            return Result::failure(Tr::tr("Deal \"%1\" is still open; only won or lost deals can be reopened.").arg(title));
    }
    return Result::success();
}

Result DealFlow::checkMove(const QList<qint64> &ids, qint64 stageId) const
{
    const std::optional<Stage> stage = PipelineStore(m_db).stage(stageId);
    if (!stage)
        return Result::failure(Tr::tr("The stage no longer exists; it may have been removed."));
    Result r = requireOpen(ids, true);
    if (!r || stage->requiredFields.isEmpty())
        return r;
    const StageGate gate(m_db);
    QSqlQuery q(m_db);
    QStringList blocked;
    QStringList lacking;
    for (qint64 id : ids) {
        if (!(r = exec(q, QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"), {id})) || !q.next())
            return r ? Result::failure(Tr::tr("Deal %1 no longer exists; it may have been deleted.").arg(id)) : r;
        if (q.value(0).toLongLong() == stageId)
            continue; // a reorder enters nothing
        QStringList missing;
        if (!(r = gate.missing(id, stage->requiredFields, &missing)))
            return r;
        if (missing.isEmpty())
            continue;
        blocked << titleOf(id);
        for (const QString &key : std::as_const(missing))
            if (!lacking.contains(key))
                lacking << key;
    }
    if (blocked.isEmpty())
        return Result::success();
    if (blocked.size() == 1)
        return Result::failure(Tr::tr("\"%1\" cannot enter \"%2\": %3 must be filled in first. Fill in %3 on the deal, "
                                      "then move it again.")
                                   .arg(blocked.first(), stage->name, gate.spokenList(lacking)));
    return Result::failure(Tr::tr("%1 cannot enter \"%2\": %3 must be filled in first. Fill them in on each deal, "
                                  "then move the deals again.")
                               .arg(someTitles(blocked), stage->name, gate.spokenList(lacking)));
}

Result DealFlow::ranksBefore(qint64 stageId, const QList<qint64> &moving, qint64 beforeId, QList<double> *ranks)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id, rank FROM deals WHERE stage_id = ? AND %1 "
                                       "AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY rank, id")
                            .arg(kOpenLive);
    for (int attempt = 0; attempt < 2; ++attempt) {
        Result r = exec(q, sql, {stageId, idsJson(moving)});
        if (!r)
            return r;
        QList<qint64> ids;
        QList<double> stay;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            stay << q.value(1).toDouble();
        }
        q.finish();
        const int at = beforeId > 0 && ids.contains(beforeId) ? int(ids.indexOf(beforeId)) : int(ids.size());
        const int n = int(moving.size());
        double lo = 0;
        double hi = 0;
        if (at < ids.size()) {
            hi = stay.at(at);
            lo = at > 0 ? stay.at(at - 1) : hi - (n + 1);
        } else {
            lo = ids.isEmpty() ? 0 : stay.last();
            hi = lo + n + 1;
        }
        ranks->clear();
        bool spaced = true;
        for (int i = 0; i < n; ++i) {
            const double rank = lo + (hi - lo) * (i + 1) / (n + 1);
            spaced = spaced && rank > lo && rank < hi && (ranks->isEmpty() || rank > ranks->last());
            *ranks << rank;
        }
        if (spaced)
            return Result::success();
        // The gap between two neighbours ran out of doubles: number the stage 1, 2, 3 ...
        // afresh and place the deals again.
        for (int i = 0; i < ids.size(); ++i)
            if (stay.at(i) != i + 1 && !(r = exec(q, QStringLiteral("UPDATE deals SET rank = ? WHERE id = ?"), {i + 1, ids.at(i)})))
                return r;
    }
    return Result::failure(Tr::tr("The deals could not be placed in their stage."));
}

Result DealFlow::closeStay(qint64 dealId, const QString &at)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE deal_stage_history SET left_at = ? WHERE deal_id = ? AND left_at = ''"), {at, dealId});
}

Result DealFlow::openStay(qint64 dealId, qint64 stageId, const QString &at)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at) VALUES (?, ?, ?)"), {dealId, stageId, at});
}

Result DealFlow::move(const QList<qint64> &ids, qint64 stageId, qint64 beforeId)
{
    QList<qint64> unique;
    for (qint64 id : ids)
        if (!unique.contains(id))
            unique << id;
    Result r = checkMove(unique, stageId);
    if (!r)
        return r;
    const Stage stage = *PipelineStore(m_db).stage(stageId);
    QList<double> ranks;
    if (!(r = ranksBefore(stageId, unique, beforeId, &ranks)))
        return r;
    const QString now = isoNow();
    QSqlQuery q(m_db);
    for (int i = 0; i < unique.size(); ++i) {
        const qint64 id = unique.at(i);
        if (!(r = exec(q, QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"), {id})) || !q.next())
            return r;
        if (q.value(0).toLongLong() == stageId) {
            r = exec(q, QStringLiteral("UPDATE deals SET rank = ? WHERE id = ?"), {ranks.at(i), id});
        } else {
            r = exec(q, QStringLiteral("UPDATE deals SET stage_id = ?, pipeline_id = ?, rank = ?, updated_at = ? WHERE id = ?"),
                     {stageId, stage.pipelineId, ranks.at(i), now, id});
            if (r)
                r = closeStay(id, now);
            if (r)
                r = openStay(id, stageId, now);
        }
        if (!r)
            return r;
    }
    return Result::success();
}

Result DealFlow::win(const QList<qint64> &ids)
{
    Result r = requireOpen(ids, true);
    const QString now = isoNow();
    QSqlQuery q(m_db);
    for (qint64 id : ids) {
        if (r)
            r = exec(q, QStringLiteral("UPDATE deals SET status = 'won', closed_at = ?, lost_reason = '', updated_at = ? WHERE id = ?"),
                     {now, now, id});
        if (r)
            r = closeStay(id, now);
    }
    return r;
}

Result DealFlow::lose(const QList<qint64> &ids, const QString &reason)
{
    const QStringList reasons = LostReasons::of(m_db);
    const QString listed = LostReasons::match(reasons, reason);
    if (reason.trimmed().isEmpty())
        return Result::failure(Tr::tr("Say why the deal was lost: choose one of %1.").arg(reasons.join(QStringLiteral(", "))));
    if (listed.isEmpty())
        return Result::failure(Tr::tr("\"%1\" is not on the list of lost reasons. Choose one of %2, or add it to the list first.")
                                   .arg(reason.simplified(), reasons.join(QStringLiteral(", "))));
    Result r = requireOpen(ids, true);
    const QString now = isoNow();
    QSqlQuery q(m_db);
    for (qint64 id : ids) {
        if (r)
            r = exec(q, QStringLiteral("UPDATE deals SET status = 'lost', closed_at = ?, lost_reason = ?, updated_at = ? WHERE id = ?"),
                     {now, listed, now, id});
        if (r)
            r = closeStay(id, now);
    }
    return r;
}

Result DealFlow::reopen(const QList<qint64> &ids)
{
    Result r = requireOpen(ids, false);
    const QString now = isoNow();
    QSqlQuery q(m_db);
    for (qint64 id : ids) {
        if (r)
            r = exec(q, QStringLiteral("UPDATE deals SET status = 'open', closed_at = '', lost_reason = '', updated_at = ? WHERE id = ?"),
                     {now, id});
        if (r)
            r = exec(q, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at) SELECT id, stage_id, ? FROM deals WHERE id = ?"),
                     {now, id});
    }
    return r;
}

Result DealFlow::evacuateStage(qint64 stageId, qint64 targetStageId)
{
    PipelineStore pipelines(m_db);
    const std::optional<Stage> from = pipelines.stage(stageId);
    const std::optional<Stage> to = pipelines.stage(targetStageId);
    if (!from)
        return Result::failure(Tr::tr("The stage no longer exists; it may have been removed."));
    if (!to || targetStageId == stageId)
        return Result::failure(Tr::tr("Choose another existing stage to move the deals of \"%1\" to.").arg(from->name));
    const StageGate gate(m_db);
    QSqlQuery q(m_db);
    Result r;
    QStringList lacking;
    QStringList empties;
    for (const QString &key : to->requiredFields) {
        const FieldDef f = FieldCatalog::find(gate.gateableFields(), key);
        if (!f.isValid())
            continue;
        if (!(r = exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM deals t WHERE t.stage_id = ? AND t.%1 AND %2)")
                              .arg(kOpenLive, StageGate::emptyCondition(f)),
                       {stageId})))
            return r;
        if (q.next() && q.value(0).toBool()) {
            lacking << key;
            empties << StageGate::emptyCondition(f);
        }
    }
    if (!lacking.isEmpty()) {
        if (!(r = exec(q, QStringLiteral("SELECT count(*) FROM deals t WHERE t.stage_id = ? AND t.%1 AND (%2)")
                              .arg(kOpenLive, empties.join(QStringLiteral(" OR "))),
                       {stageId})))
            return r;
        q.next();
        return Result::failure(Tr::tr("%Ln open deal(s) in \"%1\" lack %2, which \"%3\" requires. Fill it in on those deals, "
                                      "or choose a stage without that requirement.",
                                      nullptr, q.value(0).toInt())
                                   .arg(from->name, gate.spokenList(lacking), to->name));
    }
    QList<qint64> open;
    if (!(r = exec(q, QStringLiteral("SELECT id FROM deals WHERE stage_id = ? AND %1 ORDER BY rank, id").arg(kOpenLive), {stageId})))
        return r;
    while (q.next())
        open << q.value(0).toLongLong();
    if (!(r = exec(q, QStringLiteral("SELECT coalesce((SELECT max(rank) FROM deals WHERE stage_id = ?), 0), "
                                     "coalesce((SELECT min(rank) FROM deals WHERE stage_id = ?), 0)"),
                   {targetStageId, stageId})))
        return r;
    q.next();
    const double base = q.value(0).toDouble();
    const double first = q.value(1).toDouble();
    const QString now = isoNow();
    // One shift keeps the moved deals in their order, after the target's own.
    if (!(r = exec(q, QStringLiteral("UPDATE deals SET stage_id = ?, pipeline_id = ?, rank = rank - ? + ? + 1, updated_at = ? WHERE stage_id = ?"),
                   {targetStageId, to->pipelineId, first, base, now, stageId})))
        return r;
    for (qint64 id : std::as_const(open))
        if (!(r = closeStay(id, now)) || !(r = openStay(id, targetStageId, now)))
            return r;
    return Result::success();
}

} // namespace Kempt
