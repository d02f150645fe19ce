#include "io/sampledata.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

class TestSampleData : public QObject
{
    Q_OBJECT

private:
    // The default sample, loaded once for the tests that only read it.
    std::unique_ptr<TestWorkspace> m_sample;

    static qint64 count(TestWorkspace &ws, const QString &sql) { return ws.scalar(sql).toLongLong(); }

    static QStringList column(TestWorkspace &ws, const QString &sql)
    {
        QStringList values;
        QSqlQuery q(ws->db());
        q.exec(sql);
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    static bool hasScript(const QStringList &names, ushort first, ushort last)
    {
        for (const QString &name : names)
            for (const QChar c : name)
                if (c.unicode() >= first && c.unicode() <= last)
                    return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = std::make_unique<TestWorkspace>();
        const Result r = SampleData::load(m_sample->get());
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    void fillsEveryPartOfTheWorkspace_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<qint64>("minimum");
        QTest::newRow("contacts") << QStringLiteral("contacts") << qint64(300);
        QTest::newRow("companies") << QStringLiteral("companies") << qint64(35);
        QTest::newRow("deals") << QStringLiteral("deals") << qint64(50);
        QTest::newRow("notes") << QStringLiteral("notes") << qint64(1);
        QTest::newRow("activities") << QStringLiteral("activities") << qint64(1);
        QTest::newRow("owners") << QStringLiteral("users") << qint64(4);
        QTest::newRow("tags") << QStringLiteral("tags") << qint64(5);
        QTest::newRow("stages") << QStringLiteral("stages") << qint64(4);
        QTest::newRow("stage history") << QStringLiteral("deal_stage_history") << qint64(50);
        QTest::newRow("e-mails") << QStringLiteral("contact_emails") << qint64(300);
        QTest::newRow("phones") << QStringLiteral("contact_phones") << qint64(300);
    }
    void fillsEveryPartOfTheWorkspace()
    {
        QFETCH(QString, table);
        QFETCH(qint64, minimum);
        TestWorkspace &ws = *m_sample;
        QVERIFY2(count(ws, QStringLiteral("SELECT count(*) FROM %1").arg(table)) >= minimum,
                 qPrintable(QStringLiteral("%1 has too few rows").arg(table)));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contacts")), qint64(300));
    }

    void writesNamesInSeveralScripts()
    {
        TestWorkspace &ws = *m_sample;
        const QStringList names = column(ws, QStringLiteral("SELECT display_name FROM contacts"));
        QVERIFY(names.contains(QStringLiteral("Мария Иванова")));
        QVERIFY(names.contains(QStringLiteral("محمد العلي")));
        QVERIFY(names.contains(QStringLiteral("زهرا محمدی")));
        QVERIFY(hasScript(names, 0x0400, 0x04FF)); // Cyrillic
        QVERIFY(hasScript(names, 0x0600, 0x06FF)); // Arabic script, Arabic and Persian
        QVERIFY(hasScript(names, 0x00C0, 0x017F)); // Latin with diacritics
        QVERIFY(hasScript(names, 'A', 'Z'));
    }

    void givesEveryContactAWayToBeReached()
    {
        TestWorkspace &ws = *m_sample;
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contacts WHERE primary_email = '' AND primary_phone = ''")), qint64(0));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contact_emails WHERE address NOT LIKE '_%@_%._%'")), qint64(0));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contact_emails WHERE label NOT IN ('work', 'home')")), qint64(0));
        // Most numbers are international; a few are written the national way on purpose.
        QVERIFY(count(ws, QStringLiteral("SELECT count(*) FROM contact_phones WHERE number LIKE '+%' AND e164 <> ''"))
                > count(ws, QStringLiteral("SELECT count(*) FROM contact_phones")) * 9 / 10);
        QVERIFY(count(ws, QStringLiteral("SELECT count(*) FROM contacts WHERE do_not_email = 1 OR unsubscribed_at <> ''")) > 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contacts WHERE country <> '' AND length(country) <> 2")), qint64(0));
    }

    void walksEveryDealThroughItsStages()
    {
        TestWorkspace &ws = *m_sample;
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM pipelines WHERE name = 'Sales'")), qint64(1));
        // One history row per stage up to the deal's current one, entered in order.
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                          "WHERE (SELECT count(*) FROM deal_stage_history h WHERE h.deal_id = d.id) <> s.position + 1")),
                 qint64(0));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM deal_stage_history a JOIN deal_stage_history b "
                                          "ON a.deal_id = b.deal_id JOIN stages sa ON sa.id = a.stage_id JOIN stages sb ON sb.id = b.stage_id "
                                          "WHERE sa.position < sb.position AND a.entered_at >= b.entered_at")),
                 qint64(0));
        for (const char *status : {"open", "won", "lost"})
            QVERIFY2(count(ws, QStringLiteral("SELECT count(*) FROM deals WHERE status = '%1'").arg(QLatin1String(status))) > 0, status);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM deals WHERE status <> 'open' AND closed_at = ''")), qint64(0));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM deals WHERE value_minor <= 0 OR currency <> 'EUR'")), qint64(0));
    }

    void writesTheSameRecordsEveryTime()
    {
        TestWorkspace first;
        TestWorkspace second;
        QVERIFY(SampleData::load(first.get(), 80).ok());
        QVERIFY(SampleData::load(second.get(), 80).ok());
        const QString sql = QStringLiteral("SELECT display_name || '|' || primary_email || '|' || primary_phone || '|' || company_name "
                                           "FROM contacts ORDER BY id");
        QCOMPARE(column(first, sql), column(second, sql));
        const QString deals = QStringLiteral("SELECT title || '|' || value_minor || '|' || status FROM deals ORDER BY id");
        QCOMPARE(column(first, deals), column(second, deals));
    }

    void makesAsManyContactsAsAsked_data()
    {
        QTest::addColumn<int>("contacts");
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("fifty") << 50;
    }
    void makesAsManyContactsAsAsked()
    {
        QFETCH(int, contacts);
        TestWorkspace ws;
        const Result r = SampleData::load(ws.get(), contacts);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contacts")), qint64(contacts));
    }

    void refusesAWorkspaceThatHasContacts()
    {
        TestWorkspace ws;
        const Result added = ws->write(BatchKind::Edit, QStringLiteral("Add"), [](QSqlDatabase db) {
            Contact c;
            c.firstName = QStringLiteral("Existing");
            return ContactStore(db).insert(c);
        });
        QVERIFY(added.ok());
        const qint64 batches = count(ws, QStringLiteral("SELECT count(*) FROM change_batches"));
        const Result r = SampleData::load(ws.get());
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QStringLiteral("empty workspace")), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("test.sqlite")), qPrintable(r.message()));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM contacts")), qint64(1));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM companies")), qint64(0));
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM change_batches")), batches);
    }

    void writesEverythingAsOneChangeBatch()
    {
        TestWorkspace ws;
        qint64 batchId = 0;
        QVERIFY(SampleData::load(ws.get(), 60, &batchId).ok());
        QVERIFY(batchId > 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM change_batches")), qint64(1));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT kind || '|' || label FROM change_batches WHERE id = ?"), {batchId}).toString(),
                 QStringLiteral("system|Load sample data"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id IS NOT ?"), {batchId}).toLongLong(), qint64(0));

        // Reverting that one batch leaves the workspace as empty as it was.
        QVERIFY(ws->revert(batchId).ok());
        for (const char *table : {"contacts", "companies", "deals", "notes", "activities", "users", "tags", "pipelines"})
            QVERIFY2(count(ws, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0, table);
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
