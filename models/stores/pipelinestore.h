#pragma once

#include "core/result.h"
#include "domain/deal.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// Pipelines and their ordered stages. Writers run inside Workspace::write. A stage is
// never removed while a deal points at it: its deals move to a target stage first.
class PipelineStore
{
public:
    explicit PipelineStore(QSqlDatabase db);

    // By position, each with its stages in board order.
    QList<Pipeline> pipelines() const;
    std::optional<Pipeline> load(qint64 pipelineId) const;
    std::optional<Stage> stage(qint64 stageId) const;

    // "Sales": Lead 10 %, Qualified 25 %, Proposal 50 % and Negotiation 75 %, each with a
    // rotting period; Proposal and Negotiation require a value and an expected close date.
    // Names are translated when the pipeline is created, then they are the user's data.
    static Pipeline defaultPipeline();
    // The first pipeline, creating the default one in a workspace that has none.
    Result ensureDefault(qint64 *pipelineId);

    // A pipeline without stages gets the default pipeline's stages. Sets every id.
    Result insert(Pipeline &pipeline);
    Result rename(qint64 pipelineId, const QString &name);
    // Refused while deals (open, closed or in the trash) belong to the pipeline.
    Result remove(qint64 pipelineId);

    // position -1 appends; the stages after it move one place right. Sets stage.id.
    Result insertStage(Stage &stage, int position = -1);
    // Name, probability, rotting period and required fields; not the position.
    Result updateStage(const Stage &stage);
    Result moveStage(qint64 stageId, int position);
    // Refused while the stage holds deals, unless targetStageId names another stage: the
    // deals (open, closed and trashed) then move there first, the open ones through the
    // target's gate. The removed stage's history rows go with it.
    Result removeStage(qint64 stageId, qint64 targetStageId = 0);

private:
    Result checkStage(const Stage &stage, const Pipeline &pipeline) const;
    Result writePositions(const QList<Stage> &stages);

    QSqlDatabase m_db;
};

} // namespace Kempt
