#include "merge/mergecandidatereader.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"
#include "stores/contactstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

// The stored form of a field: references by id, so a merge copies the id itself.
QString rawExpression(const FieldDef &field)
{
    switch (field.storage) {
    case FieldStorage::Column: return QStringLiteral("t.") + field.column;
    case FieldStorage::OwnerRef:
    case FieldStorage::CompanyRef: return QStringLiteral("t.") + field.column;
    default: return field.select;
    }
}

} // namespace

MergeCandidateReader::MergeCandidateReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<FieldDef> MergeCandidateReader::mergeableFields(QSqlDatabase db)
{
    return mergeableFields(FieldCatalog::fields(Entity::Contact, db));
}

QList<FieldDef> MergeCandidateReader::mergeableFields(const QList<FieldDef> &catalog)
{
    QList<FieldDef> list;
    for (const FieldDef &f : catalog)
        if (f.editable && f.storage != FieldStorage::TagSet && f.storage != FieldStorage::Computed)
            list << f;
    return list;
}

Result MergeCandidateReader::read(const QList<qint64> &ids, const QList<FieldDef> &fields, QList<MergeCandidate> *candidates) const
{
    candidates->clear();
    if (ids.size() < 2)
        return Result::failure(Tr::tr("A merge needs at least two contacts; choose the records that describe the same person."));
    for (int i = 0; i < ids.size(); ++i)
        if (ids.indexOf(ids.at(i)) != i)
            return Result::failure(Tr::tr("Contact %1 is listed twice in the merge; name each record once.").arg(ids.at(i)));

    QStringList columns{QStringLiteral("t.display_name"), QStringLiteral("t.first_name"), QStringLiteral("t.middle_name"),
                        QStringLiteral("t.last_name"), QStringLiteral("t.country"), QStringLiteral("t.lead_source"),
                        QStringLiteral("t.import_batch_id IS NOT NULL"), QStringLiteral("t.created_at"),
                        QStringLiteral("t.updated_at"), QStringLiteral("t.deleted_at")};
    const int fixed = int(columns.size());
    for (const FieldDef &f : fields)
        columns << rawExpression(f) << f.select;
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral("SELECT %1 FROM contacts t WHERE t.id = ?").arg(columns.join(QStringLiteral(", ")));
    const ContactStore store(m_db);
    for (qint64 id : ids) {
        Result r = exec(q, sql, {id});
        if (!r)
            return r;
        if (!q.next())
            return Result::failure(Tr::tr("Contact %1 does not exist (it may have been deleted for good); leave it out of the merge.").arg(id));
        MergeCandidate c;
        c.id = id;
        c.name = q.value(0).toString();
        c.firstName = q.value(1).toString();
        c.middleName = q.value(2).toString();
        c.lastName = q.value(3).toString();
        c.country = q.value(4).toString();
        c.leadSource = q.value(5).toString();
        c.imported = q.value(6).toBool();
        c.createdAt = q.value(7).toString();
        c.updatedAt = q.value(8).toString();
        c.deletedAt = q.value(9).toString();
        if (!c.deletedAt.isEmpty())
            return Result::failure(Tr::tr("Contact %1 (\u201C%2\u201D) is in the trash. Restore it first, or leave it out of the merge.")
                                       .arg(id)
                                       .arg(c.name));
        for (int i = 0; i < fields.size(); ++i) {
            const FieldDef &f = fields.at(i);
            c.raw.insert(f.key, q.value(fixed + 2 * i));
            c.text.insert(f.key, q.value(fixed + 2 * i + 1).toString());
        }
        q.finish();
        const std::optional<Contact> full = store.load(id);
        if (full) {
            c.emails = full->emails;
            c.phones = full->phones;
            c.socials = full->socials;
            c.tags = full->tags;
        }
        candidates->append(c);
    }
    return Result::success();
}

} // namespace Kempt
