#include "io/tablesource.h"
#include "audit/progresssink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Often enough for a smooth progress bar, rarely enough to cost nothing.
constexpr qint64 kProgressEveryRows = 4096;

} // namespace

void TableSource::CellRange::include(int row, int column)
{
    if (isEmpty()) {
        firstRow = lastRow = row;
        firstColumn = lastColumn = column;
        return;
    }
    firstRow = qMin(firstRow, row);
    lastRow = qMax(lastRow, row);
    firstColumn = qMin(firstColumn, column);
    lastColumn = qMax(lastColumn, column);
}

TableSource::TableSource(const QString &path)
    : m_name(QDir::toNativeSeparators(path))
    , m_file(new QFile(path))
{
    m_device = m_file;
}

TableSource::TableSource(QIODevice *device, const QString &name)
    : m_name(name)
    , m_device(device)
{
}

TableSource::~TableSource()
{
    delete m_file;
}

Result TableSource::open()
{
    m_status = Result::success();
    m_sheets.clear();
    m_current = -1;
    if (m_file && !m_file->isOpen() && !m_file->open(QIODevice::ReadOnly)) {
        const QString reason = m_file->exists() ? m_file->errorString() : Tr::tr("it does not exist");
        m_status = Result::failure(Tr::tr("%1 cannot be opened: %2. Check the name and that you may read the file.").arg(m_name, reason));
        return m_status;
    }
    if (!m_device || !m_device->isOpen()) {
        m_status = Result::failure(Tr::tr("%1 cannot be read: the file is not open.").arg(m_name));
        return m_status;
    }
    const Result r = openSource();
    if (!r) {
        m_status = r;
        return r;
    }
    m_opened = true;
    for (int i = 0; i < m_sheets.size(); ++i)
        if (!m_sheets.at(i).hidden && m_sheets.at(i).hasCells)
            return selectSheet(i);
    for (int i = 0; i < m_sheets.size(); ++i)
        if (m_sheets.at(i).hasCells)
            return selectSheet(i);
    m_status = Result::failure(Tr::tr("%1 has no sheet with cells. Open it in your spreadsheet program and check that it holds a table.").arg(m_name));
    return m_status;
}

Result TableSource::selectSheet(int index)
{
    if (!m_opened)
        return Result::failure(Tr::tr("%1 is not open yet.").arg(m_name));
    if (index < 0 || index >= m_sheets.size())
        return Result::failure(Tr::tr("%1 has no sheet number %2; it has %3.").arg(m_name).arg(index + 1).arg(m_sheets.size()));
    m_status = Result::success();
    m_cancelled = false;
    m_current = index;
    m_rowNumber = 0;
    m_rowsRead = 0;
    m_hasPending = false;
    m_pending.clear();
    m_lastDelivered = 0;
    m_declared = CellRange();
    m_seen = CellRange();
    m_atEnd = false;
    m_merged.clear();
    if (!m_sheets.at(index).hasCells) {
        m_status = Result::failure(Tr::tr("%1: sheet \"%2\" is a chart and holds no table. Choose another sheet.").arg(m_name, m_sheets.at(index).name));
        return m_status;
    }
    const Result r = startSheet(index);
    if (!r)
        m_status = r;
    return r;
}

Result TableSource::selectSheet(const QString &name)
{
    for (int i = 0; i < m_sheets.size(); ++i)
        if (m_sheets.at(i).name == name)
            return selectSheet(i);
    for (int i = 0; i < m_sheets.size(); ++i)
        if (m_sheets.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return selectSheet(i);
    QStringList names;
    for (const Sheet &s : std::as_const(m_sheets))
        names << s.name;
    return Result::failure(Tr::tr("%1 has no sheet named \"%2\". Its sheets are: %3.").arg(m_name, name, names.join(QStringLiteral(", "))));
}

TableSource::CellRange TableSource::usedRange() const
{
    return m_atEnd || m_declared.isEmpty() ? m_seen : m_declared;
}

QString TableSource::sheetName() const
{
    return m_current >= 0 && m_current < m_sheets.size() ? m_sheets.at(m_current).name : QString();
}

void TableSource::fail(const QString &message)
{
    if (m_status.ok())
        m_status = Result::failure(message);
}

bool TableSource::reportProgress()
{
    if (!m_progress || m_progress->progress(bytesDone(), bytesTotal()))
        return true;
    m_cancelled = true;
    fail(Tr::tr("Reading %1 was cancelled at row %2.").arg(m_name).arg(m_rowNumber));
    return false;
}

bool TableSource::next(QStringList *row, qint64 *number)
{
    row->clear();
    if (m_current < 0 || failed())
        return false;
    for (;;) {
        if (!m_hasPending) {
            QStringList cells;
            qint64 n = 0;
            if (!readRow(&cells, &n)) {
                if (!failed()) {
                    m_atEnd = true;
                    if (m_progress)
                        m_progress->progress(bytesTotal(), bytesTotal());
                }
                return false;
            }
            if (++m_rowsRead % kProgressEveryRows == 0 && !reportProgress())
                return false;
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            if (cells.isEmpty())
                continue;
            int first = 0;
            while (cells.at(first).isEmpty())
                ++first;
            m_seen.include(int(n - 1), first);
            m_seen.include(int(n - 1), int(cells.size() - 1));
            m_pending = std::move(cells);
            m_pendingNumber = n;
            m_hasPending = true;
        }
        if (m_lastDelivered > 0 && m_pendingNumber > m_lastDelivered + 1) {
            m_rowNumber = ++m_lastDelivered;
            if (number)
                *number = m_rowNumber;
            return true;
        }
        *row = std::move(m_pending);
        m_pending = QStringList();
        m_hasPending = false;
        m_rowNumber = m_lastDelivered = m_pendingNumber;
        if (number)
            *number = m_rowNumber;
        return true;
    }
}

} // namespace Kempt
