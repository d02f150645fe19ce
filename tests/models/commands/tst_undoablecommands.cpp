#include "commands/createcontact.h"
#include "commands/deleterecords.h"
#include "commands/editcontact.h"
#include "commands/purgerecords.h"
#include "commands/restorerecords.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Kempt;

namespace {

Contact ann()
{
    Contact c;
    c.firstName = QStringLiteral("Ann");
    c.lastName = QStringLiteral("Lee");
    c.companyName = QStringLiteral("Acme GmbH");
    c.ownerName = QStringLiteral("Sam");
    c.emails = {EmailAddress{0, QStringLiteral("ann@acme.example"), QStringLiteral("work"), true},
                EmailAddress{0, QStringLiteral("ann.lee@home.example"), QStringLiteral("home"), false}};
    c.phones = {PhoneNumber{0, QStringLiteral("+49 30 1234567"), QStringLiteral("+49301234567"), QStringLiteral("work"), true}};
    c.tags = {QStringLiteral("VIP")};
    return c;
}

// Everything a user could see of a contact, as text, to compare states exactly.
QString snapshot(Workspace *ws, qint64 id)
{
    const auto c = ContactStore(ws->db()).load(id);
    if (!c)
        return QStringLiteral("<none>");
    QStringList parts{c->displayName, c->firstName, c->lastName, c->companyName, c->ownerName, c->deletedAt,
                      c->tags.join(QLatin1Char(','))};
    for (const EmailAddress &e : c->emails)
        parts << QStringLiteral("%1:%2:%3:%4").arg(e.id).arg(e.address, e.label).arg(e.primary);
    for (const PhoneNumber &p : c->phones)
        parts << QStringLiteral("%1:%2").arg(p.id).arg(p.number);
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestUndoableCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creatingAContactIsOneUndoStepThatRestoresTheSameId()
    {
        Test::TestWorkspace ws;
        auto *create = new CreateContact(ws.get(), ann());
        ws->undoStack()->push(create);
        const qint64 id = create->contactId();
        QVERIFY(id > 0);
        const QString created = snapshot(ws.get(), id);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT primary_email FROM contacts WHERE id = ?"), {id}).toString(),
                 QStringLiteral("ann@acme.example"));
        QCOMPARE(ws->undoStack()->count(), 1);

        ws->undoStack()->undo();
        QCOMPARE(snapshot(ws.get(), id), QStringLiteral("<none>"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contact_emails")).toInt(), 0);
        ws->undoStack()->redo();
        QCOMPARE(snapshot(ws.get(), id), created);
    }

    void editingAContactWritesOnlyWhatChangedAndUndoesExactly()
    {
        Test::TestWorkspace ws;
        auto *create = new CreateContact(ws.get(), ann());
        ws->undoStack()->push(create);
        const qint64 id = create->contactId();
        const QString before = snapshot(ws.get(), id);

        Contact edited = *ContactStore(ws->db()).load(id);
        edited.lastName = QStringLiteral("Lee-Smith");
        edited.emails[1].primary = true;
        edited.emails[0].primary = false;
        edited.phones.clear();
        edited.tags = {QStringLiteral("Customer")};
        auto *edit = new EditContact(ws.get(), edited);
        ws->undoStack()->push(edit);
        const QString after = snapshot(ws.get(), id);
        QVERIFY(after.contains(QStringLiteral("Ann Lee-Smith")));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT primary_email FROM contacts WHERE id = ?"), {id}).toString(),
                 QStringLiteral("ann.lee@home.example"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = ? AND table_name = 'contacts' AND column_name = 'first_name'"),
                           {edit->batchId()}).toInt(), 0);

        ws->undoStack()->undo();
        QCOMPARE(snapshot(ws.get(), id), before);
        ws->undoStack()->redo();
        QCOMPARE(snapshot(ws.get(), id), after);
    }

    void anEditThatChangesNothingLeavesNoUndoStep()
    {
        Test::TestWorkspace ws;
        auto *create = new CreateContact(ws.get(), ann());
        ws->undoStack()->push(create);
        ws->undoStack()->push(new EditContact(ws.get(), *ContactStore(ws->db()).load(create->contactId())));
        QCOMPARE(ws->undoStack()->count(), 1);
    }

    void bulkUpdateOfEveryFieldKindIsOneStepAndUndoesExactly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain column") << "city" << QVariant(QStringLiteral("Berlin")) << "SELECT group_concat(DISTINCT city) FROM contacts" << "Berlin";
        QTest::newRow("country is upper-cased") << "country" << QVariant(QStringLiteral("de")) << "SELECT group_concat(DISTINCT country) FROM contacts" << "DE";
        QTest::newRow("owner by name") << "owner" << QVariant(QStringLiteral("Maria")) << "SELECT group_concat(DISTINCT u.name) FROM contacts c JOIN users u ON u.id = c.owner_id" << "Maria";
        QTest::newRow("company by name") << "company" << QVariant(QStringLiteral("Initech")) << "SELECT group_concat(DISTINCT company_name) FROM contacts" << "Initech";
        QTest::newRow("primary e-mail") << "email" << QVariant(QStringLiteral("x@y.example")) << "SELECT group_concat(DISTINCT primary_email) FROM contacts" << "x@y.example";
        QTest::newRow("primary phone") << "phone" << QVariant(QStringLiteral("+1 555 0100")) << "SELECT group_concat(DISTINCT primary_phone) FROM contacts" << "+1 555 0100";
        QTest::newRow("tags") << "tags" << QVariant(QStringList{QStringLiteral("Lead"), QStringLiteral("Newsletter")})
                              << "SELECT group_concat(n) FROM (SELECT DISTINCT g.name AS n FROM contact_tags l JOIN tags g ON g.id = l.tag_id ORDER BY n)" << "Lead,Newsletter";
        QTest::newRow("checkbox") << "do_not_email" << QVariant(true) << "SELECT group_concat(DISTINCT do_not_email) FROM contacts" << "1";
        QTest::newRow("last name follows into the display name") << "last_name" << QVariant(QStringLiteral("Ng"))
                              << "SELECT group_concat(DISTINCT display_name) FROM contacts WHERE first_name = 'Ann'" << "Ann Ng";
    }

