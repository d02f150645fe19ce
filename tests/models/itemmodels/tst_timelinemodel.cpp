#include "commands/addactivity.h"
#include "commands/addnote.h"
#include "itemmodels/timelinemodel.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheContactsEntriesNewestFirst();
    void followsNotesAddedAndUndone();
    void checkingATaskPushesEditActivity();
    void editingANoteInPlacePushesEditNote();
    void anotherContactsEntriesAreNotShown();

private:
    qint64 addContact();

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    TimelineModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    qint64 m_contact = 0;
};

void TestTimelineModel::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("timeline.kempt"))).ok());
    m_model = new TimelineModel(m_ws);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_contact = addContact();
    m_model->setRecord(Entity::Contact, m_contact);
}

void TestTimelineModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_ws;
    delete m_dir;
    m_tester = nullptr;
    m_model = nullptr;
    m_ws = nullptr;
    m_dir = nullptr;
}

qint64 TestTimelineModel::addContact()
{
    qint64 id = 0;
    m_ws->write(BatchKind::Edit, QStringLiteral("test"), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        const Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name) VALUES ('Ada', 'L', 'Ada L')"));
        id = q.lastInsertId().toLongLong();
        return r;
    });
    return id;
}

void TestTimelineModel::showsTheContactsEntriesNewestFirst()
{
    TimelineEntry call;
    call.kind = TimelineKind::Call;
    call.subject = QStringLiteral("Intro call");
    call.occurredAt = QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC);
    m_ws->undoStack()->push(new AddActivity(m_ws, Entity::Contact, m_contact, call));
    m_ws->undoStack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("First line\nsecond line")));

    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex note = m_model->index(0);
    QCOMPARE(note.data(TimelineModel::KindRole).toString(), QStringLiteral("note"));
    QCOMPARE(note.data(Qt::DisplayRole).toString(), QStringLiteral("First line"));
    QCOMPARE(note.data(Qt::EditRole).toString(), QStringLiteral("First line\nsecond line"));
    const QModelIndex callRow = m_model->index(1);
    QCOMPARE(callRow.data(TimelineModel::KindRole).toString(), QStringLiteral("call"));
    QCOMPARE(callRow.data(TimelineModel::OccurredAtRole).toDateTime(), call.occurredAt);
    QVERIFY(!callRow.data(Qt::CheckStateRole).isValid());
}

void TestTimelineModel::followsNotesAddedAndUndone()
{
    m_ws->undoStack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("hello")));
    QCOMPARE(m_model->rowCount(), 1);
    m_ws->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTimelineModel::checkingATaskPushesEditActivity()
{
    TimelineEntry task;
    task.kind = TimelineKind::Task;
    task.subject = QStringLiteral("Call back");
    m_ws->undoStack()->push(new AddActivity(m_ws, Entity::Contact, m_contact, task));
    const QModelIndex row = m_model->index(0);
    QVERIFY(m_model->flags(row) & Qt::ItemIsUserCheckable);
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QVERIFY(m_model->setData(row, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Mark Call back as done"));
    QCOMPARE(m_model->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_ws->undoStack()->undo();
    QCOMPARE(m_model->index(0).data(TimelineModel::DoneRole).toBool(), false);
}

void TestTimelineModel::editingANoteInPlacePushesEditNote()
{
    m_ws->undoStack()->push(new AddNote(m_ws, Entity::Contact, m_contact, QStringLiteral("draft")));
    QVERIFY(m_model->setData(m_model->index(0), QStringLiteral("final")));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit note"));
    QCOMPARE(m_model->index(0).data(TimelineModel::BodyRole).toString(), QStringLiteral("final"));
    QVERIFY(!m_model->setData(m_model->index(0), QString()));
    QCOMPARE(m_model->index(0).data(TimelineModel::BodyRole).toString(), QStringLiteral("final"));
}

void TestTimelineModel::anotherContactsEntriesAreNotShown()
{
    const qint64 other = addContact();
    m_ws->undoStack()->push(new AddNote(m_ws, Entity::Contact, other, QStringLiteral("not here")));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setRecord(Entity::Contact, other);
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
