// Feeds arbitrary bytes through what reads delimited text: EncodingDetector, TextDecoder
// in uneven blocks, DelimiterSniffer, CsvReader with the sniffed delimiter and
// PreambleDetector on the first records.
#include "io/csvreader.h"
#include "io/delimitersniffer.h"
#include "io/encodingdetector.h"
#include "io/preambledetector.h"
#include "io/textdecoder.h"

#include <QBuffer>
#include <cstdint>

using namespace Kempt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const EncodingDetector::Detection detection = EncodingDetector::detect(bytes, true);
    TextDecoder decoder(detection.encoding);
    QString text;
    // Blocks of 1, 2, 3 ... bytes cut characters everywhere.
    for (qsizetype pos = 0, step = 1; pos < bytes.size(); pos += step, ++step)
        text += decoder.decode(bytes.constData() + pos, qMin(step, bytes.size() - pos));
    text += decoder.finish();
    const DelimiterSniffer::Guess guess = DelimiterSniffer::sniff(text, true);

    QByteArray utf8 = text.toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, guess.delimiter);
    QList<QStringList> records;
    QStringList cells;
    while (reader.readRecord(&cells))
        if (records.size() < 50)
            records << cells;
    PreambleDetector::headerRow(records);
    return 0;
}
