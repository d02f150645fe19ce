#include "stores/dealstore.h"
#include "core/timestamps.h"
#include "domain/lostreasons.h"
#include "domain/money.h"
#include "storage/sqlerror.h"
#include "stores/companystore.h"
#include "stores/dealflow.h"
#include "stores/pipelinestore.h"
#include "stores/stagegate.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealStore)
};

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant probabilityValue(const std::optional<double> &p)
{
    return p ? QVariant(*p) : QVariant(QMetaType(QMetaType::Double));
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QString kOpenLive = QStringLiteral("status = 'open' AND deleted_at IS NULL");

} // namespace

DealStore::DealStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<Deal> DealStore::load(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT t.title, t.value_minor, t.currency, (SELECT name FROM companies WHERE id = t.company_id), "
                                "t.contact_id, (SELECT name FROM users WHERE id = t.owner_id), t.pipeline_id, t.stage_id, t.rank, "
                                "t.expected_close, t.probability, t.status, t.lost_reason, t.source, t.created_at, t.updated_at, "
                                "t.closed_at, t.deleted_at FROM deals t WHERE t.id = ?"),
              {id})
        || !q.next())
        return std::nullopt;
    Deal d;
    d.id = id;
    d.title = q.value(0).toString();
    d.valueMinor = q.value(1).toLongLong();
    d.currency = q.value(2).toString();
    d.companyName = q.value(3).toString();
    d.contactId = q.value(4).toLongLong();
    d.ownerName = q.value(5).toString();
    d.pipelineId = q.value(6).toLongLong();
    d.stageId = q.value(7).toLongLong();
    d.rank = q.value(8).toDouble();
    d.expectedClose = q.value(9).toString();
    if (!q.value(10).isNull())
        d.probability = q.value(10).toDouble();
    d.status = Deal::statusFromName(q.value(11).toString()).value_or(DealStatus::Open);
    d.lostReason = q.value(12).toString();
    d.source = q.value(13).toString();
    d.createdAt = q.value(14).toString();
    d.updatedAt = q.value(15).toString();
    d.closedAt = q.value(16).toString();
    d.deletedAt = q.value(17).toString();
    if (exec(q, QStringLiteral("SELECT contact_id FROM deal_contacts WHERE deal_id = ? ORDER BY rowid"), {id}))
        while (q.next())
            if (q.value(0).toLongLong() != d.contactId)
                d.otherContactIds << q.value(0).toLongLong();
    if (exec(q, QStringLiteral("SELECT f.key, v.value FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                               "WHERE f.entity = 'deal' AND v.entity_id = ?"),
             {id}))
        while (q.next())
            d.custom.insert(q.value(0).toString(), q.value(1));
    return d;
}

