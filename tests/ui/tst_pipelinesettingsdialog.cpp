#include "../models/deals/dealfixture.h"
#include "pipelinesettingsdialog.h"
#include "support/scriptedpresenter.h"

#include "itemmodels/stagetablemodel.h"
#include "stores/dealstore.h"
#include "stores/pipelinestore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using namespace Kempt::Test;

namespace {

// Sales: Lead (A, B, and C in the trash), Qualified (D), Proposal, Negotiation.
struct Fixture
{
    TestWorkspace ws;
    Pipeline sales;
    ScriptedPresenter presenter;
    QHash<QString, qint64> id;
    std::unique_ptr<PipelineSettingsDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        sales = addSales(ws.get());
        for (const QString &t : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            id[t] = pushDeal(ws.get(), makeDeal(t, 1000, sales.stages.at(0).id));
        id[QStringLiteral("D")] = pushDeal(ws.get(), makeDeal(QStringLiteral("D"), 1000, sales.stages.at(1).id));
        const Result r = ws->write(BatchKind::System, QStringLiteral("trash"), [this](QSqlDatabase db) {
            return DealStore(db).moveToTrash(RecordSelection::ofIds({id.value(QStringLiteral("C"))}));
        });
        if (!r)
            qFatal("%s", qPrintable(r.message()));
        ws->undoStack()->clear();
        // As the main window does: a failed command is told through the presenter.
        QObject::connect(ws.get(), &Workspace::errorOccurred, [this](const QString &m) { presenter.error(m); });
        dialog = std::make_unique<PipelineSettingsDialog>(ws.get(), &presenter, sales.id);
        tester = std::make_unique<QAbstractItemModelTester>(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog->show();
    }
    QStringList stageNames()
    {
        QStringList names;
        const Pipeline p = PipelineStore(ws->db()).load(sales.id).value_or(Pipeline());
        for (const Stage &s : p.stages)
            names << s.name;
        return names;
    }
    qint64 stageOf(const QString &deal)
    {
        return ws.scalar(QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"), {id.value(deal)}).toLongLong();
    }
    QPushButton *button(const char *name) { return dialog->findChild<QPushButton *>(QString::fromLatin1(name)); }
};

} // namespace

class TestPipelineSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheStagesWithTheirSettingsAndDeals()
    {
        Fixture f;
        StageTableModel *m = f.dialog->model();
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->index(0, StageTableModel::NameColumn).data().toString(), QStringLiteral("Lead"));
        QCOMPARE(m->index(0, StageTableModel::ProbabilityColumn).data(Qt::EditRole).toInt(), 10);
        // Lead holds A and B, and C in the trash: all three keep it from going.
        QCOMPARE(m->dealCount(0), 3);
        QCOMPARE(m->openDealCount(0), 2);
        QCOMPARE(m->index(2, StageTableModel::GateColumn).data().toString(), QStringLiteral("Value and Expected close"));
        QCOMPARE(f.dialog->pipelineCombo()->currentText(), QStringLiteral("Sales"));
    }

    void editingInTheTableChangesTheStageAsOneUndoStepEach()
    {
        Fixture f;
        StageTableModel *m = f.dialog->model();
        QVERIFY(m->setData(m->index(0, StageTableModel::NameColumn), QStringLiteral("Inbound")));
        QVERIFY(m->setData(m->index(0, StageTableModel::ProbabilityColumn), 15));
        QVERIFY(m->setData(m->index(0, StageTableModel::RottingColumn), 9));
        QCOMPARE(f.ws->undoStack()->count(), 3);
        const Stage s = *PipelineStore(f.ws->db()).stage(f.sales.stages.at(0).id);
        QCOMPARE(s.name, QStringLiteral("Inbound"));
        QCOMPARE(s.probability, 0.15);
        QCOMPARE(s.rottingDays, 9);
        QVERIFY(!m->setData(m->index(0, StageTableModel::ProbabilityColumn), 140));
        QVERIFY(!m->setData(m->index(1, StageTableModel::NameColumn), QStringLiteral("inbound"))); // names are unique
        QCOMPARE(f.presenter.errors.size(), 1);
        f.ws->undoStack()->undo();
        f.ws->undoStack()->undo();
        f.ws->undoStack()->undo();
        QCOMPARE(f.stageNames().first(), QStringLiteral("Lead"));
    }

