#pragma once

#include "../deals/dealfixture.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSqlQuery>

namespace Kempt::Test {

// Two pipelines, two owners and deals whose every report number is worked out by hand
// below (amounts in cents). Used by the report tests of models/ and ui/.
//
// Pipelines: Sales (Lead 10 %, Qualified 25 %, Proposal 50 %, Negotiation 75 %) and
// Partners (Intro 20 %, Contract 60 %). Owners: Ann and Bob; Cleo owns only a trashed
// deal, Dan nothing.
//
// Open deals (weighted with the stage's probability unless given):
//   A1 Sales/Lead          Ann  100,000  close 2031-01-15             -> 10,000
//   A2 Sales/Negotiation   Bob   40,000  close 2031-01-31  prob 0.50  -> 20,000
//   A3 Partners/Contract   Ann   30,000  close 2031-02-01             -> 18,000
//   A4 Partners/Intro      Bob   10,001  close 2031-03-10             ->  2,000.2
//   A5 Sales/Qualified     -      8,000  close 2031-03-20             ->  2,000
//   T1 Sales/Lead          Cleo 99,999  close 2031-01-01, trashed     -> never counts
// Closed deals:
//   W1 Sales    Ann  won  50,000      created 2025-01-01  closed 2025-01-21        (20 days)
//   W2 Sales    Bob  won  20,000      created 2025-01-10  closed 2025-03-01T12:00  (50.5 days)
//   W3 Partners Ann  won  10,000      created 2025-02-01  closed 2025-03-11        (38 days)
//   L1 Sales    Bob  lost 30,000      created 2025-01-05  closed 2025-01-25
//   L2 Partners Ann  lost  5,000      created 2025-02-01  closed 2025-03-05
//   L3 Sales    Ann  lost  7,000 GBP  created 2025-02-10  closed 2025-02-20  (counted, not summed)
// Finished stays (A1's open stay does not count):
//   W1 Lead 01-01 -> 01-06 (5 d), Qualified 01-06 -> 01-21 (15 d)
//   W2 Lead 01-10 -> 01-20 (10 d), Qualified 01-20 -> 03-01T12 (40.5 d)
//   L1 Lead 01-05 -> 01-25 (20 d)
//   W3 Intro 02-01 -> 02-11 (10 d), Contract 02-11 -> 03-11 (28 d)
struct ReportsFixture
{
    TestWorkspace ws;
    Pipeline sales;
    Pipeline partners;
    QHash<QString, qint64> users;

    ReportsFixture()
    {
        sales = addSales(ws.get());
        partners.name = QStringLiteral("Partners");
        Stage intro;
        intro.name = QStringLiteral("Intro");
        intro.probability = 0.2;
        Stage contract;
        contract.name = QStringLiteral("Contract");
        contract.probability = 0.6;
        partners.stages = {intro, contract};
        const Result r = ws->write(BatchKind::Import, QStringLiteral("report data"), [this](QSqlDatabase db) {
            if (const Result p = PipelineStore(db).insert(partners); !p)
                return p;
            return seed(db);
        });
        if (!r)
            qFatal("%s", qPrintable(r.message()));
    }

    qint64 stageId(const QString &name) const
    {
        for (const Pipeline &p : {sales, partners})
            for (const Stage &s : p.stages)
                if (s.name == name)
                    return s.id;
        qFatal("no stage %s", qPrintable(name));
        return 0;
    }

    qint64 pipelineOf(const QString &stage) const
    {
        return partners.indexOfStage(stageId(stage)) >= 0 ? partners.id : sales.id;
    }

