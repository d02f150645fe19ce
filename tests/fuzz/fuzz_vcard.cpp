// Feeds arbitrary bytes to VCardReader: every card is read to the end of the input.
#include "io/vcardreader.h"

#include <QBuffer>
#include <cstdint>

using namespace Kempt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer, QStringLiteral("fuzz.vcf"));
    if (!reader.open())
        return 0;
    VCardRecord record;
    while (reader.next(&record)) {
    }
    return 0;
}
