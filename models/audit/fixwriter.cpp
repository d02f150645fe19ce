#include "audit/fixwriter.h"
#include "quality/styleguiderule.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QVariant>

namespace Kempt {

FixWriter::FixWriter(QSqlDatabase db, bool write, FixSummary *summary, int samplesPerField)
    : m_db(db)
    , m_write(write)
    , m_summary(summary)
    , m_samplesPerField(samplesPerField)
    , m_batch(db)
{
}

FixWriter::~FixWriter() = default;

Result FixWriter::run(const QString &sql, const QVariantList &binds)
{
    std::shared_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(sql)) {
            const Result r = sqlFailure(*q, QCoreApplication::translate("Audit", "Applying the style guide's fixes"));
            q.reset();
            return r;
        }
    }
    for (int i = 0; i < binds.size(); ++i)
        q->bindValue(i, binds.at(i));
    if (!q->exec())
        return sqlFailure(*q, QCoreApplication::translate("Audit", "Applying the style guide's fixes"));
    return Result::success();
}

void FixWriter::substitute(QualityRecord *record, const RecordRefs &refs) const
{
    if (record->entity() == Entity::Contact && refs.companyId > 0) {
        if (const auto own = m_ownCompanies.constFind(refs.companyId); own != m_ownCompanies.constEnd())
            record->setValue(QualityField::Company, *own);
        else if (const auto renamed = m_companies.constFind(refs.companyId); renamed != m_companies.constEnd())
            record->setValue(QualityField::Company, *renamed);
    }
    if (refs.ownerId > 0) {
        const auto it = m_users.constFind(refs.ownerId);
        if (it != m_users.constEnd())
            record->setValue(QualityField::Owner, *it);
    }
    for (int i = 0; i < refs.tagIds.size() && i < record->valueCount(QualityField::Tags); ++i) {
        const auto it = m_tags.constFind(refs.tagIds.at(i));
        if (it != m_tags.constEnd())
            record->setValueAt(QualityField::Tags, i, *it);
    }
}

Result FixWriter::renameShared(const QString &table, qint64 id, const QString &name, QHash<qint64, QString> *done,
                               bool *applied)
{
    *applied = false;
    if (id <= 0 || name.isEmpty() || done->contains(id))
        return Result::success();
    done->insert(id, name);
    *applied = true;
    if (!m_write)
        return Result::success();
    if (table == QLatin1String("companies"))
        return run(QStringLiteral("UPDATE companies SET name = ? WHERE id = ?"), {name, id});
    // Owner and tag names are unique regardless of case: when another row has the fixed
    // name already, its records are the ones to join.
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT id FROM %1 WHERE name = ? AND id <> ? LIMIT 1").arg(table), {name, id});
    if (!r)
        return r;
    if (!q.next())
        return run(QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table), {name, id});
    const qint64 other = q.value(0).toLongLong();
    q.finish();
    if (table == QLatin1String("users")) {
        if (!(r = run(QStringLiteral("UPDATE contacts SET owner_id = ? WHERE owner_id = ?"), {other, id})))
            return r;
        return run(QStringLiteral("UPDATE companies SET owner_id = ? WHERE owner_id = ?"), {other, id});
    }
    for (const auto &[link, owner] : {std::pair{QStringLiteral("contact_tags"), QStringLiteral("contact_id")},
                                      std::pair{QStringLiteral("company_tags"), QStringLiteral("company_id")}}) {
        if (!(r = run(QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) SELECT %2, ? FROM %1 WHERE tag_id = ?").arg(link, owner),
                      {other, id})))
            return r;
        if (!(r = run(QStringLiteral("DELETE FROM %1 WHERE tag_id = ?").arg(link), {id})))
            return r;
    }
    return Result::success();
}