    void bulkUpdateOfEveryFieldKindIsOneStepAndUndoesExactly()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, check);
        QFETCH(QString, expected);
        Test::TestWorkspace ws;
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i) {
            Contact c = ann();
            if (i % 2)
                c.phones.clear();
            if (i % 3)
                c.firstName = QStringLiteral("Bob%1").arg(i);
            ws->undoStack()->push(new CreateContact(ws.get(), c));
            ids << ContactStore(ws->db()).count();
        }
        ws->undoStack()->clear();
        QStringList before;
        for (qint64 id : ids)
            before << snapshot(ws.get(), id);

        const FieldDef def = FieldCatalog::find(FieldCatalog::fields(Entity::Contact, ws->db()), field);
        QVERIFY(def.isValid());
        QSignalSpy changed(ws.get(), &Workspace::changed);
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, def,
                                              RecordSelection::ofCondition(QStringLiteral("1")), value, ids.size()));
        QCOMPARE(ws->undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ws.scalar(check).toString(), expected);

        ws->undoStack()->undo();
        QStringList after;
        for (qint64 id : ids)
            after << snapshot(ws.get(), id);
        QCOMPARE(after, before);
    }

    void trashRestoreAndPurgeAreUndoable()
    {
        Test::TestWorkspace ws;
        auto *create = new CreateContact(ws.get(), ann());
        ws->undoStack()->push(create);
        const qint64 id = create->contactId();
        const QString original = snapshot(ws.get(), id);
        const RecordSelection sel = RecordSelection::ofId(id);

        ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, sel, 1));
        QCOMPARE(ContactStore(ws->db()).count(), 0);
        QCOMPARE(ContactStore(ws->db()).count(true), 1);
        ws->undoStack()->push(new PurgeRecords(ws.get(), Entity::Contact, sel, 1));
        QCOMPARE(ContactStore(ws->db()).count(true), 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contact_emails")).toInt(), 0);

        ws->undoStack()->undo(); // purge
        ws->undoStack()->undo(); // trash
        QCOMPARE(snapshot(ws.get(), id), original);

        ws->undoStack()->redo();
        ws->undoStack()->push(new RestoreRecords(ws.get(), Entity::Contact, sel, 1));
        QCOMPARE(snapshot(ws.get(), id), original);
    }

    void aFailedCommandIsDroppedAndReported()
    {
        Test::TestWorkspace ws;
        QSignalSpy errors(ws.get(), &Workspace::errorOccurred);
        ws->undoStack()->push(new CreateContact(ws.get(), Contact()));
        QCOMPARE(ws->undoStack()->count(), 0);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_batches")).toInt(), 0);
    }

    void everyChangeIsInTheChangeLogWithOldAndNewValues()
    {
        Test::TestWorkspace ws;
        auto *create = new CreateContact(ws.get(), ann());
        ws->undoStack()->push(create);
        const FieldDef city = FieldCatalog::find(FieldCatalog::builtIn(Entity::Contact), QStringLiteral("city"));
        auto *edit = new UpdateField(ws.get(), Entity::Contact, city, RecordSelection::ofId(create->contactId()), QStringLiteral("Köln"), 1);
        ws->undoStack()->push(edit);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM change_log WHERE batch_id = ? AND column_name = 'city'"),
                           {edit->batchId()}).toString(), QStringLiteral(">Köln"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT kind FROM change_batches WHERE id = ?"), {edit->batchId()}).toString(), QStringLiteral("edit"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = ? AND action = 'insert' AND table_name = 'contacts'"),
                           {create->batchId()}).toInt(), 1);
        ws->undoStack()->undo();
        QCOMPARE(ws.scalar(QStringLiteral("SELECT origin_id FROM change_batches WHERE kind = 'undo'")).toLongLong(), edit->batchId());
    }
};

QTEST_GUILESS_MAIN(TestUndoableCommands)
#include "tst_undoablecommands.moc"
