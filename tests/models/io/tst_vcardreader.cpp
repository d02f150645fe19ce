#include "audit/progresssink.h"
#include "io/vcardreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTest>

using namespace Kempt;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(KEMPT_TEST_DATA "/vcard/") + name;
}

struct Read
{
    QList<VCardRecord> records;
    Result status;
};

Read readDevice(QIODevice *device, const QString &name)
{
    Read read;
    VCardReader reader(device, name);
    read.status = reader.open();
    if (!read.status)
        return read;
    VCardRecord r;
    while (reader.next(&r))
        read.records << r;
    read.status = reader.status();
    return read;
}

Read readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Read{{}, Result::failure(QStringLiteral("cannot open ") + path)};
    return readDevice(&file, QFileInfo(path).fileName());
}

Read readBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(&buffer, QStringLiteral("cards.vcf"));
}

// What a card says about the contact, without where and how it was written.
QString understood(const VCardRecord &r)
{
    QStringList parts;
    for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().join(QLatin1Char('|'));
    for (auto it = r.labels.cbegin(); it != r.labels.cend(); ++it)
        parts << QStringLiteral("label.") + it.key() + QLatin1Char('=') + it.value().join(QLatin1Char('|'));
    return parts.join(QLatin1Char('\n'));
}

class CancelAtOnce : public ProgressSink
{
public:
    bool progress(qint64, qint64) override
    {
        ++calls;
        return false;
    }
    int calls = 0;
};

} // namespace

class TestVCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // KContacts re-exports each input as 3.0 (.ref), 2.1 (.2_1ref) and 4.0 (v4_0.*.ref): the
    // same contact in another version and form must be understood the same way.
    void everyKContactsReferenceIsUnderstoodLikeItsSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("reference");
        const QDir dir(data(QStringLiteral("kcontacts")));
        int pairs = 0;
        for (const QString &vcf : dir.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name)) {
            if (vcf.startsWith(QLatin1String("v4_0.")))
                continue;
            for (const QString &ref : {vcf + QStringLiteral(".ref"), vcf + QStringLiteral(".2_1ref"), QStringLiteral("v4_0.") + vcf + QStringLiteral(".ref")}) {
                if (!dir.exists(ref))
                    continue;
                QTest::newRow(qPrintable(ref)) << dir.filePath(vcf) << dir.filePath(ref);
                ++pairs;
            }
        }
        QVERIFY(pairs >= 30);
    }
    void everyKContactsReferenceIsUnderstoodLikeItsSource()
    {
        QFETCH(QString, source);
        QFETCH(QString, reference);
        const Read a = readFile(source);
        const Read b = readFile(reference);
        QVERIFY2(a.status.ok(), qPrintable(a.status.message()));
        QVERIFY2(b.status.ok(), qPrintable(b.status.message()));
        QCOMPARE(a.records.size(), b.records.size());
        QVERIFY(!a.records.isEmpty());
        for (int i = 0; i < a.records.size(); ++i)
            QCOMPARE(understood(a.records.at(i)), understood(b.records.at(i)));
    }

    void utf8FoldedInTheMiddleOfACharacterIsUnfoldedFirst()
    {
        const Read read = readFile(data(QStringLiteral("kcontacts/vcard9.vcf")));
        QVERIFY(read.status.ok());
        const VCardRecord &r = read.records.first();
        QCOMPARE(r.value(QStringLiteral("display_name")),
                 QStringLiteral("βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1"));
        QCOMPARE(r.value(QStringLiteral("last_name")), QStringLiteral("123ㄓㄕㄖbcdeαβγδαβγδαβγδαβγδαβγδαβγδαβㄤㄓㄕㄖ"));
        QCOMPARE(r.value(QStringLiteral("notes")),
                 QStringLiteral("Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов."));
    }

    void quotedPrintableContinuesOverSoftLineBreaksInItsCharset()
    {
        const Read read = readFile(data(QStringLiteral("kcontacts/vcard10.vcf")));
        QVERIFY(read.status.ok());
        QCOMPARE(read.records.size(), 5);
        QCOMPARE(read.records.at(0).version, QStringLiteral("2.1"));
        QCOMPARE(read.records.at(0).value(QStringLiteral("street")), QStringLiteral("DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD"));
        QCOMPARE(read.records.at(0).labels.value(QStringLiteral("address")), QStringList{QStringLiteral("work")});
        // The property after a broken quoted-printable address is still read whole.
        QCOMPARE(read.records.at(1).value(QStringLiteral("website")), QStringLiteral("http://some-webseite.com"));
        QCOMPARE(read.records.at(1).value(QStringLiteral("city")), QStringLiteral("Urt"));
        QCOMPARE(read.records.at(3).value(QStringLiteral("job_title")), QStringLiteral("Facharzt für Allgemeinmedizin"));
        QCOMPARE(read.records.at(3).value(QStringLiteral("salutation")), QStringLiteral("Dr. med."));
        QVERIFY(read.records.at(3).value(QStringLiteral("notes")).startsWith(QStringLiteral("Sprechzeiten:\nMo   8–12, 15–18\n")));
        QCOMPARE(read.records.at(3).line, 29);
    }

    void aVersion4CardWithEveryPropertyIsUnderstood()
    {
        const Read read = readFile(data(QStringLiteral("kcontacts/testfullvcard.vcf")));
        QVERIFY(read.status.ok());
        const VCardRecord &r = read.records.first();
        QCOMPARE(r.version, QStringLiteral("4.0"));
        QCOMPARE(r.value(QStringLiteral("first_name")), QStringLiteral("Sherlock"));
        QCOMPARE(r.value(QStringLiteral("last_name")), QStringLiteral("Holmes"));
        QCOMPARE(r.value(QStringLiteral("salutation")), QStringLiteral("Mr"));
        // PREF=1 comes first; tel: URIs and extensions become numbers.
        QCOMPARE(r.values.value(QStringLiteral("email")),
                 (QStringList{QStringLiteral("detective@sherlockholmes.com"), QStringLiteral("sherlock.holmes@gmail.com")}));
        QCOMPARE(r.labels.value(QStringLiteral("email")), (QStringList{QStringLiteral("work"), QStringLiteral("home")}));
        QCOMPARE(r.values.value(QStringLiteral("phone")),
                 (QStringList{QStringLiteral("+44-555-555-5555 ext. 5555"), QStringLiteral("+44-555-555-6666"), QStringLiteral("+44-555-555-7777")}));
        QCOMPARE(r.labels.value(QStringLiteral("phone")), (QStringList{QStringLiteral("home"), QStringLiteral("mobile"), QStringLiteral("work")}));
        QCOMPARE(r.value(QStringLiteral("birthday")), QStringLiteral("1953-10-15"));
        QCOMPARE(r.value(QStringLiteral("street")), QStringLiteral("221B Baker Street"));
        QCOMPARE(r.value(QStringLiteral("postcode")), QStringLiteral("NW1"));
        QCOMPARE(r.value(QStringLiteral("country")), QStringLiteral("United Kingdom"));
        QCOMPARE(r.values.value(QStringLiteral("tags")), (QStringList{QStringLiteral("FICTION"), QStringLiteral("LITERATURE")}));
        QCOMPARE(r.value(QStringLiteral("job_title")), QStringLiteral("Detective"));
        QCOMPARE(r.value(QStringLiteral("website")), QStringLiteral("https://sherlockholmes.com"));
    }

    void severalAddressesStayInStep()
    {
        const Read read = readFile(data(QStringLiteral("kcontacts/vcard5.vcf")));
        QVERIFY(read.status.ok());
        const VCardRecord &r = read.records.first();
        QCOMPARE(r.values.value(QStringLiteral("city")).size(), 2);
        QCOMPARE(r.values.value(QStringLiteral("street")).size(), 2);
        QCOMPARE(r.values.value(QStringLiteral("postcode")), (QStringList{QStringLiteral("01327"), QStringLiteral("01066")}));
        QCOMPARE(r.labels.value(QStringLiteral("address")), (QStringList{QStringLiteral("home"), QStringLiteral("work")}));
        QCOMPARE(r.labels.value(QStringLiteral("phone")), (QStringList{QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("mobile")}));
        QVERIFY2(r.photoBytes > 1000, "the PHOTO is skipped, and its size reported");
        QCOMPARE(r.value(QStringLiteral("display_name")), QStringLiteral("Mustermann, Heiko"));
    }

    void appleItemGroupsGiveTheirLabels()
    {
        const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Appleseed;Johnny;;;\r\nFN:Johnny Appleseed\r\n"
                                "item1.EMAIL;type=INTERNET:johnny@home.example\r\nitem1.X-ABLabel:_$!<Home>!$_\r\n"
                                "item2.TEL:+1 555 0100\r\nitem2.X-ABLabel:iPhone\r\n"
                                "item3.TEL;type=WORK:+1 555 0199\r\nitem3.X-ABLabel:School\r\n"
                                "item4.ADR;type=HOME;type=pref:;;1 Infinite Loop;Cupertino;CA;95014;\r\nitem4.X-ABADR:us\r\n"
                                "item5.URL;type=pref:https://apple.example\r\nitem5.X-ABLabel:_$!<HomePage>!$_\r\n"
                                "END:VCARD\r\n";
        const Read read = readBytes(card);
        QVERIFY2(read.status.ok(), qPrintable(read.status.message()));
        const VCardRecord &r = read.records.first();
        QCOMPARE(r.labels.value(QStringLiteral("email")), QStringList{QStringLiteral("home")});
        QCOMPARE(r.labels.value(QStringLiteral("phone")), (QStringList{QStringLiteral("mobile"), QStringLiteral("other")}));
        QCOMPARE(r.value(QStringLiteral("country")), QStringLiteral("US"));
        QCOMPARE(r.value(QStringLiteral("city")), QStringLiteral("Cupertino"));
        QCOMPARE(r.labels.value(QStringLiteral("address")), QStringList{QStringLiteral("home")});
        QCOMPARE(r.value(QStringLiteral("website")), QStringLiteral("https://apple.example"));

        const Read kcontacts = readFile(data(QStringLiteral("kcontacts/vcardwithitemasapplesupport.vcf")));
        QVERIFY(kcontacts.status.ok());
        QCOMPARE(kcontacts.records.first().value(QStringLiteral("street")), QStringLiteral("STREET"));
        QCOMPARE(kcontacts.records.first().labels.value(QStringLiteral("address")), QStringList{QStringLiteral("work")});
    }

    void pyVobjectSamplesAreUnderstood()
    {
        const Read groups = readFile(data(QStringLiteral("py-vobject/vcard_with_groups.vcf")));
        QVERIFY2(groups.status.ok(), qPrintable(groups.status.message()));
        QCOMPARE(groups.records.size(), 1);
        QCOMPARE(groups.records.first().value(QStringLiteral("notes")),
                 QStringLiteral("The Mayor of the great city of Goerlitz in the great country of Germany.\nNext line."));
        QCOMPARE(groups.records.first().value(QStringLiteral("birthday")), QStringLiteral("1963-09-21"));
        const Read simple = readFile(data(QStringLiteral("py-vobject/simple_3_0_test.vcf")));
        QVERIFY(simple.status.ok());
        const VCardRecord &r = simple.records.first();
        QCOMPARE(r.value(QStringLiteral("company")), QStringLiteral("University of Novosibirsk"));
        QCOMPARE(r.value(QStringLiteral("department")), QStringLiteral("Department of Octopus Parthenogenesis"));
        QCOMPARE(r.value(QStringLiteral("street")), QStringLiteral("Haight Street 512;\nEscape, Test"));
        QCOMPARE(r.value(QStringLiteral("city")), QStringLiteral("Novosibirsk"));
    }

    void legacyCharsetsAndEncodingsAreDecoded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("lastName");
        QTest::newRow("2.1 quoted-printable ISO-8859-1")
            << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen\r\nEND:VCARD\r\n")
            << QStringLiteral("Müller");
        QTest::newRow("2.1 raw windows-1251")
            << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=windows-1251:\xCF\xE5\xF2\xF0\xEE\xE2;\xC8\xE2\xE0\xED\r\nEND:VCARD\r\n")
            << QStringLiteral("Петров");
        QTest::newRow("no charset and not UTF-8")
            << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Gar\xE7on;Fran\xE7ois\r\nEND:VCARD\r\n") << QStringLiteral("Garçon");
        QTest::newRow("CR line ends")
            << QByteArray("BEGIN:VCARD\rVERSION:3.0\rN:Lee;Ann;;;\rFN:Ann Lee\rEND:VCARD\r") << QStringLiteral("Lee");
        QTest::newRow("UTF-8 with a byte order mark")
            << QByteArray("\xEF\xBB\xBF" "BEGIN:VCARD\nVERSION:3.0\nN:\xC3\x98stergaard;Lars;;;\nEND:VCARD\n") << QStringLiteral("Østergaard");
        const QString utf16 = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Οικονόμου;Νίκος;;;\r\nEND:VCARD\r\n");
        QTest::newRow("UTF-16LE with a byte order mark")
            << (QByteArray("\xFF\xFE") + QByteArray(QStringEncoder(QStringEncoder::Utf16LE).encode(utf16))) << QStringLiteral("Οικονόμου");
    }
    void legacyCharsetsAndEncodingsAreDecoded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, lastName);
        const Read read = readBytes(bytes);
        QVERIFY2(read.status.ok(), qPrintable(read.status.message()));
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.records.first().value(QStringLiteral("last_name")), lastName);
    }

    void cardsNestedInAgentAreNotContacts()
    {
        const Read read = readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Boss;Big\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Assistant;Ann\r\n"
                                    "END:VCARD\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n");
        QVERIFY(read.status.ok());
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.records.first().value(QStringLiteral("last_name")), QStringLiteral("Boss"));
        QCOMPARE(read.records.first().value(QStringLiteral("phone")), QStringLiteral("+1 555 0100"));
    }

    void cancellingStopsWithAMessage()
    {
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person" + QByteArray::number(i) + ";Test;;;\r\nEND:VCARD\r\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CancelAtOnce sink;
        VCardReader reader(&buffer, QStringLiteral("many.vcf"));
        reader.setProgressSink(&sink);
        QVERIFY(reader.open().ok());
        VCardRecord r;
        int read = 0;
        while (reader.next(&r))
            ++read;
        QVERIFY(reader.wasCancelled());
        QCOMPARE(sink.calls, 1);
        QVERIFY(read < 1000);
        QVERIFY(reader.status().message().contains(QLatin1String("many.vcf")));
    }

    void badInputIsRefusedWithAMessageThatNamesTheFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("an empty file") << QByteArray() << QStringLiteral("cards.vcf is empty");
        QTest::newRow("a binary file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 25)
                                       << QStringLiteral("binary data");
        QTest::newRow("a CSV file") << QByteArray("first_name,last_name\nAda,Lovelace\n") << QStringLiteral("line 1: a card must start with BEGIN:VCARD");
        QTest::newRow("a card cut short") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\nBEGIN:VCARD\r\nN:Cut;Off;;;\r\n")
                                          << QStringLiteral("line 5: the card that starts here has no END:VCARD");
        QTest::newRow("text between cards") << QByteArray("BEGIN:VCARD\r\nN:Lee;Ann;;;\r\nEND:VCARD\r\ngarbage here\r\n")
                                            << QStringLiteral("line 4");
    }
    void badInputIsRefusedWithAMessageThatNamesTheFileAndLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        const Read read = readBytes(bytes);
        QVERIFY(!read.status.ok());
        QVERIFY2(read.status.message().contains(words), qPrintable(read.status.message()));
        QVERIFY2(read.status.message().contains(QLatin1String("cards.vcf")), qPrintable(read.status.message()));
    }

    void aMissingFileIsNamed()
    {
        VCardReader reader(data(QStringLiteral("nope.vcf")));
        const Result r = reader.open();
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QLatin1String("nope.vcf")));
        QVERIFY(r.message().contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
