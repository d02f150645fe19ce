#include "commands/createtag.h"
#include "commands/deletetags.h"
#include "commands/mergetags.h"
#include "commands/removeunusedtags.h"
#include "commands/renametag.h"
#include "commands/tagrecords.h"
#include "commands/untagrecords.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/tagstore.h"

#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;

namespace {
// Every link as "table:record:tag", so a whole state compares in one QCOMPARE.
QStringList allLinks(QSqlDatabase db)
{
    QStringList result;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT 'contact:' || contact_id || ':' || tag_id FROM contact_tags UNION ALL "
                          "SELECT 'company:' || company_id || ':' || tag_id FROM company_tags ORDER BY 1"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QStringList allTags(QSqlDatabase db)
{
    QStringList result;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id || ':' || name FROM tags ORDER BY id"));
    while (q.next())
        result << q.value(0).toString();
    return result;
}
} // namespace

class TestTagCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void labelsNameTheTagsAndHowManyRecords_data();
    void labelsNameTheTagsAndHowManyRecords();
    void largeCountsAreGroupedTheEnglishWayInEnglish();
    void createTagIsUndoneAndRedone();
    void renameToAnotherTagsNameIsRefusedAndLeavesNoUndoStep();
    void mergeKeepsOneLinkPerRecordAndIsUndoneExactly();
    void deleteTagsIsUndoneWithItsLinks();
    void removeUnusedTagsIsUndone();
    void taggingASelectionIsUndoneAndRedone();
    void untaggingASelectionIsUndone();

private:
    QList<qint64> addContacts(int count);
    QUndoStack *stack() const { return m_ws->undoStack(); }
    QSqlDatabase db() const { return m_ws->db(); }

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void TestTagCommands::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("tags.kempt"))).ok());
}

void TestTagCommands::cleanup()
{
    delete m_ws;
    delete m_dir;
    m_ws = nullptr;
    m_dir = nullptr;
}

QList<qint64> TestTagCommands::addContacts(int count)
{
    QList<qint64> ids;
    const Result r = m_ws->write(BatchKind::Import, QStringLiteral("test"), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        for (int i = 0; i < count; ++i) {
            const Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name) VALUES ('Ann', ?, ?)"),
                                  {QString::number(i), QStringLiteral("Ann %1").arg(i)});
            if (!r)
                return r;
            ids << q.lastInsertId().toLongLong();
        }
        return Result::success();
    });
    if (!r)
        qWarning() << r.message();
    return ids;
}

void TestTagCommands::labelsNameTheTagsAndHowManyRecords_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    // Runs before init(): these labels need no workspace.
    Workspace *const ws = nullptr;
    const RecordSelection none;
    const QString many = QLocale().toString(1204);

    QTest::newRow("tag many contacts")
        << TagRecords(ws, Entity::Contact, none, {QStringLiteral("VIP")}, 1204).text()
        << QStringLiteral("Tag %1 contacts with VIP").arg(many);
    QTest::newRow("tag one company")
        << TagRecords(ws, Entity::Company, none, {QStringLiteral("VIP"), QStringLiteral("Partner")}, 1).text()
        << QStringLiteral("Tag 1 company with VIP, Partner");
    QTest::newRow("untag many contacts")
        << UntagRecords(ws, Entity::Contact, none, {QStringLiteral("Lead")}, 1204).text()
        << QStringLiteral("Remove Lead from %1 contacts").arg(many);
    QTest::newRow("create") << CreateTag(ws, QStringLiteral(" VIP ")).text() << QStringLiteral("Create tag VIP");
    QTest::newRow("remove unused") << RemoveUnusedTags(ws).text() << QStringLiteral("Remove unused tags");
}

void TestTagCommands::labelsNameTheTagsAndHowManyRecords()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(label, expected);
}

void TestTagCommands::largeCountsAreGroupedTheEnglishWayInEnglish()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString label = TagRecords(nullptr, Entity::Contact, RecordSelection(), {QStringLiteral("VIP")}, 1204).text();
    QLocale::setDefault(previous);
    QCOMPARE(label, QStringLiteral("Tag 1,204 contacts with VIP"));
}

void TestTagCommands::createTagIsUndoneAndRedone()
{
    stack()->push(new CreateTag(m_ws, QStringLiteral("VIP")));
    QCOMPARE(stack()->count(), 1);
    const qint64 id = TagStore(db()).idForName(QStringLiteral("VIP"));
    QVERIFY(id > 0);
    stack()->undo();
    QCOMPARE(TagStore(db()).idForName(QStringLiteral("VIP")), 0);
    stack()->redo();
    QCOMPARE(TagStore(db()).idForName(QStringLiteral("VIP")), id);
}

