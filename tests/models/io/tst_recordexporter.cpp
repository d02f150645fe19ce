#include "csvrecords.h"
#include "io/recordexporter.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QTest>

using namespace Kempt;
using Kempt::Test::csvRecords;
using Kempt::Test::TestWorkspace;

class TestRecordExporter : public QObject
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

    static Contact person(const QString &first, const QString &last)
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        return c;
    }

    static QList<QStringList> exported(RecordExporter &exporter, qint64 *rows = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result r = exporter.writeCsv(&buffer, rows);
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return csvRecords(buffer.data());
    }

    static QString cell(const QList<QStringList> &records, int row, const QString &key)
    {
        return records.at(row).at(records.first().indexOf(key));
    }

private Q_SLOTS:
    void headerNamesEveryFieldByItsKey()
    {
        TestWorkspace ws;
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("Field"), [](QSqlDatabase db) {
                      QSqlQuery q(db);
                      return q.exec(QStringLiteral("INSERT INTO custom_fields(entity, key, label, type) VALUES ('contact', 'shoe_size', 'Shoe size', 'number')"))
                          ? Result::success() : Result::failure(QStringLiteral("custom field"));
                  }).ok());
        QStringList header = RecordExporter(ws->db(), Entity::Contact).header();
        QCOMPARE(header.first(), QStringLiteral("id"));
        for (const char *key : {"first_name", "last_name", "company", "email", "emails", "phone", "phones", "tags", "owner",
                                "custom.shoe_size"})
            QVERIFY2(header.contains(QLatin1String(key)), key);
        QCOMPARE(header.indexOf(QStringLiteral("emails")), header.indexOf(QStringLiteral("email")) + 1);
        QCOMPARE(header.indexOf(QStringLiteral("phones")), header.indexOf(QStringLiteral("phone")) + 1);
        QCOMPARE(header.removeDuplicates(), 0);

        const QStringList companyHeader = RecordExporter(ws->db(), Entity::Company).header();
        QCOMPARE(companyHeader.mid(0, 2), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
        QVERIFY(!companyHeader.contains(QStringLiteral("emails")));
    }

    void writesEveryAddressAndNumberPrimaryFirst()
    {
        TestWorkspace ws;
        Contact c = person(QStringLiteral("Anna"), QStringLiteral("Lee"));
        c.emails = {{0, QStringLiteral("home@example.net"), QStringLiteral("home"), false},
                    {0, QStringLiteral("work@example.com"), QStringLiteral("work"), true}};
        c.phones = {{0, QStringLiteral("+49 30 1234567"), QStringLiteral("+49301234567"), QStringLiteral("work"), true},
                    {0, QStringLiteral("0151 2345678"), QString(), QStringLiteral("mobile"), false}};
        c.tags = {QStringLiteral("VIP"), QStringLiteral("Customer")};
        addContact(ws, c);
        RecordExporter exporter(ws->db(), Entity::Contact);
        const QList<QStringList> records = exported(exporter);
        QCOMPARE(records.size(), 2);
        QCOMPARE(cell(records, 1, QStringLiteral("email")), QStringLiteral("work@example.com"));
        QCOMPARE(cell(records, 1, QStringLiteral("emails")), QStringLiteral("work@example.com; home@example.net"));
        QCOMPARE(cell(records, 1, QStringLiteral("phones")), QStringLiteral("'+49 30 1234567; 0151 2345678"));
        QCOMPARE(cell(records, 1, QStringLiteral("tags")), QStringLiteral("Customer, VIP"));
    }

    void defusesFormulasInNames()
    {
        TestWorkspace ws;
        addContact(ws, person(QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("@Lee")));
        RecordExporter exporter(ws->db(), Entity::Contact);
        const QList<QStringList> records = exported(exporter);
        QCOMPARE(cell(records, 1, QStringLiteral("first_name")), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
        QCOMPARE(cell(records, 1, QStringLiteral("last_name")), QStringLiteral("'@Lee"));
    }

    void leavesTheTrashOutUnlessAsked_data()
    {
        QTest::addColumn<bool>("includeTrash");
        QTest::addColumn<int>("rows");
        QTest::newRow("without trash") << false << 2;
        QTest::newRow("with trash") << true << 3;
    }
    void leavesTheTrashOutUnlessAsked()
    {
        QFETCH(bool, includeTrash);
        QFETCH(int, rows);
        TestWorkspace ws;
        addContact(ws, person(QStringLiteral("A"), QStringLiteral("One")));
        const qint64 trashed = addContact(ws, person(QStringLiteral("B"), QStringLiteral("Two")));
        addContact(ws, person(QStringLiteral("C"), QStringLiteral("Three")));
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("Trash"), [trashed](QSqlDatabase db) {
                      return ContactStore(db).moveToTrash(RecordSelection::ofId(trashed));
                  }).ok());
        RecordExporter exporter(ws->db(), Entity::Contact);
        exporter.setIncludeTrash(includeTrash);
        qint64 written = 0;
        const QList<QStringList> records = exported(exporter, &written);
        QCOMPARE(written, qint64(rows));
        QCOMPARE(records.size(), rows + 1);
        QCOMPARE(exporter.count(), qint64(rows));
        QCOMPARE(cell(records, 1, QStringLiteral("first_name")), QStringLiteral("A"));
    }

    void writesOnlyTheSelection()
    {
        TestWorkspace ws;
        addContact(ws, person(QStringLiteral("A"), QStringLiteral("One")));
        const qint64 second = addContact(ws, person(QStringLiteral("B"), QStringLiteral("Two")));
        addContact(ws, person(QStringLiteral("C"), QStringLiteral("Three")));
        RecordExporter exporter(ws->db(), Entity::Contact);
        exporter.setSelection(RecordSelection::ofIds({second}));
        const QList<QStringList> records = exported(exporter);
        QCOMPARE(records.size(), 2);
        QCOMPARE(cell(records, 1, QStringLiteral("id")), QString::number(second));
    }

    void exportsCompanies()
    {
        TestWorkspace ws;
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("Add"), [](QSqlDatabase db) {
                      Company c;
                      c.name = QStringLiteral("Волга Логистик");
                      c.country = QStringLiteral("RU");
                      return CompanyStore(db).insert(c);
                  }).ok());
        RecordExporter exporter(ws->db(), Entity::Company);
        const QList<QStringList> records = exported(exporter);
        QCOMPARE(records.size(), 2);
        QCOMPARE(cell(records, 1, QStringLiteral("name")), QStringLiteral("Волга Логистик"));
        QCOMPARE(cell(records, 1, QStringLiteral("country")), QStringLiteral("RU"));
    }

    void stopsWhenProgressAsksToCancel()
    {
        TestWorkspace ws;
        QVERIFY(ws->write(BatchKind::Import, QStringLiteral("Many"), [](QSqlDatabase db) {
                      QSqlQuery q(db);
                      return q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                                   "INSERT INTO contacts(first_name, display_name) SELECT 'P' || i, 'P' || i FROM n"))
                          ? Result::success() : Result::failure(QStringLiteral("insert"));
                  }).ok());
        RecordExporter exporter(ws->db(), Entity::Contact);
        QList<qint64> reported;
        exporter.setProgress([&reported](qint64 rows) {
            reported << rows;
            return false;
        });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result r = exporter.writeCsv(&buffer);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("cancelled")), qPrintable(r.message()));
        QCOMPARE(reported.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordExporter)
#include "tst_recordexporter.moc"
