// Feeds arbitrary bytes to XlsxReader and OdsReader: every sheet is listed, selected and
// read. Neither may crash, hang or grow without bound, whatever the package holds.
#include "io/odsreader.h"
#include "io/xlsxreader.h"
#include "io/zippackage.h"

#include <QBuffer>
#include <cstdint>

using namespace Kempt;

namespace {

void readAll(TableSource &reader)
{
    if (!reader.open())
        return;
    QStringList row;
    for (int i = 0; i < reader.sheets().size(); ++i) {
        if (!reader.selectSheet(i))
            continue;
        for (int rows = 0; rows < 100000 && reader.next(&row); ++rows) {
        }
        reader.usedRange();
        reader.mergedRanges();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Small limits keep every run fast; the guards themselves are what is tested.
    ZipPackage::Limits limits;
    limits.maxPartBytes = 8 << 20;
    limits.ratioGraceBytes = 1 << 20;
    ZipPackage::setDefaultLimits(limits);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        XlsxReader reader(&buffer, QStringLiteral("fuzz.xlsx"));
        readAll(reader);
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        OdsReader reader(&buffer, QStringLiteral("fuzz.ods"));
        readAll(reader);
    }
    return 0;
}
