#include "io/delimitedsource.h"
#include "io/csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

DelimitedSource::DelimitedSource(const QString &path, QChar delimiter)
    : TableSource(path)
    , m_delimiter(delimiter)
{
}

DelimitedSource::DelimitedSource(QIODevice *device, const QString &name, QChar delimiter)
    : TableSource(device, name)
    , m_delimiter(delimiter)
{
}

DelimitedSource::~DelimitedSource() = default;

Result DelimitedSource::openSource()
{
    setSheets({{QFileInfo(fileName()).completeBaseName(), false, true}});
    return Result::success();
}

Result DelimitedSource::startSheet(int)
{
    if (!device()->seek(0))
        return Result::failure(Tr::tr("%1 cannot be read from its start again. Copy it to a local folder and retry.").arg(fileName()));
    m_reader = std::make_unique<CsvReader>(device(), m_delimiter);
    return Result::success();
}

bool DelimitedSource::readRow(QStringList *row, qint64 *number)
{
    if (!m_reader)
        return false;
    if (!m_reader->readRecord(row)) {
        if (m_reader->hasError())
            fail(Tr::tr("%1: %2").arg(fileName(), m_reader->errorString()));
        return false;
    }
    *number = m_reader->lineNumber();
    // A blank line is an empty row, not a row with one empty cell.
    if (row->size() == 1 && row->first().isEmpty())
        row->clear();
    return true;
}

qint64 DelimitedSource::bytesDone() const
{
    return device() ? device()->pos() : 0;
}

qint64 DelimitedSource::bytesTotal() const
{
    return device() ? device()->size() : 0;
}

} // namespace Kempt
