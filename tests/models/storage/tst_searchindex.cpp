#include "commands/createcontact.h"
#include "commands/editcompany.h"
#include "commands/editcontact.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "storage/searchindex.h"
#include "stores/companystore.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace Kempt;

namespace {

QList<qint64> search(Workspace *ws, const QString &typed)
{
    QList<qint64> ids;
    const QString match = SearchIndex::matchExpression(typed);
    if (match.isEmpty())
        return ids;
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(match);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

qint64 create(Workspace *ws, const QString &first, const QString &last, const QString &email,
              const QString &phone, const QString &company)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.companyName = company;
    if (!email.isEmpty())
        c.emails << EmailAddress{0, email, QStringLiteral("work"), true};
    if (!phone.isEmpty())
        c.phones << PhoneNumber{0, phone, QString(), QStringLiteral("mobile"), true};
    auto *cmd = new CreateContact(ws, c);
    ws->undoStack()->push(cmd);
    return cmd->contactId();
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedTextBecomesAPrefixQuery_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::newRow("one word") << "ann" << R"("ann"*)";
        QTest::newRow("two words") << "ann lee" << R"("ann"* AND "lee"*)";
        QTest::newRow("an e-mail fragment") << "ann.lee@ex" << R"("ann"* AND "lee"* AND "ex"*)";
        QTest::newRow("quotes cannot break out") << "\"x\" OR y" << R"("x"* AND "OR"* AND "y"*)";
        QTest::newRow("only punctuation") << "--" << "";
        QTest::newRow("Cyrillic") << "Мари" << R"("Мари"*)";
        QTest::newRow("Persian with ZWNJ splits like the tokenizer") << "می‌خواهم" << R"("می"* AND "خواهم"*)";
    }

    void typedTextBecomesAPrefixQuery()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QCOMPARE(SearchIndex::matchExpression(typed), match);
    }

    void searchFindsNamesEmailsPhoneDigitsCompaniesAndNotes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("who"); // 1 = Ann, 2 = Мария, 0 = nobody
        QTest::newRow("first name prefix") << "an" << 1;
        QTest::newRow("last name") << "lee" << 1;
        QTest::newRow("e-mail domain") << "acme" << 1;
        QTest::newRow("phone digits") << "3012" << 1;
        QTest::newRow("company") << "initech" << 2;
        QTest::newRow("Cyrillic name") << "мар" << 2;
        QTest::newRow("case and accents folded") << "ZOE" << 2;
        QTest::newRow("nothing") << "qqq" << 0;
    }

    void searchFindsNamesEmailsPhoneDigitsCompaniesAndNotes()
    {
        QFETCH(QString, typed);
        QFETCH(int, who);
        Test::TestWorkspace ws;
        const qint64 ann = create(ws.get(), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@acme.example"),
                                  QStringLiteral("030 1234-567"), QStringLiteral("Acme"));
        const qint64 maria = create(ws.get(), QStringLiteral("Мария"), QStringLiteral("Zoë"), QString(), QString(),
                                    QStringLiteral("Initech"));
        const QList<qint64> expected = who == 1 ? QList<qint64>{ann} : who == 2 ? QList<qint64>{maria} : QList<qint64>{};
        QCOMPARE(search(ws.get(), typed), expected);
    }

    void theIndexFollowsEditsRenamesAndUndo()
    {
        Test::TestWorkspace ws;
        const qint64 id = create(ws.get(), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@acme.example"),
                                 QString(), QStringLiteral("Acme"));
        Contact c = *ContactStore(ws->db()).load(id);
        c.lastName = QStringLiteral("Okafor");
        c.emails[0].address = QStringLiteral("ann@globex.example");
        c.phones << PhoneNumber{0, QStringLiteral("+44 20 7946 0018"), QString(), QStringLiteral("work"), true};
        ws->undoStack()->push(new EditContact(ws.get(), c));
        QCOMPARE(search(ws.get(), QStringLiteral("okafor")), QList<qint64>{id});
        QCOMPARE(search(ws.get(), QStringLiteral("lee")), QList<qint64>{});
        QCOMPARE(search(ws.get(), QStringLiteral("globex")), QList<qint64>{id});
        QCOMPARE(search(ws.get(), QStringLiteral("2079")), QList<qint64>{id});

        // Renaming the company reaches the contact's document through the derived column.
        Company acme = *CompanyStore(ws->db()).load(ws.scalar(QStringLiteral("SELECT company_id FROM contacts WHERE id = ?"), {id}).toLongLong());
        acme.name = QStringLiteral("Umbrella");
        ws->undoStack()->push(new EditCompany(ws.get(), acme));
        QCOMPARE(search(ws.get(), QStringLiteral("umbrella")), QList<qint64>{id});

        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QCOMPARE(search(ws.get(), QStringLiteral("lee")), QList<qint64>{id});
        QCOMPARE(search(ws.get(), QStringLiteral("acme")), QList<qint64>{id});
        QCOMPARE(search(ws.get(), QStringLiteral("okafor")), QList<qint64>{});

        QSqlQuery(ws->db()).exec(QStringLiteral("INSERT INTO notes(contact_id, body) VALUES (%1, 'met at the Hannover fair')").arg(id));
        QCOMPARE(search(ws.get(), QStringLiteral("hannover")), QList<qint64>{id});
    }

    void rebuildingGivesTheSameIndexAsTheTriggers()
    {
        Test::TestWorkspace ws;
        for (int i = 0; i < 20; ++i)
            create(ws.get(), QStringLiteral("P%1").arg(i), QStringLiteral("Q%1").arg(i % 3),
                   QStringLiteral("p%1@x%2.example").arg(i).arg(i % 4), QStringLiteral("0%1").arg(100000 + i), QStringLiteral("Co%1").arg(i % 5));
        const QString dump = QStringLiteral("SELECT group_concat(rowid || name || email || phone || company, '|') FROM (SELECT * FROM contacts_fts ORDER BY rowid)");
        const QString byTriggers = ws.scalar(dump).toString();
        QVERIFY(SearchIndex::rebuild(ws->db()));
        QCOMPARE(ws.scalar(dump).toString(), byTriggers);
    }

    // Imports index their contacts in slices of ids; ids far apart, and ids the condition
    // leaves out between them, must come out as one statement over all would have them.
    void indexingSelectedContactsCoversEveryIdRangeAndNothingElse()
    {
        Test::TestWorkspace ws;
        QVERIFY(SearchIndex::dropTriggers(ws->db()));
        const QList<qint64> ids{1, 2, 19999, 20000, 20001, 45000, 100003};
        for (qint64 id : ids)
            QVERIFY(QSqlQuery(ws->db()).exec(QStringLiteral("INSERT INTO contacts(id, first_name, import_batch_id) VALUES (%1, 'Imported%1', %2)")
                                                 .arg(id).arg(id == 20000 ? 8 : 7)));
        QVERIFY(SearchIndex::indexContacts(ws->db(), QStringLiteral("c.import_batch_id = ?"), {7}));
        QCOMPARE(search(ws.get(), QStringLiteral("imported")), (QList<qint64>{1, 2, 19999, 20001, 45000, 100003}));
        QCOMPARE(search(ws.get(), QStringLiteral("imported20000")), QList<qint64>{});
        QVERIFY(SearchIndex::indexContacts(ws->db(), QStringLiteral("c.import_batch_id = ?"), {9})); // selects none
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts_fts")).toInt(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
