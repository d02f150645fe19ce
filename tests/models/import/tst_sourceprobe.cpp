#include "import/sourceprobe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KEMPT_TEST_DATA "/") + name;
}

} // namespace

// The probe the wizard's File and Format pages show: what a file is and how it will be
// read, from its first rows, with every guess open to an override; bad files are refused
// with a message that names them and says what to do.
class TestSourceProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void formatsAreKnownByTheirContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("sheets");
        QTest::newRow("CSV") << fixture(QStringLiteral("encodings/german.utf8.csv")) << QStringLiteral("CSV") << 1;
        QTest::newRow("TSV") << fixture(QStringLiteral("csv/csvkit/dummy.tsv")) << QStringLiteral("CSV") << 1;
        QTest::newRow("XLSX") << fixture(QStringLiteral("spreadsheets/calamine/any_sheets.xlsx")) << QStringLiteral("XLSX") << 4;
        QTest::newRow("ODS") << fixture(QStringLiteral("spreadsheets/calamine/any_sheets.ods")) << QStringLiteral("ODS") << 4;
        QTest::newRow("vCard") << fixture(QStringLiteral("import/several-values.vcf")) << QStringLiteral("vCard") << 1;
    }
    void formatsAreKnownByTheirContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, sheets);
        SourceProbe probe;
        const Result r = SourceProbe::run(file, {}, &probe);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(SourceFactory::formatName(probe.format), format);
        QCOMPARE(probe.sheets.size(), sheets);
        QVERIFY(probe.fileSize > 0);
        QVERIFY(!probe.preview.isEmpty());
        QVERIFY(!probe.headers.isEmpty());
        QCOMPARE(probe.toJson().value(QStringLiteral("format")).toString(), format);
    }

    void textFilesReportTheirEncodingDelimiterAndQuote_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<double>("minimumConfidence");
        QTest::newRow("UTF-8") << fixture(QStringLiteral("encodings/russian.utf8.csv")) << QStringLiteral("UTF-8") << QChar(u',') << 0.99;
        QTest::newRow("windows-1251") << fixture(QStringLiteral("encodings/russian.windows-1251.csv")) << QStringLiteral("windows-1251")
                                      << QChar(u',') << 0.5;
        QTest::newRow("UTF-16 with BOM") << fixture(QStringLiteral("csv/csvkit/test_utf16_little.csv")) << QStringLiteral("UTF-16LE")
                                         << QChar(u',') << 1.0;
        QTest::newRow("semicolons") << fixture(QStringLiteral("csv/csvkit/sniff_limit.csv")) << QStringLiteral("UTF-8") << QChar(u';')
                                    << 1.0;
    }
    void textFilesReportTheirEncodingDelimiterAndQuote()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        QFETCH(double, minimumConfidence);
        SourceProbe probe;
        QVERIFY(SourceProbe::run(file, {}, &probe));
        QCOMPARE(QString::fromLatin1(probe.encoding), encoding);
        QVERIFY2(probe.encodingConfidence >= minimumConfidence, qPrintable(QString::number(probe.encodingConfidence)));
        QCOMPARE(probe.delimiter, delimiter);
        QCOMPARE(probe.quote, QChar(u'"'));
        QVERIFY(!probe.encodingGiven && !probe.delimiterGiven);
    }

    void overridesChangeWhatIsRead()
    {
        SourceOptions options;
        options.encoding = "windows-1252";
        options.delimiter = QLatin1Char(';');
        SourceProbe probe;
        QVERIFY(SourceProbe::run(fixture(QStringLiteral("encodings/russian.utf8.csv")), options, &probe));
        QCOMPARE(probe.encoding, QByteArray("windows-1252"));
        QCOMPARE(probe.encodingConfidence, 1.0);
        QVERIFY(probe.encodingGiven && probe.delimiterGiven);
        QCOMPARE(probe.headers, QStringList{QStringLiteral("first_name,last_name,city,notes")});
    }

    void notesAboveTheTableAreSkipped()
    {
        SourceProbe probe;
        QVERIFY(SourceProbe::run(fixture(QStringLiteral("import/headers/linkedin_connections.csv")), {}, &probe));
        QCOMPARE(probe.headerRow, 3);
        QCOMPARE(probe.headers.value(0), QStringLiteral("First Name"));
        QCOMPARE(probe.headers.value(3), QStringLiteral("Email Address"));
        // The preview shows the notes too, so a person sees why row 3 was taken.
        QCOMPARE(probe.preview.value(0).cells.value(0), QStringLiteral("Notes:"));
        SourceProbe given;
        QVERIFY(SourceProbe::run(fixture(QStringLiteral("import/headers/linkedin_connections.csv")), {}, &given, 1));
        QCOMPARE(given.headerRow, 1);
        QCOMPARE(given.headers.value(0), QStringLiteral("Notes:"));
    }

    void aSheetCanBeChosen()
    {
        SourceOptions options;
        SourceProbe first;
        QVERIFY(SourceProbe::run(fixture(QStringLiteral("spreadsheets/calamine/any_sheets.xlsx")), options, &first));
        options.sheet = first.sheets.last().name;
        SourceProbe chosen;
        const Result r = SourceProbe::run(fixture(QStringLiteral("spreadsheets/calamine/any_sheets.xlsx")), options, &chosen);
        if (!first.sheets.last().hasCells) {
            QVERIFY(!r);
            QVERIFY2(r.message().contains(options.sheet), qPrintable(r.message()));
            return;
        }
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(chosen.sheet, int(chosen.sheets.size()) - 1);
        options.sheet = QStringLiteral("No such sheet");
        SourceProbe missing;
        const Result m = SourceProbe::run(fixture(QStringLiteral("spreadsheets/calamine/any_sheets.xlsx")), options, &missing);
        QVERIFY(!m);
        QVERIFY2(m.message().contains(QStringLiteral("No such sheet")), qPrintable(m.message()));
    }

    void raggedRowsAreListedWithTheirLine()
    {
        SourceProbe probe;
        QVERIFY(SourceProbe::run(fixture(QStringLiteral("csv/csvkit/bad.csv")), {}, &probe));
        QCOMPARE(probe.ragged.size(), 1);
        QCOMPARE(probe.ragged.first().number, 2);
        QCOMPARE(probe.ragged.first().cells, 4);
        QCOMPARE(probe.ragged.first().expected, 3);
    }

    void thePreviewStopsAtItsSize()
    {
        QByteArray csv = "Name,Email\n";
        for (int i = 0; i < 100; ++i)
            csv += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
        SourceProbe probe;
        QVERIFY(SourceProbe::run(write(QStringLiteral("long.csv"), csv), {}, &probe, -1, 10));
        QCOMPARE(probe.preview.size(), 10);
        QVERIFY(!probe.previewComplete);
        QVERIFY(SourceProbe::run(write(QStringLiteral("short.csv"), "Name\nAnna\n"), {}, &probe, -1, 10));
        QVERIFY(probe.previewComplete);
    }

    void badFilesAreRefusedWithWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty.csv") << QStringLiteral("empty");
        QTest::newRow("binary file") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) << QStringLiteral("tool.csv")
                                     << QStringLiteral("binary");
        QTest::newRow("old Excel workbook") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << QStringLiteral("old.xls")
                                            << QStringLiteral(".xlsx");
        QTest::newRow("unclosed quote in the preview") << QByteArray("Name,Email\n\"Anna,anna@example.org\n") << QStringLiteral("q.csv")
                                                       << QStringLiteral("Line 2");
        QTest::newRow("mixed encodings") << QByteArray("Name,City\nAnna,Z\xC3\xBCrich\nMax,Z\xFCrich\n") << QStringLiteral("mixed.csv")
                                         << QStringLiteral("Line 3");
        QFile truncated(fixture(QStringLiteral("spreadsheets/bad/truncated.xlsx")));
        truncated.open(QIODevice::ReadOnly);
        QTest::newRow("truncated workbook") << truncated.readAll() << QStringLiteral("cut.xlsx") << QStringLiteral("cut.xlsx");
    }
    void badFilesAreRefusedWithWhatToDo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        SourceProbe probe;
        const Result r = SourceProbe::run(write(name, bytes), {}, &probe);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(expected) && r.message().contains(name), qPrintable(r.message()));
    }

    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        // Sparse: two gigabytes that take no room on the disk.
        QFile big(m_dir.filePath(QStringLiteral("huge.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write("Name,Email\n") > 0);
        QVERIFY(big.resize(qint64(2) << 30));
        big.close();
        SourceProbe probe;
        const Result r = SourceProbe::run(big.fileName(), {}, &probe);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("huge.csv")) && r.message().contains(QStringLiteral("Split")), qPrintable(r.message()));
    }

    void aMissingFileIsNamed()
    {
        SourceProbe probe;
        const Result r = SourceProbe::run(m_dir.filePath(QStringLiteral("nothing.csv")), {}, &probe);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("nothing.csv")) && r.message().contains(QStringLiteral("does not exist")),
                 qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestSourceProbe)
#include "tst_sourceprobe.moc"
