#include "testworkspace.h"
#include "audit/uniquenesscounter.h"
#include "storage/sqlerror.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

namespace {

// What the audit counted before any duplicate scan, as SQL: the definition the counter
// must keep while it computes the count another way.
const char *const kReference =
    "WITH k(id, key) AS ("
    " SELECT e.contact_id, 'e:' || lower(trim(e.address)) FROM contact_emails e JOIN contacts c ON c.id = e.contact_id"
    "  WHERE c.deleted_at IS NULL AND trim(e.address) <> ''"
    " UNION SELECT p.contact_id, 'p:' || p.e164 FROM contact_phones p JOIN contacts c ON c.id = p.contact_id"
    "  WHERE c.deleted_at IS NULL AND p.e164 <> ''),"
    " shared(key) AS (SELECT key FROM k GROUP BY key HAVING count(*) > 1)"
    " SELECT count(DISTINCT id) FROM k WHERE key IN shared";

void run(TestWorkspace &ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    const Result r = exec(q, sql);
    QVERIFY2(r, qPrintable(r.message()));
}

// Contacts 1..n, each with the e-mails and phones given as "id:kind:value".
void fill(TestWorkspace &ws, int contacts, const QStringList &keys, const QList<int> &deleted = {})
{
    for (int id = 1; id <= contacts; ++id)
        run(ws, QStringLiteral("INSERT INTO contacts(id, first_name, deleted_at) VALUES (%1, 'C%1', %2)")
                    .arg(id)
                    .arg(deleted.contains(id) ? QStringLiteral("'2026-01-01T00:00:00Z'") : QStringLiteral("NULL")));
    QSqlQuery q(ws->db());
    for (const QString &key : keys) {
        const QStringList parts = key.split(QLatin1Char(':'));
        if (parts.at(1) == QLatin1String("e"))
            q.prepare(QStringLiteral("INSERT INTO contact_emails(contact_id, address) VALUES (?, ?)"));
        else
            q.prepare(QStringLiteral("INSERT INTO contact_phones(contact_id, number, e164) VALUES (?, ?, ?)"));
        q.addBindValue(parts.at(0).toInt());
        q.addBindValue(parts.mid(2).join(QLatin1Char(':')));
        if (parts.at(1) != QLatin1String("e"))
            q.addBindValue(parts.mid(2).join(QLatin1Char(':')));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

qint64 counted(TestWorkspace &ws)
{
    qint64 contacts = -1, companies = -1;
    const Result r = UniquenessCounter::count(ws->db(), &contacts, &companies);
    if (!r)
        qWarning("%s", qPrintable(r.message()));
    return contacts;
}

} // namespace

// Before a duplicate scan, the audit's uniqueness counts the live contacts that share an
// e-mail (trimmed, ASCII lowercase) or an E.164 phone with another live contact.
class TestUniquenessCounter : public QObject
{
    Q_OBJECT

private slots:
    void contactsSharingAKeyAreCounted_data()
    {
        QTest::addColumn<int>("contacts");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<int>>("deleted");
        QTest::addColumn<int>("expected");

        QTest::newRow("nobody shares") << 3 << QStringList{"1:e:a@x.com", "2:e:b@x.com", "3:p:+4930123456"} << QList<int>{} << 0;
        QTest::newRow("two share an e-mail") << 3 << QStringList{"1:e:a@x.com", "2:e:a@x.com", "3:e:c@x.com"} << QList<int>{} << 2;
        QTest::newRow("ASCII case does not matter") << 2 << QStringList{"1:e:Ann@X.com", "2:e:ann@x.COM"} << QList<int>{} << 2;
        QTest::newRow("other case does, as in SQL") << 2 << QStringList{"1:e:Ä@x.com", "2:e:ä@x.com"} << QList<int>{} << 0;
        QTest::newRow("spaces around are trimmed") << 2 << QStringList{"1:e:  a@x.com ", "2:e:a@x.com"} << QList<int>{} << 2;
        QTest::newRow("a tab is not a space") << 2 << QStringList{"1:e:\ta@x.com", "2:e:a@x.com"} << QList<int>{} << 0;
        QTest::newRow("blank addresses are no key") << 2 << QStringList{"1:e:  ", "2:e: "} << QList<int>{} << 0;
        QTest::newRow("one contact twice is no duplicate") << 2 << QStringList{"1:e:a@x.com", "1:e:A@x.com", "2:e:b@x.com"} << QList<int>{} << 0;
        QTest::newRow("phones by E.164") << 3 << QStringList{"1:p:+4930123456", "2:p:+4930123456", "3:p:+4930999999"} << QList<int>{} << 2;
        QTest::newRow("an e-mail never equals a phone") << 2 << QStringList{"1:e:+4930123456", "2:p:+4930123456"} << QList<int>{} << 0;
        QTest::newRow("three sharing count three") << 4 << QStringList{"1:e:a@x.com", "2:e:a@x.com", "3:p:+15551234", "4:p:+15551234", "3:e:a@x.com"} << QList<int>{} << 4;
        QTest::newRow("a deleted contact shares with nobody") << 3 << QStringList{"1:e:a@x.com", "2:e:a@x.com", "3:e:b@x.com", "3:p:+15551234", "1:p:+15551234"} << QList<int>{2} << 2;
        QTest::newRow("only deleted ones share") << 2 << QStringList{"1:e:a@x.com", "2:e:a@x.com"} << QList<int>{1, 2} << 0;
    }
    void contactsSharingAKeyAreCounted()
    {
        QFETCH(int, contacts);
        QFETCH(QStringList, keys);
        QFETCH(QList<int>, deleted);
        QFETCH(int, expected);
        TestWorkspace ws;
        fill(ws, contacts, keys, deleted);
        QCOMPARE(counted(ws), qint64(expected));
        QCOMPARE(counted(ws), ws.scalar(QString::fromLatin1(kReference)).toLongLong());
    }

    void countAgreesWithTheSqlDefinitionOnRandomContacts_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void countAgreesWithTheSqlDefinitionOnRandomContacts()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        TestWorkspace ws;
        QStringList keys;
        QList<int> deleted;
        const int contacts = 400;
        // Few distinct values, so that many are shared, in all the spellings that matter.
        const QStringList spaces{QString(), QStringLiteral(" "), QStringLiteral("  ")};
        for (int id = 1; id <= contacts; ++id) {
            if (random.bounded(10) == 0)
                deleted.append(id);
            for (int n = int(random.bounded(3)); n > 0; --n) {
                QString address = QStringLiteral("user%1@Example.org").arg(random.bounded(150));
                if (random.bounded(2))
                    address = address.toUpper();
                keys << QStringLiteral("%1:e:%2%3%4").arg(id).arg(spaces.at(random.bounded(3)), address, spaces.at(random.bounded(3)));
            }
            for (int n = int(random.bounded(2)); n > 0; --n)
                keys << QStringLiteral("%1:p:+4930%2").arg(id).arg(random.bounded(200));
        }
        ws->db().transaction();
        fill(ws, contacts, keys, deleted);
        ws->db().commit();
        const qint64 reference = ws.scalar(QString::fromLatin1(kReference)).toLongLong();
        QVERIFY(reference > 0);
        QCOMPARE(counted(ws), reference);
    }
};

QTEST_GUILESS_MAIN(TestUniquenessCounter)
#include "tst_uniquenesscounter.moc"
