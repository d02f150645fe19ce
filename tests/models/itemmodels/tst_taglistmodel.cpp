#include "commands/createtag.h"
#include "commands/tagrecords.h"
#include "itemmodels/taglistmodel.h"
#include "storage/sqlerror.h"
#include "storage/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Kempt;

class TestTagListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsTagsByNameWithTheirUsage();
    void countsChangeInPlaceWhenRecordsAreTagged();
    void aNewTagAppearsAndDisappearsWithUndo();
    void renamingInPlacePushesRenameTagAndResorts();
    void renamingToAnotherTagsNameIsRefused();
    void trashingAContactLowersItsTagsCount();

private:
    QList<qint64> addContacts(int count);
    QStringList names() const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_ws = nullptr;
    TagListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestTagListModel::init()
{
    m_dir = new QTemporaryDir;
    m_ws = new Workspace;
    QVERIFY(m_ws->create(m_dir->filePath(QStringLiteral("tags.kempt"))).ok());
    m_model = new TagListModel(m_ws);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTagListModel::cleanup()
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

QList<qint64> TestTagListModel::addContacts(int count)
{
    QList<qint64> ids;
    m_ws->write(BatchKind::Import, QStringLiteral("test"), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        for (int i = 0; i < count; ++i) {
            const Result r = exec(q, QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name) VALUES ('Bo', ?, ?)"),
                                  {QString::number(i), QStringLiteral("Bo %1").arg(i)});
            if (!r)
                return r;
            ids << q.lastInsertId().toLongLong();
        }
        return Result::success();
    });
    return ids;
}

QStringList TestTagListModel::names() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row).data(TagListModel::NameRole).toString();
    return result;
}

void TestTagListModel::listsTagsByNameWithTheirUsage()
{
    const QList<qint64> c = addContacts(3);
    m_ws->undoStack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("vip")}, 3));
    m_ws->write(BatchKind::Edit, QStringLiteral("test"), [](QSqlDatabase db) {
        QSqlQuery q(db);
        Result r = exec(q, QStringLiteral("INSERT INTO companies(name) VALUES ('Acme')"));
        return r ? exec(q, QStringLiteral("INSERT INTO company_tags(company_id, tag_id) SELECT c.id, g.id FROM companies c, tags g"))
                 : r;
    });
    m_ws->undoStack()->push(new CreateTag(m_ws, QStringLiteral("Archive")));

    QCOMPARE(names(), (QStringList{QStringLiteral("Archive"), QStringLiteral("vip")}));
    const QModelIndex vip = m_model->index(1);
    QCOMPARE(vip.data(TagListModel::ContactCountRole).toLongLong(), 3);
    QCOMPARE(vip.data(TagListModel::CompanyCountRole).toLongLong(), 1);
    QVERIFY(vip.data(TagListModel::IdRole).toLongLong() > 0);
    QCOMPARE(vip.data(Qt::DisplayRole).toString(), QStringLiteral("vip (%1)").arg(QLocale().toString(4)));
    QCOMPARE(vip.data(Qt::EditRole).toString(), QStringLiteral("vip"));
}

void TestTagListModel::countsChangeInPlaceWhenRecordsAreTagged()
{
    const QList<qint64> c = addContacts(5);
    m_ws->undoStack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofId(c[0]), {QStringLiteral("Lead")}, 1));
    QCOMPARE(m_model->rowCount(), 1);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model, &QAbstractItemModel::dataChanged);

    m_ws->undoStack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("Lead")}, 5));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(m_model->index(0).data(TagListModel::ContactCountRole).toLongLong(), 5);

    m_ws->undoStack()->undo();
    QCOMPARE(m_model->index(0).data(TagListModel::ContactCountRole).toLongLong(), 1);
}

void TestTagListModel::aNewTagAppearsAndDisappearsWithUndo()
{
    m_ws->undoStack()->push(new CreateTag(m_ws, QStringLiteral("Partner")));
    QCOMPARE(names(), QStringList{QStringLiteral("Partner")});
    m_ws->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 0);
    m_ws->undoStack()->redo();
    QCOMPARE(names(), QStringList{QStringLiteral("Partner")});
}

void TestTagListModel::renamingInPlacePushesRenameTagAndResorts()
{
    m_ws->undoStack()->push(new CreateTag(m_ws, QStringLiteral("Alpha")));
    m_ws->undoStack()->push(new CreateTag(m_ws, QStringLiteral("Beta")));
    QVERIFY(m_model->flags(m_model->index(0)) & Qt::ItemIsEditable);

    QVERIFY(m_model->setData(m_model->index(0), QStringLiteral(" Gamma ")));
    QCOMPARE(m_ws->undoStack()->count(), 3);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Rename tag Alpha to Gamma"));
    QCOMPARE(names(), (QStringList{QStringLiteral("Beta"), QStringLiteral("Gamma")}));

    m_ws->undoStack()->undo();
    QCOMPARE(names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
}

void TestTagListModel::renamingToAnotherTagsNameIsRefused()
{
    m_ws->undoStack()->push(new CreateTag(m_ws, QStringLiteral("Customer")));
    m_ws->undoStack()->push(new CreateTag(m_ws, QStringLiteral("Customers")));
    QSignalSpy errors(m_ws, &Workspace::errorOccurred);

    QVERIFY(!m_model->setData(m_model->index(0), QStringLiteral("customers")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_ws->undoStack()->count(), 2);
    QCOMPARE(names(), (QStringList{QStringLiteral("Customer"), QStringLiteral("Customers")}));
}

void TestTagListModel::trashingAContactLowersItsTagsCount()
{
    const QList<qint64> c = addContacts(2);
    m_ws->undoStack()->push(new TagRecords(m_ws, Entity::Contact, RecordSelection::ofIds(c), {QStringLiteral("VIP")}, 2));
    m_ws->write(BatchKind::Edit, QStringLiteral("trash"), [&](QSqlDatabase db) {
        QSqlQuery q(db);
        return exec(q, QStringLiteral("UPDATE contacts SET deleted_at = '2024-05-01T00:00:00Z' WHERE id = ?"), {c[0]});
    });
    QCOMPARE(m_model->index(0).data(TagListModel::ContactCountRole).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(TestTagListModel)
#include "tst_taglistmodel.moc"
