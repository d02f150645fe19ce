#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Kempt {

namespace {
// Large enough that a million rows are a few thousand writes, small enough not to matter.
constexpr int kFlushThreshold = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device, Bom bom)
    : m_device(device)
{
    if (bom == Bom::With)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::escapeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QString CsvWriter::encodeCell(const QString &cell)
{
    const QString escaped = escapeFormula(cell);
    // A defused formula is quoted too, as OWASP advises, so no reader splits it.
    const bool quote = escaped.size() != cell.size() || escaped.contains(QLatin1Char(','))
        || escaped.contains(QLatin1Char('"')) || escaped.contains(QLatin1Char('\n'))
        || escaped.contains(QLatin1Char('\r'));
    if (!quote)
        return escaped;
    QString out = escaped;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (m_failed)
        return false;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        m_buffer.append(encodeCell(cells.at(i)).toUtf8());
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushThreshold)
        return flush();
    return true;
}

bool CsvWriter::flush()
{
    if (m_failed || !m_device)
        return false;
    qsizetype done = 0;
    while (done < m_buffer.size()) {
        const qint64 n = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (n <= 0) {
            m_failed = true;
            return false;
        }
        done += n;
    }
    m_buffer.clear();
    return true;
}

QString CsvWriter::errorString() const
{
    if (!m_device)
        return QCoreApplication::translate("Kempt", "no output to write to");
    return m_device->errorString();
}

} // namespace Kempt
