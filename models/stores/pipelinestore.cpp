#include "stores/pipelinestore.h"
#include "storage/sqlerror.h"
#include "stores/dealstore.h"
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
    Q_DECLARE_TR_FUNCTIONS(PipelineStore)
};

QString requiredJson(const QStringList &keys)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

QStringList requiredKeys(const QString &json)
{
    QStringList keys;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (v.isString() && !v.toString().isEmpty())
            keys << v.toString();
    return keys;
}

Stage stageFrom(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.pipelineId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.probability = q.value(4).toDouble();
    s.rottingDays = q.value(5).toInt();
    s.requiredFields = requiredKeys(q.value(6).toString());
    return s;
}

const QString kStageColumns = QStringLiteral("id, pipeline_id, name, position, probability, rotting_days, required_fields");

} // namespace

PipelineStore::PipelineStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<Pipeline> PipelineStore::pipelines() const
{
    QList<Pipeline> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, position FROM pipelines ORDER BY position, id")))
        return list;
    while (q.next())
        list << Pipeline{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), {}};
    if (!q.exec(QStringLiteral("SELECT %1 FROM stages ORDER BY pipeline_id, position, id").arg(kStageColumns)))
        return list;
    while (q.next()) {
        const Stage s = stageFrom(q);
        for (Pipeline &p : list)
            if (p.id == s.pipelineId)
                p.stages << s;
    }
    return list;
}

std::optional<Pipeline> PipelineStore::load(qint64 pipelineId) const
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT id, name, position FROM pipelines WHERE id = ?"), {pipelineId}) || !q.next())
        return std::nullopt;
    Pipeline p{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), {}};
    if (exec(q, QStringLiteral("SELECT %1 FROM stages WHERE pipeline_id = ? ORDER BY position, id").arg(kStageColumns), {pipelineId}))
        while (q.next())
            p.stages << stageFrom(q);
    return p;
}

std::optional<Stage> PipelineStore::stage(qint64 stageId) const
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT %1 FROM stages WHERE id = ?").arg(kStageColumns), {stageId}) || !q.next())
        return std::nullopt;
    return stageFrom(q);
}

Pipeline PipelineStore::defaultPipeline()
{
    Pipeline p;
    p.name = Tr::tr("Sales");
    const QStringList gate = {QStringLiteral("value"), QStringLiteral("expected_close")};
    p.stages = {
        Stage{0, 0, Tr::tr("Lead"), 0, 0.10, 14, {}},
        Stage{0, 0, Tr::tr("Qualified"), 1, 0.25, 21, {}},
        Stage{0, 0, Tr::tr("Proposal"), 2, 0.50, 14, gate},
        // Negotiation keeps the gate too, so that skipping Proposal does not skip it.
        Stage{0, 0, Tr::tr("Negotiation"), 3, 0.75, 10, gate},
    };
    return p;
}

Result PipelineStore::ensureDefault(qint64 *pipelineId)
{
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT id FROM pipelines ORDER BY position, id LIMIT 1"));
    if (!r)
        return r;
    if (q.next()) {
        *pipelineId = q.value(0).toLongLong();
        return Result::success();
    }
    Pipeline p = defaultPipeline();
    r = insert(p);
    *pipelineId = p.id;
    return r;
}

Result PipelineStore::insert(Pipeline &pipeline)
{
    pipeline.name = pipeline.name.simplified();
    if (pipeline.name.isEmpty())
        return Result::failure(Tr::tr("A pipeline needs a name."));
    for (const Pipeline &other : pipelines())
        if (other.name.compare(pipeline.name, Qt::CaseInsensitive) == 0)
            return Result::failure(Tr::tr("There is already a pipeline called \"%1\". Choose another name.").arg(pipeline.name));
    if (pipeline.stages.isEmpty())
        pipeline.stages = defaultPipeline().stages;
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("INSERT INTO pipelines(name, position) VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM pipelines))"),
                    {pipeline.name});
    if (!r)
        return r;
    pipeline.id = q.lastInsertId().toLongLong();
    QList<Stage> stages = pipeline.stages;
    pipeline.stages.clear();
    for (Stage &s : stages) {
        s.pipelineId = pipeline.id;
        if (!(r = insertStage(s, -1)))
            return r;
        pipeline.stages << s;
    }
    return Result::success();
}

Result PipelineStore::rename(qint64 pipelineId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result::failure(Tr::tr("A pipeline needs a name."));
    if (!load(pipelineId))
        return Result::failure(Tr::tr("The pipeline no longer exists; it may have been deleted."));
    for (const Pipeline &other : pipelines())
        if (other.id != pipelineId && other.name.compare(clean, Qt::CaseInsensitive) == 0)
            return Result::failure(Tr::tr("There is already a pipeline called \"%1\". Choose another name.").arg(clean));
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE pipelines SET name = ? WHERE id = ? AND name IS NOT ?"), {clean, pipelineId, clean});
}

Result PipelineStore::remove(qint64 pipelineId)
{
    const std::optional<Pipeline> p = load(pipelineId);
    if (!p)
        return Result::failure(Tr::tr("The pipeline no longer exists; it may have been deleted."));
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE deleted_at IS NOT NULL) FROM deals WHERE pipeline_id = ?"),
                    {pipelineId});
    if (!r)
        return r;
    q.next();
    const int deals = q.value(0).toInt();
    const int trashed = q.value(1).toInt();
    if (deals > 0) {
        if (trashed == deals)
            return Result::failure(Tr::tr("Pipeline \"%1\" still holds %Ln deal(s) in the trash. Empty the trash first, "
                                          "or remove its stages one by one, moving the deals to another pipeline.",
                                          nullptr, deals)
                                       .arg(p->name));
        return Result::failure(Tr::tr("Pipeline \"%1\" still holds %Ln deal(s). Move them to a stage of another pipeline "
                                      "(remove each stage with a target stage) before deleting it.",
                                      nullptr, deals)
                                   .arg(p->name));
    }
    if (!(r = exec(q, QStringLiteral("DELETE FROM stages WHERE pipeline_id = ?"), {pipelineId})))
        return r;
    return exec(q, QStringLiteral("DELETE FROM pipelines WHERE id = ?"), {pipelineId});
}

