#include "io/odsreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Kempt;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(KEMPT_TEST_DATA "/spreadsheets/") + name;
}

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

} // namespace

class TestOdsReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // calamine's ODS fixtures with the cells its tests expect (calamine/EXPECTED.md).
    void calamineSheetsReadAsCalamineExpects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<qint64>("firstRow");
        auto row = [](const char *tag, const char *file, const char *sheet, const char *rows, qint64 firstRow = 1) {
            QTest::newRow(tag) << QString::fromUtf8(file) << QString::fromUtf8(sheet) << QString::fromUtf8(rows) << firstRow;
        };
        row("data types", "issues.ods", "datatypes", R"([["1"],["1.5"],["ab"],["FALSE"],["test"],["2016-10-20T00:00:00"]])");
        row("strings", "issues.ods", "issue2", R"([["1","a"],["2","b"],["3","c"]])");
        row("a fraction", "issues.ods", "issue5", R"([["0.5"]])");
        row("special characters", "issues.ods", "spc_chrs", R"([["&"],["<"],[">"],["aaa \u0027 aaa"],["\u0022"],["☺"],["֍"],["àâéêèçöïî«»"]])");
        row("spaces, tabs and line breaks", "special_cells.ods", "sheet1",
            R"([["Split\nLine"],["Value  With spaces"],["Value   With 3 spaces"],[" Value   With spaces before and after "],["  Value   With 2 spaces before and after  "]])");
        row("rich text", "richtext_issue.ods", "datatypes", R"([["abc"]])");
        row("dates, times and durations", "date.ods", "", R"([["2021-01-01","15"],["2021-01-01T10:10:10","16"],["PT10H10M10S","17"],["PT10H10M10.123456S","18"]])");
        row("repeated rows", "number_rows_repeated.ods", "Sheet1", R"([["A","B"],["C","D"],["C","D"],[],[],["C","D"],[],["C","D"]])");
        row("repeated rows after one empty row", "number_rows_repeated.ods", "Sheet2", R"([["A","B"],["C","D"],["C","D"],[],[],["C","D"],[],["C","D"]])", 2);
        row("repeated rows after two empty rows", "number_rows_repeated.ods", "Sheet3", R"([["A","B"],["C","D"],["C","D"],[],[],["C","D"],[],["C","D"]])", 3);
        row("one empty cell repeated", "single-empty.ods", "", R"([["StringCol"],["bbb"],["ccc"],["ddd"],["eee"],[],[],[],[],[],[],[],["zzz"]])");
        row("several empty cells repeated", "multi-empty.ods", "", R"([["StringCol"],["bbb"],["ccc"],["ddd"],["eee"],[],[],[],[],[],[],[],["zzz"]])");
        row("a comment is not the value", "with-annotation.ods", "table1", R"([["cell a.1"]])");
        // Kempt reports a merged range's value in its top-left cell only, so the hidden text
        // LibreOffice keeps in a covered cell (calamine reports "a3") is not imported.
        row("covered cells", "covered.ods", "sheet1", R"([["a1"],["a2"]])");
        row("merged cells", "merged_cells.ods", "", R"([["A","B","C"],["A","B","C"],["","","C"]])");
    }
    void calamineSheetsReadAsCalamineExpects()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, rows);
        QFETCH(qint64, firstRow);
        OdsReader reader(data(QStringLiteral("calamine/") + file));
        const Result opened = reader.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        if (!sheet.isEmpty())
            QVERIFY(reader.selectSheet(sheet).ok());
        qint64 first = 0;
        // Compared as compact JSON, so the expectation may use escapes such as \u0027.
        QCOMPARE(rowsOf(reader, &first), QString::fromUtf8(QJsonDocument::fromJson(rows.toUtf8()).toJson(QJsonDocument::Compact)));
        QCOMPARE(first, firstRow);
    }

    void sheetsAreListedWithTheirVisibility()
    {
        OdsReader reader(data(QStringLiteral("calamine/any_sheets.ods")));
        QVERIFY(reader.open().ok());
        QStringList names;
        QList<bool> hidden;
        for (const TableSource::Sheet &s : reader.sheets()) {
            names << s.name;
            hidden << s.hidden;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Visible"), QStringLiteral("Hidden"), QStringLiteral("VeryHidden"), QStringLiteral("Chart")}));
        QCOMPARE(hidden, (QList<bool>{false, true, true, false}));

        OdsReader order(data(QStringLiteral("calamine/issue127.ods")));
        QVERIFY(order.open().ok());
        QCOMPARE(order.sheets().size(), 8);
        QCOMPARE(order.sheets().at(7).name, QStringLiteral("Sheet8"));
    }

    void mergedRangesAreListed()
    {
        OdsReader reader(data(QStringLiteral("calamine/merged_cells.ods")));
        QVERIFY(reader.open().ok());
        QStringList row;
        while (reader.next(&row)) {
        }
        QCOMPARE(reader.mergedRanges().size(), 1);
        const TableSource::CellRange m = reader.mergedRanges().first();
        QCOMPARE(m.firstRow, 1);
        QCOMPARE(m.lastRow, 2);
        QCOMPARE(m.firstColumn, 0);
        QCOMPARE(m.lastColumn, 0);
        QCOMPARE(reader.usedRange().lastRow, 2);
        QCOMPARE(reader.usedRange().lastColumn, 2);
    }

    void badFilesAreRefusedWithAMessageThatNamesThem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("words");
        QTest::newRow("a password-protected spreadsheet") << QStringLiteral("calamine/pass_protected.ods") << QStringLiteral("password protected");
        QTest::newRow("an XLSX file") << QStringLiteral("calamine/temperature.xlsx") << QStringLiteral("not an OpenDocument spreadsheet");
        QTest::newRow("an empty file") << QStringLiteral("bad/empty.xlsx") << QStringLiteral("empty");
        QTest::newRow("a truncated file") << QStringLiteral("bad/truncated.xlsx") << QStringLiteral("truncated");
    }
    void badFilesAreRefusedWithAMessageThatNamesThem()
    {
        QFETCH(QString, file);
        QFETCH(QString, words);
        OdsReader reader(data(file));
        const Result r = reader.open();
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(words), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QFileInfo(file).fileName()), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
