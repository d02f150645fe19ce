#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/tagstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kempt;

class TestTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createTrimsTheNameAndRefusesBadOnes_data();
    void createTrimsTheNameAndRefusesBadOnes();
    void tagsAreListedByNameIgnoringCase();
    void usageCountsOnlyLiveRecords();
    void renameIsRefusedWhenAnotherTagHasTheName_data();
    void renameIsRefusedWhenAnotherTagHasTheName();
    void mergeKeepsOneLinkPerRecordAndDeletesTheMergedTag();
    void mergeRefusesToMergeATagIntoItself();
    void deletingTagsRemovesTheirLinks();
    void removeUnusedDeletesOnlyTagsNoLiveRecordCarries();
    void addingToASelectionCreatesMissingTagsAndKeepsExistingLinks();
    void removingFromASelectionLeavesOtherRecordsTagged();
    void setTagsReplacesTheRecordsSet();
    void dealsCannotBeTagged();

private:
    Result write(const Workspace::WriteFn &fn) { return m_ws->write(BatchKind::Edit, QStringLiteral("test"), fn); }
    QList<qint64> addContacts(int count);
    qint64 addCompany(const QString &name);
    qint64 createTag(const QString &name);
    qint64 links(const QString &table, qint64 tagId);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void TestTagStore::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY2(m_ws->create(m_dir->filePath(QStringLiteral("tags.kempt"))).ok(), "workspace not created");
}

void TestTagStore::cleanup()
{
    delete m_ws;
    delete m_dir;
    m_ws = nullptr;
    m_dir = nullptr;
}

QList<qint64> TestTagStore::addContacts(int count)
{
    QList<qint64> ids;
    const Result r = write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        for (int i = 0; i < count; ++i) {
            const QString last = QStringLiteral("Person%1").arg(i);
            Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name) VALUES (?, ?, ?)"),
                            {QStringLiteral("Ann"), last, QStringLiteral("Ann ") + last});
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

qint64 TestTagStore::addCompany(const QString &name)
{
    qint64 id = 0;
    write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        const Result r = exec(q, QStringLiteral("INSERT INTO companies(name) VALUES (?)"), {name});
        id = q.lastInsertId().toLongLong();
        return r;
    });
    return id;
}

qint64 TestTagStore::createTag(const QString &name)
{
    qint64 id = 0;
    const Result r = write([&](QSqlDatabase db) { return TagStore(db).create(name, QString(), &id); });
    if (!r)
        qWarning() << r.message();
    return id;
}

qint64 TestTagStore::links(const QString &table, qint64 tagId)
{
    QSqlQuery q(m_ws->db());
    exec(q, QStringLiteral("SELECT count(*) FROM %1 WHERE tag_id = ?").arg(table), {tagId});
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestTagStore::createTrimsTheNameAndRefusesBadOnes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("storedOrMessagePart");

    QTest::newRow("surrounding spaces are trimmed") << QStringLiteral("  Partner  ") << true << QStringLiteral("Partner");
    QTest::newRow("an empty name is refused") << QStringLiteral("   ") << false << QStringLiteral("needs a name");
    QTest::newRow("a name differing only in case is a duplicate") << QStringLiteral("vip") << false
                                                                   << QStringLiteral("already exists");
    QTest::newRow("a comma would split the tag") << QStringLiteral("A, B") << false << QStringLiteral("comma");
}

void TestTagStore::createTrimsTheNameAndRefusesBadOnes()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QFETCH(QString, storedOrMessagePart);
    QVERIFY(createTag(QStringLiteral("VIP")) > 0);

    qint64 id = 0;
    const Result r = write([&](QSqlDatabase db) { return TagStore(db).create(name, QString(), &id); });
    QCOMPARE(r.ok(), accepted);
    if (accepted) {
        QCOMPARE(TagStore(m_ws->db()).find(id).name, storedOrMessagePart);
    } else {
        QVERIFY2(r.message().contains(storedOrMessagePart), qPrintable(r.message()));
        QCOMPARE(TagStore(m_ws->db()).list().size(), 1);
    }
}

void TestTagStore::tagsAreListedByNameIgnoringCase()
{
    for (const char *name : {"beta", "Alpha", "gamma", "Delta"})
        createTag(QString::fromLatin1(name));
    QStringList names;
    for (const TagUsage &t : TagStore(m_ws->db()).list())
        names << t.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Delta"),
                                 QStringLiteral("gamma")}));
}

