#include "commands/deleteview.h"
#include "commands/saveview.h"
#include "itemmodels/savedviewlistmodel.h"
#include "stores/savedviewstore.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

namespace {

SavedView berlinVips()
{
    SavedView v;
    v.entity = Entity::Contact;
    v.name = QStringLiteral("Berlin VIPs");
    v.filter.search = QStringLiteral("acme");
    v.filter.conditions = {FilterCondition{QStringLiteral("city"), FilterCondition::Operator::Equals, QStringLiteral("Berlin")},
                           FilterCondition{QStringLiteral("tags"), FilterCondition::Operator::HasTag, QStringLiteral("vip")}};
    v.columns = {QStringLiteral("display_name"), QStringLiteral("email"), QStringLiteral("city")};
    v.sortKey = QStringLiteral("last_name");
    v.sortOrder = Qt::DescendingOrder;
    return v;
}

QList<SavedView> views(Test::TestWorkspace &ws, Entity entity = Entity::Contact)
{
    return SavedViewStore(ws->db()).list(entity);
}

} // namespace

class TestSavedViewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedViewComesBackAsSaved()
    {
        Test::TestWorkspace ws;
        auto *cmd = new SaveView(ws.get(), berlinVips());
        ws->undoStack()->push(cmd);
        QVERIFY(cmd->succeeded());
        QVERIFY(cmd->viewId() > 0);

        const QList<SavedView> list = views(ws);
        QCOMPARE(list.size(), 1);
        const SavedView &v = list.first();
        const SavedView expected = berlinVips();
        QCOMPARE(v.id, cmd->viewId());
        QCOMPARE(v.name, expected.name);
        QCOMPARE(v.entity, Entity::Contact);
        QVERIFY(v.filter == expected.filter);
        QCOMPARE(v.columns, expected.columns);
        QCOMPARE(v.sortKey, expected.sortKey);
        QCOMPARE(v.sortOrder, Qt::DescendingOrder);
        QVERIFY(views(ws, Entity::Company).isEmpty());
    }

    void savingUnderAnExistingNameReplacesTheView()
    {
        Test::TestWorkspace ws;
        ws->undoStack()->push(new SaveView(ws.get(), berlinVips()));
        const qint64 id = views(ws).first().id;
        SavedView other;
        other.name = QStringLiteral("  Other ");
        ws->undoStack()->push(new SaveView(ws.get(), other));

        SavedView changed = berlinVips();
        changed.filter.search.clear();
        changed.columns = {QStringLiteral("display_name")};
        changed.sortKey.clear();
        auto *replace = new SaveView(ws.get(), changed);
        ws->undoStack()->push(replace);
        QCOMPARE(replace->viewId(), id);

        const QList<SavedView> list = views(ws);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, id); // keeps its place
        QCOMPARE(list.at(0).filter.search, QString());
        QCOMPARE(list.at(0).columns, QStringList{QStringLiteral("display_name")});
        QCOMPARE(list.at(0).sortKey, QString());
        QCOMPARE(list.at(1).name, QStringLiteral("Other"));

        // Undo brings the replaced view back exactly.
        ws->undoStack()->undo();
        const SavedView back = *SavedViewStore(ws->db()).load(id);
        QVERIFY(back.filter == berlinVips().filter);
        QCOMPARE(back.sortOrder, Qt::DescendingOrder);
    }

    void sameNameInAnotherEntityIsAnotherView()
    {
        Test::TestWorkspace ws;
        SavedView companies = berlinVips();
        companies.entity = Entity::Company;
        ws->undoStack()->push(new SaveView(ws.get(), berlinVips()));
        ws->undoStack()->push(new SaveView(ws.get(), companies));
        QCOMPARE(views(ws).size(), 1);
        QCOMPARE(views(ws, Entity::Company).size(), 1);
        QCOMPARE(views(ws, Entity::Company).first().filter.entity(), Entity::Company);
    }

    void aViewNeedsAName()
    {
        Test::TestWorkspace ws;
        SavedView v;
        v.name = QStringLiteral("   ");
        QSignalSpy errors(ws.get(), &Workspace::errorOccurred);
        auto *cmd = new SaveView(ws.get(), v);
        ws->undoStack()->push(cmd);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("name")));
        QCOMPARE(ws->undoStack()->count(), 0);
        QVERIFY(views(ws).isEmpty());
    }

    void deletingAViewCanBeUndone()
    {
        Test::TestWorkspace ws;
        ws->undoStack()->push(new SaveView(ws.get(), berlinVips()));
        const SavedView saved = views(ws).first();
        ws->undoStack()->push(new DeleteView(ws.get(), saved));
        QVERIFY(views(ws).isEmpty());
        ws->undoStack()->undo();
        QCOMPARE(views(ws).size(), 1);
        QCOMPARE(views(ws).first().id, saved.id);
        QVERIFY(views(ws).first().filter == saved.filter);
        ws->undoStack()->redo();
        QVERIFY(views(ws).isEmpty());
    }

    void deletingAViewThatIsGoneSaysSo()
    {
        Test::TestWorkspace ws;
        SavedView ghost;
        ghost.id = 42;
        ghost.name = QStringLiteral("Ghost");
        QSignalSpy errors(ws.get(), &Workspace::errorOccurred);
        ws->undoStack()->push(new DeleteView(ws.get(), ghost));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(ws->undoStack()->count(), 0);
    }

    void malformedStoredJsonGivesAnEmptyView()
    {
        Test::TestWorkspace ws;
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO saved_views(entity, name, filter, columns, sort) "
                                      "VALUES ('contact', 'Broken', '{not json', '[1, \"city\"]', 'null')")));
        const QList<SavedView> list = views(ws);
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().filter.isEmpty());
        QCOMPARE(list.first().columns, QStringList{QStringLiteral("city")});
        QVERIFY(list.first().sortKey.isEmpty());
    }

    void theSidebarListFollowsChanges()
    {
        Test::TestWorkspace ws;
        SavedViewListModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);

        ws->undoStack()->push(new SaveView(ws.get(), berlinVips()));
        SavedView second;
        second.name = QStringLiteral("All customers");
        ws->undoStack()->push(new SaveView(ws.get(), second));
        SavedView company;
        company.entity = Entity::Company;
        company.name = QStringLiteral("Not mine");
        ws->undoStack()->push(new SaveView(ws.get(), company));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Berlin VIPs")); // saving order
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("All customers"));
        QCOMPARE(model.rowOfName(QStringLiteral("All customers")), 1);
        const qint64 id = model.index(0).data(SavedViewListModel::IdRole).toLongLong();
        QCOMPARE(model.rowOfId(id), 0);
        QCOMPARE(model.viewAt(0).sortKey, QStringLiteral("last_name"));

        ws->undoStack()->push(new DeleteView(ws.get(), model.viewAt(0)));
        QCOMPARE(model.rowCount(), 1);
        ws->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);

        ws->close();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSavedViewStore)
#include "tst_savedviewstore.moc"
