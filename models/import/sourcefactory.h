#pragma once

#include "core/result.h"
#include "io/sourceoptions.h"

#include <QChar>
#include <QString>
#include <memory>

namespace Kempt {

class TableSource;

// The reader for a file, chosen by what the file is, not by its name: a ZIP package is an
// XLSX or ODS workbook (ODS by its "mimetype" entry), text that starts with BEGIN:VCARD is
// a vCard file, other text is delimited (its encoding, delimiter and quote detected unless
// options say otherwise). Refused with a message saying what to do: a missing, unreadable
// or empty file, one larger than MaxFileBytes, an old binary Excel workbook and any other
// binary file.
//
//   std::unique_ptr<TableSource> source;
//   SourceFactory::Format format;
//   if (Result r = SourceFactory::open(path, options, &source, &format); !r) ...
//   Importer(db).run(*source, importOptions, &summary);
class SourceFactory
{
public:
    enum class Format { Delimited, Xlsx, Ods, VCard };

    // A contact list is far smaller; a file this big is a database dump or a mistake, and
    // reading it would take the machine's memory for the duplicate check.
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

    // Opens the source with options.sheet selected.
    static Result open(const QString &path, const SourceOptions &options, std::unique_ptr<TableSource> *source,
                       Format *format = nullptr);
    // The same with only a delimiter and a sheet given.
    static Result open(const QString &path, QChar delimiter, const QString &sheet, std::unique_ptr<TableSource> *source);

    // What the file is, from its first bytes; fails as open() does for files it refuses.
    static Result detect(const QString &path, Format *format);
    // "CSV", "XLSX", "ODS", "vCard": stable names for JSON and the import history.
    static QString formatName(Format format);
};

} // namespace Kempt