void TestTagStore::usageCountsOnlyLiveRecords()
{
    const QList<qint64> contacts = addContacts(3);
    const qint64 company = addCompany(QStringLiteral("Acme"));
    QVERIFY(write([&](QSqlDatabase db) {
        TagStore store(db);
        Result r = store.addToSelection(Entity::Contact, RecordSelection::ofIds(contacts), {QStringLiteral("VIP")});
        return r ? store.addToSelection(Entity::Company, RecordSelection::ofId(company), {QStringLiteral("VIP")}) : r;
    }).ok());
    TagUsage vip = TagStore(m_ws->db()).find(TagStore(m_ws->db()).idForName(QStringLiteral("vip")));
    QCOMPARE(vip.contacts, 3);
    QCOMPARE(vip.companies, 1);

    QVERIFY(write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        return exec(q, QStringLiteral("UPDATE contacts SET deleted_at = '2024-01-01T00:00:00Z' WHERE id = ?"), {contacts.first()});
    }).ok());
    vip = TagStore(m_ws->db()).find(vip.id);
    QCOMPARE(vip.contacts, 2);
    QCOMPARE(vip.total(), 3);
}

void TestTagStore::renameIsRefusedWhenAnotherTagHasTheName_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");

    QTest::newRow("another tag's name, in other case") << QStringLiteral("CUSTOMERS") << false << QStringLiteral("merge");
    QTest::newRow("its own name in other case") << QStringLiteral("CUSTOMER") << true << QStringLiteral("CUSTOMER");
    QTest::newRow("a new name, trimmed") << QStringLiteral(" Client ") << true << QStringLiteral("Client");
    QTest::newRow("an empty name") << QString() << false << QStringLiteral("needs a name");
}

void TestTagStore::renameIsRefusedWhenAnotherTagHasTheName()
{
    QFETCH(QString, newName);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    const qint64 customer = createTag(QStringLiteral("Customer"));
    createTag(QStringLiteral("Customers"));

    const Result r = write([&](QSqlDatabase db) { return TagStore(db).rename(customer, newName); });
    QCOMPARE(r.ok(), accepted);
    if (accepted) {
        QCOMPARE(TagStore(m_ws->db()).find(customer).name, expected);
    } else {
        QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
        QCOMPARE(TagStore(m_ws->db()).find(customer).name, QStringLiteral("Customer"));
    }
}

void TestTagStore::mergeKeepsOneLinkPerRecordAndDeletesTheMergedTag()
{
    const QList<qint64> c = addContacts(4);
    const qint64 company = addCompany(QStringLiteral("Acme"));
    QVERIFY(write([&](QSqlDatabase db) {
        TagStore store(db);
        Result r = store.addToSelection(Entity::Contact, RecordSelection::ofIds({c[0], c[1], c[2]}), {QStringLiteral("Customer")});
        if (r)
            r = store.addToSelection(Entity::Contact, RecordSelection::ofIds({c[1], c[3]}), {QStringLiteral("Customers")});
        if (r)
            r = store.addToSelection(Entity::Company, RecordSelection::ofId(company), {QStringLiteral("Customer")});
        return r;
    }).ok());
    TagStore reader(m_ws->db());
    const qint64 from = reader.idForName(QStringLiteral("Customer"));
    const qint64 into = reader.idForName(QStringLiteral("Customers"));

    QVERIFY(write([&](QSqlDatabase db) { return TagStore(db).merge(from, into); }).ok());
    QCOMPARE(reader.find(from).id, 0);
    QCOMPARE(links(QStringLiteral("contact_tags"), from), 0);
    QCOMPARE(links(QStringLiteral("contact_tags"), into), 4);
    QCOMPARE(links(QStringLiteral("company_tags"), into), 1);
    for (qint64 id : c)
        QCOMPARE(reader.tagsOf(Entity::Contact, id), QStringList{QStringLiteral("Customers")});
}

void TestTagStore::mergeRefusesToMergeATagIntoItself()
{
    const qint64 vip = createTag(QStringLiteral("VIP"));
    const Result r = write([&](QSqlDatabase db) { return TagStore(db).merge(vip, vip); });
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("itself")), qPrintable(r.message()));
    QCOMPARE(TagStore(m_ws->db()).find(vip).name, QStringLiteral("VIP"));
}

