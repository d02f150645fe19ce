#include "commands/marknotduplicate.h"
#include "commands/mergecontacts.h"
#include "commands/skipduplicategroup.h"
#include "dedup/attachdedup.h"
#include "dedup/duplicatescanjob.h"
#include "itemmodels/duplicategroupmodel.h"
#include "merge/mergegrouppreview.h"
#include "duplicatefixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;

// The list of the Duplicates section: the stored groups with band, score and size, kept
// current through every decision and its undo.
class TestDuplicateGroupModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestWorkspace> m_ws;
    Test::DuplicateFixture m_f;

    Workspace *ws() { return m_ws->get(); }

    void scan()
    {
        DuplicateScanJob::Summary summary;
        const Result r = DuplicateScanJob::run(ws()->db(), nullptr, &summary, 2);
        QVERIFY2(r, qPrintable(r.message()));
    }

    static int rowOfMembers(const DuplicateGroupModel &model, const QList<qint64> &ids)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.groupAt(row).contactIds == ids)
                return row;
        return -1;
    }

    void mergeRow(const DuplicateGroupModel &model, int row)
    {
        MergeGroupPreview preview;
        QVERIFY(MergeGroupPreview::load(ws()->db(), model.groupAt(row).contactIds, SurvivorshipRules(), &preview).ok());
        ws()->undoStack()->push(new MergeContacts(ws(), preview.plan()));
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<Test::TestWorkspace>();
        attachDedup(ws());
        m_f = Test::DuplicateFixture();
        QVERIFY(Test::buildDuplicateFixture(ws(), &m_f).ok());
    }

    void cleanup() { m_ws.reset(); }

    void withoutAScanTheModelIsEmptyAndSaysSo()
    {
        DuplicateGroupModel model(ws());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasScan());
    }

    void everyGroupShowsItsRecordsBandScoreAndSize()
    {
        scan();
        DuplicateGroupModel model(ws());
        QAbstractItemModelTester tester(&model);
        QVERIFY(model.hasScan());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DuplicateGroupModel::ColumnCount));
        const int ann = rowOfMembers(model, m_f.ann);
        QVERIFY(ann >= 0);
        const QModelIndex records = model.index(ann, DuplicateGroupModel::RecordsColumn);
        QCOMPARE(records.data().toString(),
                 QLocale().createSeparatedList({QStringLiteral("Ann Lee"), QStringLiteral("Anna Lee"), QStringLiteral("Ann Lee")}));
        QCOMPARE(records.data(DuplicateGroupModel::SizeRole).toInt(), 3);
        QCOMPARE(model.index(ann, DuplicateGroupModel::SizeColumn).data().toString(), QStringLiteral("3"));
        const auto band = MatchBand(model.index(ann, 0).data(DuplicateGroupModel::BandRole).toInt());
        QCOMPARE(model.index(ann, DuplicateGroupModel::BandColumn).data().toString(), DuplicateGroupModel::bandLabel(band));
        const double score = model.index(ann, 0).data(DuplicateGroupModel::ScoreRole).toDouble();
        QCOMPARE(model.index(ann, DuplicateGroupModel::ScoreColumn).data().toString(), QLocale().toString(score, 'f', 1));
        QVERIFY(model.index(ann, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Anna Lee")));
        const int karen = rowOfMembers(model, {m_f.karen, m_f.karenTwin});
        QCOMPARE(model.index(karen, 0).data().toString(), QLocale().createSeparatedList({QStringLiteral("Karen Gomez"), QStringLiteral("Karen Gomez")}));
        QCOMPARE(model.headerData(DuplicateGroupModel::BandColumn, Qt::Horizontal).toString(), QStringLiteral("Match"));
    }

    void aDecisionAndItsUndoShowInTheList_data()
    {
        QTest::addColumn<QString>("decision");
        QTest::newRow("merge") << QStringLiteral("merge");
        QTest::newRow("not a duplicate") << QStringLiteral("not a duplicate");
    }

    void aDecisionAndItsUndoShowInTheList()
    {
        QFETCH(QString, decision);
        scan();
        DuplicateGroupModel model(ws());
        QAbstractItemModelTester tester(&model);
        const int row = rowOfMembers(model, {m_f.karen, m_f.karenTwin});
        const qint64 id = model.groupAt(row).id;
        if (decision == QLatin1String("merge"))
            mergeRow(model, row);
        else
            ws()->undoStack()->push(new MarkNotDuplicate(ws(), Entity::Contact, model.groupAt(row).contactIds));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfGroup(id), -1);
        ws()->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfGroup(id), row);
        ws()->undoStack()->redo();
        QCOMPARE(model.rowCount(), 2);
    }

    void aSkippedGroupMovesToTheEndAndIsMarked()
    {
        scan();
        DuplicateGroupModel model(ws());
        QAbstractItemModelTester tester(&model);
        const qint64 first = model.groupAt(0).id;
        ws()->undoStack()->push(new SkipDuplicateGroup(ws(), first, QStringLiteral("first")));
        QCOMPARE(model.rowOfGroup(first), 2);
        QVERIFY(model.index(2, 0).data(DuplicateGroupModel::SkippedRole).toBool());
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Skipped")));
    }

    void aModelThatIsNotLiveCatchesUpWhenItIs()
    {
        scan();
        DuplicateGroupModel model(ws());
        QAbstractItemModelTester tester(&model);
        QSignalSpy reloaded(&model, &DuplicateGroupModel::reloaded);
        model.setLive(false);
        mergeRow(model, 0);
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        model.setLive(true);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void aScanOfAnotherProgramIsSeenOnReload()
    {
        DuplicateGroupModel model(ws());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        {
            DuplicateScanJob job(m_ws->path());
            QSignalSpy finished(&job, &DuplicateScanJob::finished);
            job.start();
            QVERIFY(finished.wait(60000));
        }
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateGroupModel)
#include "tst_duplicategroupmodel.moc"
