#include "import/sourceprobe.h"
#include "import/importer.h"
#include "io/delimitedsource.h"
#include "io/preambledetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString sourceName(EncodingDetector::Source source)
{
    switch (source) {
    case EncodingDetector::Source::ByteOrderMark:
        return QStringLiteral("bom");
    case EncodingDetector::Source::Utf8:
        return QStringLiteral("utf-8");
    case EncodingDetector::Source::Utf16Pattern:
        return QStringLiteral("utf-16-pattern");
    case EncodingDetector::Source::Statistics:
        return QStringLiteral("statistics");
    case EncodingDetector::Source::Fallback:
        break;
    }
    return QStringLiteral("fallback");
}

} // namespace

QJsonObject SourceProbe::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), fileName},
                  {QStringLiteral("format"), SourceFactory::formatName(format)},
                  {QStringLiteral("size"), fileSize},
                  {QStringLiteral("sheet"), sheets.value(sheet).name},
                  {QStringLiteral("header_row"), headerRow},
                  {QStringLiteral("headers"), QJsonArray::fromStringList(headers)},
                  {QStringLiteral("preview_complete"), previewComplete}};
    if (!encoding.isEmpty()) {
        o.insert(QStringLiteral("encoding"), QString::fromLatin1(encoding));
        o.insert(QStringLiteral("encoding_confidence"), encodingConfidence);
        o.insert(QStringLiteral("encoding_given"), encodingGiven);
        o.insert(QStringLiteral("encoding_source"), encodingGiven ? QStringLiteral("given") : sourceName(encodingSource));
    }
    if (!delimiter.isNull()) {
        o.insert(QStringLiteral("delimiter"), QString(delimiter));
        o.insert(QStringLiteral("quote"), QString(quote));
        o.insert(QStringLiteral("delimiter_given"), delimiterGiven);
    }
    QJsonArray sheetList;
    for (const TableSource::Sheet &s : sheets)
        sheetList.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("hidden"), s.hidden},
                                     {QStringLiteral("has_cells"), s.hasCells}});
    o.insert(QStringLiteral("sheets"), sheetList);
    QJsonArray rows;
    for (const Row &r : preview)
        rows.append(QJsonObject{{QStringLiteral("row"), r.number}, {QStringLiteral("cells"), QJsonArray::fromStringList(r.cells)}});
    o.insert(QStringLiteral("preview"), rows);
    QJsonArray raggedRows;
    for (const RaggedRow &r : ragged)
        raggedRows.append(QJsonObject{{QStringLiteral("row"), r.number}, {QStringLiteral("cells"), r.cells},
                                      {QStringLiteral("expected"), r.expected}});
    o.insert(QStringLiteral("ragged"), raggedRows);
    return o;
}

Result SourceProbe::run(const QString &path, const SourceOptions &options, SourceProbe *probe, int headerRow, int previewRows)
{
    *probe = SourceProbe();
    std::unique_ptr<TableSource> source;
    SourceFactory::Format format = SourceFactory::Format::Delimited;
    Result r = SourceFactory::open(path, options, &source, &format);
    if (!r)
        return r;
    r = run(*source, probe, headerRow, previewRows);
    probe->fileName = QDir::toNativeSeparators(path);
    probe->format = format;
    probe->fileSize = QFileInfo(path).size();
    return r;
}

Result SourceProbe::run(TableSource &source, SourceProbe *probe, int headerRow, int previewRows)
{
    probe->fileName = source.fileName();
    probe->sheets = source.sheets();
    probe->sheet = source.currentSheet();
    if (const auto *text = dynamic_cast<const DelimitedSource *>(&source)) {
        const DelimitedSource::Detected &d = text->detected();
        probe->encoding = d.encoding;
        probe->encodingConfidence = d.encodingConfidence;
        probe->encodingGiven = d.encodingGiven;
        probe->encodingSource = d.encodingSource;
        probe->delimiter = d.delimiter;
        probe->quote = d.quote;
        probe->delimiterGiven = d.delimiterGiven;
        probe->quoteGiven = d.quoteGiven;
    }
    probe->headerRow = headerRow < 0 ? PreambleDetector::headerRow(source) : headerRow;
    Result r = source.selectSheet(source.currentSheet());
    if (!r)
        return r;
    QStringList cells;
    qint64 number = 0;
    int withValues = 0;
    while (probe->preview.size() < previewRows && source.next(&cells, &number)) {
        const int width = PreambleDetector::width(cells);
        if (width > 0 && ++withValues == probe->headerRow) {
            for (int i = 0; i < cells.size(); ++i)
                probe->headers << (cells.at(i).trimmed().isEmpty() ? Tr::tr("Column %1").arg(i + 1) : cells.at(i).trimmed());
        } else if (width > 0 && withValues > probe->headerRow && probe->headerRow > 0 && width > probe->headers.size()) {
            probe->ragged << RaggedRow{number, width, int(probe->headers.size())};
        }
        probe->preview << Row{number, cells};
    }
    if (!source.status())
        return source.status();
    probe->previewComplete = probe->preview.size() < previewRows || !source.next(&cells);
    if (probe->headers.isEmpty()) {
        // No header row, or one beyond the preview: the names the import will use.
        if (!(r = source.selectSheet(source.currentSheet())) || !(r = Importer::readHeaders(source, probe->headerRow, &probe->headers)))
            return r;
    }
    return source.selectSheet(source.currentSheet());
}

} // namespace Kempt