Result DealStore::checkFields(const Deal &deal) const
{
    if (deal.title.trimmed().isEmpty())
        return Result::failure(Tr::tr("A deal needs a title."));
    const QString name = deal.title.trimmed();
    if (!Money::isCurrencyCode(deal.currency.trimmed().toUpper()))
        return Result::failure(Tr::tr("Deal \"%1\": the currency \"%2\" is not a three-letter ISO 4217 code such as EUR or USD.")
                                   .arg(name, deal.currency));
    if (deal.valueMinor < 0)
        return Result::failure(Tr::tr("Deal \"%1\": the value cannot be negative.").arg(name));
    if (deal.probability && !(*deal.probability >= 0 && *deal.probability <= 1))
        return Result::failure(Tr::tr("Deal \"%1\": the probability must lie between 0 % and 100 %.").arg(name));
    if (!deal.expectedClose.isEmpty() && !QDate::fromString(deal.expectedClose, Qt::ISODate).isValid())
        return Result::failure(Tr::tr("Deal \"%1\": the expected close date \"%2\" is not a date; write it as year-month-day, "
                                      "e.g. 2025-03-31.")
                                   .arg(name, deal.expectedClose));
    QSqlQuery q(m_db);
    for (qint64 contact : QList<qint64>{deal.contactId} + deal.otherContactIds) {
        if (contact <= 0)
            continue;
        if (!exec(q, QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted_at IS NULL"), {contact}) || !q.next())
            return Result::failure(Tr::tr("Deal \"%1\": contact %2 no longer exists or is in the trash. Choose another contact.")
                                       .arg(name)
                                       .arg(contact));
    }
    return Result::success();
}

Result DealStore::insert(Deal &deal)
{
    Result r = checkFields(deal);
    if (!r)
        return r;
    PipelineStore pipelines(m_db);
    std::optional<Stage> stage;
    if (deal.stageId > 0) {
        stage = pipelines.stage(deal.stageId);
        if (!stage)
            return Result::failure(Tr::tr("Deal \"%1\": stage %2 no longer exists. Choose another stage.").arg(deal.title.trimmed()).arg(deal.stageId));
        if (deal.pipelineId > 0 && deal.pipelineId != stage->pipelineId)
            return Result::failure(Tr::tr("Deal \"%1\": stage \"%2\" belongs to another pipeline.").arg(deal.title.trimmed(), stage->name));
    } else {
        qint64 pipelineId = deal.pipelineId;
        if (pipelineId <= 0 && !(r = pipelines.ensureDefault(&pipelineId)))
            return r;
        const std::optional<Pipeline> p = pipelines.load(pipelineId);
        if (!p)
            return Result::failure(Tr::tr("Deal \"%1\": pipeline %2 no longer exists. Choose another pipeline.").arg(deal.title.trimmed()).arg(pipelineId));
        if (p->stages.isEmpty())
            return Result::failure(Tr::tr("Pipeline \"%1\" has no stages. Add a stage before creating deals in it.").arg(p->name));
        stage = p->stages.first();
    }
    deal.stageId = stage->id;
    deal.pipelineId = stage->pipelineId;
    qint64 companyId = 0;
    qint64 ownerId = 0;
    if (!(r = CompanyStore(m_db).idForName(deal.companyName, true, &companyId)))
        return r;
    if (!(r = UserStore(m_db).idForName(deal.ownerName, true, &ownerId)))
        return r;
    QSqlQuery q(m_db);
    if (!(r = exec(q, QStringLiteral("SELECT coalesce(max(rank), 0) + 1 FROM deals WHERE stage_id = ? AND %1").arg(kOpenLive), {deal.stageId})))
        return r;
    q.next();
    deal.rank = q.value(0).toDouble();
    const QString now = isoNow();
    if (deal.createdAt.isEmpty())
        deal.createdAt = now;
    deal.updatedAt = now;
    if (deal.status == DealStatus::Open)
        deal.closedAt.clear();
    else if (deal.closedAt.isEmpty())
        deal.closedAt = now;
    QStringList columns = {QStringLiteral("title"), QStringLiteral("value_minor"), QStringLiteral("currency"), QStringLiteral("company_id"),
                           QStringLiteral("contact_id"), QStringLiteral("owner_id"), QStringLiteral("pipeline_id"), QStringLiteral("stage_id"),
                           QStringLiteral("rank"), QStringLiteral("expected_close"), QStringLiteral("probability"), QStringLiteral("status"),
                           QStringLiteral("lost_reason"), QStringLiteral("source"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                           QStringLiteral("closed_at")};
    QVariantList values = {deal.title.trimmed(), deal.valueMinor, deal.currency.trimmed().toUpper(), idOrNull(companyId),
                           idOrNull(deal.contactId), idOrNull(ownerId), deal.pipelineId, deal.stageId, deal.rank,
                           deal.expectedClose, probabilityValue(deal.probability), Deal::statusName(deal.status),
                           deal.status == DealStatus::Lost ? deal.lostReason.simplified() : QString(), deal.source.trimmed(),
                           deal.createdAt, deal.updatedAt, deal.closedAt};
    if (deal.id > 0) {
        columns << QStringLiteral("id");
        values << deal.id;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    if (!(r = exec(q, QStringLiteral("INSERT INTO deals(%1) VALUES (%2)").arg(columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))), values)))
        return r;
    deal.id = q.lastInsertId().toLongLong();
    if (deal.status == DealStatus::Open) {
        QStringList missing;
        if (!(r = StageGate(m_db).missing(deal.id, stage->requiredFields, &missing)))
            return r;
        if (!missing.isEmpty())
            return Result::failure(Tr::tr("Deal \"%1\" cannot start in \"%2\": %3 must be filled in first. Fill them in, "
                                          "or start the deal in an earlier stage.")
                                       .arg(deal.title.trimmed(), stage->name, StageGate(m_db).spokenList(missing)));
    }
    if (!(r = writeContacts(deal.id, deal.contactId, deal.otherContactIds)))
        return r;
    if (!deal.custom.isEmpty() && !(r = writeCustom(deal.id, deal.custom, {})))
        return r;
    if (!(r = exec(q, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at) VALUES (?, ?, ?, ?)"),
                   {deal.id, deal.stageId, deal.createdAt, deal.closedAt})))
        return r;
    return Result::success();
}

Result DealStore::update(const Deal &deal)
{
    const std::optional<Deal> old = load(deal.id);
    if (!old)
        return Result::failure(Tr::tr("The deal no longer exists; it may have been deleted."));
    if (!old->deletedAt.isEmpty())
        return Result::failure(Tr::tr("Deal \"%1\" is in the trash. Restore it before editing it.").arg(old->title));
    if (deal.status != old->status)
        return Result::failure(Tr::tr("Deal \"%1\": use Win, Lose or Reopen to change its status.").arg(old->title));
    Result r = checkFields(deal);
    if (!r)
        return r;
    QStringList sets;
    QVariantList values;
    const auto set = [&](const char *column, const QVariant &now, const QVariant &before) {
        if (now != before) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << now;
        }
    };
    set("title", deal.title.trimmed(), old->title);
    set("value_minor", deal.valueMinor, old->valueMinor);
    set("currency", deal.currency.trimmed().toUpper(), old->currency);
    set("contact_id", idOrNull(deal.contactId), idOrNull(old->contactId));
    set("expected_close", deal.expectedClose, old->expectedClose);
    if (deal.probability != old->probability) {
        sets << QStringLiteral("probability = ?");
        values << probabilityValue(deal.probability);
    }
    if (old->status == DealStatus::Lost && deal.lostReason.simplified() != old->lostReason) {
        const QStringList reasons = LostReasons::of(m_db);
        const QString listed = LostReasons::match(reasons, deal.lostReason);
        if (listed.isEmpty())
            return Result::failure(Tr::tr("Deal \"%1\": \"%2\" is not on the list of lost reasons. Choose one of %3.")
                                       .arg(old->title, deal.lostReason.simplified(), reasons.join(QStringLiteral(", "))));
        set("lost_reason", listed, old->lostReason);
    }
    set("source", deal.source.trimmed(), old->source);
    if (deal.companyName.simplified() != old->companyName) {
        qint64 companyId = 0;
        if (!(r = CompanyStore(m_db).idForName(deal.companyName, true, &companyId)))
            return r;
        sets << QStringLiteral("company_id = ?");
        values << idOrNull(companyId);
    }
    if (deal.ownerName.simplified() != old->ownerName) {
        qint64 ownerId = 0;
        if (!(r = UserStore(m_db).idForName(deal.ownerName, true, &ownerId)))
            return r;
        sets << QStringLiteral("owner_id = ?");
        values << idOrNull(ownerId);
    }
    QSqlQuery q(m_db);
    if (!sets.isEmpty()) {
        sets << QStringLiteral("updated_at = ?");
        values << isoNow() << deal.id;
        if (!(r = exec(q, QStringLiteral("UPDATE deals SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values)))
            return r;
    }
    if ((deal.contactId != old->contactId || deal.otherContactIds != old->otherContactIds)
        && !(r = writeContacts(deal.id, deal.contactId, deal.otherContactIds)))
        return r;
    if (deal.custom != old->custom && !(r = writeCustom(deal.id, deal.custom, old->custom)))
        return r;
    // After the fields, so that filling in a value and moving past a gate is one edit.
    if (deal.stageId > 0 && deal.stageId != old->stageId)
        return move({deal.id}, deal.stageId, 0);
    return Result::success();
}

Result DealStore::writeContacts(qint64 dealId, qint64 primary, const QList<qint64> &others)
{
    QList<qint64> wanted;
    for (qint64 id : QList<qint64>{primary} + others)
        if (id > 0 && !wanted.contains(id))
            wanted << id;
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("DELETE FROM deal_contacts WHERE deal_id = ? AND contact_id NOT IN (SELECT value FROM json_each(?))"),
                    {dealId, idsJson(wanted)});
    if (r)
        r = exec(q, QStringLiteral("INSERT OR IGNORE INTO deal_contacts(deal_id, contact_id) SELECT ?, value FROM json_each(?)"),
                 {dealId, idsJson(wanted)});
    return r;
}

Result DealStore::writeCustom(qint64 dealId, const QVariantMap &custom, const QVariantMap &old)
{
    QSqlQuery q(m_db);
    QStringList keys = custom.keys() + old.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QVariant value = custom.value(key);
        if (value == old.value(key))
            continue;
        Result r;
        if (value.isNull() || value.toString().isEmpty())
            r = exec(q, QStringLiteral("DELETE FROM custom_values WHERE entity_id = ? AND field_id = "
                                       "(SELECT id FROM custom_fields WHERE entity = 'deal' AND key = ?)"),
                     {dealId, key});
        else
            r = exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) "
                                       "SELECT id, ?, ? FROM custom_fields WHERE entity = 'deal' AND key = ? "
                                       "ON CONFLICT(field_id, entity_id) DO UPDATE SET value = excluded.value"),
                     {dealId, value, key});
        if (!r)
            return r;
    }
    return Result::success();
}

