#pragma once

#include <QByteArray>
#include <QChar>
#include <QJsonObject>
#include <QString>

namespace Kempt {

// How to read a file, as far as a person overrides what Kempt detects. Every member left
// empty (or null) is detected: SourceFactory and SourceProbe take the same struct, so the
// wizard's Format page and kempt-cli's --sheet, --encoding and --delimiter change exactly
// what the probe showed.
//
//   SourceOptions o;                  // detect everything
//   o.encoding = "windows-1251";      // ... except the encoding
//   SourceFactory::open(path, o, &source);
struct SourceOptions
{
    QString sheet;       // workbooks: a sheet by name; empty: the first visible sheet with cells
    QByteArray encoding; // text: any name EncodingDetector::canonicalName() knows; empty: detected
    QChar delimiter;     // text: , ; TAB or |; null: sniffed (DelimiterSniffer)
    QChar quote;         // text: " or '; null: sniffed

    bool operator==(const SourceOptions &o) const
    {
        return sheet == o.sheet && encoding == o.encoding && delimiter == o.delimiter && quote == o.quote;
    }

    // Only what was set, for the import history (import_batches.options).
    QJsonObject toJson() const
    {
        QJsonObject o;
        if (!sheet.isEmpty())
            o.insert(QStringLiteral("sheet"), sheet);
        if (!encoding.isEmpty())
            o.insert(QStringLiteral("encoding"), QString::fromLatin1(encoding));
        if (!delimiter.isNull())
            o.insert(QStringLiteral("delimiter"), QString(delimiter));
        if (!quote.isNull())
            o.insert(QStringLiteral("quote"), QString(quote));
        return o;
    }
};

} // namespace Kempt
