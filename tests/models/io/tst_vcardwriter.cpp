#include "io/vcardreader.h"
#include "io/vcardwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Kempt;

namespace {

VCardRecord ada()
{
    VCardRecord r;
    r.add(QStringLiteral("first_name"), QStringLiteral("Ada"));
    r.add(QStringLiteral("last_name"), QStringLiteral("Lovelace; Countess, of Lovelace"));
    r.add(QStringLiteral("salutation"), QStringLiteral("Lady"));
    r.add(QStringLiteral("display_name"), QStringLiteral("Ada Lovelace"));
    r.add(QStringLiteral("company"), QStringLiteral("Analytical Engines, Ltd."));
    r.add(QStringLiteral("department"), QStringLiteral("Research"));
    r.add(QStringLiteral("job_title"), QStringLiteral("Programmer"));
    r.add(QStringLiteral("email"), QStringLiteral("ada@example.com"), QStringLiteral("work"), QStringLiteral("email"));
    r.add(QStringLiteral("email"), QStringLiteral("ada@home.example"), QStringLiteral("home"), QStringLiteral("email"));
    r.add(QStringLiteral("phone"), QStringLiteral("+44 20 7946 0000"), QStringLiteral("mobile"), QStringLiteral("phone"));
    r.add(QStringLiteral("phone"), QStringLiteral("+44 20 7946 0001"), QStringLiteral("other"), QStringLiteral("phone"));
    r.values[QStringLiteral("street")] << QStringLiteral("12 St James's Square");
    r.values[QStringLiteral("city")] << QStringLiteral("London");
    r.values[QStringLiteral("region")] << QString();
    r.values[QStringLiteral("postcode")] << QStringLiteral("SW1Y 4JH");
    r.values[QStringLiteral("country")] << QStringLiteral("GB");
    r.labels[QStringLiteral("address")] << QStringLiteral("home");
    r.add(QStringLiteral("birthday"), QStringLiteral("1815-12-10"));
    r.add(QStringLiteral("website"), QStringLiteral("https://example.com/ada?x=1,2"));
    r.add(QStringLiteral("notes"), QStringLiteral("First line\nSecond line with a backslash \\ and; semicolon"));
    r.add(QStringLiteral("tags"), QStringLiteral("vip"));
    r.add(QStringLiteral("tags"), QStringLiteral("maths, early"));
    return r;
}

VCardRecord cyrillic()
{
    VCardRecord r;
    r.add(QStringLiteral("first_name"), QStringLiteral("Екатерина"));
    r.add(QStringLiteral("last_name"), QStringLiteral("Вознесенская-Колмогорова"));
    r.add(QStringLiteral("notes"), QStringLiteral("Очень длинная заметка на русском языке, чтобы строка была намного длиннее "
                                                  "семидесяти пяти октетов и её пришлось переносить несколько раз 😀 مرحبا"));
    return r;
}

QByteArray written(const QList<VCardRecord> &records, VCardWriter::Version version)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    VCardWriter writer(&buffer, version);
    for (const VCardRecord &r : records)
        writer.write(r);
    writer.flush();
    return bytes;
}

QList<VCardRecord> readBack(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer, QStringLiteral("written.vcf"));
    QList<VCardRecord> records;
    if (!reader.open())
        return records;
    VCardRecord r;
    while (reader.next(&r))
        records << r;
    if (!reader.status())
        qWarning("%s", qPrintable(reader.status().message()));
    return records;
}

} // namespace

class TestVCardWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatIsWrittenIsReadBackUnchanged_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.0") << int(VCardWriter::Version::V30);
        QTest::newRow("4.0") << int(VCardWriter::Version::V40);
    }
    void whatIsWrittenIsReadBackUnchanged()
    {
        QFETCH(int, version);
        const QList<VCardRecord> records{ada(), cyrillic()};
        const QList<VCardRecord> back = readBack(written(records, VCardWriter::Version(version)));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).version, version == int(VCardWriter::Version::V30) ? QStringLiteral("3.0") : QStringLiteral("4.0"));
        for (int i = 0; i < 2; ++i) {
            QMap<QString, QStringList> expected = records.at(i).values;
            if (i == 1) // FN is written from the name parts when there is no display name
                expected[QStringLiteral("display_name")] = {QStringLiteral("Екатерина Вознесенская-Колмогорова")};
            QCOMPARE(back.at(i).values, expected);
            QCOMPARE(back.at(i).labels, records.at(i).labels);
        }
    }

    void everyLineIsFoldedAtSeventyFiveOctetsWithoutSplittingACharacter()
    {
        const QByteArray bytes = written({cyrillic(), ada()}, VCardWriter::Version::V40);
        QVERIFY(bytes.endsWith("END:VCARD\r\n"));
        const QList<QByteArray> lines = bytes.split('\n');
        int continuations = 0;
        for (QByteArray line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), "lines end with CRLF");
            line.chop(1);
            QVERIFY2(line.size() <= 75, line.constData());
            // Every line is valid UTF-8 on its own: no character was cut in two.
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
            QVERIFY(!QString::fromUtf8(line).contains(QChar(0xFFFD)));
            continuations += line.startsWith(' ');
        }
        QVERIFY(continuations >= 3);
    }

    void foldingKeepsShortLinesAndCutsLongOnesBetweenCharacters()
    {
        QCOMPARE(VCardWriter::fold(QByteArrayLiteral("FN:Ada")), QByteArrayLiteral("FN:Ada"));
        const QByteArray line = "NOTE:" + QString(40, QChar(0x0416)).toUtf8(); // 5 + 80 octets
        const QByteArray folded = VCardWriter::fold(line);
        const QList<QByteArray> parts = folded.split('\n');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).size(), 75 + 1); // "NOTE:", 35 two-octet letters and the CR
        QVERIFY(parts.at(0).endsWith('\r'));
        QVERIFY(parts.at(1).startsWith(' '));
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line);
    }

    void textIsEscaped()
    {
        QCOMPARE(VCardWriter::escape(QStringLiteral("a,b;c\\d\ne\r\nf")), QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    }

    void versionsDifferWhereTheStandardsDo()
    {
        const QByteArray v3 = written({ada()}, VCardWriter::Version::V30);
        QVERIFY(v3.contains("VERSION:3.0\r\n"));
        QVERIFY(v3.contains("EMAIL;TYPE=INTERNET,WORK;TYPE=PREF:ada@example.com\r\n"));
        QVERIFY(v3.contains("TEL;TYPE=CELL;TYPE=PREF:+44 20 7946 0000\r\n"));
        QVERIFY(v3.contains("BDAY:1815-12-10\r\n"));
        QVERIFY(v3.contains("N:Lovelace\\; Countess\\, of Lovelace;Ada;;Lady;\r\n"));
        QVERIFY(v3.contains("ORG:Analytical Engines\\, Ltd.;Research\r\n"));
        QVERIFY(v3.contains("CATEGORIES:vip,maths\\, early\r\n"));
        const QByteArray v4 = written({ada()}, VCardWriter::Version::V40);
        QVERIFY(v4.contains("VERSION:4.0\r\n"));
        QVERIFY(v4.contains("EMAIL;TYPE=work;PREF=1:ada@example.com\r\n"));
        QVERIFY(v4.contains("TEL;TYPE=cell;PREF=1:+44 20 7946 0000\r\n"));
        QVERIFY(v4.contains("BDAY:18151210\r\n"));
        QVERIFY(v4.contains("ADR;TYPE=home:;;12 St James's Square;London;;SW1Y 4JH;GB\r\n"));
    }

    void aBirthdayWithoutAYearIsWrittenInEachVersionsForm()
    {
        VCardRecord r;
        r.add(QStringLiteral("first_name"), QStringLiteral("Bo"));
        r.add(QStringLiteral("birthday"), QStringLiteral("--03-10"));
        QVERIFY(written({r}, VCardWriter::Version::V40).contains("BDAY:--0310\r\n"));
        QVERIFY(written({r}, VCardWriter::Version::V30).contains("BDAY:--03-10\r\n"));
        QCOMPARE(readBack(written({r}, VCardWriter::Version::V40)).value(0).value(QStringLiteral("birthday")), QStringLiteral("--03-10"));
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