    Result seed(QSqlDatabase db)
    {
        QSqlQuery q(db);
        for (const char *name : {"Ann", "Bob", "Cleo", "Dan"}) {
            if (const Result r = exec(q, QStringLiteral("INSERT INTO users(name) VALUES (?)"), {QString::fromLatin1(name)}); !r)
                return r;
            users.insert(QString::fromLatin1(name), q.lastInsertId().toLongLong());
        }
        struct Row
        {
            const char *title;
            const char *stage;
            const char *owner;
            qint64 value;
            const char *currency;
            const char *close;
            QVariant probability;
            const char *status;
            const char *created;
            const char *closed;
            bool trashed;
        };
        const QVariant none(QMetaType(QMetaType::Double));
        const QList<Row> deals = {
            {"A1", "Lead", "Ann", 100000, "EUR", "2031-01-15", none, "open", "2030-12-01T00:00:00Z", "", false},
            {"A2", "Negotiation", "Bob", 40000, "EUR", "2031-01-31", 0.5, "open", "2030-12-01T00:00:00Z", "", false},
            {"A3", "Contract", "Ann", 30000, "EUR", "2031-02-01", none, "open", "2030-12-01T00:00:00Z", "", false},
            {"A4", "Intro", "Bob", 10001, "EUR", "2031-03-10", none, "open", "2030-12-01T00:00:00Z", "", false},
            {"A5", "Qualified", "", 8000, "EUR", "2031-03-20", none, "open", "2030-12-01T00:00:00Z", "", false},
            {"T1", "Lead", "Cleo", 99999, "EUR", "2031-01-01", none, "open", "2030-12-01T00:00:00Z", "", true},
            {"W1", "Qualified", "Ann", 50000, "EUR", "2025-01-21", none, "won", "2025-01-01T00:00:00Z", "2025-01-21T00:00:00Z", false},
            {"W2", "Qualified", "Bob", 20000, "EUR", "2025-03-01", none, "won", "2025-01-10T00:00:00Z", "2025-03-01T12:00:00Z", false},
            {"W3", "Contract", "Ann", 10000, "EUR", "2025-03-11", none, "won", "2025-02-01T00:00:00Z", "2025-03-11T00:00:00Z", false},
            {"L1", "Lead", "Bob", 30000, "EUR", "2025-01-25", none, "lost", "2025-01-05T00:00:00Z", "2025-01-25T00:00:00Z", false},
            {"L2", "Intro", "Ann", 5000, "EUR", "2025-03-05", none, "lost", "2025-02-01T00:00:00Z", "2025-03-05T00:00:00Z", false},
            {"L3", "Lead", "Ann", 7000, "GBP", "2025-02-20", none, "lost", "2025-02-10T00:00:00Z", "2025-02-20T00:00:00Z", false},
        };
        QHash<QString, qint64> ids;
        for (const Row &d : deals) {
            const QString stage = QString::fromLatin1(d.stage);
            const qint64 owner = users.value(QString::fromLatin1(d.owner));
            const Result r = exec(q, QStringLiteral("INSERT INTO deals(title, value_minor, currency, owner_id, pipeline_id, stage_id, "
                                                    "expected_close, probability, status, created_at, closed_at, deleted_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {QString::fromLatin1(d.title), d.value, QString::fromLatin1(d.currency),
                                   owner > 0 ? QVariant(owner) : QVariant(QMetaType(QMetaType::LongLong)), pipelineOf(stage),
                                   stageId(stage), QString::fromLatin1(d.close), d.probability, QString::fromLatin1(d.status),
                                   QString::fromLatin1(d.created), QString::fromLatin1(d.closed),
                                   d.trashed ? QVariant(QStringLiteral("2030-12-02T00:00:00Z")) : QVariant(QMetaType(QMetaType::LongLong))});
            if (!r)
                return r;
            ids.insert(QString::fromLatin1(d.title), q.lastInsertId().toLongLong());
        }
        struct Stay
        {
            const char *deal;
            const char *stage;
            const char *entered;
            const char *left;
        };
        const QList<Stay> stays = {
            {"W1", "Lead", "2025-01-01T00:00:00Z", "2025-01-06T00:00:00Z"},
            {"W1", "Qualified", "2025-01-06T00:00:00Z", "2025-01-21T00:00:00Z"},
            {"W2", "Lead", "2025-01-10T00:00:00Z", "2025-01-20T00:00:00Z"},
            {"W2", "Qualified", "2025-01-20T00:00:00Z", "2025-03-01T12:00:00Z"},
            {"L1", "Lead", "2025-01-05T00:00:00Z", "2025-01-25T00:00:00Z"},
            {"W3", "Intro", "2025-02-01T00:00:00Z", "2025-02-11T00:00:00Z"},
            {"W3", "Contract", "2025-02-11T00:00:00Z", "2025-03-11T00:00:00Z"},
            {"A1", "Lead", "2030-12-01T00:00:00Z", ""},
        };
        for (const Stay &s : stays)
            if (const Result r = exec(q, QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at) VALUES (?, ?, ?, ?)"),
                                      {ids.value(QString::fromLatin1(s.deal)), stageId(QString::fromLatin1(s.stage)),
                                       QString::fromLatin1(s.entered), QString::fromLatin1(s.left)});
                !r)
                return r;
        return Result::success();
    }
};

} // namespace Kempt::Test
