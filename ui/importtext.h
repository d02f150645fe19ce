#pragma once

#include "import/sourcefactory.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace Kempt {

// The words the import wizard's pages use for what a file is and how it is read.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)

public:
    static QString formatLabel(SourceFactory::Format format); // "CSV or other delimited text"
    static QString delimiterLabel(QChar delimiter);           // "Semicolon ( ; )"
    static QString delimiterName(QChar delimiter);            // "semicolon", inside a sentence
    static QList<QChar> delimiters();                          // , ; TAB |
    static QString detected(const QString &value, bool detected); // "UTF-8, detected"
};

} // namespace Kempt
