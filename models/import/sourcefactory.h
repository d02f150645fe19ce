#pragma once

#include "core/result.h"

#include <QChar>
#include <QString>
#include <memory>

namespace Kempt {

class TableSource;

// The reader for a file, chosen by what the file is: a spreadsheet package by its
// content (a ZIP), delimited text otherwise. The delimiter is for delimited text.
class SourceFactory
{
public:
    static Result open(const QString &path, QChar delimiter, const QString &sheet, std::unique_ptr<TableSource> *source);
};

} // namespace Kempt
