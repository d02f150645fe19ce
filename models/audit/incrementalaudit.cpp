#include "audit/incrementalaudit.h"
#include "audit/affectedrecords.h"
#include "audit/auditor.h"
#include "audit/issuewriter.h"
#include "audit/qualityrecordreader.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

// Tables whose rows a QualityRecord is built from, directly or by reference.
const QStringList &recordTables()
{
    static const QStringList tables = {
        QStringLiteral("contacts"),      QStringLiteral("companies"),      QStringLiteral("contact_emails"),
        QStringLiteral("contact_phones"), QStringLiteral("contact_tags"),  QStringLiteral("company_tags"),
        QStringLiteral("social_profiles"), QStringLiteral("custom_values"), QStringLiteral("users"),
        QStringLiteral("tags"),
    };
    return tables;
}

} // namespace

Result IncrementalAudit::batchWritten(QSqlDatabase db, const ChangeSet &changes)
{
    Result r;
    if (changes.touches(QStringLiteral("style_guides")) && !(r = Auditor::markFullAuditNeeded(db)))
        return r;
    if (!changes.touchesAny(recordTables()))
        return Result::success();
    if (!(r = AffectedRecords::collect(db, changes.batchId)))
        return r;
    r = refreshAffected(db, m_engines.engine(db));
    const Result cleared = AffectedRecords::clear(db);
    return r ? cleared : r;
}

Result IncrementalAudit::refreshAffected(QSqlDatabase db, const RuleEngine &engine)
{
    QSqlQuery q(db);
    Result r;
    IssueWriter writer(db);
    for (Entity entity : {Entity::Contact, Entity::Company}) {
        const QString name = QString::fromLatin1(IssueWriter::entityName(entity));
        if (!(r = exec(q, QStringLiteral("DELETE FROM quality_issues WHERE entity = ? AND entity_id IN "
                                         "(SELECT id FROM temp.audit_affected WHERE entity = ?)"),
                       {name, name})))
            return r;
        QualityRecordReader reader(db, entity);
        if (!(r = reader.open(AffectedRecords::condition(name))))
            return r;
        QualityRecord record;
        while (reader.next(&record))
            if (!(r = writer.write(engine.evaluate(record))))
                return r;
        if (!(r = reader.result()))
            return r;
    }
    return Result::success();
}

} // namespace Kempt