    void addingAStagePutsItAfterTheOneSelected()
    {
        Fixture f;
        f.dialog->selectStage(1);
        f.presenter.texts.enqueue(QStringLiteral("Demo"));
        QTest::mouseClick(f.button("addStage"), Qt::LeftButton);
        QCOMPARE(f.stageNames(), QStringList({QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Demo"),
                                              QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
        QCOMPARE(f.dialog->currentRow(), 2);
        QCOMPARE(f.dialog->model()->stageAt(2).probability, 0.25); // as the stage before it
    }

    void movingAStageUpAndDownReordersThePipeline()
    {
        Fixture f;
        f.dialog->selectStage(0);
        QVERIFY(!f.button("moveStageUp")->isEnabled());
        QTest::mouseClick(f.button("moveStageDown"), Qt::LeftButton);
        QCOMPARE(f.stageNames(), QStringList({QStringLiteral("Qualified"), QStringLiteral("Lead"), QStringLiteral("Proposal"),
                                              QStringLiteral("Negotiation")}));
        QCOMPARE(f.dialog->currentRow(), 1); // the selection follows the stage
        QTest::mouseClick(f.button("moveStageUp"), Qt::LeftButton);
        QCOMPARE(f.stageNames().first(), QStringLiteral("Lead"));
        f.ws->undoStack()->undo();
        QCOMPARE(f.stageNames().first(), QStringLiteral("Qualified"));
    }

    void removingAStageWithDealsMovesThemWhereThePersonSaysFirst()
    {
        Fixture f;
        f.dialog->selectStage(0);
        f.presenter.choices.enqueue(QStringLiteral("Qualified"));
        QTest::mouseClick(f.button("removeStage"), Qt::LeftButton);
        QCOMPARE(f.presenter.questions, QStringList{QStringLiteral("“Lead” holds 3 deals. Move them to:")});
        QCOMPARE(f.presenter.offered, QStringList({QStringLiteral("Qualified"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
        QCOMPARE(f.stageNames(), QStringList({QStringLiteral("Qualified"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
        // Every deal, the trashed one too, has a stage.
        for (const QString &deal : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            QCOMPARE(f.stageOf(deal), f.sales.stages.at(1).id);
        QCOMPARE(f.ws.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE stage_id NOT IN (SELECT id FROM stages)")).toInt(), 0);
        QCOMPARE(f.dialog->model()->dealCount(0), 4);
        QCOMPARE(f.ws->undoStack()->count(), 1);
        f.ws->undoStack()->undo();
        QCOMPARE(f.stageNames().first(), QStringLiteral("Lead"));
        QCOMPARE(f.stageOf(QStringLiteral("A")), f.sales.stages.at(0).id);
    }

    void removingAStageWithDealsDoesNothingWhenNoTargetIsChosen()
    {
        Fixture f;
        f.dialog->selectStage(1);
        QTest::mouseClick(f.button("removeStage"), Qt::LeftButton); // no answer scripted: cancelled
        QCOMPARE(f.stageNames().size(), 4);
        QCOMPARE(f.ws->undoStack()->count(), 0);
    }

    void removingAnEmptyStageOnlyAsksToConfirm()
    {
        Fixture f;
        f.dialog->selectStage(3);
        QTest::mouseClick(f.button("removeStage"), Qt::LeftButton);
        QCOMPARE(f.presenter.confirmations.size(), 1);
        QVERIFY(f.presenter.questions.isEmpty());
        QCOMPARE(f.stageNames(), QStringList({QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal")}));
    }

    void theRequiredFieldsListSetsTheGate()
    {
        Fixture f;
        f.dialog->selectStage(1);
        QListWidget *fields = f.dialog->requiredFields();
        QListWidgetItem *value = nullptr;
        for (int i = 0; i < fields->count(); ++i)
            if (fields->item(i)->data(Qt::UserRole).toString() == QLatin1String("value"))
                value = fields->item(i);
        QVERIFY(value);
        QCOMPARE(value->checkState(), Qt::Unchecked);
        value->setCheckState(Qt::Checked);
        QCOMPARE(PipelineStore(f.ws->db()).stage(f.sales.stages.at(1).id)->requiredFields, QStringList{QStringLiteral("value")});
        f.dialog->selectStage(2);
        QCOMPARE(value->checkState(), Qt::Checked); // Proposal requires it too
        f.ws->undoStack()->undo();
        QVERIFY(PipelineStore(f.ws->db()).stage(f.sales.stages.at(1).id)->requiredFields.isEmpty());
    }

    void pipelinesAreAddedRenamedAndDeleted()
    {
        Fixture f;
        QSignalSpy chosen(f.dialog.get(), &PipelineSettingsDialog::pipelineChosen);
        f.presenter.texts.enqueue(QStringLiteral("Partners"));
        QTest::mouseClick(f.dialog->findChild<QPushButton *>(QStringLiteral("newPipeline")), Qt::LeftButton);
        QCOMPARE(f.dialog->pipelineCombo()->currentText(), QStringLiteral("Partners"));
        QCOMPARE(f.dialog->model()->rowCount(), 4); // the usual stages
        QCOMPARE(chosen.count(), 1);
        const qint64 partners = f.dialog->pipelineId();

        f.presenter.texts.enqueue(QStringLiteral("Channel partners"));
        QTest::mouseClick(f.button("renamePipeline"), Qt::LeftButton);
        QCOMPARE(PipelineStore(f.ws->db()).load(partners)->name, QStringLiteral("Channel partners"));
        QCOMPARE(f.dialog->pipelineCombo()->currentText(), QStringLiteral("Channel partners"));

        QTest::mouseClick(f.button("deletePipeline"), Qt::LeftButton);
        QVERIFY(!PipelineStore(f.ws->db()).load(partners));
        QCOMPARE(f.dialog->pipelineCombo()->currentText(), QStringLiteral("Sales"));

        // Sales holds deals: refused, with the reason told, and nothing lost.
        QTest::mouseClick(f.button("deletePipeline"), Qt::LeftButton);
        QCOMPARE(f.presenter.errors.size(), 1);
        QVERIFY(PipelineStore(f.ws->db()).load(f.sales.id));
        QCOMPARE(f.ws->undoStack()->count(), 3);
    }
};

QTEST_MAIN(TestPipelineSettingsDialog)
#include "tst_pipelinesettingsdialog.moc"
