#include "io/delimitedsource.h"
#include "io/csvreader.h"
#include "io/delimitersniffer.h"
#include "io/textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kSampleBytes = 64 * 1024;

SourceOptions withDelimiter(QChar delimiter)
{
    SourceOptions o;
    o.delimiter = delimiter;
    return o;
}

} // namespace

DelimitedSource::DelimitedSource(const QString &path, const SourceOptions &options)
    : TableSource(path)
    , m_options(options)
{
}

DelimitedSource::DelimitedSource(QIODevice *device, const QString &name, const SourceOptions &options)
    : TableSource(device, name)
    , m_options(options)
{
}

DelimitedSource::DelimitedSource(const QString &path, QChar delimiter)
    : DelimitedSource(path, withDelimiter(delimiter))
{
}

DelimitedSource::DelimitedSource(QIODevice *device, const QString &name, QChar delimiter)
    : DelimitedSource(device, name, withDelimiter(delimiter))
{
}

DelimitedSource::~DelimitedSource() = default;

Result DelimitedSource::openSource()
{
    m_detected = Detected();
    if (!device()->seek(0))
        return Result::failure(Tr::tr("%1 cannot be read from its start. Copy it to a local folder and retry.").arg(fileName()));
    const QByteArray sample = device()->read(kSampleBytes);
    const bool atEnd = device()->atEnd();
    device()->seek(0);
    if (sample.isEmpty())
        return Result::failure(Tr::tr("%1 is empty (0 bytes). Export the contacts again or choose another file.").arg(fileName()));

    const EncodingDetector::Detection detection = EncodingDetector::detect(sample, atEnd);
    if (!m_options.encoding.isEmpty()) {
        const QByteArray name = EncodingDetector::canonicalName(QString::fromLatin1(m_options.encoding));
        if (name.isEmpty())
            return EncodingDetector::checkName(QString::fromLatin1(m_options.encoding), fileName());
        m_detected.encoding = name;
        m_detected.encodingGiven = true;
        m_detected.encodingConfidence = 1;
    } else {
        if (detection.binary)
            return Result::failure(Tr::tr("%1 is not a spreadsheet or a text file: it holds binary data. Export the contacts as CSV, "
                                          "XLSX or vCard and import that.").arg(fileName()));
        m_detected.encoding = detection.encoding;
        m_detected.encodingSource = detection.source;
        m_detected.encodingConfidence = detection.confidence;
    }

    TextDecoder decoder(m_detected.encoding);
    if (!decoder.isValid())
        return EncodingDetector::checkName(QString::fromLatin1(m_detected.encoding), fileName());
    QString text = decoder.decode(sample);
    if (atEnd)
        text += decoder.finish();
    const DelimiterSniffer::Guess guess = DelimiterSniffer::sniff(text, atEnd);
    m_detected.delimiterFound = guess.found;
    m_detected.columns = guess.columns;
    m_detected.delimiterGiven = !m_options.delimiter.isNull();
    m_detected.quoteGiven = !m_options.quote.isNull();
    m_detected.delimiter = m_detected.delimiterGiven ? m_options.delimiter : guess.delimiter;
    // The sniffer's quote belongs to its delimiter; with another delimiter " is the norm.
    m_detected.quote = m_detected.quoteGiven ? m_options.quote
        : (guess.delimiter == m_detected.delimiter ? guess.quote : QChar(QLatin1Char('"')));
    if (m_detected.delimiter == m_detected.quote)
        return Result::failure(Tr::tr("%1: the delimiter and the quote character are both %2. Choose two different characters.")
                                   .arg(fileName(), QString(m_detected.delimiter)));
    setSheets({{QFileInfo(fileName()).completeBaseName(), false, true}});
    return Result::success();
}

Result DelimitedSource::startSheet(int)
{
    if (!device()->seek(0))
        return Result::failure(Tr::tr("%1 cannot be read from its start again. Copy it to a local folder and retry.").arg(fileName()));
    m_reader = std::make_unique<CsvReader>(device(), m_detected.delimiter);
    m_reader->setQuote(m_detected.quote);
    m_reader->setEncoding(m_detected.encoding);
    m_reader->setRejectInvalidText(true);
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
