#include "support/scriptedpresenter.h"
#include "tagmanagerdialog.h"
#include "testworkspace.h"

#include "itemmodels/taglistmodel.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"
#include "stores/tagstore.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

namespace {

// Three contacts: two customers (one also "Kunde", the same thing in German) and one
// without tags, plus a tag nobody uses.
void fill(Workspace *ws)
{
    const Result r = ws->write(BatchKind::System, QStringLiteral("test data"), [](QSqlDatabase db) {
        ContactStore contacts(db);
        const QList<QStringList> tagSets = {{QStringLiteral("customer"), QStringLiteral("Kunde")},
                                            {QStringLiteral("customer")},
                                            {}};
        int n = 0;
        for (const QStringList &tags : tagSets) {
            Contact c;
            c.firstName = QStringLiteral("Person %1").arg(++n);
            c.tags = tags;
            if (Result r = contacts.insert(c); !r)
                return r;
        }
        return TagStore(db).create(QStringLiteral("unused"));
    });
    if (!r)
        qFatal("cannot fill the workspace: %s", qPrintable(r.message()));
}

QStringList tagNames(Workspace *ws)
{
    QStringList names;
    for (const TagUsage &t : TagStore(ws->db()).list())
        names << QStringLiteral("%1=%2").arg(t.name).arg(t.total());
    return names;
}

} // namespace

class TestTagManagerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theListShowsEveryTagWithItsUsage()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        TagManagerDialog dialog(ws.get(), &presenter);
        QAbstractItemModelTester tester(dialog.model());
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(tagNames(ws.get()), (QStringList{QStringLiteral("customer=2"), QStringLiteral("Kunde=1"),
                                                  QStringLiteral("unused=0")}));
    }

    void creatingATagIsOneUndoStep()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        TagManagerDialog dialog(ws.get(), &presenter);
        QTest::keyClicks(dialog.newTagEdit(), QStringLiteral("newsletter"));
        QTest::keyClick(dialog.newTagEdit(), Qt::Key_Return);
        QCOMPARE(dialog.model()->rowCount(), 4);
        QVERIFY(dialog.newTagEdit()->text().isEmpty());
        QCOMPARE(dialog.selectedRows(), QList<int>{dialog.model()->rowOfId(TagStore(ws->db()).idForName(QStringLiteral("newsletter")))});
        ws->undoStack()->undo();
        QCOMPARE(dialog.model()->rowCount(), 3);
    }

    void aDuplicateNameIsRefusedWithAMessage()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        QObject::connect(ws.get(), &Workspace::errorOccurred, [&presenter](const QString &m) { presenter.error(m); });
        TagManagerDialog dialog(ws.get(), &presenter);
        QTest::keyClicks(dialog.newTagEdit(), QStringLiteral("Customer"));
        dialog.createTag();
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(presenter.errors.size(), 1);
        QCOMPARE(dialog.newTagEdit()->text(), QStringLiteral("Customer")); // kept, to correct it
    }

    void renamingInPlaceRenamesTheTagEverywhere()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        TagManagerDialog dialog(ws.get(), &presenter);
        const QModelIndex kunde = dialog.view()->model()->index(1, 0);
        QVERIFY(dialog.view()->model()->setData(kunde, QStringLiteral("Client")));
        QCOMPARE(tagNames(ws.get()), (QStringList{QStringLiteral("Client=1"), QStringLiteral("customer=2"),
                                                  QStringLiteral("unused=0")}));
        QCOMPARE(ContactStore(ws->db()).load(1)->tags.contains(QStringLiteral("Client")), true);
        ws->undoStack()->undo();
        QVERIFY(TagStore(ws->db()).idForName(QStringLiteral("Kunde")) > 0);
    }

    void mergingFoldsTheOtherTagsIntoTheChosenOneInOneUndoStep()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        presenter.choices.enqueue(QStringLiteral("customer"));
        TagManagerDialog dialog(ws.get(), &presenter);
        dialog.selectTags({QStringLiteral("customer"), QStringLiteral("Kunde")});
        dialog.mergeSelected();
        QCOMPARE(presenter.offered, (QStringList{QStringLiteral("customer"), QStringLiteral("Kunde")}));
        QCOMPARE(tagNames(ws.get()), (QStringList{QStringLiteral("customer=2"), QStringLiteral("unused=0")}));
        QCOMPARE(ws->undoStack()->count(), 1);
        ws->undoStack()->undo();
        QCOMPARE(tagNames(ws.get()), (QStringList{QStringLiteral("customer=2"), QStringLiteral("Kunde=1"),
                                                  QStringLiteral("unused=0")}));
    }

    void deletingAsksWithTheNumberOfRecordsAndRemovesTheLinks()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        TagManagerDialog dialog(ws.get(), &presenter);
        dialog.selectTags({QStringLiteral("customer")});
        presenter.confirmAnswers.enqueue(false);
        dialog.deleteSelected();
        QCOMPARE(dialog.model()->rowCount(), 3);
        QVERIFY(presenter.confirmations.first().contains(QStringLiteral("“customer”")));
        QVERIFY(presenter.confirmations.first().contains(QStringLiteral("2 records")));
        dialog.deleteSelected();
        QCOMPARE(tagNames(ws.get()), (QStringList{QStringLiteral("Kunde=1"), QStringLiteral("unused=0")}));
        QVERIFY(ContactStore(ws->db()).load(2)->tags.isEmpty());
    }

    void removeUnusedDeletesOnlyTagsNobodyCarries()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        TagManagerDialog dialog(ws.get(), &presenter);
        dialog.removeUnused();
        QCOMPARE(tagNames(ws.get()), (QStringList{QStringLiteral("customer=2"), QStringLiteral("Kunde=1")}));
        QCOMPARE(ws->undoStack()->count(), 1);
    }

    void theFilterNarrowsTheList()
    {
        Test::TestWorkspace ws;
        fill(ws.get());
        Test::ScriptedPresenter presenter;
        TagManagerDialog dialog(ws.get(), &presenter);
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("KU"));
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        QCOMPARE(dialog.view()->model()->index(0, 0).data(TagListModel::NameRole).toString(), QStringLiteral("Kunde"));
    }
};

QTEST_MAIN(TestTagManagerDialog)
#include "tst_tagmanagerdialog.moc"
