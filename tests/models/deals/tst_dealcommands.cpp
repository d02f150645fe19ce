#include "commands/addstage.h"
#include "commands/createpipeline.h"
#include "commands/deletedeals.h"
#include "commands/deletepipeline.h"
#include "commands/deleterecords.h"
#include "commands/editdeal.h"
#include "commands/editstage.h"
#include "commands/losedeal.h"
#include "commands/movedeal.h"
#include "commands/movestage.h"
#include "commands/removestage.h"
#include "commands/renamepipeline.h"
#include "commands/renamestage.h"
#include "commands/reopendeal.h"
#include "commands/windeal.h"
#include "dealfixture.h"
#include "domain/lostreasons.h"
#include "stores/contactstore.h"
#include "stores/dealstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using namespace Kempt::Test;

namespace {

QStringList rows(Workspace *ws, const QString &sql, const QVariantList &binds = {})
{
    QStringList list;
    QSqlQuery q(ws->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qFatal("%s", qPrintable(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        list << cells.join(QLatin1Char('|'));
    }
    return list;
}

// Everything a move may change: stage, pipeline and rank of the deals, and the history.
QStringList snapshot(Workspace *ws)
{
    return rows(ws, QStringLiteral("SELECT id, pipeline_id, stage_id, rank, status, closed_at, lost_reason FROM deals ORDER BY id"))
        + rows(ws, QStringLiteral("SELECT id, deal_id, stage_id, entered_at, left_at FROM deal_stage_history ORDER BY id"));
}

// The titles of a stage's open deals in board order.
QStringList order(Workspace *ws, qint64 stageId)
{
    return rows(ws, QStringLiteral("SELECT title FROM deals WHERE stage_id = ? AND status = 'open' AND deleted_at IS NULL ORDER BY rank, id"),
                {stageId});
}

qint64 stageOf(Workspace *ws, qint64 dealId)
{
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"));
    q.addBindValue(dealId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// Pushes a command and reports the message of its failure (empty when it worked).
QString pushAndReport(Workspace *ws, QUndoCommand *command)
{
    QString failure;
    const auto watch = QObject::connect(ws, &Workspace::errorOccurred, [&failure](const QString &m) { failure = m; });
    ws->undoStack()->push(command);
    QObject::disconnect(watch);
    return failure;
}

} // namespace

class TestDealCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstDealCreatesTheSalesPipeline()
    {
        TestWorkspace ws;
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("Acme licence"), 0));
        QVERIFY(id > 0);
        const QList<Pipeline> pipelines = PipelineStore(ws->db()).pipelines();
        QCOMPARE(pipelines.size(), 1);
        const Pipeline &p = pipelines.first();
        QCOMPARE(p.name, QStringLiteral("Sales"));
        QStringList names;
        QList<double> probabilities;
        for (const Stage &s : p.stages) {
            names << s.name;
            probabilities << s.probability;
            QVERIFY2(s.rottingDays > 0, qPrintable(s.name));
        }
        QCOMPARE(names, QStringList({QStringLiteral("Lead"), QStringLiteral("Qualified"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
        QCOMPARE(probabilities, QList<double>({0.10, 0.25, 0.50, 0.75}));
        QCOMPARE(p.stages.at(2).requiredFields, QStringList({QStringLiteral("value"), QStringLiteral("expected_close")}));
        QCOMPARE(stageOf(ws.get(), id), p.stages.first().id);
        QCOMPARE(rows(ws.get(), QStringLiteral("SELECT stage_id, left_at FROM deal_stage_history WHERE deal_id = ?"), {id}),
                 QStringList{QStringLiteral("%1|").arg(p.stages.first().id)});
    }

    void undoingTheFirstDealTakesTheDefaultPipelineWithIt()
    {
        TestWorkspace ws;
        QVERIFY(pushDeal(ws.get(), makeDeal(QStringLiteral("Acme licence"), 0)) > 0);
        ws->undoStack()->undo();
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM pipelines")).toInt(), 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deals")).toInt(), 0);
        ws->undoStack()->redo();
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM stages")).toInt(), 4);
    }

    void aDealCannotStartInAGatedStageWithoutItsFields()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const QString message = pushAndReport(ws.get(), new CreateDeal(ws.get(), makeDeal(QStringLiteral("Bare"), 0, p.stages.at(2).id)));
        QVERIFY2(message.contains(QStringLiteral("Proposal")) && message.contains(QStringLiteral("Value"))
                     && message.contains(QStringLiteral("Expected close")),
                 qPrintable(message));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deals")).toInt(), 0);
        QVERIFY(pushDeal(ws.get(), makeDeal(QStringLiteral("Full"), 500, p.stages.at(2).id, QStringLiteral("2030-01-31"))) > 0);
    }

    void movingRecordsTheStageHistory()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100, p.stages.at(0).id));
        ws->undoStack()->push(new MoveDeal(ws.get(), {id}, p.stages.at(1).id));
        QCOMPARE(stageOf(ws.get(), id), p.stages.at(1).id);
        const QStringList history = rows(ws.get(), QStringLiteral("SELECT stage_id, left_at <> '', left_at = '' FROM deal_stage_history "
                                                                   "WHERE deal_id = ? ORDER BY id"),
                                         {id});
        QCOMPARE(history, QStringList({QStringLiteral("%1|1|0").arg(p.stages.at(0).id), QStringLiteral("%1|0|1").arg(p.stages.at(1).id)}));
        // The old stay ends when the new one begins.
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history a JOIN deal_stage_history b ON a.deal_id = b.deal_id "
                                          "AND a.id < b.id WHERE a.left_at = b.entered_at")).toInt(), 1);
    }

    void undoOfAMoveRestoresStageRankAndHistory()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 a = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100, p.stages.at(0).id));
        pushDeal(ws.get(), makeDeal(QStringLiteral("B"), 100, p.stages.at(1).id));
        const qint64 c = pushDeal(ws.get(), makeDeal(QStringLiteral("C"), 100, p.stages.at(1).id));
        const QStringList before = snapshot(ws.get());
        ws->undoStack()->push(new MoveDeal(ws.get(), {a}, p.stages.at(1).id, c));
        const QStringList after = snapshot(ws.get());
        QVERIFY(after != before);
        QCOMPARE(order(ws.get(), p.stages.at(1).id), QStringList({QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")}));
        ws->undoStack()->undo();
        QCOMPARE(snapshot(ws.get()), before);
        ws->undoStack()->redo();
        QCOMPARE(snapshot(ws.get()), after);
    }

    void theStageGateRefusesNamingTheMissingFields_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("close");
        QTest::addColumn<QStringList>("named");
        QTest::addColumn<QStringList>("notNamed");
        QTest::newRow("no value") << qint64(0) << QStringLiteral("2030-05-01") << QStringList{QStringLiteral("Value")}
                                  << QStringList{QStringLiteral("Expected close")};
        QTest::newRow("no close date") << qint64(900) << QString() << QStringList{QStringLiteral("Expected close")}
                                       << QStringList{QStringLiteral("Value")};
        QTest::newRow("neither") << qint64(0) << QString() << QStringList{QStringLiteral("Value"), QStringLiteral("Expected close")}
                                 << QStringList();
    }

    void theStageGateRefusesNamingTheMissingFields()
    {
        QFETCH(qint64, value);
        QFETCH(QString, close);
        QFETCH(QStringList, named);
        QFETCH(QStringList, notNamed);
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("Gated"), value, p.stages.at(0).id, close));
        const QStringList before = snapshot(ws.get());
        const int steps = ws->undoStack()->count();
        const QString message = pushAndReport(ws.get(), new MoveDeal(ws.get(), {id}, p.stages.at(2).id));
        QVERIFY2(message.contains(QStringLiteral("\"Proposal\"")) && message.contains(QStringLiteral("\"Gated\"")), qPrintable(message));
        for (const QString &label : named)
            QVERIFY2(message.contains(label), qPrintable(message));
        for (const QString &label : notNamed)
            QVERIFY2(!message.contains(label), qPrintable(message));
        QCOMPARE(snapshot(ws.get()), before);
        QCOMPARE(ws->undoStack()->count(), steps);
        QVERIFY(!DealStore(ws->db()).checkMove({id}, p.stages.at(2).id).ok());
        QVERIFY(DealStore(ws->db()).checkMove({id}, p.stages.at(1).id).ok());
    }

    void movingWithinAStageOnlyReorders()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 lead = p.stages.at(0).id;
        const qint64 a = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1, lead));
        const qint64 b = pushDeal(ws.get(), makeDeal(QStringLiteral("B"), 1, lead));
        const qint64 c = pushDeal(ws.get(), makeDeal(QStringLiteral("C"), 1, lead));
        Q_UNUSED(b)
        const int historyRows = ws.scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history")).toInt();
        ws->undoStack()->push(new MoveDeal(ws.get(), {c}, lead, a));
        QCOMPARE(order(ws.get(), lead), QStringList({QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
        ws->undoStack()->push(new MoveDeal(ws.get(), {c}, lead, 0));
        QCOMPARE(order(ws.get(), lead), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history")).toInt(), historyRows);
    }

    void severalDealsMoveTogetherInTheirOrder()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 a = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1, p.stages.at(0).id));
        const qint64 b = pushDeal(ws.get(), makeDeal(QStringLiteral("B"), 1, p.stages.at(0).id));
        const qint64 x = pushDeal(ws.get(), makeDeal(QStringLiteral("X"), 1, p.stages.at(1).id));
        pushDeal(ws.get(), makeDeal(QStringLiteral("Y"), 1, p.stages.at(1).id));
        ws->undoStack()->push(new MoveDeal(ws.get(), {b, a}, p.stages.at(1).id, x));
        QCOMPARE(order(ws.get(), p.stages.at(1).id),
                 QStringList({QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("X"), QStringLiteral("Y")}));
        QVERIFY(order(ws.get(), p.stages.at(0).id).isEmpty());
    }

    void placingBeforeTheSameDealAgainAndAgainKeepsTheOrder()
    {
        // Each placement halves the gap below "Top"; after ~50 the doubles run out and
        // the stage is numbered afresh.
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 lead = p.stages.at(0).id;
        pushDeal(ws.get(), makeDeal(QStringLiteral("Bottom"), 1, lead));
        const qint64 top = pushDeal(ws.get(), makeDeal(QStringLiteral("Top"), 1, lead));
        QStringList expected{QStringLiteral("Bottom")};
        for (int i = 0; i < 70; ++i) {
            const QString title = QStringLiteral("N%1").arg(i);
            const qint64 id = pushDeal(ws.get(), makeDeal(title, 1, lead));
            const Result r = ws->write(BatchKind::Edit, QStringLiteral("move"), [&](QSqlDatabase db) { return DealStore(db).move({id}, lead, top); });
            QVERIFY2(r.ok(), qPrintable(r.message()));
            expected << title;
        }
        expected << QStringLiteral("Top");
        QCOMPARE(order(ws.get(), lead), expected);
    }

    void winningAndLosingCloseTheStayAndReopeningOpensOne()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 a = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100, p.stages.at(1).id));
        const qint64 b = pushDeal(ws.get(), makeDeal(QStringLiteral("B"), 100, p.stages.at(1).id));
        ws->undoStack()->push(new WinDeal(ws.get(), {a}));
        ws->undoStack()->push(new LoseDeal(ws.get(), {b}, QStringLiteral("price")));
        QCOMPARE(rows(ws.get(), QStringLiteral("SELECT title, status, closed_at <> '', lost_reason FROM deals ORDER BY id")),
                 QStringList({QStringLiteral("A|won|1|"), QStringLiteral("B|lost|1|Price")}));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE left_at = ''")).toInt(), 0);
        ws->undoStack()->push(new ReopenDeal(ws.get(), {b}));
        QCOMPARE(rows(ws.get(), QStringLiteral("SELECT status, closed_at, lost_reason, stage_id FROM deals WHERE id = ?"), {b}),
                 QStringList{QStringLiteral("open|||%1").arg(p.stages.at(1).id)});
        QCOMPARE(rows(ws.get(), QStringLiteral("SELECT stage_id FROM deal_stage_history WHERE deal_id = ? AND left_at = ''"), {b}),
                 QStringList{QString::number(p.stages.at(1).id)});
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QCOMPARE(rows(ws.get(), QStringLiteral("SELECT status FROM deals ORDER BY id")), QStringList({QStringLiteral("won"), QStringLiteral("open")}));
    }

    void losingNeedsAReasonFromThePicklist_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("not on the list") << QStringLiteral("Bad weather") << false;
        QTest::newRow("on the list") << QStringLiteral("No budget") << true;
        QTest::newRow("other case and spaces") << QStringLiteral("  no   BUDGET ") << true;
    }

    void losingNeedsAReasonFromThePicklist()
    {
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        TestWorkspace ws;
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100));
        const QString message = pushAndReport(ws.get(), new LoseDeal(ws.get(), {id}, reason));
        QCOMPARE(message.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(message.contains(QStringLiteral("No budget")), qPrintable(message)); // the choices are named
        QCOMPARE(ws.scalar(QStringLiteral("SELECT lost_reason FROM deals")).toString(), accepted ? QStringLiteral("No budget") : QString());
    }

    void theWorkspaceMayHaveItsOwnLostReasons()
    {
        TestWorkspace ws;
        QVERIFY(ws->setSetting(LostReasons::settingKey(), LostReasons::toSetting({QStringLiteral("Went dark"), QStringLiteral(" ")})));
        QCOMPARE(LostReasons::of(ws->db()), QStringList{QStringLiteral("Went dark")});
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100));
        QVERIFY(!pushAndReport(ws.get(), new LoseDeal(ws.get(), {id}, QStringLiteral("Price"))).isEmpty());
        QVERIFY(pushAndReport(ws.get(), new LoseDeal(ws.get(), {id}, QStringLiteral("went dark"))).isEmpty());
    }

    void closedDealsDoNotMove()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 100, p.stages.at(0).id));
        ws->undoStack()->push(new WinDeal(ws.get(), {id}));
        const QString message = pushAndReport(ws.get(), new MoveDeal(ws.get(), {id}, p.stages.at(1).id));
        QVERIFY2(message.contains(QStringLiteral("already won")), qPrintable(message));
        QCOMPARE(stageOf(ws.get(), id), p.stages.at(0).id);
    }

    void anEditFillsTheGateAndMovesInOneStep()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 0, p.stages.at(0).id));
        Deal d = *DealStore(ws->db()).load(id);
        d.stageId = p.stages.at(2).id;
        QVERIFY(!pushAndReport(ws.get(), new EditDeal(ws.get(), d)).isEmpty());
        d.valueMinor = 250000;
        d.expectedClose = QStringLiteral("2030-06-30");
        d.companyName = QStringLiteral("Acme GmbH");
        d.ownerName = QStringLiteral("Olga");
        d.probability = 0.6;
        QCOMPARE(pushAndReport(ws.get(), new EditDeal(ws.get(), d)), QString());
        const Deal stored = *DealStore(ws->db()).load(id);
        QCOMPARE(stored.stageId, p.stages.at(2).id);
        QCOMPARE(stored.valueMinor, qint64(250000));
        QCOMPARE(stored.companyName, QStringLiteral("Acme GmbH"));
        QCOMPARE(stored.ownerName, QStringLiteral("Olga"));
        QCOMPARE(stored.probability.value_or(-1), 0.6);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE deal_id = ?"), {id}).toInt(), 2);
        ws->undoStack()->undo();
        QCOMPARE(DealStore(ws->db()).load(id)->stageId, p.stages.at(0).id);
        QCOMPARE(DealStore(ws->db()).load(id)->valueMinor, qint64(0));
    }

    void anEditDoesNotChangeTheStatus()
    {
        TestWorkspace ws;
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1));
        Deal d = *DealStore(ws->db()).load(id);
        d.status = DealStatus::Won;
        QVERIFY(pushAndReport(ws.get(), new EditDeal(ws.get(), d)).contains(QStringLiteral("Win")));
    }

    void contactsOfADealAreKept()
    {
        TestWorkspace ws;
        qint64 ann = 0, bob = 0;
        QVERIFY(ws->write(BatchKind::Import, QStringLiteral("people"), [&](QSqlDatabase db) {
            Contact a;
            a.firstName = QStringLiteral("Ann");
            Contact b;
            b.firstName = QStringLiteral("Bob");
            Result r = ContactStore(db).insert(a);
            if (r)
                r = ContactStore(db).insert(b);
            ann = a.id;
            bob = b.id;
            return r;
        }));
        Deal d = makeDeal(QStringLiteral("A"), 1);
        d.contactId = ann;
        d.otherContactIds = {bob};
        const qint64 id = pushDeal(ws.get(), d);
        const Deal stored = *DealStore(ws->db()).load(id);
        QCOMPARE(stored.contactId, ann);
        QCOMPARE(stored.otherContactIds, QList<qint64>{bob});
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deal_contacts WHERE deal_id = ?"), {id}).toInt(), 2);
    }

    void badFieldsAreRefusedWithTheirName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("title");
        QTest::newRow("currency") << QStringLiteral("currency") << QStringLiteral("ISO 4217");
        QTest::newRow("probability") << QStringLiteral("probability") << QStringLiteral("probability");
        QTest::newRow("expected close") << QStringLiteral("close") << QStringLiteral("year-month-day");
    }

    void badFieldsAreRefusedWithTheirName()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        TestWorkspace ws;
        Deal d = makeDeal(QStringLiteral("A"), 1);
        if (field == QLatin1String("title"))
            d.title = QStringLiteral("  ");
        else if (field == QLatin1String("currency"))
            d.currency = QStringLiteral("euro");
        else if (field == QLatin1String("probability"))
            d.probability = 1.5;
        else
            d.expectedClose = QStringLiteral("31/12/2030");
        const QString message = pushAndReport(ws.get(), new CreateDeal(ws.get(), d));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deals")).toInt(), 0);
    }

    void deletingDealsMovesThemToTheTrash()
    {
        TestWorkspace ws;
        const qint64 a = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1));
        ws->undoStack()->push(new DeleteDeals(ws.get(), {a}));
        QVERIFY(!ws.scalar(QStringLiteral("SELECT deleted_at FROM deals WHERE id = ?"), {a}).isNull());
        ws->undoStack()->undo();
        QVERIFY(ws.scalar(QStringLiteral("SELECT deleted_at FROM deals WHERE id = ?"), {a}).isNull());
    }

    void theGenericTrashCommandTrashesDealsNotContacts()
    {
        TestWorkspace ws;
        QVERIFY(ws->write(BatchKind::Import, QStringLiteral("person"), [](QSqlDatabase db) {
            Contact c;
            c.firstName = QStringLiteral("Same id");
            return ContactStore(db).insert(c);
        }));
        const qint64 deal = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1));
        QCOMPARE(deal, qint64(1));
        ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Deal, RecordSelection::ofId(deal), 1));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")).toInt(), 1);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE deleted_at IS NULL")).toInt(), 0);
    }

    void pipelinesAreCreatedRenamedAndDeleted()
    {
        TestWorkspace ws;
        Pipeline empty;
        empty.name = QStringLiteral("Partners");
        auto *create = new CreatePipeline(ws.get(), empty);
        ws->undoStack()->push(create);
        const qint64 id = PipelineStore(ws->db()).pipelines().value(0).id;
        QCOMPARE(PipelineStore(ws->db()).load(id)->stages.size(), 4); // the default stages
        Pipeline same;
        same.name = QStringLiteral("partners");
        QVERIFY(pushAndReport(ws.get(), new CreatePipeline(ws.get(), same)).contains(QStringLiteral("already")));
        ws->undoStack()->push(new RenamePipeline(ws.get(), id, QStringLiteral("Channel")));
        QCOMPARE(PipelineStore(ws->db()).load(id)->name, QStringLiteral("Channel"));
        ws->undoStack()->push(new DeletePipeline(ws.get(), id));
        QVERIFY(!PipelineStore(ws->db()).load(id));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM stages")).toInt(), 0);
        ws->undoStack()->undo();
        QCOMPARE(PipelineStore(ws->db()).load(id)->stages.size(), 4);
    }

    void aPipelineWithDealsIsNotDeleted()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 id = pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1, p.stages.at(0).id));
        ws->undoStack()->push(new DeleteDeals(ws.get(), {id}));
        const QString message = pushAndReport(ws.get(), new DeletePipeline(ws.get(), p.id));
        QVERIFY2(message.contains(QStringLiteral("trash")), qPrintable(message));
        QVERIFY(PipelineStore(ws->db()).load(p.id));
    }

    void stagesAreAddedReorderedEditedAndRenamed()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        Stage won;
        won.pipelineId = p.id;
        won.name = QStringLiteral("Contract sent");
        won.probability = 0.9;
        won.rottingDays = 7;
        won.requiredFields = {QStringLiteral("value"), QStringLiteral("company")};
        ws->undoStack()->push(new AddStage(ws.get(), won, 1));
        const auto names = [&] {
            QStringList list;
            const Pipeline stored = *PipelineStore(ws->db()).load(p.id);
            for (const Stage &s : stored.stages)
                list << QStringLiteral("%1@%2").arg(s.name).arg(s.position);
            return list;
        };
        QCOMPARE(names(), QStringList({QStringLiteral("Lead@0"), QStringLiteral("Contract sent@1"), QStringLiteral("Qualified@2"),
                                       QStringLiteral("Proposal@3"), QStringLiteral("Negotiation@4")}));
        const qint64 added = PipelineStore(ws->db()).load(p.id)->stages.at(1).id;
        ws->undoStack()->push(new MoveStage(ws.get(), added, 4));
        QCOMPARE(names().last(), QStringLiteral("Contract sent@4"));
        ws->undoStack()->push(new RenameStage(ws.get(), added, QStringLiteral("Signing")));
        Stage edited = *PipelineStore(ws->db()).stage(added);
        QCOMPARE(edited.name, QStringLiteral("Signing"));
        QCOMPARE(edited.requiredFields, QStringList({QStringLiteral("value"), QStringLiteral("company")}));
        edited.probability = 0.95;
        edited.rottingDays = 3;
        edited.requiredFields = {QStringLiteral("owner")};
        ws->undoStack()->push(new EditStage(ws.get(), edited));
        QCOMPARE(*PipelineStore(ws->db()).stage(added), edited);
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        QCOMPARE(names().at(1), QStringLiteral("Contract sent@1"));
    }

    void aStageIsCheckedBeforeItIsStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("probability");
        QTest::addColumn<int>("rotting");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QStringLiteral(" ") << 0.5 << 0 << QStringList() << QStringLiteral("name");
        QTest::newRow("taken name") << QStringLiteral("lead") << 0.5 << 0 << QStringList() << QStringLiteral("already has");
        QTest::newRow("probability above 100 %") << QStringLiteral("X") << 1.2 << 0 << QStringList() << QStringLiteral("100 %");
        QTest::newRow("negative rotting") << QStringLiteral("X") << 0.5 << -1 << QStringList() << QStringLiteral("negative");
        QTest::newRow("unknown field") << QStringLiteral("X") << 0.5 << 0 << QStringList{QStringLiteral("colour")} << QStringLiteral("\"colour\"");
        QTest::newRow("computed field") << QStringLiteral("X") << 0.5 << 0 << QStringList{QStringLiteral("stage")} << QStringLiteral("\"stage\"");
    }

    void aStageIsCheckedBeforeItIsStored()
    {
        QFETCH(QString, name);
        QFETCH(double, probability);
        QFETCH(int, rotting);
        QFETCH(QStringList, required);
        QFETCH(QString, expected);
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const Stage s{0, p.id, name, 0, probability, rotting, required};
        const QString message = pushAndReport(ws.get(), new AddStage(ws.get(), s));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(PipelineStore(ws->db()).load(p.id)->stages.size(), 4);
    }

    void aStageWithDealsIsRemovedOnlyWithATarget()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        pushDeal(ws.get(), makeDeal(QStringLiteral("A"), 1, p.stages.at(1).id));
        const QString message = pushAndReport(ws.get(), new RemoveStage(ws.get(), p.stages.at(1).id));
        QVERIFY2(message.contains(QStringLiteral("Qualified")) && message.contains(QStringLiteral("1 deal")), qPrintable(message));
        QCOMPARE(PipelineStore(ws->db()).load(p.id)->stages.size(), 4);
    }

    void removingAStageMovesEveryDealAndOrphansNone()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        const qint64 lead = p.stages.at(0).id;
        const qint64 qualified = p.stages.at(1).id;
        pushDeal(ws.get(), makeDeal(QStringLiteral("Already there"), 1, lead));
        const qint64 open = pushDeal(ws.get(), makeDeal(QStringLiteral("Open"), 1, qualified));
        const qint64 won = pushDeal(ws.get(), makeDeal(QStringLiteral("Won"), 1, qualified));
        const qint64 trashed = pushDeal(ws.get(), makeDeal(QStringLiteral("Trashed"), 1, qualified));
        ws->undoStack()->push(new WinDeal(ws.get(), {won}));
        ws->undoStack()->push(new DeleteDeals(ws.get(), {trashed}));
        const QStringList before = snapshot(ws.get());
        QCOMPARE(pushAndReport(ws.get(), new RemoveStage(ws.get(), qualified, lead)), QString());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE stage_id NOT IN (SELECT id FROM stages)")).toInt(), 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE stage_id NOT IN (SELECT id FROM stages)")).toInt(), 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), {lead}).toInt(), 4);
        QCOMPARE(order(ws.get(), lead), QStringList({QStringLiteral("Already there"), QStringLiteral("Open")}));
        QCOMPARE(rows(ws.get(), QStringLiteral("SELECT stage_id FROM deal_stage_history WHERE deal_id = ? AND left_at = ''"), {open}),
                 QStringList{QString::number(lead)});
        QStringList names;
        const Pipeline stored = *PipelineStore(ws->db()).load(p.id);
        for (const Stage &s : stored.stages)
            names << QStringLiteral("%1@%2").arg(s.name).arg(s.position);
        QCOMPARE(names, QStringList({QStringLiteral("Lead@0"), QStringLiteral("Proposal@1"), QStringLiteral("Negotiation@2")}));
        ws->undoStack()->undo();
        QCOMPARE(snapshot(ws.get()), before);
        QCOMPARE(PipelineStore(ws->db()).load(p.id)->stages.size(), 4);
    }

    void removingAStageRespectsTheTargetsGate()
    {
        TestWorkspace ws;
        const Pipeline p = addSales(ws.get());
        pushDeal(ws.get(), makeDeal(QStringLiteral("No value"), 0, p.stages.at(1).id, QStringLiteral("2030-01-01")));
        const QString message = pushAndReport(ws.get(), new RemoveStage(ws.get(), p.stages.at(1).id, p.stages.at(2).id));
        QVERIFY2(message.contains(QStringLiteral("Value")) && message.contains(QStringLiteral("Proposal")), qPrintable(message));
        QCOMPARE(PipelineStore(ws->db()).load(p.id)->stages.size(), 4);
    }

    void theOnlyStageOfAPipelineStays()
    {
        TestWorkspace ws;
        Pipeline p;
        p.name = QStringLiteral("Tiny");
        p.stages = {Stage{0, 0, QStringLiteral("Only"), 0, 0.5, 0, {}}};
        ws->undoStack()->push(new CreatePipeline(ws.get(), p));
        const Pipeline stored = PipelineStore(ws->db()).pipelines().first();
        QVERIFY(pushAndReport(ws.get(), new RemoveStage(ws.get(), stored.stages.first().id)).contains(QStringLiteral("only stage")));
    }
};

QTEST_GUILESS_MAIN(TestDealCommands)
#include "tst_dealcommands.moc"
