#pragma once

#include <QString>
#include <xlsxwriter.h>

namespace Kempt {

// libxlsxwriter, loaded when the first XLSX export runs. It is not linked into the program
// because QuaZip (which reads XLSX) exports its own modified copy of minizip's zip
// functions: linked side by side, libxlsxwriter's calls to zipOpen would land in QuaZip's
// copy and crash. Loaded with deep binding, libxlsxwriter finds the system minizip it was
// built against first, and QuaZip keeps its own.
class XlsxWriterLibrary
{
public:
    struct Api
    {
        decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
        decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
        decltype(&::workbook_add_format) workbookAddFormat = nullptr;
        decltype(&::workbook_close) workbookClose = nullptr;
        decltype(&::format_set_bold) formatSetBold = nullptr;
        decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
        decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
        decltype(&::worksheet_freeze_panes) worksheetFreezePanes = nullptr;
        decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
        decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
        decltype(&::worksheet_write_datetime) worksheetWriteDatetime = nullptr;
        decltype(&::lxw_strerror) strerror = nullptr;
    };

    // The functions, or nullptr with *error saying why the library cannot be used.
    static const Api *api(QString *error);
};

} // namespace Kempt