Result FixWriter::writeValue(const QualityRecord &record, const RecordRefs &refs, const QualityRecord &fixed,
                             QualityField field, int index, bool *applied)
{
    *applied = false;
    const QString after = index < fixed.valueCount(field) ? fixed.valueAt(field, index) : QString();
    const bool contact = record.entity() == Entity::Contact;
    const qint64 id = record.id();
    switch (field) {
    case QualityField::UpdatedAt:
    case QualityField::LastContactedAt:
    case QualityField::DoNotEmail:
    case QualityField::DoNotCall:
        return Result::success(); // no fix changes these
    case QualityField::Owner:
        return renameShared(QStringLiteral("users"), refs.ownerId, after, &m_users, applied);
    case QualityField::Tags:
        return renameShared(QStringLiteral("tags"), refs.tagIds.value(index), after, &m_tags, applied);
    case QualityField::Company:
        if (m_ownCompanies.contains(refs.companyId))
            return Result::success(); // the company's own rules decided its name
        return renameShared(QStringLiteral("companies"), refs.companyId, after, &m_companies, applied);
    case QualityField::Email:
        if (contact) {
            const qint64 row = refs.emailIds.value(index);
            if (row <= 0)
                return Result::success();
            *applied = true;
            if (m_write)
                m_batch.setEmail(row, after);
            return Result::success();
        }
        break;
    case QualityField::Phone:
        if (contact) {
            const qint64 row = refs.phoneIds.value(index);
            if (row <= 0)
                return Result::success();
            *applied = true;
            if (m_write)
                m_batch.setPhone(row, after, fixed.phoneE164().value(index));
            return Result::success();
        }
        break;
    default:
        break;
    }
    if (!contact && field == QualityField::Name)
        m_ownCompanies.insert(id, after);
    *applied = true;
    // Every other field is a column of the record's own table named like its key.
    if (m_write)
        m_batch.setColumn(record.entity(), id, QualityRecord::keyOf(field), after);
    return Result::success();
}

Result FixWriter::flush()
{
    return m_batch.apply();
}

Result FixWriter::change(const QualityRecord &record, const RecordRefs &refs, const QualityRecord &fixed)
{
    QList<Change> changes;
    const Entity entity = record.entity();
    for (int f = 0; f < int(QualityField::Count); ++f) {
        const auto field = QualityField(f);
        if (!QualityRecord::appliesTo(field, entity))
            continue;
        const int count = record.valueCount(field);
        for (int i = 0; i < count; ++i) {
            const QString &before = record.valueAt(field, i);
            const QString after = i < fixed.valueCount(field) ? fixed.valueAt(field, i) : QString();
            if (before == after)
                continue;
            bool applied = false;
            const Result r = writeValue(record, refs, fixed, field, i, &applied);
            if (!r)
                return r;
            if (applied)
                changes.append({QualityRecord::keyOf(field), before, after});
        }
    }
    // A phone already written as the guide wants may still lack its stored E.164 form.
    if (entity == Entity::Contact) {
        const QStringList was = record.phoneE164();
        const QStringList now = fixed.phoneE164();
        for (int i = 0; i < refs.phoneIds.size() && i < record.valueCount(QualityField::Phone); ++i) {
            const QString e164 = now.value(i);
            if (e164.isEmpty() || e164 == was.value(i) || record.valueAt(QualityField::Phone, i) != fixed.valueAt(QualityField::Phone, i))
                continue;
            if (m_write)
                m_batch.setPhone(refs.phoneIds.at(i), record.valueAt(QualityField::Phone, i), e164);
            changes.append({QStringLiteral("phone_e164"), was.value(i), e164});
        }
    }
    count(record, refs, changes);
    return Result::success();
}

void FixWriter::count(const QualityRecord &record, const RecordRefs &refs, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    const QString prefix = StyleGuideRule::entityName(record.entity()) + QLatin1Char('.');
    ++m_summary->records;
    m_summary->values += changes.size();
    QStringList seen;
    for (const Change &c : changes) {
        const QString key = prefix + c.field;
        if (seen.contains(key))
            continue;
        seen << key;
        const qint64 n = ++m_summary->fields[key];
        if (n <= m_samplesPerField)
            m_summary->samples.append({record.entity(), record.id(), refs.name, c.field, c.before, c.after});
    }
}

} // namespace Kempt
