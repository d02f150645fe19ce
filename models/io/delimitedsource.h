#pragma once

#include "io/encodingdetector.h"
#include "io/sourceoptions.h"
#include "io/tablesource.h"

#include <memory>

namespace Kempt {

class CsvReader;

// Delimited text (CSV, TSV, semicolon or pipe) as a TableSource with one sheet, so the
// import reads it like any spreadsheet. Rows are numbered by the line each record starts
// on, which is what a text editor shows next to a broken quote.
//
// open() detects what options leave open, from the first 64 KB: the encoding
// (EncodingDetector: byte order mark, UTF-16 pattern, UTF-8, else uchardet), then the
// delimiter and quote character (DelimiterSniffer) on the decoded text. detected() tells
// what was used and whether it was detected or given. Bytes that are not valid in the
// encoding further down stop the reading with an error naming the line (CsvReader).
//
//   DelimitedSource source(path);            // or (path, options) to override
//   if (Result r = source.open(); !r) ...    // r names the file and what to do
//   source.detected().encoding;              // "windows-1251"
class DelimitedSource : public TableSource
{
public:
    struct Detected
    {
        QByteArray encoding;
        EncodingDetector::Source encodingSource = EncodingDetector::Source::Fallback;
        double encodingConfidence = 0; // 1 when the encoding was given
        bool encodingGiven = false;
        QChar delimiter = QLatin1Char(',');
        QChar quote = QLatin1Char('"');
        bool delimiterGiven = false;
        bool quoteGiven = false;
        bool delimiterFound = false; // the sniffer saw more than one column
        int columns = 1;             // the usual number of cells per record in the sample
    };

    explicit DelimitedSource(const QString &path, const SourceOptions &options = {});
    DelimitedSource(QIODevice *device, const QString &name, const SourceOptions &options = {});
    DelimitedSource(const QString &path, QChar delimiter);
    DelimitedSource(QIODevice *device, const QString &name, QChar delimiter);
    ~DelimitedSource() override;

    // Valid after open().
    const Detected &detected() const { return m_detected; }
    bool isDelimitedText() const override { return true; }

protected:
    Result openSource() override;
    Result startSheet(int index) override;
    bool readRow(QStringList *row, qint64 *number) override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

private:
    SourceOptions m_options;
    Detected m_detected;
    std::unique_ptr<CsvReader> m_reader;
};

} // namespace Kempt
