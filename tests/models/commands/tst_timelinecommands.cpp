#include "commands/addactivity.h"
#include "commands/addnote.h"
#include "commands/deleteactivity.h"
#include "commands/deletenote.h"
#include "commands/editactivity.h"
#include "commands/editnote.h"
#include "core/timestamps.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"
#include "stores/timelinestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;

class TestTimelineCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addNoteIsSignedByTheWorkspaceAuthorAndUndone();
    void editNoteIsUndoneToTheOldText();
    void deleteNoteIsUndoneWithItsIdAndText();
    void loggingACallIsUndoneTogetherWithLastContacted();
    void tickingATaskOffIsLabelledAndUndone();
    void deleteActivityIsUndone();
    void anEmptyNoteLeavesNoUndoStep();

private:
    QList<TimelineEntry> timeline() const { return TimelineStore(m_ws->db()).list(Entity::Contact, m_contact); }
    QString lastContacted() const;
    QUndoStack *stack() const { return m_ws->undoStack(); }

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    qint64 m_contact = 0;
};

void TestTimelineCommands::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("timeline.kempt"))).ok());
    m_ws->setAuthor(QStringLiteral("maria"));
    QVERIFY(m_ws->write(BatchKind::Edit, QStringLiteral("test"), [this](QSqlDatabase db) {
        QSqlQuery q(db);
        const Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name) VALUES ('Ada', 'L', 'Ada L')"));
        m_contact = q.lastInsertId().toLongLong();
        return r;
    }).ok());
}

void TestTimelineCommands::cleanup()
{
    delete m_ws;
    delete m_dir;
    m_ws = nullptr;
    m_dir = nullptr;
}

QString TestTimelineCommands::lastContacted() const
{
    QSqlQuery q(m_ws->db());
    exec(q, QStringLiteral("SELECT last_contacted_at FROM contacts WHERE id = ?"), {m_contact});
    return q.next() ? q.value(0).toString() : QString();
}

void TestTimelineCommands::addNoteIsSignedByTheWorkspaceAuthorAndUndone()
{
    stack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("Met at the fair")));
    QCOMPARE(stack()->undoText(), QStringLiteral("Add note"));
    QCOMPARE(timeline().size(), 1);
    QCOMPARE(timeline().first().author, QStringLiteral("maria"));
    const qint64 id = timeline().first().id;
    stack()->undo();
    QVERIFY(timeline().isEmpty());
    stack()->redo();
    QCOMPARE(timeline().first().id, id);
}

void TestTimelineCommands::editNoteIsUndoneToTheOldText()
{
    stack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("draft")));
    const qint64 id = timeline().first().id;
    stack()->push(new EditNote(m_ws, id, QStringLiteral("final")));
    QCOMPARE(timeline().first().body, QStringLiteral("final"));
    stack()->undo();
    QCOMPARE(timeline().first().body, QStringLiteral("draft"));
}

void TestTimelineCommands::deleteNoteIsUndoneWithItsIdAndText()
{
    stack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("keep me")));
    const TimelineEntry note = timeline().first();
    stack()->push(new DeleteNote(m_ws, note.id));
    QVERIFY(timeline().isEmpty());
    stack()->undo();
    QCOMPARE(timeline().size(), 1);
    QCOMPARE(timeline().first().id, note.id);
    QCOMPARE(timeline().first().body, note.body);
    QCOMPARE(timeline().first().author, note.author);
}

void TestTimelineCommands::loggingACallIsUndoneTogetherWithLastContacted()
{
    TimelineEntry call;
    call.kind = TimelineKind::Call;
    call.subject = QStringLiteral("Renewal");
    call.occurredAt = QDateTime(QDate(2024, 6, 3), QTime(14, 30), Qt::UTC);
    stack()->push(new AddActivity(m_ws, Entity::Contact, m_contact, call));
    QCOMPARE(stack()->undoText(), QStringLiteral("Log call Renewal"));
    QCOMPARE(lastContacted(), toIso(call.occurredAt));
    QCOMPARE(timeline().first().author, QStringLiteral("maria"));

    stack()->undo();
    QVERIFY(timeline().isEmpty());
    QCOMPARE(lastContacted(), QString());
    stack()->redo();
    QCOMPARE(lastContacted(), toIso(call.occurredAt));
}

void TestTimelineCommands::tickingATaskOffIsLabelledAndUndone()
{
    TimelineEntry task;
    task.kind = TimelineKind::Task;
    task.subject = QStringLiteral("Send the offer");
    stack()->push(new AddActivity(m_ws, Entity::Contact, m_contact, task));
    QCOMPARE(stack()->undoText(), QStringLiteral("Add task Send the offer"));
    TimelineEntry stored = timeline().first();
    stored.done = true;
    stack()->push(new EditActivity(m_ws, stored));
    QCOMPARE(stack()->undoText(), QStringLiteral("Mark Send the offer as done"));
    QVERIFY(timeline().first().done);
    stack()->undo();
    QVERIFY(!timeline().first().done);
}

void TestTimelineCommands::deleteActivityIsUndone()
{
    TimelineEntry meeting;
    meeting.kind = TimelineKind::Meeting;
    meeting.subject = QStringLiteral("Kick-off");
    meeting.body = QStringLiteral("Agenda attached");
    stack()->push(new AddActivity(m_ws, Entity::Contact, m_contact, meeting));
    const TimelineEntry stored = timeline().first();
    auto *del = new DeleteActivity(m_ws, stored.id);
    QCOMPARE(del->text(), QStringLiteral("Delete meeting Kick-off"));
    stack()->push(del);
    QVERIFY(timeline().isEmpty());
    stack()->undo();
    QCOMPARE(timeline().first().id, stored.id);
    QCOMPARE(timeline().first().body, stored.body);
}

void TestTimelineCommands::anEmptyNoteLeavesNoUndoStep()
{
    stack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("  ")));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(timeline().isEmpty());
}

QTEST_GUILESS_MAIN(TestTimelineCommands)
#include "tst_timelinecommands.moc"