void TestTagStore::deletingTagsRemovesTheirLinks()
{
    const QList<qint64> c = addContacts(2);
    QVERIFY(write([&](QSqlDatabase db) {
        return TagStore(db).addToSelection(Entity::Contact, RecordSelection::ofIds(c),
                                           {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    }).ok());
    TagStore reader(m_ws->db());
    const qint64 a = reader.idForName(QStringLiteral("A"));
    const qint64 b = reader.idForName(QStringLiteral("B"));
    QVERIFY(write([&](QSqlDatabase db) { return TagStore(db).remove({a, b}); }).ok());
    QCOMPARE(reader.list().size(), 1);
    QCOMPARE(links(QStringLiteral("contact_tags"), a), 0);
    QCOMPARE(links(QStringLiteral("contact_tags"), b), 0);
    QCOMPARE(reader.tagsOf(Entity::Contact, c[0]), QStringList{QStringLiteral("C")});
}

void TestTagStore::removeUnusedDeletesOnlyTagsNoLiveRecordCarries()
{
    const QList<qint64> c = addContacts(2);
    createTag(QStringLiteral("Orphan"));
    QVERIFY(write([&](QSqlDatabase db) {
        TagStore store(db);
        Result r = store.addToSelection(Entity::Contact, RecordSelection::ofId(c[0]), {QStringLiteral("Used")});
        if (r)
            r = store.addToSelection(Entity::Contact, RecordSelection::ofId(c[1]), {QStringLiteral("Trashed only")});
        QSqlQuery q(db);
        return r ? exec(q, QStringLiteral("UPDATE contacts SET deleted_at = '2024-01-01T00:00:00Z' WHERE id = ?"), {c[1]}) : r;
    }).ok());

    qint64 removed = 0;
    QVERIFY(write([&](QSqlDatabase db) { return TagStore(db).removeUnused(&removed); }).ok());
    QCOMPARE(removed, 2);
    const QList<TagUsage> left = TagStore(m_ws->db()).list();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, QStringLiteral("Used"));
}

void TestTagStore::addingToASelectionCreatesMissingTagsAndKeepsExistingLinks()
{
    const QList<qint64> c = addContacts(5);
    createTag(QStringLiteral("VIP"));
    QVERIFY(write([&](QSqlDatabase db) {
        return TagStore(db).addToSelection(Entity::Contact, RecordSelection::ofId(c[0]), {QStringLiteral("VIP")});
    }).ok());
    // A condition selection, as a filtered list would pass it.
    const RecordSelection everyoneButTheLast = RecordSelection::ofCondition(QStringLiteral("t.id <> ?"), {c[4]});
    QVERIFY(write([&](QSqlDatabase db) {
        return TagStore(db).addToSelection(Entity::Contact, everyoneButTheLast,
                                           {QStringLiteral("vip"), QStringLiteral(" Newsletter "), QStringLiteral("NEWSLETTER")});
    }).ok());
    TagStore reader(m_ws->db());
    QCOMPARE(reader.list().size(), 2);
    QCOMPARE(reader.find(reader.idForName(QStringLiteral("VIP"))).contacts, 4);
    QCOMPARE(reader.find(reader.idForName(QStringLiteral("Newsletter"))).contacts, 4);
    QVERIFY(reader.tagsOf(Entity::Contact, c[4]).isEmpty());
}

void TestTagStore::removingFromASelectionLeavesOtherRecordsTagged()
{
    const QList<qint64> c = addContacts(4);
    QVERIFY(write([&](QSqlDatabase db) {
        return TagStore(db).addToSelection(Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("VIP"), QStringLiteral("Lead")});
    }).ok());
    QVERIFY(write([&](QSqlDatabase db) {
        return TagStore(db).removeFromSelection(Entity::Contact, RecordSelection::ofIds({c[0], c[1]}),
                                                {QStringLiteral("vip"), QStringLiteral("Unknown")});
    }).ok());
    TagStore reader(m_ws->db());
    QCOMPARE(reader.tagsOf(Entity::Contact, c[0]), QStringList{QStringLiteral("Lead")});
    QCOMPARE(reader.tagsOf(Entity::Contact, c[2]), (QStringList{QStringLiteral("Lead"), QStringLiteral("VIP")}));
    QCOMPARE(reader.idForName(QStringLiteral("Unknown")), 0);
    QCOMPARE(reader.list().size(), 2);
}

void TestTagStore::setTagsReplacesTheRecordsSet()
{
    const QList<qint64> c = addContacts(1);
    QVERIFY(write([&](QSqlDatabase db) {
        return TagStore(db).setTags(Entity::Contact, c[0], {QStringLiteral("A"), QStringLiteral("B")});
    }).ok());
    qint64 batch = 0;
    QVERIFY(m_ws->write(BatchKind::Edit, QStringLiteral("test"), [&](QSqlDatabase db) {
        return TagStore(db).setTags(Entity::Contact, c[0], {QStringLiteral("B"), QStringLiteral("C")});
    }, &batch).ok());
    QCOMPARE(TagStore(m_ws->db()).tagsOf(Entity::Contact, c[0]), (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    // Only the differences are journaled: A's link out, C's tag and link in.
    QSqlQuery q(m_ws->db());
    exec(q, QStringLiteral("SELECT count(*) FROM change_log WHERE batch_id = ?"), {batch});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestTagStore::dealsCannotBeTagged()
{
    const Result r = write([&](QSqlDatabase db) {
        return TagStore(db).addToSelection(Entity::Deal, RecordSelection::ofId(1), {QStringLiteral("VIP")});
    });
    QVERIFY(!r.ok());
    QVERIFY(r.message().contains(QStringLiteral("Deals")));
    QVERIFY(TagStore(m_ws->db()).list().isEmpty());
}

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
