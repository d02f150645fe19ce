#include "import/sourcefactory.h"
#include "io/delimitedsource.h"
#include "io/odsreader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

Result SourceFactory::open(const QString &path, QChar delimiter, const QString &sheet, std::unique_ptr<TableSource> *source)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Tr::tr("%1 cannot be opened: %2. Check the name and that you may read the file.")
                                   .arg(path, file.exists() ? file.errorString() : Tr::tr("it does not exist")));
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty())
        return Result::failure(Tr::tr("%1 is empty. Choose the file that holds the contacts.").arg(path));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (head.startsWith("PK\x03\x04")) {
        // Both are ZIP packages; the name tells which, and a wrong name fails with the
        // reader's own message about the missing parts.
        if (suffix == QLatin1String("ods"))
            *source = std::make_unique<OdsReader>(path);
        else
            *source = std::make_unique<XlsxReader>(path);
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return Result::failure(Tr::tr("%1 is UTF-16 text, which this version cannot import yet. Save it as UTF-8 CSV and import that.").arg(path));
    } else if (head.contains('\0')) {
        return Result::failure(Tr::tr("%1 is not a spreadsheet or a text file. Export the contacts as CSV or XLSX and import that.").arg(path));
    } else {
        *source = std::make_unique<DelimitedSource>(path, delimiter);
    }
    Result r = (*source)->open();
    if (r && !sheet.isEmpty())
        r = (*source)->selectSheet(sheet);
    if (!r)
        source->reset();
    return r;
}

} // namespace Kempt
