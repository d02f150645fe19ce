#pragma once

#include "io/tablesource.h"

#include <memory>

namespace Kempt {

class XlsxWorkbook;
class XmlPart;
class ZipPackage;

// Reads the sheets of an Excel workbook (.xlsx) row by row (see TableSource).
//
// Cells come as the text a person would type to get them: shared and inline strings as
// they are, numbers without ".0" (a long digit string stored as text stays text), cells
// formatted as dates or times as ISO 8601 (both date systems), elapsed times as ISO
// durations, numbers formatted with leading zeros ("00000") padded, TRUE/FALSE for
// booleans, error values such as #N/A as written, and a formula's cached result (the
// formula itself is not imported). The used range is the sheet's <dimension> until the
// sheet was read. Parts are unpacked as the rows are read (ZipPackage, XmlPart).
class XlsxReader : public TableSource
{
public:
    explicit XlsxReader(const QString &path);
    XlsxReader(QIODevice *device, const QString &name);
    ~XlsxReader() override;

protected:
    Result openSource() override;
    Result startSheet(int index) override;
    bool readRow(QStringList *row, qint64 *number) override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;

private:
    bool readCell(QStringList *row, qint64 rowNumber);
    void readTail();
    QString place(qint64 row) const;
    void failPart(qint64 row);

    std::unique_ptr<ZipPackage> m_package;
    std::unique_ptr<XlsxWorkbook> m_workbook;
    std::unique_ptr<XmlPart> m_part;
    qint64 m_lastRow = 0;
    int m_lastColumn = -1;
    bool m_inData = false;
};

} // namespace Kempt
