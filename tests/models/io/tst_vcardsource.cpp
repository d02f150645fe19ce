#include "io/vcardsource.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Kempt;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(KEMPT_TEST_DATA "/") + name;
}

// The rows of a vCard file as header -> value maps, one per card.
QList<QHash<QString, QString>> cards(VCardSource &source)
{
    QList<QHash<QString, QString>> list;
    QStringList headers, row;
    while (source.next(&row)) {
        if (headers.isEmpty()) {
            headers = row;
            continue;
        }
        QHash<QString, QString> card;
        for (int i = 0; i < headers.size(); ++i)
            card.insert(headers.at(i), row.value(i));
        list << card;
    }
    return list;
}

} // namespace

// vCard files as tables: one row per card under Google-style headers, every e-mail and
// phone with its type, the preferred address in the address columns and the others kept
// in the notes, pictures skipped and counted.
class TestVCardSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCardIsOneRowUnderOneHeader()
    {
        VCardSource source(fixture(QStringLiteral("import/several-values.vcf")));
        const Result r = source.open();
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(source.cards(), 2);
        const QList<QHash<QString, QString>> list = cards(source);
        QVERIFY2(source.status(), qPrintable(source.status().message()));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).value(QStringLiteral("First Name")), QStringLiteral("Omar"));
        QCOMPARE(list.at(1).value(QStringLiteral("E-mail 1 - Value")), QStringLiteral("omar@example.ae"));
        QCOMPARE(list.at(1).value(QStringLiteral("E-mail 2 - Value")), QString());
    }

    void valuesKeepTheirTypes_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        QTest::newRow("first e-mail") << QStringLiteral("E-mail 1 - Value") << QStringLiteral("anna.berg@acme.example");
        QTest::newRow("its type") << QStringLiteral("E-mail 1 - Type") << QStringLiteral("work");
        QTest::newRow("second e-mail type") << QStringLiteral("E-mail 2 - Type") << QStringLiteral("home");
        QTest::newRow("mobile") << QStringLiteral("Phone 1 - Type") << QStringLiteral("mobile");
        QTest::newRow("fax") << QStringLiteral("Phone 3 - Type") << QStringLiteral("other");
        QTest::newRow("preferred address") << QStringLiteral("City") << QStringLiteral("Berlin");
        QTest::newRow("organization") << QStringLiteral("Organization") << QStringLiteral("Acme GmbH");
        QTest::newRow("department") << QStringLiteral("Department") << QStringLiteral("Sales");
        QTest::newRow("birthday") << QStringLiteral("Birthday") << QStringLiteral("1980-03-10");
        QTest::newRow("first website") << QStringLiteral("Website") << QStringLiteral("https://acme.example");
        QTest::newRow("categories") << QStringLiteral("Categories") << QStringLiteral("Customer, VIP");
    }
    void valuesKeepTheirTypes()
    {
        QFETCH(QString, header);
        QFETCH(QString, value);
        VCardSource source(fixture(QStringLiteral("import/several-values.vcf")));
        QVERIFY(source.open());
        QCOMPARE(cards(source).value(0).value(header), value);
    }

    void otherAddressesAndWebsitesGoToTheNotes()
    {
        VCardSource source(fixture(QStringLiteral("import/several-values.vcf")));
        QVERIFY(source.open());
        const QString notes = cards(source).value(0).value(QStringLiteral("Notes"));
        QVERIFY2(notes.startsWith(QStringLiteral("Met at the fair in Hannover, wants a demo.")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("(home): Gartenweg 5, Potsdam, 14467, Germany")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("https://anna.example")), qPrintable(notes));
    }

    void picturesAreSkippedAndSaidSo()
    {
        VCardSource source(fixture(QStringLiteral("import/several-values.vcf")));
        QVERIFY(source.open());
        cards(source);
        QCOMPARE(source.readingNotes().size(), 1);
        QVERIFY2(source.readingNotes().first().contains(QLatin1Char('1')), qPrintable(source.readingNotes().first()));
    }

    void thirdPartyCardsAreRead_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("value");
        QTest::newRow("KContacts 4.0") << QStringLiteral("vcard/kcontacts/testfullvcard.vcf") << 1 << QStringLiteral("Last Name")
                                       << QString();
        QTest::newRow("vobject groups") << QStringLiteral("vcard/py-vobject/vcard_with_groups.vcf") << 1 << QStringLiteral("Notes")
                                        << QStringLiteral("The Mayor of the great city of Goerlitz in the great country of Germany.\nNext line.");
    }
    void thirdPartyCardsAreRead()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, header);
        QFETCH(QString, value);
        VCardSource source(fixture(file));
        const Result r = source.open();
        QVERIFY2(r, qPrintable(r.message()));
        const QList<QHash<QString, QString>> list = cards(source);
        QVERIFY2(source.status(), qPrintable(source.status().message()));
        QCOMPARE(list.size(), count);
        if (!value.isEmpty())
            QVERIFY2(list.first().value(header).startsWith(value), qPrintable(list.first().value(header)));
    }

    void brokenFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no END") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\n") << QStringLiteral("line 1");
        QTest::newRow("text before the card") << QByteArray("hello\r\nBEGIN:VCARD\r\nEND:VCARD\r\n") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    }
    void brokenFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        VCardSource source(&buffer, QStringLiteral("cards.vcf"));
        const Result r = source.open();
        QVERIFY(!r);
        QVERIFY2(r.message().contains(expected) && r.message().contains(QStringLiteral("cards.vcf")), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestVCardSource)
#include "tst_vcardsource.moc"
