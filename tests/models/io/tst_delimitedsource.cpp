#include "io/csvreader.h"
#include "io/delimitedsource.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Kempt;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(QStringLiteral(KEMPT_TEST_DATA "/") + path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every row of a source, or the failure that ended the reading.
struct Read
{
    Result result;
    QList<QStringList> rows;
};

Read readAll(const QByteArray &bytes, const SourceOptions &options = {}, DelimitedSource::Detected *detected = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DelimitedSource source(&buffer, QStringLiteral("people.csv"), options);
    Read read;
    read.result = source.open();
    if (!read.result)
        return read;
    if (detected)
        *detected = source.detected();
    QStringList row;
    while (source.next(&row))
        read.rows << row;
    read.result = source.status();
    return read;
}

QList<QStringList> csvRows(const QByteArray &utf8)
{
    QBuffer buffer;
    buffer.setData(utf8);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRecord(&row))
        rows << (row.size() == 1 && row.first().isEmpty() ? QStringList() : row);
    return rows;
}

} // namespace

// Delimited text read with what EncodingDetector and DelimiterSniffer find, every guess
// open to an override, and bytes that do not fit the encoding reported with their line.
class TestDelimitedSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyAndUtf16FilesAreReadAsTheirReferenceText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("encoding");
        const QString dir = QStringLiteral("encodings/");
        const auto row = [&](const char *file, const char *reference, const char *encoding) {
            QTest::newRow(file) << dir + QLatin1String(file) << dir + QLatin1String(reference) << QString::fromLatin1(encoding);
        };
        row("russian.windows-1251.csv", "russian.utf8.csv", "windows-1251");
        row("russian.koi8-r.csv", "russian.utf8.csv", "KOI8-R");
        row("russian.iso-8859-5.csv", "russian.utf8.csv", "ISO-8859-5");
        row("russian.utf-16le-nobom.csv", "russian.utf8.csv", "UTF-16LE");
        row("czech.windows-1250.csv", "czech.utf8.csv", "windows-1250");
        row("czech.iso-8859-2.csv", "czech.utf8.csv", "ISO-8859-2");
        row("arabic.windows-1256.csv", "arabic.utf8.csv", "windows-1256");
        row("arabic.iso-8859-6.csv", "arabic.utf8.csv", "ISO-8859-6");
        row("german.windows-1252.csv", "german.utf8.csv", "windows-1252");
        row("german.utf-16be-nobom.csv", "german.utf8.csv", "UTF-16BE");
        row("greek.iso-8859-7.csv", "greek.utf8.csv", "ISO-8859-7");
    }
    void legacyAndUtf16FilesAreReadAsTheirReferenceText()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(QString, encoding);
        DelimitedSource::Detected detected;
        const Read read = readAll(readFile(file), {}, &detected);
        QVERIFY2(read.result, qPrintable(read.result.message()));
        QCOMPARE(QString::fromLatin1(detected.encoding), encoding);
        QVERIFY(!detected.encodingGiven);
        QVERIFY2(detected.encodingConfidence >= 0.4 && detected.encodingConfidence <= 1, qPrintable(QString::number(detected.encodingConfidence)));
        QCOMPARE(read.rows, csvRows(readFile(reference)));
    }

    void byteOrderMarksAreDroppedAndCertain_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << QStringLiteral("csv/csvkit/test_utf8_bom.csv") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16 LE") << QStringLiteral("csv/csvkit/test_utf16_little.csv") << QStringLiteral("UTF-16LE");
        QTest::newRow("UTF-16 BE") << QStringLiteral("csv/csvkit/test_utf16_big.csv") << QStringLiteral("UTF-16BE");
    }
    void byteOrderMarksAreDroppedAndCertain()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        DelimitedSource::Detected detected;
        const Read read = readAll(readFile(file), {}, &detected);
        QVERIFY2(read.result, qPrintable(read.result.message()));
        QCOMPARE(QString::fromLatin1(detected.encoding), encoding);
        QCOMPARE(detected.encodingConfidence, 1.0);
        QCOMPARE(read.rows.size(), 3);
        QVERIFY(!read.rows.first().first().startsWith(QChar(0xFEFF)));
        QCOMPARE(read.rows.last().last(), QStringLiteral("ʤ"));
    }

    void theDelimiterAndQuoteAreSniffed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QChar>("quote");
        QTest::addColumn<QStringList>("secondRow");
        QTest::newRow("comma") << QByteArray("Name,City\n\"Berg, Anna\",Oslo\n") << QChar(u',') << QChar(u'"')
                               << QStringList{QStringLiteral("Berg, Anna"), QStringLiteral("Oslo")};
        QTest::newRow("semicolon with decimal commas") << QByteArray("Name;Score\nAnna;1,5\nMax;2,5\n") << QChar(u';') << QChar(u'"')
                                                       << QStringList{QStringLiteral("Anna"), QStringLiteral("1,5")};
        QTest::newRow("tab") << readFile(QStringLiteral("csv/csvkit/dummy.tsv")) << QChar(u'\t') << QChar(u'"')
                             << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        QTest::newRow("pipe") << QByteArray("Name|City\nAnna|Oslo\nMax|Bergen\n") << QChar(u'|') << QChar(u'"')
                              << QStringList{QStringLiteral("Anna"), QStringLiteral("Oslo")};
        QTest::newRow("single quotes") << QByteArray("'Name','City'\n'Berg, Anna','Oslo'\n'Lee, Max','Bergen'\n") << QChar(u',')
                                       << QChar(u'\'') << QStringList{QStringLiteral("Berg, Anna"), QStringLiteral("Oslo")};
        QTest::newRow("csvkit semicolons") << readFile(QStringLiteral("csv/csvkit/sniff_limit.csv")) << QChar(u';') << QChar(u'"')
                                           << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    }
    void theDelimiterAndQuoteAreSniffed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        QFETCH(QChar, quote);
        QFETCH(QStringList, secondRow);
        DelimitedSource::Detected detected;
        const Read read = readAll(bytes, {}, &detected);
        QVERIFY2(read.result, qPrintable(read.result.message()));
        QCOMPARE(detected.delimiter, delimiter);
        QCOMPARE(detected.quote, quote);
        QVERIFY(!detected.delimiterGiven);
        QCOMPARE(read.rows.value(1), secondRow);
    }

    void everyGuessCanBeOverridden()
    {
        SourceOptions options;
        options.delimiter = QLatin1Char(';');
        options.encoding = "windows-1252";
        options.quote = QLatin1Char('\'');
        DelimitedSource::Detected detected;
        // UTF-8 bytes read as windows-1252 on purpose, split on ";" although "," would fit.
        const Read read = readAll("a,b;c\n'x;y';\xC3\xA9\n", options, &detected);
        QVERIFY2(read.result, qPrintable(read.result.message()));
        QVERIFY(detected.encodingGiven && detected.delimiterGiven && detected.quoteGiven);
        QCOMPARE(read.rows.value(0), (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));
        QCOMPARE(read.rows.value(1), (QStringList{QStringLiteral("x;y"), QStringLiteral("Ã©")}));
    }

    void anUnknownEncodingNameIsRefusedWithNamesThatWork()
    {
        SourceOptions options;
        options.encoding = "klingon-1";
        const Read read = readAll("a,b\n1,2\n", options);
        QVERIFY(!read.result);
        QVERIFY2(read.result.message().contains(QStringLiteral("klingon-1")) && read.result.message().contains(QStringLiteral("UTF-8")),
                 qPrintable(read.result.message()));
    }

    void bytesThatDoNotFitTheEncodingNameTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("rowsBefore");
        QByteArray late = "Name,City\n";
        for (int i = 0; i < 5000; ++i)
            late += "Anna " + QByteArray::number(i) + ",Zürich\n"; // valid UTF-8, well past the detector's sample
        late += "Max,Z\xFCrich\n";                               // Latin-1 bytes pasted in
        QTest::newRow("after the detector's sample") << late << 5002 << 5001;
        QTest::newRow("inside a quoted cell") << QByteArray(QByteArray("A,B\n\"one\ntwo ") + QByteArray(70000, 'x') + "\n\xE9\",2\n") << 4 << 1;
    }
    void bytesThatDoNotFitTheEncodingNameTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, rowsBefore);
        const Read read = readAll(bytes);
        QVERIFY(!read.result);
        QVERIFY2(read.result.message().contains(QStringLiteral("Line %1 ").arg(line)), qPrintable(read.result.message()));
        QVERIFY2(read.result.message().contains(QStringLiteral("UTF-8")), qPrintable(read.result.message()));
        QCOMPARE(read.rows.size(), rowsBefore);
    }

    void binaryAndEmptyFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("a PDF") << QByteArray("%PDF-1.7\n\x00\x01\x02\x03", 14) << QStringLiteral("binary");
        QTest::newRow("control bytes") << QByteArray(200, '\x01') << QStringLiteral("binary");
    }
    void binaryAndEmptyFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Read read = readAll(bytes);
        QVERIFY(!read.result);
        QVERIFY2(read.result.message().contains(expected) && read.result.message().contains(QStringLiteral("people.csv")),
                 qPrintable(read.result.message()));
    }

    void anUnclosedQuoteNamesTheLineItOpensOn()
    {
        const Read read = readAll("Name,Email\nAnna,a@example.org\n\"Max,max@example.org\nLee,l@example.org\n");
        QVERIFY(!read.result);
        QVERIFY2(read.result.message().contains(QStringLiteral("Line 3")), qPrintable(read.result.message()));
    }
};

QTEST_GUILESS_MAIN(TestDelimitedSource)
#include "tst_delimitedsource.moc"
