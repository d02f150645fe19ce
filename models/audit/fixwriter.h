#pragma once

#include "audit/fixbatch.h"
#include "audit/fixsummary.h"
#include "audit/recordrefs.h"
#include "core/result.h"
#include "quality/qualityrecord.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace Kempt {

// Writes records' fixed values back to where they live (row values set-based through
// FixBatch, shared names with prepared statements) and counts them in a FixSummary (a
// dry run only counts). The rules of the house:
// - a column is set to the fixed value; an e-mail or phone row likewise (a phone also
//   gets its E.164 form; a value fixed to nothing removes the row);
// - values a record shows from a shared row (a contact's company, an owner, a tag) are
//   fixed on that row, once, so every record showing it is fixed alike. A company's own
//   rules come first: the planner visits companies before contacts. When the fixed name
//   of an owner or tag belongs to another row already (names are unique), the records
//   move to that row instead. A shared name is never fixed to nothing.
// - updated_at stays: respelling a value is not news about the person, and the stale
//   rule measures when someone last touched the record.
class FixWriter
{
public:
    FixWriter(QSqlDatabase db, bool write, FixSummary *summary, int samplesPerField);
    ~FixWriter();

    // Shows a record the shared names as they are after the renames so far, which is
    // what a later read sees once they are written: a dry run and a real run then judge
    // every record alike. Call before RuleEngine::applyFixes.
    void substitute(QualityRecord *record, const RecordRefs &refs) const;
    // fixed: RuleEngine::applyFixes(record). A shared row is counted with the first
    // record that shows it.
    Result change(const QualityRecord &record, const RecordRefs &refs, const QualityRecord &fixed);
    // Writes the values change() collected (FixBatch); the planner calls it after each
    // block of records, so that the next block reads what was written.
    Result flush();

private:
    struct Change
    {
        QString field;
        QString before;
        QString after;
    };
    Result writeValue(const QualityRecord &record, const RecordRefs &refs, const QualityRecord &fixed,
                      QualityField field, int index, bool *applied);
    Result renameShared(const QString &table, qint64 id, const QString &name, QHash<qint64, QString> *done, bool *applied);
    Result run(const QString &sql, const QVariantList &binds);
    void count(const QualityRecord &record, const RecordRefs &refs, const QList<Change> &changes);

    QSqlDatabase m_db;
    bool m_write;
    FixSummary *m_summary;
    int m_samplesPerField;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // prepared once per SQL text
    FixBatch m_batch;
    QHash<qint64, QString> m_ownCompanies; // renamed by the companies' own rules
    QHash<qint64, QString> m_companies;    // renamed for a contact's company field
    QHash<qint64, QString> m_users;
    QHash<qint64, QString> m_tags;
};

} // namespace Kempt