Result DealStore::checkMove(const QList<qint64> &ids, qint64 stageId) const
{
    return DealFlow(m_db).checkMove(ids, stageId);
}

Result DealStore::move(const QList<qint64> &ids, qint64 stageId, qint64 beforeId)
{
    return DealFlow(m_db).move(ids, stageId, beforeId);
}

Result DealStore::win(const QList<qint64> &ids)
{
    return DealFlow(m_db).win(ids);
}

Result DealStore::lose(const QList<qint64> &ids, const QString &reason)
{
    return DealFlow(m_db).lose(ids, reason);
}

Result DealStore::reopen(const QList<qint64> &ids)
{
    return DealFlow(m_db).reopen(ids);
}

Result DealStore::evacuateStage(qint64 stageId, qint64 targetStageId)
{
    return DealFlow(m_db).evacuateStage(stageId, targetStageId);
}

Result DealStore::moveToTrash(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE deals AS t SET deleted_at = ? WHERE t.deleted_at IS NULL AND (%1)").arg(selection.where),
                QVariantList{isoNow()} + selection.binds);
}

Result DealStore::restore(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE deals AS t SET deleted_at = NULL WHERE t.deleted_at IS NOT NULL AND (%1)").arg(selection.where),
                selection.binds);
}

Result DealStore::purge(const RecordSelection &selection)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM deals AS t WHERE t.deleted_at IS NOT NULL AND (%1)").arg(selection.where),
                selection.binds);
}

