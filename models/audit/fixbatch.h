#pragma once

#include "core/result.h"
#include "domain/fieldtype.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Kempt {

// The row changes of one block of fixed records, written with a handful of set-based
// statements (through the temporary table temp.fix_values) instead of one statement per
// value: the tables' triggers (journal, derived columns, search index) still run for
// every row, but the search index's per-statement work is paid a few times per block
// rather than once per value.
class FixBatch
{
public:
    explicit FixBatch(QSqlDatabase db);

    // A column of contacts or companies named like its QualityRecord key.
    void setColumn(Entity entity, qint64 id, const QString &column, const QString &value);
    // An empty address or number removes the row; an empty e164 keeps the stored one.
    void setEmail(qint64 rowId, const QString &address);
    void setPhone(qint64 rowId, const QString &number, const QString &e164);

    bool isEmpty() const { return m_values.isEmpty(); }
    // Writes everything set so far and starts afresh.
    Result apply();

private:
    struct Value
    {
        QString table;
        QString column;
        qint64 id = 0;
        QString value;
        QString extra;
    };
    Result run(const QString &sql);

    QSqlDatabase m_db;
    QList<Value> m_values;
};

} // namespace Kempt
