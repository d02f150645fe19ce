#pragma once

#include "audit/recordrefs.h"
#include "audit/sqlitestatement.h"
#include "core/result.h"
#include "domain/fieldtype.h"
#include "quality/qualityrecord.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// Streams live contacts or companies as QualityRecords, built by one SQL query per
// entity: the record's columns plus its e-mails, phones and tags gathered with
// json_group_array in the order the stores use. The full audit, the incremental refresh
// and the fix planner all read records here, so they see exactly the same values.
//
// Reading every record, or a range of ids (open() without a condition, openIds();
// Detail::Values: the full audit) takes another way to the same values: the records,
// their e-mails, phones and tags are each read in one pass ordered by record id and
// joined here, since a million correlated subqueries, each gathering JSON that is parsed
// again, cost more than the records.
class QualityRecordReader
{
public:
    enum class Detail {
        Values,    // what the rule engine judges (phones with their stored E.164 form)
        WithRefs,  // also the rows the values live in (RecordRefs)
    };

    QualityRecordReader(QSqlDatabase db, Entity entity, Detail detail = Detail::Values);

    // condition: extra SQL on alias t, ANDed with "t is not in the trash"; binds are
    // positional integers. suffix: e.g. "LIMIT ?" (binds continue after the condition's).
    Result open(const QString &condition = QString(), const QList<qint64> &binds = {},
                const QString &suffix = QString());
    // The records with after < id <= upTo, Detail::Values only. Called again, it reuses
    // its statements.
    Result openIds(qint64 after, qint64 upTo);
    // false at the end or on failure (then result() says why).
    bool next(QualityRecord *record, RecordRefs *refs = nullptr);
    Result result() const;

    // The statement open() runs, for the ids given by condition.
    static QString sql(Entity entity, Detail detail, const QString &condition, const QString &suffix = QString());

private:
    // One child table read alongside the records, ordered by the record's id.
    struct Children
    {
        SqliteStatement statement;
        bool hasRow = false;
        // The values of record id, appended to values (and, with two columns, to second).
        void take(qint64 id, QStringList *values, QStringList *second = nullptr);
    };

    Result prepareJoined();
    bool readContact(QualityRecord *record, RecordRefs *refs);
    bool readCompany(QualityRecord *record, RecordRefs *refs);
    bool list(int column, QStringList *values);

    QSqlDatabase m_db;
    Entity m_entity;
    Detail m_detail;
    SqliteStatement m_stmt;
    bool m_badJson = false;
    bool m_joined = false; // openIds(): children come from m_emails, m_phones, m_tags
    bool m_joinedPrepared = false;
    Children m_emails;
    Children m_phones;
    Children m_tags;
};

} // namespace Kempt
