#include "testworkspace.h"
#include "audit/jsontextarray.h"
#include "audit/qualityrecordreader.h"
#include "commands/editcontact.h"
#include "io/sampledata.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"

#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

// The audit builds records by SQL; the contact editor builds them from the stores. Both
// must hand the rule engine the very same record, or the two would judge differently.
class TestQualityRecordReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonArraysReadBackTheirValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("empty") << QByteArray("[]") << QStringList();
        QTest::newRow("plain") << QByteArray("[\"a@b.de\",\"c@d.de\"]") << QStringList{QStringLiteral("a@b.de"), QStringLiteral("c@d.de")};
        QTest::newRow("utf-8") << QByteArray("[\"J\xc3\xbcrgen\"]") << QStringList{QStringLiteral("J\u00fcrgen")};
        QTest::newRow("escapes") << QByteArray("[\"say \\\"hi\\\"\",\"back\\\\slash\",\"tab\\tand\\u001f\",\"\\u200b\"]")
                                 << QStringList{QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
                                                QStringLiteral("tab\tand\x1f"), QStringLiteral("\u200b")};
        QTest::newRow("nested with numbers") << QByteArray("[[12,\"+49 30 1\",\"\"],[7,\"x\",null]]")
                                             << QStringList{QStringLiteral("12"), QStringLiteral("+49 30 1"), QString(),
                                                            QStringLiteral("7"), QStringLiteral("x"), QString()};
    }

    void jsonArraysReadBackTheirValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, values);
        QStringList read;
        QVERIFY(JsonTextArray::parse(json.constData(), int(json.size()), &read));
        QCOMPARE(read, values);
    }

    void contactsReadAsTheStoresBuildThem()
    {
        TestWorkspace ws;
        QVERIFY(SampleData::load(ws.get(), 120));
        // A contact with everything the SQL has to gather, in an order it must keep.
        std::optional<Contact> c = ContactStore(ws->db()).load(1);
        QVERIFY(c);
        c->emails = {EmailAddress{0, QStringLiteral("zed@firma.de")}, EmailAddress{0, QStringLiteral("\"quoted\"@firma.de"), QStringLiteral("home"), true}};
        c->phones = {PhoneNumber{0, QStringLiteral("030 1234567")}, PhoneNumber{0, QStringLiteral("+44 20 7946 0958"), QStringLiteral("+442079460958")}};
        c->tags = {QStringLiteral("b tag"), QStringLiteral("A tag"), QStringLiteral("newsletter")};
        c->doNotEmail = true;
        ws->undoStack()->push(new EditContact(ws.get(), *c));

        ContactStore store(ws->db());
        QualityRecordReader reader(ws->db(), Entity::Contact);
        QVERIFY(reader.open());
        QualityRecord record;
        int count = 0;
        while (reader.next(&record)) {
            const std::optional<Contact> loaded = store.load(record.id());
            QVERIFY(loaded);
            QCOMPARE(record, QualityRecord::fromContact(*loaded));
            ++count;
        }
        QVERIFY(reader.result());
        QCOMPARE(count, 120);
    }

    void companiesReadAsTheStoresBuildThem()
    {
        TestWorkspace ws;
        QVERIFY(SampleData::load(ws.get(), 60));
        CompanyStore store(ws->db());
        QualityRecordReader reader(ws->db(), Entity::Company);
        QVERIFY(reader.open());
        QualityRecord record;
        int count = 0;
        while (reader.next(&record)) {
            const std::optional<Company> loaded = store.load(record.id());
            QVERIFY(loaded);
            QCOMPARE(record, QualityRecord::fromCompany(*loaded));
            ++count;
        }
        QVERIFY(reader.result());
        QCOMPARE(qint64(count), ws.scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")).toLongLong());
    }

    void refsPointAtTheRowsTheValuesCameFrom()
    {
        TestWorkspace ws;
        QVERIFY(SampleData::load(ws.get(), 60));
        QualityRecordReader reader(ws->db(), Entity::Contact, QualityRecordReader::Detail::WithRefs);
        QVERIFY(reader.open(QStringLiteral("t.id > ?"), {0, 1000}, QStringLiteral("LIMIT ?")));
        QualityRecord record;
        RecordRefs refs;
        QSqlQuery q(ws->db());
        int checked = 0;
        while (reader.next(&record, &refs)) {
            QCOMPARE(refs.emailIds.size(), record.valueCount(QualityField::Email));
            QCOMPARE(refs.phoneIds.size(), record.valueCount(QualityField::Phone));
            QCOMPARE(refs.tagIds.size(), record.valueCount(QualityField::Tags));
            for (int i = 0; i < refs.phoneIds.size(); ++i) {
                q.prepare(QStringLiteral("SELECT number, e164, contact_id FROM contact_phones WHERE id = ?"));
                q.addBindValue(refs.phoneIds.at(i));
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toString(), record.valueAt(QualityField::Phone, i));
                QCOMPARE(q.value(1).toString(), record.phoneE164().value(i));
                QCOMPARE(q.value(2).toLongLong(), record.id());
                ++checked;
            }
            for (int i = 0; i < refs.tagIds.size(); ++i) {
                q.prepare(QStringLiteral("SELECT name FROM tags WHERE id = ?"));
                q.addBindValue(refs.tagIds.at(i));
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toString(), record.valueAt(QualityField::Tags, i));
            }
            QVERIFY(!refs.name.isEmpty());
        }
        QVERIFY(reader.result());
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestQualityRecordReader)
#include "tst_qualityrecordreader.moc"
