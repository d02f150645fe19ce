#include "stores/fieldwriter.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"
#include "stores/companystore.h"
#include "stores/dealfieldwriter.h"
#include "stores/userstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Kempt)
};

// The composed display name as SQL over the row's current values; mirrors Contact::composedName.
const QString kComposed = QStringLiteral(
    "trim(replace(replace(trim(t.first_name) || ' ' || trim(t.middle_name) || ' ' || trim(t.last_name), '  ', ' '), '  ', ' '))");

QStringList tagList(const QVariant &value)
{
    QStringList raw = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                               : value.toString().split(QLatin1Char(','));
    QStringList clean;
    for (const QString &t : raw)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed(), Qt::CaseInsensitive))
            clean << t.trimmed();
    return clean;
}

QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant columnValue(const FieldDef &field, const QVariant &value)
{
    if (field.type == FieldType::Bool)
        return int(value.toBool());
    if (field.type == FieldType::Country)
        return value.toString().trimmed().toUpper();
    return value.toString().trimmed();
}

} // namespace

FieldWriter::FieldWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result FieldWriter::set(Entity entity, const FieldDef &field, const RecordSelection &selection, const QVariant &value)
{
    if (!field.editable)
        return Result::failure(Tr::tr("%1 cannot be edited.").arg(field.displayLabel()));
    if (DealFieldWriter::handles(entity, field))
        return DealFieldWriter(m_db).set(field, selection, value);
    const QString table = FieldCatalog::tableOf(entity);
    const QString live = QStringLiteral("t.deleted_at IS NULL AND (%1)").arg(selection.where);
    QSqlQuery q(m_db);
    Result r;
    const auto touch = [&] {
        return exec(q, QStringLiteral("UPDATE %1 AS t SET updated_at = ? WHERE %2").arg(table, live),
                    QVariantList{isoNow()} + selection.binds);
    };

    switch (field.storage) {
    case FieldStorage::Column: {
        QString sets = QStringLiteral("%1 = ?").arg(field.column);
        const bool namePart = entity == Entity::Contact
            && (field.column == QLatin1String("first_name") || field.column == QLatin1String("middle_name")
                || field.column == QLatin1String("last_name"));
        QVariantList binds{columnValue(field, value)};
        if (namePart) {
            // A display name that was composed from the parts follows them; a typed one stays.
            QString composedNew = kComposed;
            composedNew.replace(QStringLiteral("t.") + field.column, QStringLiteral("?"));
            sets += QStringLiteral(", display_name = CASE WHEN t.display_name = %1 OR t.display_name = '' THEN %2 ELSE t.display_name END")
                        .arg(kComposed, composedNew);
            binds << columnValue(field, value);
        }
        sets += QStringLiteral(", updated_at = ?");
        binds << isoNow();
        return exec(q, QStringLiteral("UPDATE %1 AS t SET %2 WHERE %3 AND t.%4 IS NOT ?").arg(table, sets, live, field.column),
                    binds + selection.binds + QVariantList{columnValue(field, value)});
    }
    case FieldStorage::OwnerRef:
    case FieldStorage::CompanyRef: {
        qint64 id = 0;
        r = field.storage == FieldStorage::OwnerRef ? UserStore(m_db).idForName(value.toString(), true, &id)
                                                    : CompanyStore(m_db).idForName(value.toString(), true, &id);
        if (!r)
            return r;
        return exec(q, QStringLiteral("UPDATE %1 AS t SET %2 = ?, updated_at = ? WHERE %3 AND t.%2 IS NOT ?").arg(table, field.column, live),
                    QVariantList{nullIfZero(id), isoNow()} + selection.binds + QVariantList{nullIfZero(id)});
    }
    case FieldStorage::PrimaryEmail:
    case FieldStorage::PrimaryPhone: {
        const bool email = field.storage == FieldStorage::PrimaryEmail;
        const QString child = email ? QStringLiteral("contact_emails") : QStringLiteral("contact_phones");
        const QString col = email ? QStringLiteral("address") : QStringLiteral("number");
        const QString text = value.toString().trimmed();
        const QString primaryRow = QStringLiteral("(SELECT c.id FROM %1 c WHERE c.contact_id = t.id ORDER BY c.is_primary DESC, c.position, c.id LIMIT 1)").arg(child);
        if (text.isEmpty()) {
            r = exec(q, QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT %2 FROM contacts t WHERE %3)").arg(child, primaryRow, live),
                     selection.binds);
        } else {
            r = exec(q, QStringLiteral("UPDATE %1 SET %2 = ?%4 WHERE %2 IS NOT ? AND id IN (SELECT %3 FROM contacts t WHERE %5)")
                            .arg(child, col, primaryRow, email ? QString() : QStringLiteral(", e164 = ''"), live),
                     QVariantList{text, text} + selection.binds);
            if (r)
                r = exec(q, QStringLiteral("INSERT INTO %1(contact_id, %2, is_primary) SELECT t.id, ?, 1 FROM contacts t "
                                           "WHERE %3 AND NOT EXISTS (SELECT 1 FROM %1 c WHERE c.contact_id = t.id)")
                                .arg(child, col, live),
                         QVariantList{text} + selection.binds);
        }
        return r ? touch() : r;
    }
    case FieldStorage::TagSet: {
        const QString link = FieldCatalog::tagTableOf(entity);
        const QString owner = FieldCatalog::tagOwnerColumn(entity);
        const QStringList tags = tagList(value);
        QString json = QStringLiteral("[");
        for (int i = 0; i < tags.size(); ++i) {
            QString t = tags.at(i);
            t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
            json += (i ? QStringLiteral(",\"") : QStringLiteral("\"")) + t + QLatin1Char('"');
        }
        json += QLatin1Char(']');
        r = exec(q, QStringLiteral("INSERT INTO tags(name) SELECT value FROM json_each(?) WHERE true ON CONFLICT(name) DO NOTHING"), {json});
        if (r)
            r = exec(q, QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT t.id FROM %3 t WHERE %4) "
                                       "AND tag_id NOT IN (SELECT id FROM tags WHERE name IN (SELECT value FROM json_each(?)))")
                            .arg(link, owner, table, live),
                     selection.binds + QVariantList{json});
        if (r)
            r = exec(q, QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) SELECT t.id, g.id FROM %3 t, tags g "
                                       "WHERE %4 AND g.name IN (SELECT value FROM json_each(?))")
                            .arg(link, owner, table, live),
                     selection.binds + QVariantList{json});
        return r ? touch() : r;
    }
    case FieldStorage::Custom: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && value.typeId() != QMetaType::Bool)
            r = exec(q, QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND entity_id IN (SELECT t.id FROM %1 t WHERE %2)").arg(table, live),
                     QVariantList{field.customFieldId} + selection.binds);
        else
            r = exec(q, QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) SELECT ?, t.id, ? FROM %1 t WHERE %2 AND true "
                                       "ON CONFLICT(field_id, entity_id) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value")
                            .arg(table, live),
                     QVariantList{field.customFieldId, field.type == FieldType::Bool ? QVariant(int(value.toBool())) : QVariant(text)} + selection.binds);
        return r ? touch() : r;
    }
    case FieldStorage::Computed:
        break;
    }
    return Result::failure(Tr::tr("%1 cannot be edited.").arg(field.displayLabel()));
}

} // namespace Kempt
