#include "merge/mergewriter.h"
#include "core/timestamps.h"
#include "merge/mergegrouppreview.h"
#include "merge/mergestore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// SQLite NULLs come back as null QVariants that exec() would bind as ''; references
// must stay NULL.
QVariant storedForm(const FieldDef &field, const QVariant &value)
{
    if (field.storage == FieldStorage::Custom)
        return value; // as stored: NULL means the survivor ends without one
    if (field.storage == FieldStorage::CompanyRef || field.storage == FieldStorage::OwnerRef)
        return value.isNull() || value.toLongLong() <= 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value.toLongLong());
    if (field.type == FieldType::Bool)
        return int(value.toBool());
    return value.isNull() ? QVariant(QString()) : value;
}

} // namespace

MergeWriter::MergeWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result MergeWriter::moveChildren(const QString &table, qint64 survivorId, const QList<qint64> &rowIds, const QList<bool> &primary,
                                 const QList<qint64> &ownRowIds, bool hasPrimaryColumn)
{
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT coalesce(max(position), -1) FROM %1 WHERE contact_id = ?").arg(table), {survivorId});
    if (!r)
        return r;
    int position = q.next() ? q.value(0).toInt() : -1;
    q.finish();
    for (int i = 0; i < rowIds.size(); ++i) {
        const qint64 id = rowIds.at(i);
        if (ownRowIds.contains(id)) {
            if (hasPrimaryColumn)
                r = exec(q, QStringLiteral("UPDATE %1 SET is_primary = ? WHERE id = ? AND is_primary IS NOT ?").arg(table),
                         {int(primary.at(i)), id, int(primary.at(i))});
        } else if (hasPrimaryColumn) {
            r = exec(q, QStringLiteral("UPDATE %1 SET contact_id = ?, is_primary = ?, position = ? WHERE id = ?").arg(table),
                     {survivorId, int(primary.at(i)), ++position, id});
        } else {
            r = exec(q, QStringLiteral("UPDATE %1 SET contact_id = ?, position = ? WHERE id = ?").arg(table), {survivorId, ++position, id});
        }
        if (!r)
            return r;
    }
    return Result::success();
}

Result MergeWriter::merge(const MergePlan &plan, qint64 *mergeId)
{
    if (!plan.isValid())
        return Result::failure(Tr::tr("A merge needs two or more different contacts, one of which is kept; choose the records again."));
    MergeGroupPreview preview;
    Result r = MergeGroupPreview::load(m_db, plan.recordIds(), SurvivorshipRules::fromSettings(m_db), &preview);
    if (!r || !(r = preview.setPlan(plan)))
        return r;
    const qint64 survivorId = plan.survivorId();
    const QList<qint64> mergedIds = plan.mergedIds();
    const MergeCandidate &survivor = preview.records().at(preview.survivorIndex());
    QSqlQuery q(m_db);

    // The chosen values. Every statement writes only a value that differs, so the change
    // log names exactly the cells the merge changed, which is what unmerge reverts.
    for (const FieldDef &f : preview.fields()) {
        const QVariant value = storedForm(f, preview.resultingValue(f.key));
        switch (f.storage) {
        case FieldStorage::Column:
        case FieldStorage::CompanyRef:
        case FieldStorage::OwnerRef:
            r = exec(q, QStringLiteral("UPDATE contacts SET %1 = ? WHERE id = ? AND %1 IS NOT ?").arg(f.column), {value, survivorId, value});
            break;
        case FieldStorage::Custom:
            if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()))
                r = exec(q, QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?"), {f.customFieldId, survivorId});
            else
                r = exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) VALUES (?, ?, ?) "
                                           "ON CONFLICT(field_id, entity_id) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"),
                         {f.customFieldId, survivorId, value});
            break;
        default:
            break; // the primary e-mail and phone follow below, with the rows that move
        }
        if (!r)
            return r;
    }

    // Additional values: the rows move, so they keep their ids and unmerge moves them back.
    auto ownIds = [](const auto &items) {
        QList<qint64> ids;
        for (const auto &i : items)
            ids << i.id;
        return ids;
    };
    QList<qint64> rows;
    QList<bool> primary;
    for (const EmailAddress &e : preview.resultingEmails()) {
        rows << e.id;
        primary << e.primary;
    }
    if (!(r = moveChildren(QStringLiteral("contact_emails"), survivorId, rows, primary, ownIds(survivor.emails), true)))
        return r;
    rows.clear();
    primary.clear();
    for (const PhoneNumber &p : preview.resultingPhones()) {
        rows << p.id;
        primary << p.primary;
    }
    if (!(r = moveChildren(QStringLiteral("contact_phones"), survivorId, rows, primary, ownIds(survivor.phones), true)))
        return r;
    rows.clear();
    primary.clear();
    for (const SocialProfile &s : preview.resultingSocials()) {
        rows << s.id;
        primary << false;
    }
    if (!(r = moveChildren(QStringLiteral("social_profiles"), survivorId, rows, primary, ownIds(survivor.socials), false)))
        return r;

    // Links: a tag or deal link the survivor already has stays with the merged record
    // (OR IGNORE skips it), the rest move.
    for (qint64 id : mergedIds) {
        for (const QString &table : {QStringLiteral("contact_tags"), QStringLiteral("deal_contacts")})
            if (!(r = exec(q, QStringLiteral("UPDATE OR IGNORE %1 SET contact_id = ? WHERE contact_id = ?").arg(table), {survivorId, id})))
                return r;
    }
    const QString merged = idsJson(mergedIds);
    for (const QString &table : {QStringLiteral("notes"), QStringLiteral("activities"), QStringLiteral("deals")})
        if (!(r = exec(q, QStringLiteral("UPDATE %1 SET contact_id = ? WHERE contact_id IN (SELECT value FROM json_each(?))").arg(table),
                       {survivorId, merged})))
            return r;

    const QString now = isoNow();
    if (!(r = exec(q, QStringLiteral("UPDATE contacts SET updated_at = ? WHERE id = ?"), {now, survivorId})))
        return r;
    if (!(r = exec(q, QStringLiteral("UPDATE contacts SET deleted_at = ? WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))"),
                   {now, merged})))
        return r;
    return MergeStore(m_db).record(survivorId, mergedIds, mergeId);
}

} // namespace Kempt
