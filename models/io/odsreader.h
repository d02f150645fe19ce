#pragma once

#include "io/tablesource.h"

#include <memory>

namespace Kempt {

class XmlPart;
class ZipPackage;

// Reads the sheets of an OpenDocument spreadsheet (.ods, LibreOffice) row by row (see
// TableSource).
//
// Cells come as text: strings with their paragraphs joined by line breaks (<text:s>,
// <text:tab> and <text:line-break> written out, comments left out), numbers without
// ".0" (or as displayed when the display keeps leading zeros, as a postcode format
// does), dates, times and durations in the ISO 8601 form the file stores, TRUE/FALSE.
// Repeated rows and cells are expanded where they hold values, so the thousands of empty
// repeated cells LibreOffice writes at the edge of a sheet cost nothing. Sheets hidden
// with their table style are listed as hidden.
class OdsReader : public TableSource
{
public:
    explicit OdsReader(const QString &path);
    OdsReader(QIODevice *device, const QString &name);
    ~OdsReader() override;

protected:
    Result openSource() override;
    Result startSheet(int index) override;
    bool readRow(QStringList *row, qint64 *number) override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

private:
    Result checkEncryption();
    Result listSheets();
    bool parseRow(QStringList *row, qint64 number);
    QString readCellText();
    void readParagraph(QString *text);
    void failPart();

    std::unique_ptr<ZipPackage> m_package;
    std::unique_ptr<XmlPart> m_part;
    qint64 m_nextRow = 1;
    // A row with values that the file repeats: handed out again this many times.
    QStringList m_repeated;
    qint64 m_repeatLeft = 0;
    bool m_tableDone = false;
};

} // namespace Kempt
