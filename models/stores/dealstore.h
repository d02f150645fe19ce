#pragma once

#include "core/result.h"
#include "domain/deal.h"
#include "stores/recordselection.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// Deals and their contacts. Writers run inside Workspace::write; every refusal leaves
// the file unchanged. Moves and status changes are DealFlow's, offered here too so that
// one store serves every caller.
class DealStore
{
public:
    explicit DealStore(QSqlDatabase db);

    std::optional<Deal> load(qint64 id) const;
    // Without a stage the deal enters the first stage of its pipeline, without a pipeline
    // the first pipeline (created from PipelineStore::defaultPipeline() when there is
    // none). It goes to the end of its stage and through the stage's gate. Sets deal.id.
    Result insert(Deal &deal);
    // Writes what differs from the stored deal. A new stage goes through move(); the
    // status changes only through win(), lose() and reopen().
    Result update(const Deal &deal);

    // Whether the open deals may enter stageId: the message names each deal and the
    // fields the stage requires that it leaves empty.
    Result checkMove(const QList<qint64> &ids, qint64 stageId) const;
    // Moves the deals, in this order, into stageId just before the open deal beforeId
    // (0 or a deal not in the stage: at the end). Moving within a stage only reorders.
    Result move(const QList<qint64> &ids, qint64 stageId, qint64 beforeId = 0);
    Result win(const QList<qint64> &ids);
    // reason must come from LostReasons::of(); it is stored as the list spells it.
    Result lose(const QList<qint64> &ids, const QString &reason);
    Result reopen(const QList<qint64> &ids);

    Result moveToTrash(const RecordSelection &selection);
    Result restore(const RecordSelection &selection);
    Result purge(const RecordSelection &selection);

    // Moves every deal of stageId (open, closed and trashed) to the end of targetStageId;
    // refused when an open one lacks a field the target requires. PipelineStore::removeStage.
    Result evacuateStage(qint64 stageId, qint64 targetStageId);

    // The currency totals are shown in: the workspace setting "currency", else the most
    // common currency of the live deals, else EUR.
    QString mainCurrency() const;
    // The deals a committed batch inserted, changed or deleted, or whose history it touched.
    QList<qint64> touchedBy(qint64 batchId) const;

private:
    Result checkFields(const Deal &deal) const;
    Result writeContacts(qint64 dealId, qint64 primary, const QList<qint64> &others);
    Result writeCustom(qint64 dealId, const QVariantMap &custom, const QVariantMap &old);

    QSqlDatabase m_db;
};

} // namespace Kempt
