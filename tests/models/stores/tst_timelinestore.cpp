#include "core/timestamps.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Kempt;

class TestTimelineStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void timelineMixesNotesAndActivitiesNewestFirst();
    void aCompanysTimelineHoldsOnlyItsOwnEntries();
    void lastContactedMovesForwardOnlyForPastContactMoments_data();
    void lastContactedMovesForwardOnlyForPastContactMoments();
    void editingAnActivityToALaterTimeMovesLastContacted();
    void notesNeedText_data();
    void notesNeedText();
    void editingANoteKeepsItsAuthorAndTime();
    void tasksNeedASubject();
    void toggleDoneFlipsATask();
    void entriesOnAMissingContactAreRefused();
    void deletingRemovesOnlyThatEntry();

private:
    Result write(const Workspace::WriteFn &fn) { return m_ws->write(BatchKind::Edit, QStringLiteral("test"), fn); }
    qint64 addContact(const QString &lastContacted = QString());
    QString lastContacted(qint64 contactId) const;
    TimelineEntry activity(TimelineKind kind, const QString &subject, const QDateTime &at) const;
    qint64 addActivity(qint64 contactId, TimelineEntry entry);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
};

void TestTimelineStore::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("timeline.kempt"))).ok());
}

void TestTimelineStore::cleanup()
{
    delete m_ws;
    delete m_dir;
    m_ws = nullptr;
    m_dir = nullptr;
}

qint64 TestTimelineStore::addContact(const QString &lastContactedAt)
{
    qint64 id = 0;
    write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        const Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name, last_contacted_at) "
                                                "VALUES ('Ada', 'Lovelace', 'Ada Lovelace', ?)"),
                              {lastContactedAt});
        id = q.lastInsertId().toLongLong();
        return r;
    });
    return id;
}

QString TestTimelineStore::lastContacted(qint64 contactId) const
{
    QSqlQuery q(m_ws->db());
    exec(q, QStringLiteral("SELECT last_contacted_at FROM contacts WHERE id = ?"), {contactId});
    return q.next() ? q.value(0).toString() : QStringLiteral("(no contact)");
}

TimelineEntry TestTimelineStore::activity(TimelineKind kind, const QString &subject, const QDateTime &at) const
{
    TimelineEntry e;
    e.kind = kind;
    e.subject = subject;
    e.occurredAt = at;
    return e;
}

qint64 TestTimelineStore::addActivity(qint64 contactId, TimelineEntry entry)
{
    const Result r = write([&](QSqlDatabase db) { return TimelineStore(db).addActivity(Entity::Contact, contactId, entry); });
    if (!r)
        qWarning() << r.message();
    return entry.id;
}

void TestTimelineStore::timelineMixesNotesAndActivitiesNewestFirst()
{
    const qint64 contact = addContact();
    const QDateTime base = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    addActivity(contact, activity(TimelineKind::Call, QStringLiteral("first call"), base));
    addActivity(contact, activity(TimelineKind::Meeting, QStringLiteral("meeting"), base.addDays(2)));
    qint64 noteId = 0;
    QVERIFY(write([&](QSqlDatabase db) {
        Result r = TimelineStore(db).addNote(Entity::Contact, contact, QStringLiteral("between"), QStringLiteral("eve"), &noteId);
        QSqlQuery q(db);
        // Notes take the time they are written; pin it between the two activities.
        return r ? exec(q, QStringLiteral("UPDATE notes SET created_at = ? WHERE id = ?"), {toIso(base.addDays(1)), noteId}) : r;
    }).ok());
    QVERIFY(write([&](QSqlDatabase db) {
        return TimelineStore(db).addNote(Entity::Contact, contact, QStringLiteral("latest"), QString());
    }).ok());

    const QList<TimelineEntry> entries = TimelineStore(m_ws->db()).list(Entity::Contact, contact);
    QStringList order;
    for (const TimelineEntry &e : entries)
        order << (e.isNote() ? e.body : e.subject);
    QCOMPARE(order, (QStringList{QStringLiteral("latest"), QStringLiteral("meeting"), QStringLiteral("between"),
                                 QStringLiteral("first call")}));
    QCOMPARE(entries.at(1).kind, TimelineKind::Meeting);
    QCOMPARE(entries.at(1).occurredAt, base.addDays(2));
    QCOMPARE(entries.at(2).author, QStringLiteral("eve"));
    QCOMPARE(entries.at(2).id, noteId);
}

void TestTimelineStore::aCompanysTimelineHoldsOnlyItsOwnEntries()
{
    const qint64 contact = addContact();
    qint64 company = 0;
    QVERIFY(write([&](QSqlDatabase db) {
        QSqlQuery q(db);
        const Result r = exec(q, QStringLiteral("INSERT INTO companies(name) VALUES ('Acme')"));
        company = q.lastInsertId().toLongLong();
        return r;
    }).ok());
    QVERIFY(write([&](QSqlDatabase db) {
        TimelineStore store(db);
        Result r = store.addNote(Entity::Company, company, QStringLiteral("company note"), QString());
        return r ? store.addNote(Entity::Contact, contact, QStringLiteral("contact note"), QString()) : r;
    }).ok());
    const QList<TimelineEntry> entries = TimelineStore(m_ws->db()).list(Entity::Company, company);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().body, QStringLiteral("company note"));
}

