#include "io/xlsxwriterlibrary.h"

#include <QCoreApplication>
#include <QLibrary>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct Loaded
{
    XlsxWriterLibrary::Api api;
    QString error;
    bool ok = false;
};

template<typename F>
bool resolve(QLibrary &library, const char *name, F *function)
{
    *function = reinterpret_cast<F>(library.resolve(name));
    return *function != nullptr;
}

Loaded load()
{
    Loaded loaded;
    // Debian 12 ships libxlsxwriter.so.4; the unversioned name is there with the -dev package.
    QLibrary library(QStringLiteral("xlsxwriter"), 4);
    library.setLoadHints(QLibrary::DeepBindHint);
    if (!library.load()) {
        library.setFileName(QStringLiteral("xlsxwriter"));
        if (!library.load()) {
            loaded.error = Tr::tr("Excel files cannot be written: the library libxlsxwriter is missing (%1). Install the package "
                                  "libxlsxwriter4, or export to CSV.").arg(library.errorString());
            return loaded;
        }
    }
    XlsxWriterLibrary::Api &a = loaded.api;
    loaded.ok = resolve(library, "workbook_new_opt", &a.workbookNewOpt) && resolve(library, "workbook_add_worksheet", &a.workbookAddWorksheet)
        && resolve(library, "workbook_add_format", &a.workbookAddFormat) && resolve(library, "workbook_close", &a.workbookClose)
        && resolve(library, "format_set_bold", &a.formatSetBold) && resolve(library, "format_set_num_format", &a.formatSetNumFormat)
        && resolve(library, "worksheet_set_column", &a.worksheetSetColumn) && resolve(library, "worksheet_freeze_panes", &a.worksheetFreezePanes)
        && resolve(library, "worksheet_write_string", &a.worksheetWriteString) && resolve(library, "worksheet_write_number", &a.worksheetWriteNumber)
        && resolve(library, "worksheet_write_datetime", &a.worksheetWriteDatetime) && resolve(library, "lxw_strerror", &a.strerror);
    if (!loaded.ok)
        loaded.error = Tr::tr("Excel files cannot be written: the installed libxlsxwriter (%1) lacks functions Kempt needs. Install "
                              "libxlsxwriter 1.1 or later, or export to CSV.").arg(library.fileName());
    // The library stays loaded for the life of the program: QLibrary does not unload on destruction.
    return loaded;
}

} // namespace

const XlsxWriterLibrary::Api *XlsxWriterLibrary::api(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.ok && error)
        *error = loaded.error;
    return loaded.ok ? &loaded.api : nullptr;
}

} // namespace Kempt
