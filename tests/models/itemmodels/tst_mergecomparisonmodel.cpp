#include "itemmodels/mergecomparisonmodel.h"
#include "itemmodels/pairexplanationmodel.h"
#include "dedup/matchfield.h"
#include "merge/mergegrouppreview.h"
#include "mergefixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Kempt;
using Kempt::Test::MergeFixture;
using Kempt::Test::TestWorkspace;

// The two tables of a duplicate group under review: the records side by side with the
// field picker, and the evidence of a pair.
class TestMergeComparisonModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    MergeFixture m_f;

    MergeGroupPreview preview()
    {
        MergeGroupPreview p;
        const Result r = MergeGroupPreview::load((*m_ws)->db(), {m_f.annie, m_f.anna, m_f.ann}, SurvivorshipRules(), &p);
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return p;
    }

    static int chosenColumn(const MergeComparisonModel &model, int row)
    {
        int found = -1;
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.index(row, c).data(MergeComparisonModel::ChosenRole).toBool()) {
                if (found >= 0)
                    return -2; // more than one
                found = c;
            }
        return found;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_f = MergeFixture();
        QVERIFY(buildMergeFixture(m_ws->get(), &m_f).ok());
    }

    void cleanup() { m_ws.reset(); }

    void everyRecordHasAColumnAndTheResultTheLast()
    {
        MergeComparisonModel model;
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        model.setPreview(preview());
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.resultColumn(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("1 · Annie Lee"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("After the merge"));
        QCOMPARE(model.headerData(MergeComparisonModel::SurvivorRow, Qt::Vertical).toString(), QStringLiteral("Record"));
        // Ann, the most complete record, is kept.
        QCOMPARE(chosenColumn(model, MergeComparisonModel::SurvivorRow), 2);
        QCOMPARE(model.index(MergeComparisonModel::SurvivorRow, 3).data().toString(), QStringLiteral("Ann Lee"));
        // Fields nobody filled in are left out; those somebody did are there.
        QVERIFY(model.rowOfField(QStringLiteral("job_title")) > 0);
        QCOMPARE(model.rowOfField(QStringLiteral("salutation")), -1);
    }

    void everyRowHasExactlyOneChosenRecord()
    {
        MergeComparisonModel model;
        model.setPreview(preview());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY2(chosenColumn(model, row) >= 0, qPrintable(model.headerData(row, Qt::Vertical).toString()));
        const int job = model.rowOfField(QStringLiteral("job_title"));
        QCOMPARE(chosenColumn(model, job), 1); // Anna was updated last
        QVERIFY(model.index(job, 1).data(MergeComparisonModel::DefaultRole).toBool());
        QVERIFY(model.index(job, 0).data(MergeComparisonModel::ConflictRole).toBool());
        QVERIFY(model.index(job, 0).data(MergeComparisonModel::EmptyRole).toBool());
        QCOMPARE(model.index(job, model.resultColumn()).data().toString(), QStringLiteral("CTO"));
        QCOMPARE(model.firstConflictRow() > 0, true);
        // A checkbox reads as an answer: Annie opted out of e-mail, the others did not.
        const int optOut = model.rowOfField(QStringLiteral("do_not_email"));
        QCOMPARE(model.index(optOut, 0).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(optOut, 1).data().toString(), QStringLiteral("No"));
        QCOMPARE(model.index(optOut, model.resultColumn()).data().toString(), QStringLiteral("Yes"));
    }

    void pickingARecordChangesTheResult_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("result");
        QTest::newRow("the engineer's job title") << QStringLiteral("job_title") << 2 << QStringLiteral("Engineer");
        QTest::newRow("the holding company") << QStringLiteral("company") << 1 << QStringLiteral("Acme Holdings");
        QTest::newRow("Annie's first name") << QStringLiteral("first_name") << 0 << QStringLiteral("Annie");
    }

    void pickingARecordChangesTheResult()
    {
        QFETCH(QString, key);
        QFETCH(int, column);
        QFETCH(QString, result);
        MergeComparisonModel model;
        QAbstractItemModelTester tester(&model);
        model.setPreview(preview());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int row = model.rowOfField(key);
        QVERIFY(row > 0);
        QVERIFY(model.choose(row, column).ok());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(chosenColumn(model, row), column);
        QVERIFY(model.index(row, column).data(MergeComparisonModel::OverriddenRole).toBool());
        QCOMPARE(model.index(row, model.resultColumn()).data().toString(), result);
        QCOMPARE(model.preview().plan().sourceOf(key), model.preview().records().at(column).id);
        model.resetChoice(row);
        QVERIFY(!model.index(row, column).data(MergeComparisonModel::OverriddenRole).toBool());
    }

    void keepingAnotherRecordKeepsThePicks()
    {
        MergeComparisonModel model;
        QAbstractItemModelTester tester(&model);
        model.setPreview(preview());
        const int job = model.rowOfField(QStringLiteral("job_title"));
        QVERIFY(model.choose(job, 2).ok());
        const int rows = model.rowCount();
        QVERIFY(model.choose(MergeComparisonModel::SurvivorRow, 0).ok());
        QCOMPARE(model.preview().plan().survivorId(), m_f.annie);
        QCOMPARE(chosenColumn(model, MergeComparisonModel::SurvivorRow), 0);
        QCOMPARE(chosenColumn(model, job), 2);
        QCOMPARE(model.rowCount(), rows);
    }

    void theResultColumnAndRowsOutOfRangeCannotBePicked_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("the result column") << 1 << 3;
        QTest::newRow("no such record") << 1 << 7;
        QTest::newRow("no such row") << 500 << 0;
    }

    void theResultColumnAndRowsOutOfRangeCannotBePicked()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        MergeComparisonModel model;
        model.setPreview(preview());
        const MergePlan before = model.preview().plan();
        QVERIFY(!model.choose(row, column).ok());
        QCOMPARE(model.preview().plan().overrides(), before.overrides());
    }

    void theEvidenceIsListedStrongestFirst()
    {
        PairExplanation e;
        e.score = 21.5;
        e.probability = 0.9999;
        e.band = MatchBand::Sure;
        e.evidence = {{MatchField::City, 1, 1.2, QStringLiteral("berlin"), QStringLiteral("berlin"), true},
                      {MatchField::Email, 1, 16.4, QStringLiteral("ann@x.example"), QStringLiteral("ann@x.example"), true},
                      {MatchField::Birthday, MatchField::BirthdayDifferent, -4.5, QStringLiteral("1985-04-03"),
                       QStringLiteral("1990-01-01"), false}};
        PairExplanationModel model;
        QAbstractItemModelTester tester(&model);
        model.setExplanation(e);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PairExplanationModel::FieldColumn).data().toString(), MatchField::label(MatchField::Email));
        QCOMPARE(model.index(0, PairExplanationModel::ValuesColumn).data().toString(), QStringLiteral("ann@x.example"));
        QCOMPARE(model.index(0, PairExplanationModel::WeightColumn).data().toString(), QStringLiteral("+16.4"));
        QCOMPARE(model.index(1, PairExplanationModel::WeightColumn).data().toString(), QLocale().toString(-4.5, 'f', 1));
        QCOMPARE(model.index(1, PairExplanationModel::ValuesColumn).data().toString(), QStringLiteral("1985-04-03 | 1990-01-01"));
        QCOMPARE(model.index(1, 0).data(PairExplanationModel::WeightRole).toDouble(), -4.5);
        QVERIFY(model.index(0, PairExplanationModel::WeightColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("rare")));
        QCOMPARE(PairExplanationModel::headline(e), QStringLiteral("Sure match · score 21.5 · 99.99%"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMergeComparisonModel)
#include "tst_mergecomparisonmodel.moc"
