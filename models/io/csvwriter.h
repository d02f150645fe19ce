#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Kempt {

// Writes RFC 4180 CSV (comma, "" inside quotes, CRLF after every record) as UTF-8.
// Cells that a spreadsheet would run as a formula are defused with a leading
// apostrophe (OWASP "CSV injection"), because exports end up in Excel and LibreOffice.
class CsvWriter
{
public:
    enum class Bom { Without, With };

    explicit CsvWriter(QIODevice *device, Bom bom = Bom::Without);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Rows are buffered and written in blocks; false once the device refused a write.
    bool writeRow(const QStringList &cells);
    // Writes what is buffered; call before closing the device.
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const;

    // "=1+1" -> "'=1+1": cells starting with = + - @, a tab or a carriage return.
    static QString escapeFormula(const QString &cell);
    // One cell as it appears in the file: escaped, then quoted when it must be.
    static QString encodeCell(const QString &cell);

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace Kempt