void TestTimelineStore::lastContactedMovesForwardOnlyForPastContactMoments_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDateTime>("occurredAt");
    QTest::addColumn<bool>("moves");

    const QDateTime march = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    const QString february = QStringLiteral("2024-02-01T10:00:00Z");
    const QString april = QStringLiteral("2024-04-01T10:00:00Z");
    QTest::newRow("a call after the last contact") << february << int(TimelineKind::Call) << march << true;
    QTest::newRow("an email on a never contacted person") << QString() << int(TimelineKind::Email) << march << true;
    QTest::newRow("a meeting before the last contact") << april << int(TimelineKind::Meeting) << march << false;
    QTest::newRow("a task is not contact") << february << int(TimelineKind::Task) << march << false;
    QTest::newRow("a meeting still to come") << february << int(TimelineKind::Meeting)
                                             << QDateTime::currentDateTimeUtc().addDays(7) << false;
}

void TestTimelineStore::lastContactedMovesForwardOnlyForPastContactMoments()
{
    QFETCH(QString, before);
    QFETCH(int, kind);
    QFETCH(QDateTime, occurredAt);
    QFETCH(bool, moves);
    const qint64 contact = addContact(before);

    QVERIFY(addActivity(contact, activity(TimelineKind(kind), QStringLiteral("subject"), occurredAt)) > 0);
    QCOMPARE(lastContacted(contact), moves ? toIso(occurredAt) : before);
}

void TestTimelineStore::editingAnActivityToALaterTimeMovesLastContacted()
{
    const qint64 contact = addContact();
    const QDateTime march = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    TimelineEntry call = activity(TimelineKind::Call, QStringLiteral("call"), march);
    call.id = addActivity(contact, call);
    call.occurredAt = march.addDays(3);
    QVERIFY(write([&](QSqlDatabase db) { return TimelineStore(db).editActivity(call); }).ok());
    QCOMPARE(lastContacted(contact), toIso(march.addDays(3)));
}

void TestTimelineStore::notesNeedText_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("text") << QStringLiteral("Prefers calls after 4pm") << true;
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("only spaces and lines") << QStringLiteral("  \n ") << false;
}

void TestTimelineStore::notesNeedText()
{
    QFETCH(QString, body);
    QFETCH(bool, accepted);
    const qint64 contact = addContact();
    const Result r = write([&](QSqlDatabase db) { return TimelineStore(db).addNote(Entity::Contact, contact, body, QString()); });
    QCOMPARE(r.ok(), accepted);
    if (!accepted)
        QVERIFY2(r.message().contains(QStringLiteral("needs some text")), qPrintable(r.message()));
    QCOMPARE(TimelineStore(m_ws->db()).list(Entity::Contact, contact).size(), accepted ? 1 : 0);
}

void TestTimelineStore::editingANoteKeepsItsAuthorAndTime()
{
    const qint64 contact = addContact();
    qint64 id = 0;
    QVERIFY(write([&](QSqlDatabase db) {
        return TimelineStore(db).addNote(Entity::Contact, contact, QStringLiteral("draft"), QStringLiteral("eve"), &id);
    }).ok());
    const TimelineEntry before = *TimelineStore(m_ws->db()).note(id);
    QVERIFY(write([&](QSqlDatabase db) { return TimelineStore(db).editNote(id, QStringLiteral("final")); }).ok());
    const TimelineEntry after = *TimelineStore(m_ws->db()).note(id);
    QCOMPARE(after.body, QStringLiteral("final"));
    QCOMPARE(after.author, QStringLiteral("eve"));
    QCOMPARE(after.occurredAt, before.occurredAt);
    QVERIFY(!write([&](QSqlDatabase db) { return TimelineStore(db).editNote(id, QStringLiteral(" ")); }).ok());
}

void TestTimelineStore::tasksNeedASubject()
{
    const qint64 contact = addContact();
    TimelineEntry task = activity(TimelineKind::Task, QStringLiteral("  "), QDateTime());
    const Result r = write([&](QSqlDatabase db) { return TimelineStore(db).addActivity(Entity::Contact, contact, task); });
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("subject")), qPrintable(r.message()));
}

void TestTimelineStore::toggleDoneFlipsATask()
{
    const qint64 contact = addContact();
    TimelineEntry task = activity(TimelineKind::Task, QStringLiteral("Send the offer"), QDateTime());
    task.dueAt = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    const qint64 id = addActivity(contact, task);
    QVERIFY(!TimelineStore(m_ws->db()).activity(id)->done);
    QVERIFY(write([&](QSqlDatabase db) { return TimelineStore(db).toggleDone(id); }).ok());
    QVERIFY(TimelineStore(m_ws->db()).activity(id)->done);
    QCOMPARE(TimelineStore(m_ws->db()).activity(id)->dueAt, task.dueAt);
    QVERIFY(write([&](QSqlDatabase db) { return TimelineStore(db).toggleDone(id); }).ok());
    QVERIFY(!TimelineStore(m_ws->db()).activity(id)->done);
}

void TestTimelineStore::entriesOnAMissingContactAreRefused()
{
    TimelineEntry call = activity(TimelineKind::Call, QStringLiteral("call"), QDateTime());
    const Result r = write([&](QSqlDatabase db) { return TimelineStore(db).addActivity(Entity::Contact, 4242, call); });
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("4242")), qPrintable(r.message()));
}

void TestTimelineStore::deletingRemovesOnlyThatEntry()
{
    const qint64 contact = addContact();
    const qint64 keep = addActivity(contact, activity(TimelineKind::Email, QStringLiteral("keep"), QDateTime()));
    const qint64 drop = addActivity(contact, activity(TimelineKind::Email, QStringLiteral("drop"), QDateTime()));
    QVERIFY(write([&](QSqlDatabase db) { return TimelineStore(db).removeActivity(drop); }).ok());
    const QList<TimelineEntry> entries = TimelineStore(m_ws->db()).list(Entity::Contact, contact);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, keep);
}

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