Result PipelineStore::checkStage(const Stage &stage, const Pipeline &pipeline) const
{
    if (stage.name.simplified().isEmpty())
        return Result::failure(Tr::tr("A stage needs a name."));
    for (const Stage &other : pipeline.stages)
        if (other.id != stage.id && other.name.compare(stage.name.simplified(), Qt::CaseInsensitive) == 0)
            return Result::failure(Tr::tr("Pipeline \"%1\" already has a stage called \"%2\". Choose another name.")
                                       .arg(pipeline.name, stage.name.simplified()));
    if (!(stage.probability >= 0 && stage.probability <= 1))
        return Result::failure(Tr::tr("The probability of stage \"%1\" must lie between 0 % and 100 %.").arg(stage.name.simplified()));
    if (stage.rottingDays < 0)
        return Result::failure(Tr::tr("The rotting period of stage \"%1\" cannot be negative; use 0 for none.").arg(stage.name.simplified()));
    return StageGate(m_db).validate(stage.requiredFields);
}

Result PipelineStore::writePositions(const QList<Stage> &stages)
{
    QSqlQuery q(m_db);
    for (int i = 0; i < stages.size(); ++i)
        if (stages.at(i).position != i)
            if (Result r = exec(q, QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"), {i, stages.at(i).id}); !r)
                return r;
    return Result::success();
}

Result PipelineStore::insertStage(Stage &stage, int position)
{
    const std::optional<Pipeline> p = load(stage.pipelineId);
    if (!p)
        return Result::failure(Tr::tr("The pipeline no longer exists; it may have been deleted."));
    stage.id = 0;
    if (Result r = checkStage(stage, *p); !r)
        return r;
    stage.name = stage.name.simplified();
    stage.requiredFields.removeDuplicates();
    QList<Stage> stages = p->stages;
    const int at = position < 0 || position > stages.size() ? int(stages.size()) : position;
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("INSERT INTO stages(pipeline_id, name, position, probability, rotting_days, required_fields) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                    {stage.pipelineId, stage.name, at, stage.probability, stage.rottingDays, requiredJson(stage.requiredFields)});
    if (!r)
        return r;
    stage.id = q.lastInsertId().toLongLong();
    stage.position = at;
    stages.insert(at, stage);
    return writePositions(stages);
}

Result PipelineStore::updateStage(const Stage &stage)
{
    const std::optional<Stage> old = this->stage(stage.id);
    if (!old)
        return Result::failure(Tr::tr("The stage no longer exists; it may have been removed."));
    const std::optional<Pipeline> p = load(old->pipelineId);
    Stage wanted = stage;
    wanted.pipelineId = old->pipelineId;
    if (Result r = checkStage(wanted, *p); !r)
        return r;
    wanted.requiredFields.removeDuplicates();
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE stages SET name = ?, probability = ?, rotting_days = ?, required_fields = ? WHERE id = ?"),
                {wanted.name.simplified(), wanted.probability, wanted.rottingDays, requiredJson(wanted.requiredFields), stage.id});
}

Result PipelineStore::moveStage(qint64 stageId, int position)
{
    const std::optional<Stage> s = stage(stageId);
    if (!s)
        return Result::failure(Tr::tr("The stage no longer exists; it may have been removed."));
    QList<Stage> stages = load(s->pipelineId)->stages;
    const int from = [&] {
        for (int i = 0; i < stages.size(); ++i)
            if (stages.at(i).id == stageId)
                return i;
        return -1;
    }();
    const int to = qBound(0, position, int(stages.size()) - 1);
    stages.move(from, to);
    return writePositions(stages);
}

Result PipelineStore::removeStage(qint64 stageId, qint64 targetStageId)
{
    const std::optional<Stage> s = stage(stageId);
    if (!s)
        return Result::failure(Tr::tr("The stage no longer exists; it may have been removed."));
    QList<Stage> stages = load(s->pipelineId)->stages;
    if (stages.size() == 1)
        return Result::failure(Tr::tr("\"%1\" is the only stage of its pipeline. A pipeline needs at least one stage; "
                                      "add another before removing this one.")
                                   .arg(s->name));
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), {stageId});
    if (!r)
        return r;
    q.next();
    const int deals = q.value(0).toInt();
    if (deals > 0) {
        if (targetStageId == 0)
            return Result::failure(Tr::tr("Stage \"%1\" still holds %Ln deal(s). Choose a stage to move them to.", nullptr, deals)
                                       .arg(s->name));
        if (!(r = DealStore(m_db).evacuateStage(stageId, targetStageId)))
            return r;
    }
    // History rows point at the stage; with the stage gone they would point at nothing.
    if (!(r = exec(q, QStringLiteral("DELETE FROM deal_stage_history WHERE stage_id = ?"), {stageId})))
        return r;
    if (!(r = exec(q, QStringLiteral("DELETE FROM stages WHERE id = ?"), {stageId})))
        return r;
    for (int i = 0; i < stages.size(); ++i)
        if (stages.at(i).id == stageId) {
            stages.removeAt(i);
            break;
        }
    return writePositions(stages);
}

} // namespace Kempt