void TestTagCommands::renameToAnotherTagsNameIsRefusedAndLeavesNoUndoStep()
{
    stack()->push(new CreateTag(m_ws, QStringLiteral("Customer")));
    stack()->push(new CreateTag(m_ws, QStringLiteral("Customers")));
    const qint64 id = TagStore(db()).idForName(QStringLiteral("Customer"));
    QSignalSpy errors(m_ws, &Workspace::errorOccurred);

    auto *rename = new RenameTag(m_ws, id, QStringLiteral("customers"));
    QCOMPARE(rename->text(), QStringLiteral("Rename tag Customer to customers"));
    stack()->push(rename);

    QCOMPARE(stack()->count(), 2);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("merge \"Customer\" into \"Customers\"")), qPrintable(message));
    QCOMPARE(TagStore(db()).find(id).name, QStringLiteral("Customer"));
}

void TestTagCommands::mergeKeepsOneLinkPerRecordAndIsUndoneExactly()
{
    const QList<qint64> c = addContacts(3);
    stack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds({c[0], c[1]}), {QStringLiteral("Customer")}, 2));
    stack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds({c[1], c[2]}), {QStringLiteral("Customers")}, 2));
    const QStringList tagsBefore = allTags(db());
    const QStringList linksBefore = allLinks(db());
    const qint64 from = TagStore(db()).idForName(QStringLiteral("Customer"));
    const qint64 into = TagStore(db()).idForName(QStringLiteral("Customers"));

    auto *merge = new MergeTags(m_ws, from, into);
    QCOMPARE(merge->text(), QStringLiteral("Merge tag Customer into Customers"));
    stack()->push(merge);
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(TagStore(db()).find(from).id, 0);
    QCOMPARE(TagStore(db()).find(into).contacts, 3);
    QCOMPARE(allLinks(db()).size(), 3);
    const QStringList linksMerged = allLinks(db());

    stack()->undo();
    QCOMPARE(allTags(db()), tagsBefore);
    QCOMPARE(allLinks(db()), linksBefore);

    stack()->redo();
    QCOMPARE(allLinks(db()), linksMerged);
    QCOMPARE(TagStore(db()).find(from).id, 0);
}

void TestTagCommands::deleteTagsIsUndoneWithItsLinks()
{
    const QList<qint64> c = addContacts(2);
    stack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("A"), QStringLiteral("B")}, 2));
    const QStringList tagsBefore = allTags(db());
    const QStringList linksBefore = allLinks(db());
    const qint64 a = TagStore(db()).idForName(QStringLiteral("A"));

    auto *del = new DeleteTags(m_ws, {a});
    QCOMPARE(del->text(), QStringLiteral("Delete tag A"));
    stack()->push(del);
    QCOMPARE(TagStore(db()).list().size(), 1);
    QCOMPARE(allLinks(db()).size(), 2);

    stack()->undo();
    QCOMPARE(allTags(db()), tagsBefore);
    QCOMPARE(allLinks(db()), linksBefore);
}

void TestTagCommands::removeUnusedTagsIsUndone()
{
    const QList<qint64> c = addContacts(1);
    stack()->push(new CreateTag(m_ws, QStringLiteral("Orphan")));
    stack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("Used")}, 1));
    const QStringList tagsBefore = allTags(db());

    stack()->push(new RemoveUnusedTags(m_ws));
    QCOMPARE(TagStore(db()).list().size(), 1);
    stack()->undo();
    QCOMPARE(allTags(db()), tagsBefore);
}

void TestTagCommands::taggingASelectionIsUndoneAndRedone()
{
    const QList<qint64> c = addContacts(1000);
    const RecordSelection firstSixHundred = RecordSelection::ofCondition(QStringLiteral("t.id <= ?"), {c[599]});
    stack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds({c[0]}), {QStringLiteral("VIP")}, 1));

    stack()->push(new TagRecords(m_ws, Entity::Contact, firstSixHundred, {QStringLiteral("VIP"), QStringLiteral("Event")}, 600));
    TagStore reader(db());
    QCOMPARE(reader.find(reader.idForName(QStringLiteral("VIP"))).contacts, 600);
    QCOMPARE(reader.find(reader.idForName(QStringLiteral("Event"))).contacts, 600);
    const QStringList tagged = allLinks(db());

    stack()->undo();
    QCOMPARE(reader.idForName(QStringLiteral("Event")), 0);
    QCOMPARE(reader.find(reader.idForName(QStringLiteral("VIP"))).contacts, 1);

    stack()->redo();
    QCOMPARE(allLinks(db()), tagged);
}

void TestTagCommands::untaggingASelectionIsUndone()
{
    const QList<qint64> c = addContacts(10);
    stack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("Lead")}, 10));
    const QStringList before = allLinks(db());

    stack()->push(new UntagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c.mid(0, 4)), {QStringLiteral("Lead")}, 4));
    QCOMPARE(TagStore(db()).find(TagStore(db()).idForName(QStringLiteral("Lead"))).contacts, 6);
    stack()->undo();
    QCOMPARE(allLinks(db()), before);
}

QTEST_GUILESS_MAIN(TestTagCommands)
#include "tst_tagcommands.moc"
