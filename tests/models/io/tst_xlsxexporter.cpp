#include "io/xlsxexporter.h"
#include "io/xlsxreader.h"
#include "io/xmlpart.h"
#include "io/zippackage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;

namespace {

QList<QStringList> readBack(const QString &path, QList<qint64> *numbers = nullptr)
{
    XlsxReader reader(path);
    const Result r = reader.open();
    if (!r) {
        qWarning("%s", qPrintable(r.message()));
        return {};
    }
    QList<QStringList> rows;
    QStringList row;
    qint64 n = 0;
    while (reader.next(&row, &n)) {
        rows << row;
        if (numbers)
            *numbers << n;
    }
    if (!reader.status())
        qWarning("%s", qPrintable(reader.status().message()));
    return rows;
}

} // namespace

class TestXlsxExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void whatIsWrittenIsReadBackUnchanged()
    {
        const QStringList header{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("postcode"), QStringLiteral("phone"),
                                 QStringLiteral("birthday"), QStringLiteral("amount"), QStringLiteral("notes")};
        const QList<QStringList> rows{
            {QStringLiteral("1"), QStringLiteral("Ада Лавлейс"), QStringLiteral("01234"), QStringLiteral("+44 20 7946 0000"),
             QStringLiteral("1815-12-10"), QStringLiteral("1234.5"), QStringLiteral("line one\nline two")},
            {QStringLiteral("2"), QStringLiteral("محمد العتيبي"), QStringLiteral("00501"), QStringLiteral("00491511234567"),
             QStringLiteral("1990-02-28"), QStringLiteral("-3"), QStringLiteral("  padded  ")},
            {QStringLiteral("3"), QStringLiteral("Tab\tand bell\x07 and _x0041_"), QString(), QString(), QStringLiteral("not a date"),
             QStringLiteral("007"), QStringLiteral("&<>\"'")},
        };
        XlsxExporter xlsx(path("roundtrip.xlsx"), QStringLiteral("Contacts"));
        QVERIFY(xlsx.open().ok());
        xlsx.setKinds({XlsxExporter::Kind::Number, XlsxExporter::Kind::Text, XlsxExporter::Kind::Text, XlsxExporter::Kind::Text,
                       XlsxExporter::Kind::Date, XlsxExporter::Kind::Number, XlsxExporter::Kind::Text});
        QVERIFY(xlsx.writeHeader(header).ok());
        for (const QStringList &row : rows)
            QVERIFY(xlsx.writeRow(row).ok());
        QCOMPARE(xlsx.rowsWritten(), 4);
        QVERIFY(xlsx.close().ok());

        XlsxReader reader(path("roundtrip.xlsx"));
        QVERIFY(reader.open().ok());
        QCOMPARE(reader.sheets().size(), 1);
        QCOMPARE(reader.sheets().first().name, QStringLiteral("Contacts"));
        QList<QStringList> expected{header};
        for (QStringList row : rows) {
            while (!row.isEmpty() && row.constLast().isEmpty())
                row.removeLast();
            expected << row;
        }
        QCOMPARE(readBack(path("roundtrip.xlsx")), expected);
    }

    void formulasAreWrittenAsTextNeverAsFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("equals") << QStringLiteral("=1+1");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
        QTest::newRow("plus") << QStringLiteral("+49 30 1234567");
        QTest::newRow("minus") << QStringLiteral("-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)");
        QTest::newRow("tab") << QStringLiteral("\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1");
    }
    void formulasAreWrittenAsTextNeverAsFormulas()
    {
        QFETCH(QString, value);
        XlsxExporter xlsx(path("formula.xlsx"));
        QVERIFY(xlsx.open().ok());
        xlsx.setKinds({XlsxExporter::Kind::Number});
        QVERIFY(xlsx.writeHeader({QStringLiteral("cell")}).ok());
        QVERIFY(xlsx.writeRow({value}).ok());
        QVERIFY(xlsx.close().ok());
        QCOMPARE(readBack(path("formula.xlsx")).value(1), QStringList{value});
        // The sheet holds the value as a string cell and has no formula at all.
        QFile file(path("formula.xlsx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        ZipPackage package(&file, QStringLiteral("formula.xlsx"), QStringLiteral("XLSX"));
        QVERIFY(package.open().ok());
        XmlPart sheet(package, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.open().ok());
        QStringList cellTypes;
        while (sheet.readNext()) {
            QVERIFY(!(sheet.xml().isStartElement() && sheet.xml().name() == QLatin1String("f")));
            if (sheet.xml().isStartElement() && sheet.xml().name() == QLatin1String("c"))
                cellTypes << sheet.xml().attributes().value(QLatin1String("t")).toString();
        }
        QVERIFY(sheet.status().ok());
        QCOMPARE(cellTypes.size(), 2);
        QVERIFY2(cellTypes.at(1) == QLatin1String("inlineStr") || cellTypes.at(1) == QLatin1String("s"), qPrintable(cellTypes.at(1)));
    }

    void numbersKeepTheirLeadingZerosAsText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("number");
        QTest::newRow("integer") << QStringLiteral("42") << true;
        QTest::newRow("negative decimal") << QStringLiteral("-3.25") << true;
        QTest::newRow("zero") << QStringLiteral("0") << true;
        QTest::newRow("zero point five") << QStringLiteral("0.5") << true;
        QTest::newRow("postcode") << QStringLiteral("01234") << false;
        QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << false;
        QTest::newRow("exponent") << QStringLiteral("1e5") << false;
        QTest::newRow("trailing point") << QStringLiteral("5.") << false;
        QTest::newRow("phone") << QStringLiteral("+4930123") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void numbersKeepTheirLeadingZerosAsText()
    {
        QFETCH(QString, value);
        QFETCH(bool, number);
        QCOMPARE(XlsxExporter::isPlainNumber(value), number);
    }

    void aCellLongerThanExcelAllowsIsRefusedByRowAndColumn()
    {
        XlsxExporter xlsx(path("long.xlsx"));
        QVERIFY(xlsx.open().ok());
        QVERIFY(xlsx.writeHeader({QStringLiteral("a"), QStringLiteral("b")}).ok());
        const Result r = xlsx.writeRow({QStringLiteral("ok"), QString(XlsxExporter::kMaxCellChars + 1, QLatin1Char('x'))});
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("Row 2")) && r.message().contains(QLatin1String("column B")), qPrintable(r.message()));
        QVERIFY(r.message().contains(QLatin1String("CSV")));
    }

    void anUnfinishedWorkbookLeavesNoFileBehind()
    {
        {
            XlsxExporter xlsx(path("unfinished.xlsx"));
            QVERIFY(xlsx.open().ok());
            QVERIFY(xlsx.writeHeader({QStringLiteral("a")}).ok());
        }
        QVERIFY(!QFile::exists(path("unfinished.xlsx")));
    }

    void aFolderThatCannotBeWrittenGivesAMessage()
    {
        XlsxExporter xlsx(QStringLiteral("/nonexistent-folder/out.xlsx"));
        Result r = xlsx.open();
        if (r) {
            QVERIFY(xlsx.writeHeader({QStringLiteral("a")}).ok());
            r = xlsx.close();
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("out.xlsx")), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxExporter)
#include "tst_xlsxexporter.moc"
