#include "audit/progresssink.h"
#include "io/xlsxexporter.h"
#include "io/xlsxreader.h"
#include "io/zippackage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(KEMPT_TEST_DATA "/spreadsheets/") + name;
}

// The rows of a sheet as compact JSON ([["a","b"],[]]), with the number of the first.
QString rowsOf(TableSource &reader, qint64 *firstRow = nullptr)
{
    QJsonArray rows;
    QStringList row;
    qint64 number = 0;
    bool first = true;
    while (reader.next(&row, &number)) {
        if (first && firstRow)
            *firstRow = number;
        first = false;
        rows.append(QJsonArray::fromStringList(row));
    }
    if (!reader.status())
        return QStringLiteral("error: ") + reader.status().message();
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

class CancelAfter : public ProgressSink
{
public:
    explicit CancelAfter(int calls) : m_left(calls) {}
    bool progress(qint64 done, qint64 total) override
    {
        last = done;
        size = total;
        ++calls;
        return --m_left > 0;
    }
    qint64 last = 0, size = 0;
    int calls = 0;

private:
    int m_left;
};

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // calamine's fixtures with the cells its tests expect (calamine/EXPECTED.md). Rows keep
    // their place: cell 0 is column A, and the first row's number is given.
    void calamineSheetsReadAsCalamineExpects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<qint64>("firstRow");
        auto row = [](const char *tag, const char *file, const char *sheet, const char *rows, qint64 firstRow = 1) {
            QTest::newRow(tag) << QString::fromUtf8(file) << QString::fromUtf8(sheet) << QString::fromUtf8(rows) << firstRow;
        };
        row("shared strings", "issues.xlsx", "issue2", R"([["1","a"],["2","b"],["3","c"]])");
        row("a fraction", "issues.xlsx", "issue5", R"([["0.5"]])");
        row("formula string results and booleans", "issues.xlsx", "issue6", R"([["1"],["2"],["ab"],["FALSE"]])");
        row("XML entities and non-Latin text", "issues.xlsx", "spc_chrs", R"([["&"],["<"],[">"],["aaa \u0027 aaa"],["\u0022"],["☺"],["֍"],["àâéêèçöïî«»"]])");
        row("rich text runs are joined", "issue9.xlsx", "Feuil1", R"([["test1"],["test2 other"],["test3 aaa"],["test4"]])");
        row("error values", "errors.xlsx", "Feuil1", "[[\"#DIV/0!\"],[\"#NAME?\"],[\"#VALUE!\"],[\"#NULL!\"],[\"#REF!\"],[\"#NUM!\"],[\"#N/A\"]]");
        row("an encoded entity", "encoded_entities.xlsx", "Sheet1", R"([["&"]])");
        row("_x000D_ in a shared string", "has_x000D_.xlsx", "Sheet1", R"([["ABC\r\nDEF"]])");
        row("_x000D_ in an inline string", "has_x000D_inline.xlsx", "Sheet1", R"([["ABC\r\nDEF"]])");
        row("namespace prefixes", "richtext-namespaced.xlsx", "Sheet1",
            R"([["inline string\nLine 2\nLine 3","","","","","","","shared string\nLine 2\nLine 3"]])");
        row("plain text then runs", "richtext-after-plain.xlsx", "Sheet1",
            R"([["abcd","abcd","abcd","abcd"],["tvalrval1rval2","rval1rval2","rval1rval2","rval1rval2"]])");
        row("phonetic runs are skipped", "rph.xlsx", "Sheet1", R"([["課きく　毛こ"]])");
        row("an empty sheet", "empty_sheet.xlsx", "", R"([])");
        row("an empty shared string", "empty_shared_string.xlsx", "Sheet1", R"([["abc"]])");
        row("empty shared string values", "empty_shared_string_value.xlsx", "Sheet1",
            R"([["Name","City","Status"],["Alice","","Active"],["","Berlin"]])");
        row("an empty s attribute", "empty_s_attribute.xlsx", "Sheet1", R"([["Name","Value"],["John","1"],["Sophia","2"],["Peter","3"],["Sam","4"]])");
        row("CDATA and digits that are text", "inlineStr_cdata.xlsx", "Sheet1", R"([["Hello CDATA","World"],["12345","NormalText"]])");
        row("dates in the 1900 system", "date.xlsx", "", R"([["2021-01-01","15"],["2021-01-02","16"],["PT255H10M10S","17"]])");
        row("ISO dates", "date_iso.xlsx", "", R"([["2021-01-01"],["2021-01-01T10:10:10"],["10:10:10"],["This workbook contains datetime in ISO 8601"],)"
            R"(["Please, check source code of the file, if you resave it"],)"
            "[\"Created with openpyxl, see https://openpyxl.readthedocs.io/en/latest/datetime.html#using-the-iso-8601-format\"]]");
        row("date formats with quoted text", "date_quoted_format.xlsx", "", R"([["2021-01-01"],["2021-01-01"],["2021-01-01"],["2021-01-01"]])");
        row("a table", "temperature.xlsx", "Sheet1", R"([["label","value"],["celsius","22.2222"],["fahrenheit","72"]])");
        row("an Excel table", "temperature-table.xlsx", "Sheet1", R"([["label","value"],["celsius","22.2222"],["fahrenheit","72"]])");
        row("a second Excel table", "temperature-table.xlsx", "Sheet2", R"([["label2","value2"],["something","12.5"],["else","64"]])");
        row("a table not at A1", "temperature-in-middle.xlsx", "Sheet1", R"([["","label","value"],["","celsius","22.2222"],["","fahrenheit","72"]])", 4);
        row("leading empty rows", "no-header.xlsx", "", R"([["a","0"],["b","1"]])", 3);
        row("a long digit string stays text", "string-ref.xlsx", "", R"([["col1"],["-8086931554011838357"]])");
        row("a relationships prefix", "nonstandard-xml-ns-prefix.xlsx", "", R"([["a","b"],["1","3"],["2","4"]])");
    }
    void calamineSheetsReadAsCalamineExpects()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, rows);
        QFETCH(qint64, firstRow);
        XlsxReader reader(data(QStringLiteral("calamine/") + file));
        const Result opened = reader.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        if (!sheet.isEmpty())
            QVERIFY(reader.selectSheet(sheet).ok());
        qint64 first = 0;
        // Compared as compact JSON, so the expectation may use escapes such as \u0027.
        QCOMPARE(rowsOf(reader, &first), QString::fromUtf8(QJsonDocument::fromJson(rows.toUtf8()).toJson(QJsonDocument::Compact)));
        if (rows != QLatin1String("[]"))
            QCOMPARE(first, firstRow);
    }

    void whiteSpaceIsTrimmedUnlessPreserved_data()
    {
        QTest::addColumn<QString>("sheet");
        QTest::newRow("inline strings") << QStringLiteral("inlineStr");
        QTest::newRow("shared strings") << QStringLiteral("SharedStrings");
    }
    void whiteSpaceIsTrimmedUnlessPreserved()
    {
        QFETCH(QString, sheet);
        XlsxReader reader(data(QStringLiteral("calamine/whitespace_trim.xlsx")));
        QVERIFY(reader.open().ok());
        QVERIFY(reader.selectSheet(sheet).ok());
        QStringList row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.value(0), QStringLiteral("trimmed value"));
        QCOMPARE(row.value(3), QStringLiteral("clean text"));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.value(0), QStringLiteral("line1\nline2"));
        QCOMPARE(row.value(1), QStringLiteral("  line1\nline2  "));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.value(0), QStringLiteral("日期 时间"));
    }

    void the1904DateSystemIsHonoured()
    {
        XlsxReader reader(data(QStringLiteral("calamine/date_1904.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.value(0), QStringLiteral("2021-01-01"));
    }

    void anInlineStringIgnoresAStrayValue()
    {
        XlsxReader reader(data(QStringLiteral("calamine/inlineStr_with_value.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.value(4), QStringLiteral("ID"));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.value(4), QStringLiteral("RQ11610"));
    }

    void dataBelowEmptyRowsKeepsItsRowNumbers()
    {
        XlsxReader reader(data(QStringLiteral("calamine/header-row.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList row;
        qint64 number = 0;
        QVERIFY(reader.next(&row, &number));
        QCOMPARE(number, 3);
        QCOMPARE(row, (QStringList{QString(), QString(), QStringLiteral("Note 1")}));
        while (number < 9 && reader.next(&row, &number)) {
        }
        QCOMPARE(row, (QStringList{QStringLiteral("Columns"), QStringLiteral("Column A"), QStringLiteral("Column B"), QStringLiteral("Column C")}));
        QVERIFY(reader.next(&row, &number));
        QCOMPARE(number, 10);
        QCOMPARE(row, (QStringList{QStringLiteral("put data here"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        while (reader.next(&row, &number)) {
        }
        const TableSource::CellRange range = reader.usedRange();
        QCOMPARE(range.firstRow, 2);
        QCOMPARE(range.firstColumn, 0);
        QCOMPARE(range.lastRow, 9);
        QCOMPARE(range.lastColumn, 3);
    }

    void theUsedRangeIsDeclaredThenSeen()
    {
        XlsxReader reader(data(QStringLiteral("calamine/temperature-in-middle.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList row;
        while (reader.next(&row)) {
        }
        const TableSource::CellRange range = reader.usedRange();
        QCOMPARE(range.firstRow, 3);
        QCOMPARE(range.firstColumn, 1);
        QCOMPARE(range.lastRow, 5);
        QCOMPARE(range.lastColumn, 2);
    }

    void sheetsAreListedInWorkbookOrderWithTheirState()
    {
        XlsxReader reader(data(QStringLiteral("calamine/any_sheets.xlsx")));
        QVERIFY(reader.open().ok());
        const QList<TableSource::Sheet> sheets = reader.sheets();
        QCOMPARE(sheets.size(), 4);
        QCOMPARE(sheets.at(0).name, QStringLiteral("Visible"));
        QVERIFY(!sheets.at(0).hidden && sheets.at(0).hasCells);
        QCOMPARE(sheets.at(1).name, QStringLiteral("Hidden"));
        QVERIFY(sheets.at(1).hidden);
        QCOMPARE(sheets.at(2).name, QStringLiteral("VeryHidden"));
        QVERIFY(sheets.at(2).hidden);
        QCOMPARE(sheets.at(3).name, QStringLiteral("Chart"));
        QVERIFY(!sheets.at(3).hasCells);
        QCOMPARE(reader.currentSheet(), 0);
        const Result chart = reader.selectSheet(3);
        QVERIFY(!chart.ok());
        QVERIFY(chart.message().contains(QLatin1String("chart")));
        QVERIFY(reader.selectSheet(QStringLiteral("hidden")).ok());
        QCOMPARE(reader.currentSheet(), 1);
        const Result missing = reader.selectSheet(QStringLiteral("Nope"));
        QVERIFY(missing.message().contains(QLatin1String("Visible, Hidden, VeryHidden, Chart")));
    }

    void sheetOrderIsTheWorkbooksNotTheIdOrder()
    {
        XlsxReader reader(data(QStringLiteral("calamine/issue127.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList names;
        for (const TableSource::Sheet &s : reader.sheets())
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Sheet1"), QStringLiteral("Sheet2"), QStringLiteral("Sheet3"), QStringLiteral("Sheet4"),
                                     QStringLiteral("Sheet5"), QStringLiteral("Sheet6"), QStringLiteral("Sheet7"), QStringLiteral("Sheet8")}));
    }

    void mergedRangesAreListedAndTheirValueIsInTheTopLeftCellOnly()
    {
        XlsxReader reader(data(QStringLiteral("calamine/merged_range.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList row;
        while (reader.next(&row)) {
        }
        QStringList ranges;
        for (const TableSource::CellRange &m : reader.mergedRanges())
            ranges << QStringLiteral("%1,%2-%3,%4").arg(m.firstRow).arg(m.firstColumn).arg(m.lastRow).arg(m.lastColumn);
        ranges.sort();
        QCOMPARE(ranges, (QStringList{QStringLiteral("0,0-1,0"), QStringLiteral("0,1-1,1"), QStringLiteral("0,2-1,3"), QStringLiteral("0,4-1,4"), QStringLiteral("0,5-1,5"), QStringLiteral("0,6-1,6"), QStringLiteral("0,7-1,7"), QStringLiteral("2,2-2,3"), QStringLiteral("3,2-3,3")}));

        XlsxReader values(data(QStringLiteral("kempt/values.xlsx")));
        QVERIFY(values.open().ok());
        QVERIFY(values.selectSheet(QStringLiteral("Offset")).ok());
        QCOMPARE(rowsOf(values), QStringLiteral(R"([["","","label","value"],["","","merged","1"],["","","","2","3"]])"));
        QCOMPARE(values.mergedRanges().size(), 1);
        QCOMPARE(values.mergedRanges().first().lastRow, 5);
    }

    void numbersDatesAndTextBecomeWhatAPersonTyped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("1900 date system") << QStringLiteral("kempt/values.xlsx");
        QTest::newRow("1904 date system") << QStringLiteral("kempt/values1904.xlsx");
    }
    void numbersDatesAndTextBecomeWhatAPersonTyped()
    {
        QFETCH(QString, file);
        const bool is1904 = file.contains(QLatin1String("1904"));
        XlsxReader reader(data(file));
        QVERIFY(reader.open().ok());
        QCOMPARE(reader.usedRange().lastRow, 5); // declared by <dimension>
        QStringList row;
        qint64 number = 0;
        QVERIFY(reader.next(&row, &number));
        QCOMPARE(row, (QStringList{QStringLiteral("postcode"), QStringLiteral("00123"), QStringLiteral("  spaced  "), QStringLiteral("Rich text")}));
        QVERIFY(reader.next(&row, &number));
        // "00000" keeps a postcode's zeros; integers lose ".0"; noise digits go.
        QCOMPARE(row, (QStringList{QStringLiteral("01234"), QStringLiteral("4915112345678"), QStringLiteral("72"), QStringLiteral("22.2222"),
                                   QStringLiteral("0151234567")}));
        QVERIFY(reader.next(&row, &number));
        if (is1904)
            QCOMPARE(row, (QStringList{QStringLiteral("1904-02-29"), QStringLiteral("1904-03-01"), QStringLiteral("1904-03-02"),
                                       QStringLiteral("2025-01-02"), QStringLiteral("2025-01-02T12:00:00")}));
        else // day 60 is Lotus's 29 February 1900
            QCOMPARE(row, (QStringList{QStringLiteral("1900-02-28"), QStringLiteral("1900-02-29"), QStringLiteral("1900-03-01"),
                                       QStringLiteral("2021-01-01"), QStringLiteral("2021-01-01T12:00:00")}));
        // Rows 4 and 5 are empty and still counted.
        QVERIFY(reader.next(&row, &number));
        QCOMPARE(number, 4);
        QVERIFY(row.isEmpty());
        QVERIFY(reader.next(&row, &number));
        QVERIFY(reader.next(&row, &number));
        QCOMPARE(number, 6);
        QCOMPARE(row, (QStringList{QStringLiteral("PT255H10M10S"), QStringLiteral("1234"), QStringLiteral("18:00:00"), QStringLiteral("TRUE"),
                                   QStringLiteral("#N/A"), QStringLiteral("0.0015")}));
        QVERIFY(!reader.next(&row, &number));
        QVERIFY(reader.status().ok());
    }

    void progressIsReportedAndCancelStopsWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.xlsx"));
        XlsxExporter xlsx(path);
        QVERIFY(xlsx.open().ok());
        for (int i = 0; i < 10000; ++i)
            QVERIFY(xlsx.writeRow({QString::number(i), QStringLiteral("row %1").arg(i)}).ok());
        QVERIFY(xlsx.close().ok());

        CancelAfter everything(1000);
        XlsxReader whole(path);
        whole.setProgressSink(&everything);
        QVERIFY(whole.open().ok());
        QStringList row;
        qint64 rows = 0;
        while (whole.next(&row))
            ++rows;
        QCOMPARE(rows, 10000);
        QVERIFY(whole.status().ok());
        QVERIFY(everything.calls >= 3);
        QCOMPARE(everything.last, everything.size);

        CancelAfter first(1);
        XlsxReader cancelled(path);
        cancelled.setProgressSink(&first);
        QVERIFY(cancelled.open().ok());
        rows = 0;
        while (cancelled.next(&row))
            ++rows;
        QVERIFY(cancelled.wasCancelled());
        QCOMPARE(first.calls, 1);
        QVERIFY(first.last > 0 && first.last < first.size);
        QVERIFY(rows < 10000);
        QVERIFY(cancelled.status().message().contains(QLatin1String("cancelled")));
        QVERIFY(cancelled.status().message().contains(QLatin1String("rows.xlsx")));
    }

    void badFilesAreRefusedWithAMessageThatNamesThemAndSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("an empty file") << QStringLiteral("bad/empty.xlsx") << QStringLiteral("empty");
        QTest::newRow("a binary file") << QStringLiteral("bad/binary.xlsx") << QStringLiteral("not an XLSX file");
        QTest::newRow("a text file") << QStringLiteral("bad/text.xlsx") << QStringLiteral("import it as CSV");
        QTest::newRow("a truncated file") << QStringLiteral("bad/truncated.xlsx") << QStringLiteral("truncated");
        QTest::newRow("a ZIP bomb") << QStringLiteral("bad/zipbomb.xlsx") << QStringLiteral("ZIP bomb");
        QTest::newRow("entity expansion") << QStringLiteral("bad/entities.xlsx") << QStringLiteral("document type declaration");
        QTest::newRow("an external entity") << QStringLiteral("bad/external-entity.xlsx") << QStringLiteral("document type declaration");
        QTest::newRow("damaged XML") << QStringLiteral("bad/damaged-xml.xlsx") << QStringLiteral("save it again");
        QTest::newRow("a missing shared string") << QStringLiteral("bad/bad-shared-string.xlsx") << QStringLiteral("cell A1");
        QTest::newRow("a password-protected workbook") << QStringLiteral("calamine/pass_protected.xlsx") << QStringLiteral("password protected");
        QTest::newRow("a file that is not there") << QStringLiteral("bad/missing.xlsx") << QStringLiteral("does not exist");
    }
    void badFilesAreRefusedWithAMessageThatNamesThemAndSaysWhatToDo()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        XlsxReader reader(data(file));
        Result r = reader.open();
        QStringList row;
        if (r) {
            while (reader.next(&row)) {
            }
            r = reader.status();
        }
        QVERIFY2(!r.ok(), qPrintable(file));
        QVERIFY2(r.message().contains(words), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QFileInfo(file).fileName()), qPrintable(r.message()));
    }

    void partsLargerThanTheLimitAreRefusedBeforeUnpacking()
    {
        const ZipPackage::Limits saved = ZipPackage::defaultLimits();
        ZipPackage::Limits tiny = saved;
        tiny.maxPartBytes = 100;
        ZipPackage::setDefaultLimits(tiny);
        XlsxReader reader(data(QStringLiteral("calamine/temperature.xlsx")));
        const Result r = reader.open();
        ZipPackage::setDefaultLimits(saved);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("too large")), qPrintable(r.message()));
    }

    void aWorkbookCanBeReadFromADevice()
    {
        QFile file(data(QStringLiteral("calamine/temperature.xlsx")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        XlsxReader reader(&buffer, QStringLiteral("upload.xlsx"));
        QVERIFY(reader.open().ok());
        QCOMPARE(rowsOf(reader), QStringLiteral(R"([["label","value"],["celsius","22.2222"],["fahrenheit","72"]])"));
        // Selecting the sheet again reads it from the start.
        QVERIFY(reader.selectSheet(0).ok());
        QStringList row;
        QVERIFY(reader.next(&row));
        QCOMPARE(row.first(), QStringLiteral("label"));
    }

    void aPackageWithoutTheXlFolderOpens()
    {
        XlsxReader reader(data(QStringLiteral("calamine/minimal_package.xlsx")));
        QVERIFY(reader.open().ok());
        QStringList row;
        qint64 number = 0;
        while (reader.next(&row, &number) && number < 3) {
        }
        QCOMPARE(number, 3);
        QCOMPARE(row.first(), QStringLiteral("BKG_NUM"));
    }

    void isoStrictWorkbooksOpen()
    {
        XlsxReader reader(data(QStringLiteral("calamine/strict_iso_paths.xlsx")));
        const Result r = reader.open();
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!reader.sheets().isEmpty());
        QStringList row;
        QVERIFY(reader.next(&row));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
