#include "io/encodingdetector.h"
#include "io/textdecoder.h"

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

QString decodeAll(const QByteArray &encoding, const QByteArray &bytes)
{
    TextDecoder decoder(encoding);
    return decoder.decode(bytes) + decoder.finish();
}

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFixtureIsDecodedToItsReferenceText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QStringList>("acceptable");
        const QString dir = QStringLiteral("encodings/");
        auto row = [&](const char *file, const char *reference, const QStringList &acceptable) {
            QTest::newRow(file) << dir + QLatin1String(file) << dir + QLatin1String(reference) << acceptable;
        };
        row("russian.utf8.csv", "russian.utf8.csv", {QStringLiteral("UTF-8")});
        row("russian.windows-1251.csv", "russian.utf8.csv", {QStringLiteral("windows-1251")});
        row("russian.koi8-r.csv", "russian.utf8.csv", {QStringLiteral("KOI8-R")});
        row("russian.iso-8859-5.csv", "russian.utf8.csv", {QStringLiteral("ISO-8859-5")});
        row("russian.utf-16le-nobom.csv", "russian.utf8.csv", {QStringLiteral("UTF-16LE")});
        row("czech.windows-1250.csv", "czech.utf8.csv", {QStringLiteral("windows-1250")});
        row("czech.iso-8859-2.csv", "czech.utf8.csv", {QStringLiteral("ISO-8859-2")});
        row("arabic.windows-1256.csv", "arabic.utf8.csv", {QStringLiteral("windows-1256")});
        row("arabic.iso-8859-6.csv", "arabic.utf8.csv", {QStringLiteral("ISO-8859-6")});
        row("greek.iso-8859-7.csv", "greek.utf8.csv", {QStringLiteral("ISO-8859-7")});
        // uchardet takes Greek windows-1253 for ISO-8859-7; both decode these letters alike.
        row("greek.windows-1253.csv", "greek.utf8.csv", {QStringLiteral("windows-1253"), QStringLiteral("ISO-8859-7")});
        row("german.windows-1252.csv", "german.utf8.csv", {QStringLiteral("windows-1252")});
        row("german.utf-16be-nobom.csv", "german.utf8.csv", {QStringLiteral("UTF-16BE")});
    }
    void everyFixtureIsDecodedToItsReferenceText()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        QFETCH(QStringList, acceptable);
        const QByteArray bytes = readFile(file);
        QVERIFY(!bytes.isEmpty());
        const EncodingDetector::Detection d = EncodingDetector::detect(bytes, true);
        QVERIFY2(acceptable.contains(QString::fromLatin1(d.encoding)), d.encoding.constData());
        QVERIFY(!d.binary);
        QCOMPARE(decodeAll(d.encoding, bytes), QString::fromUtf8(readFile(reference)));
    }

    void csvkitEncodingsAreRecognised_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("bomLength");
        QTest::addColumn<QString>("lastCell");
        QTest::newRow("UTF-8") << QStringLiteral("test_utf8.csv") << QByteArrayLiteral("UTF-8") << 0 << QStringLiteral("ʤ");
        QTest::newRow("UTF-8 with BOM") << QStringLiteral("test_utf8_bom.csv") << QByteArrayLiteral("UTF-8") << 3 << QStringLiteral("ʤ");
        QTest::newRow("UTF-16 little endian") << QStringLiteral("test_utf16_little.csv") << QByteArrayLiteral("UTF-16LE") << 2 << QStringLiteral("ʤ");
        QTest::newRow("UTF-16 big endian") << QStringLiteral("test_utf16_big.csv") << QByteArrayLiteral("UTF-16BE") << 2 << QStringLiteral("ʤ");
        QTest::newRow("Latin-1") << QStringLiteral("test_latin1.csv") << QByteArrayLiteral("windows-1252") << 0 << QStringLiteral("©");
    }
    void csvkitEncodingsAreRecognised()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, encoding);
        QFETCH(int, bomLength);
        QFETCH(QString, lastCell);
        const QByteArray bytes = readFile(QStringLiteral("csv/csvkit/") + file);
        QVERIFY(!bytes.isEmpty());
        const EncodingDetector::Detection d = EncodingDetector::detect(bytes, true);
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.bomLength, bomLength);
        const QString text = decodeAll(d.encoding, bytes);
        QVERIFY2(!text.startsWith(QChar(0xFEFF)), "the byte order mark is not text");
        QCOMPARE(text.trimmed().split(QLatin1Char(',')).constLast(), lastCell);
        QVERIFY(text.startsWith(QLatin1String("foo,")) || text.startsWith(QLatin1String("a,")));
    }

    void aByteOrderMarkDecidesAndIsCertain()
    {
        const EncodingDetector::Detection d = EncodingDetector::detect(QByteArray("\xFF\xFE\x00\x00" "a\0\0\0", 8), true);
        QCOMPARE(d.encoding, QByteArrayLiteral("UTF-32LE"));
        QCOMPARE(d.bomLength, 4);
        QCOMPARE(d.source, EncodingDetector::Source::ByteOrderMark);
    }

    void plainAsciiIsUtf8()
    {
        const EncodingDetector::Detection d = EncodingDetector::detect(QByteArrayLiteral("name,email\nAda,ada@example.com\n"), true);
        QCOMPARE(d.encoding, QByteArrayLiteral("UTF-8"));
        QCOMPARE(d.source, EncodingDetector::Source::Utf8);
    }

    void aUtf8CharacterCutByTheEndOfTheSampleIsStillUtf8()
    {
        const QByteArray cut = QStringLiteral("Петров").toUtf8().chopped(1);
        QCOMPARE(EncodingDetector::detect(cut, false).encoding, QByteArrayLiteral("UTF-8"));
        QVERIFY(!EncodingDetector::isValidUtf8(cut, true));
    }

    void detectingFromADeviceLeavesItsPositionAlone()
    {
        QByteArray bytes = readFile(QStringLiteral("encodings/russian.koi8-r.csv"));
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(EncodingDetector::detect(&buffer).encoding, QByteArrayLiteral("KOI8-R"));
        QCOMPARE(buffer.pos(), 0);
    }

    void binaryDataIsRecognised_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("ZIP (an XLSX)") << readFile(QStringLiteral("spreadsheets/kempt/values.xlsx"));
        QByteArray controls;
        for (int i = 0; i < 512; ++i)
            controls += char(i % 32);
        QTest::newRow("control bytes") << controls;
    }
    void binaryDataIsRecognised()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(EncodingDetector::detect(bytes, true).binary);
    }

    void aSingleNulByteDoesNotMakeTextBinary()
    {
        QVERIFY(!EncodingDetector::detect(readFile(QStringLiteral("csv/csvkit/null_byte.csv")), true).binary);
    }

    void aliasesAreResolvedToTheNamesTheDecoderTakes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("utf8") << QStringLiteral("utf8") << QByteArrayLiteral("UTF-8");
        QTest::newRow("latin1") << QStringLiteral("latin1") << QByteArrayLiteral("ISO-8859-1");
        QTest::newRow("cp1251") << QStringLiteral("cp1251") << QByteArrayLiteral("windows-1251");
        QTest::newRow("WINDOWS-1256") << QStringLiteral("WINDOWS-1256") << QByteArrayLiteral("windows-1256");
        QTest::newRow("koi8-r") << QStringLiteral("koi8-r") << QByteArrayLiteral("KOI8-R");
        QTest::newRow("iso-8859-15") << QStringLiteral(" iso-8859-15 ") << QByteArrayLiteral("ISO-8859-15");
    }
    void aliasesAreResolvedToTheNamesTheDecoderTakes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, canonical);
        QCOMPARE(EncodingDetector::canonicalName(name), canonical);
        QVERIFY(TextDecoder(canonical).isValid());
    }

    void everyOfferedEncodingCanBeDecoded()
    {
        for (const QString &name : EncodingDetector::commonEncodings()) {
            const QByteArray canonical = EncodingDetector::canonicalName(name);
            QVERIFY2(!canonical.isEmpty(), qPrintable(name));
            QVERIFY2(TextDecoder(canonical).isValid(), qPrintable(name));
        }
    }

    void anUnknownEncodingNameIsRefusedWithAMessageThatHelps()
    {
        QVERIFY(EncodingDetector::canonicalName(QStringLiteral("klingon-8")).isEmpty());
        const Result r = EncodingDetector::checkName(QStringLiteral("klingon-8"), QStringLiteral("contacts.csv"));
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QLatin1String("contacts.csv")));
        QVERIFY(r.message().contains(QLatin1String("klingon-8")));
        QVERIFY(r.message().contains(QLatin1String("UTF-8")));
        QVERIFY(EncodingDetector::checkName(QStringLiteral("cp1252"), QStringLiteral("contacts.csv")).ok());
    }
};

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
