#pragma once

#include "io/tablesource.h"

#include <memory>

namespace Kempt {

class CsvReader;

// Delimited text (CSV, TSV, semicolon or pipe) as a TableSource with one sheet, so the
// import reads it like any spreadsheet. Rows are numbered by the line each record starts
// on, which is what a text editor shows next to a broken quote.
class DelimitedSource : public TableSource
{
public:
    explicit DelimitedSource(const QString &path, QChar delimiter = QLatin1Char(','));
    DelimitedSource(QIODevice *device, const QString &name, QChar delimiter = QLatin1Char(','));
    ~DelimitedSource() override;

protected:
    Result openSource() override;
    Result startSheet(int index) override;
    bool readRow(QStringList *row, qint64 *number) override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

private:
    QChar m_delimiter;
    std::unique_ptr<CsvReader> m_reader;
};

} // namespace Kempt