QString DealStore::mainCurrency() const
{
    QSqlQuery q(m_db);
    if (exec(q, QStringLiteral("SELECT value FROM settings WHERE key = 'currency'")) && q.next()
        && Money::isCurrencyCode(q.value(0).toString().trimmed().toUpper()))
        return q.value(0).toString().trimmed().toUpper();
    if (exec(q, QStringLiteral("SELECT currency FROM deals WHERE deleted_at IS NULL GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1"))
        && q.next())
        return q.value(0).toString();
    return QStringLiteral("EUR");
}

QList<qint64> DealStore::touchedBy(qint64 batchId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    // History rows name their deal in the row itself (inserts and deletes carry it as
    // JSON) or, for an update, in the table.
    if (!exec(q, QStringLiteral("SELECT row_id FROM change_log INDEXED BY change_log_batch WHERE batch_id = ? AND table_name = 'deals' "
                                "UNION SELECT coalesce(json_extract(l.new_value, '$.deal_id'), json_extract(l.old_value, '$.deal_id'), "
                                "(SELECT h.deal_id FROM deal_stage_history h WHERE h.id = l.row_id)) "
                                "FROM change_log AS l INDEXED BY change_log_batch WHERE l.batch_id = ? AND l.table_name = 'deal_stage_history' AND l.action <> 'update' "
                                "UNION SELECT h.deal_id FROM change_log AS l INDEXED BY change_log_batch JOIN deal_stage_history h ON h.id = l.row_id "
                                "WHERE l.batch_id = ? AND l.table_name = 'deal_stage_history' AND l.action = 'update'"),
              {batchId, batchId, batchId}))
        return ids;
    while (q.next())
        if (!q.value(0).isNull())
            ids << q.value(0).toLongLong();
    return ids;
}

} // namespace Kempt
