#pragma once

#include "core/result.h"
#include "import/sourcefactory.h"
#include "io/encodingdetector.h"
#include "io/sourceoptions.h"
#include "io/tablesource.h"

#include <QByteArray>
#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Kempt {

// What Kempt makes of a file before importing it, for the wizard's File and Format pages
// and kempt-cli import --dry-run --json: the format, for text its encoding (with how sure
// the guess is), delimiter and quote, for workbooks the sheets, the header row, and the
// first rows as they will be read. Reads only the start of the file (the first
// previewRows rows), writes nothing, needs no workspace.
//
//   SourceOptions options;                     // what the person overrode, if anything
//   SourceProbe probe;
//   if (Result r = SourceProbe::run(path, options, &probe); !r)
//       showError(r.message());                // names the file and what to do
//   encodingBox->setCurrentText(probe.encoding);
//   for (const SourceProbe::Row &row : probe.preview) ...
//
// Change an option and run it again to see its effect. SourceFactory::open(path, options)
// then opens the file exactly as probed.
struct SourceProbe
{
    struct Row
    {
        qint64 number = 0;   // line (text) or sheet row, as the import's messages say
        QStringList cells;
    };

    // A row after the header with more cells than the header: in delimited text the
    // import rejects it (its values would be in the wrong columns).
    struct RaggedRow
    {
        qint64 number = 0;
        int cells = 0;
        int expected = 0;
    };

    QString fileName;
    SourceFactory::Format format = SourceFactory::Format::Delimited;
    qint64 fileSize = 0;

    // Delimited text and vCard: how the bytes were read.
    QByteArray encoding;          // "UTF-8", "windows-1251", ...
    double encodingConfidence = 0; // 0 to 1 (EncodingDetector::Detection::confidence); 1 when given
    bool encodingGiven = false;
    EncodingDetector::Source encodingSource = EncodingDetector::Source::Fallback; // how it was found
    // Delimited text only.
    QChar delimiter;
    QChar quote;
    bool delimiterGiven = false;
    bool quoteGiven = false;

    // Workbooks have several; text files one, named after the file.
    QList<TableSource::Sheet> sheets;
    int sheet = 0;                // the sheet read: options.sheet or the first visible one

    int headerRow = 1;            // detected (or given): 1-based among the rows with values; 0: none
    QStringList headers;          // of that row, "Column N" where empty
    QList<Row> preview;           // from the sheet's first row, notes above the header included
    QList<RaggedRow> ragged;      // among the preview's rows
    bool previewComplete = false; // the preview holds every row of the sheet

    QJsonObject toJson() const;

    // headerRow: ImportOptions::DetectHeaderRow to detect it, else the row to use.
    static Result run(const QString &path, const SourceOptions &options, SourceProbe *probe, int headerRow = -1,
                      int previewRows = 20);
    // The same on a source that is already open (its current sheet), e.g. a DelimitedSource
    // over a buffer; path-only facts (size, format) are left as they are.
    static Result run(TableSource &source, SourceProbe *probe, int headerRow = -1, int previewRows = 20);
};

} // namespace Kempt
