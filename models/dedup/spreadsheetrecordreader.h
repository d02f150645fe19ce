#pragma once

#include "dedup/duprecordsource.h"
#include "io/columnmapper.h"
#include "io/csvreader.h"
#include "quality/datenormalizer.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <memory>

namespace Kempt {

// Reads the people of a CSV spreadsheet for a duplicate scan, streaming. Columns are
// mapped from their headers by ColumnMapper, as the import wizard maps them; several
// columns of one field are combined (all e-mails and phones are kept, street parts are
// joined, the first non-empty city wins). The birthday column's day/month order is
// decided from its first rows (DateNormalizer::detectOrder). Each record's id is the
// value of the id column, or its row number (2 for the first row under the header).
class SpreadsheetRecordReader : public DupRecordSource
{
public:
    // idColumn: the header of the column holding record ids; empty for row numbers.
    Result open(const QString &path, const QString &idColumn = QString());

    bool next(DupRecord *record) override;
    Result result() const override { return m_result; }
    qint64 sizeHint() const override { return m_sizeHint; }

    const QList<ColumnMapper::Column> &mapping() const { return m_mapping; }
    QString path() const { return m_path; }

private:
    bool readRow(QStringList *cells);
    DupRecord build(const QStringList &cells) const;
    QString first(const QStringList &cells, const QList<int> &columns) const;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvReader> m_csv;
    QList<ColumnMapper::Column> m_mapping;
    QList<QStringList> m_buffered;   // rows read ahead to decide the date order
    int m_idColumn = -1;
    int m_width = 0;
    qint64 m_row = 1;
    qint64 m_sizeHint = -1;
    DateNormalizer::Order m_dateOrder = DateNormalizer::Ambiguous;
    QList<int> m_given, m_surname, m_full, m_emails, m_phones, m_company, m_birthday, m_street, m_city,
        m_postcode, m_country;
    int m_birthYear = -1, m_birthMonth = -1, m_birthDay = -1;
    Result m_result;
};

} // namespace Kempt
