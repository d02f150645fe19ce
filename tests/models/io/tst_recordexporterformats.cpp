#include "io/recordexporter.h"
#include "io/vcardreader.h"
#include "io/xlsxreader.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

class TestRecordExporterFormats : public QObject
{
    Q_OBJECT

private:
    static qint64 addContact(TestWorkspace &ws, Contact c)
    {
        const Result r = ws->write(BatchKind::Edit, QStringLiteral("Add"), [&c](QSqlDatabase db) { return ContactStore(db).insert(c); });
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return c.id;
    }

    static Contact grace()
    {
        Contact c;
        c.firstName = QStringLiteral("Grace");
        c.lastName = QStringLiteral("Hopper");
        c.jobTitle = QStringLiteral("Rear Admiral");
        c.companyName = QStringLiteral("US Navy");
        c.postcode = QStringLiteral("02138");
        c.birthday = QStringLiteral("1906-12-09");
        c.emails = {{0, QStringLiteral("grace@navy.example"), QStringLiteral("work"), true},
                    {0, QStringLiteral("grace@home.example"), QStringLiteral("home"), false}};
        c.phones = {{0, QStringLiteral("+1 617 555 0100"), QString(), QStringLiteral("mobile"), true}};
        c.tags = {QStringLiteral("pioneer"), QStringLiteral("navy-retired")};
        return c;
    }

private Q_SLOTS:
    void contactsExportToExcelAndReadBack()
    {
        TestWorkspace ws;
        addContact(ws, grace());
        Contact hostile;
        hostile.firstName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
        hostile.lastName = QStringLiteral("Injection");
        addContact(ws, hostile);

        RecordExporter exporter(ws->db(), Entity::Contact);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        qint64 rows = 0;
        const Result r = exporter.writeXlsx(&buffer, &rows);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(rows, 2);
        buffer.close();

        QVERIFY(buffer.open(QIODevice::ReadOnly));
        XlsxReader reader(&buffer, QStringLiteral("export.xlsx"));
        QVERIFY(reader.open().ok());
        QStringList header, row;
        QVERIFY(reader.next(&header));
        QCOMPARE(header, exporter.header().mid(0, header.size()));
        QList<QStringList> records;
        while (reader.next(&row))
            records << row;
        QVERIFY(reader.status().ok());
        QCOMPARE(records.size(), 2);
        auto cell = [&header](const QStringList &r, const char *key) { return r.value(header.indexOf(QLatin1String(key))); };
        QCOMPARE(cell(records.at(0), "first_name"), QStringLiteral("Grace"));
        QCOMPARE(cell(records.at(0), "postcode"), QStringLiteral("02138"));
        QCOMPARE(cell(records.at(0), "birthday"), QStringLiteral("1906-12-09"));
        QCOMPARE(cell(records.at(0), "email"), QStringLiteral("grace@navy.example"));
        QCOMPARE(cell(records.at(0), "emails"), QStringLiteral("grace@navy.example; grace@home.example"));
        QCOMPARE(cell(records.at(1), "first_name"), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"));
        QCOMPARE(cell(records.at(0), "id").toLongLong() + 1, cell(records.at(1), "id").toLongLong());
    }

    void contactsExportAsVCardsAndReadBack_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.0") << int(VCardWriter::Version::V30);
        QTest::newRow("4.0") << int(VCardWriter::Version::V40);
    }
    void contactsExportAsVCardsAndReadBack()
    {
        QFETCH(int, version);
        TestWorkspace ws;
        addContact(ws, grace());
        RecordExporter exporter(ws->db(), Entity::Contact);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        qint64 rows = 0;
        const Result r = exporter.writeVCard(&buffer, VCardWriter::Version(version), &rows);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(rows, 1);
        buffer.close();

        QVERIFY(buffer.open(QIODevice::ReadOnly));
        VCardReader reader(&buffer, QStringLiteral("export.vcf"));
        QVERIFY(reader.open().ok());
        VCardRecord card;
        QVERIFY(reader.next(&card));
        QCOMPARE(card.value(QStringLiteral("first_name")), QStringLiteral("Grace"));
        QCOMPARE(card.value(QStringLiteral("last_name")), QStringLiteral("Hopper"));
        QCOMPARE(card.value(QStringLiteral("display_name")), QStringLiteral("Grace Hopper"));
        QCOMPARE(card.value(QStringLiteral("company")), QStringLiteral("US Navy"));
        QCOMPARE(card.value(QStringLiteral("job_title")), QStringLiteral("Rear Admiral"));
        QCOMPARE(card.values.value(QStringLiteral("email")), (QStringList{QStringLiteral("grace@navy.example"), QStringLiteral("grace@home.example")}));
        QCOMPARE(card.labels.value(QStringLiteral("email")), (QStringList{QStringLiteral("work"), QStringLiteral("home")}));
        QCOMPARE(card.values.value(QStringLiteral("phone")), QStringList{QStringLiteral("+1 617 555 0100")});
        QCOMPARE(card.labels.value(QStringLiteral("phone")), QStringList{QStringLiteral("mobile")});
        QCOMPARE(card.value(QStringLiteral("postcode")), QStringLiteral("02138"));
        QCOMPARE(card.value(QStringLiteral("birthday")), QStringLiteral("1906-12-09"));
        QCOMPARE(card.values.value(QStringLiteral("tags")), (QStringList{QStringLiteral("navy-retired"), QStringLiteral("pioneer")}));
        QVERIFY(!reader.next(&card));
        QVERIFY(reader.status().ok());
    }

    void companiesCannotBeExportedAsVCards()
    {
        TestWorkspace ws;
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const Result r = RecordExporter(ws->db(), Entity::Company).writeVCard(&buffer, VCardWriter::Version::V30);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QLatin1String("CSV")));
        QVERIFY(buffer.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordExporterFormats)
#include "tst_recordexporterformats.moc"
