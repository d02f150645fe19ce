#include "import/sourcefactory.h"
#include "io/delimitedsource.h"
#include "io/encodingdetector.h"
#include "io/odsreader.h"
#include "io/textdecoder.h"
#include "io/vcardsource.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool isVCard(const QByteArray &head)
{
    const EncodingDetector::Detection d = EncodingDetector::detect(head, false);
    QByteArray text = head.mid(d.bomLength);
    if (d.encoding.startsWith("UTF-16") || d.encoding.startsWith("UTF-32")) {
        TextDecoder decoder(d.encoding);
        text = decoder.decode(head).toUtf8();
    }
    const QByteArray start = text.trimmed().left(64).toUpper();
    return start.startsWith("BEGIN:VCARD") || start.left(start.indexOf('\n')).contains(".BEGIN:VCARD");
}

} // namespace

QString SourceFactory::formatName(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("XLSX");
    case Format::Ods:
        return QStringLiteral("ODS");
    case Format::VCard:
        return QStringLiteral("vCard");
    case Format::Delimited:
        break;
    }
    return QStringLiteral("CSV");
}

Result SourceFactory::detect(const QString &path, Format *format)
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Result::failure(Tr::tr("%1 is a folder. Choose the file that holds the contacts.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Tr::tr("%1 cannot be opened: %2. Check the name and that you may read the file.")
                                   .arg(name, file.exists() ? file.errorString() : Tr::tr("it does not exist")));
    const qint64 size = file.size();
    if (size > MaxFileBytes)
        return Result::failure(Tr::tr("%1 is %2; Kempt imports files of up to %3. Split it into smaller files (for example by "
                                      "country or by year) and import them one after the other.")
                                   .arg(name, QLocale().formattedDataSize(size), QLocale().formattedDataSize(MaxFileBytes)));
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        return Result::failure(Tr::tr("%1 is empty (0 bytes). Export the contacts again or choose another file.").arg(name));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04")) {
        // ODS packages store their type uncompressed as the first entry.
        const bool ods = (head.mid(30, 8) == "mimetype" && head.mid(38, 60).contains("opendocument.spreadsheet"))
            || suffix == QLatin1String("ods");
        *format = ods ? Format::Ods : Format::Xlsx;
    } else if (head.startsWith("\xD0\xCF\x11\xE0")) {
        return Result::failure(Tr::tr("%1 is an Excel 97-2003 workbook (.xls), which Kempt does not read. Open it in your "
                                      "spreadsheet program, save it as .xlsx or CSV and import that.").arg(name));
    } else if (isVCard(head)) {
        *format = Format::VCard;
    } else {
        *format = Format::Delimited;
    }
    return Result::success();
}

Result SourceFactory::open(const QString &path, const SourceOptions &options, std::unique_ptr<TableSource> *source, Format *format)
{
    Format kind = Format::Delimited;
    Result r = detect(path, &kind);
    if (!r)
        return r;
    if (format)
        *format = kind;
    switch (kind) {
    case Format::Xlsx:
        *source = std::make_unique<XlsxReader>(path);
        break;
    case Format::Ods:
        *source = std::make_unique<OdsReader>(path);
        break;
    case Format::VCard:
        *source = std::make_unique<VCardSource>(path);
        break;
    case Format::Delimited:
        *source = std::make_unique<DelimitedSource>(path, options);
        break;
    }
    r = (*source)->open();
    if (r && !options.sheet.isEmpty())
        r = (*source)->selectSheet(options.sheet);
    if (!r)
        source->reset();
    return r;
}

Result SourceFactory::open(const QString &path, QChar delimiter, const QString &sheet, std::unique_ptr<TableSource> *source)
{
    SourceOptions options;
    options.delimiter = delimiter;
    options.sheet = sheet;
    return open(path, options, source);
}

} // namespace Kempt
