#include "domain/fieldcatalog.h"
#include "itemmodels/filter.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kempt;
using Op = FilterCondition::Operator;

Q_DECLARE_METATYPE(Kempt::Filter)

namespace {

FilterCondition cond(const QString &field, Op op, const QVariant &value = QVariant())
{
    FilterCondition c;
    c.field = field;
    c.op = op;
    c.value = value;
    return c;
}

// Runs a selection as the model would; fails the test on an SQL error.
bool runs(Workspace *ws, Entity entity, const RecordSelection &s, QString *error)
{
    QSqlQuery q(ws->db());
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM %1 t WHERE %2").arg(FieldCatalog::tableOf(entity), s.where))) {
        *error = q.lastError().text() + QStringLiteral(" in ") + s.where;
        return false;
    }
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text() + QStringLiteral(" in ") + s.where;
        return false;
    }
    return true;
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTripKeepsTheFilter_data()
    {
        QTest::addColumn<Filter>("filter");
        Filter empty;
        QTest::newRow("empty") << empty;

        Filter everything(Entity::Company);
        everything.search = QStringLiteral("acme gmbh");
        everything.trash = true;
        everything.ids = QList<qint64>{3, 1, 2};
        everything.conditions = {cond(QStringLiteral("city"), Op::Equals, QStringLiteral("Berlin")),
                                 cond(QStringLiteral("tags"), Op::HasTag, QStringLiteral("vip")),
                                 cond(QStringLiteral("website"), Op::IsEmpty)};
        QTest::newRow("everything") << everything;

        Filter noIds;
        noIds.ids = QList<qint64>{};
        QTest::newRow("an empty id list stays an empty id list") << noIds;

        Filter typed;
        typed.conditions = {cond(QStringLiteral("do_not_email"), Op::Equals, true),
                            cond(QStringLiteral("created_at"), Op::Before, QStringLiteral("2024-01-31")),
                            cond(QStringLiteral("custom.score"), Op::After, 4.5)};
        QTest::newRow("typed values") << typed;

        Filter allOperators;
        for (Op op : FilterCondition::allOperators())
            allOperators.conditions << cond(QStringLiteral("job_title"), op, QStringLiteral("x"));
        QTest::newRow("every operator") << allOperators;
    }

    void jsonRoundTripKeepsTheFilter()
    {
        QFETCH(Filter, filter);
        // Through text, as a saved view stores it.
        const QByteArray text = QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact);
        const Filter back = Filter::fromJson(QJsonDocument::fromJson(text).object(), filter.entity());
        QCOMPARE(back.search, filter.search);
        QCOMPARE(back.trash, filter.trash);
        QCOMPARE(back.ids, filter.ids);
        QCOMPARE(back.conditions.size(), filter.conditions.size());
        for (int i = 0; i < filter.conditions.size(); ++i) {
            QCOMPARE(back.conditions.at(i).field, filter.conditions.at(i).field);
            QCOMPARE(back.conditions.at(i).op, filter.conditions.at(i).op);
            QCOMPARE(back.conditions.at(i).value.toString(), filter.conditions.at(i).value.toString());
        }
        QVERIFY(back == filter);
    }

    void operatorNamesAreStable()
    {
        QCOMPARE(FilterCondition::operatorName(Op::NotEquals), QStringLiteral("notEquals"));
        QCOMPARE(FilterCondition::operatorName(Op::LacksTag), QStringLiteral("lacksTag"));
        for (Op op : FilterCondition::allOperators())
            QCOMPARE(FilterCondition::operatorFromName(FilterCondition::operatorName(op)), std::optional<Op>(op));
        QVERIFY(!FilterCondition::operatorFromName(QStringLiteral("resembles")));
    }

    void malformedJsonIsSkippedWithoutACrash()
    {
        const QByteArray text = R"({"search": "ann", "colour": "red", "ids": ["x", 4],
            "conditions": [{"field": "city", "op": "equals", "value": "Berlin"},
                           {"field": "city", "op": "resembles", "value": "Paris"},
                           {"op": "equals", "value": "no field"},
                           "not an object",
                           {"field": "no_such_field", "op": "equals", "value": 1}]})";
        const Filter f = Filter::fromJson(QJsonDocument::fromJson(text).object(), Entity::Contact);
        QCOMPARE(f.search, QStringLiteral("ann"));
        QCOMPARE(f.ids, std::optional<QList<qint64>>(QList<qint64>{4}));
        QCOMPARE(f.conditions.size(), 2);
        QCOMPARE(f.conditions.at(1).field, QStringLiteral("no_such_field"));

        // The unknown field survives the JSON but is left out of the SQL.
        Test::TestWorkspace ws;
        const RecordSelection s = f.toSelection(FieldCatalog::fields(Entity::Contact, ws->db()));
        QVERIFY(!s.where.contains(QStringLiteral("no_such_field")));
        QString error;
        QVERIFY2(runs(ws.get(), Entity::Contact, s, &error), qPrintable(error));
    }

    void theLiveOrTrashTestComesFirstForThePartialIndexes()
    {
        Filter live;
        QVERIFY(live.toSelection(FieldCatalog::builtIn(Entity::Contact)).where.startsWith(QStringLiteral("t.deleted_at IS NULL")));
        Filter trash;
        trash.trash = true;
        QVERIFY(trash.toSelection(FieldCatalog::builtIn(Entity::Contact)).where.startsWith(QStringLiteral("t.deleted_at IS NOT NULL")));
    }

    void searchUsesTheEntitysFullTextIndex_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("table");
        QTest::newRow("contacts") << int(Entity::Contact) << QStringLiteral("contacts_fts");
        QTest::newRow("companies") << int(Entity::Company) << QStringLiteral("companies_fts");
    }

    void searchUsesTheEntitysFullTextIndex()
    {
        QFETCH(int, entity);
        QFETCH(QString, table);
        Filter f{Entity(entity)};
        f.search = QStringLiteral("ann lee@ex");
        const RecordSelection s = f.toSelection(FieldCatalog::builtIn(Entity(entity)));
        QVERIFY(s.where.contains(QStringLiteral("t.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(table)));
        QCOMPARE(s.binds.size(), 1);
        QCOMPARE(s.binds.first().toString(), QStringLiteral("\"ann\"* AND \"lee\"* AND \"ex\"*"));
    }

    void nothingSearchableMeansNoSearch()
    {
        Filter f;
        f.search = QStringLiteral(" -- @ ");
        const RecordSelection s = f.toSelection(FieldCatalog::builtIn(Entity::Contact));
        QVERIFY(!s.where.contains(QStringLiteral("MATCH")));
        QVERIFY(s.binds.isEmpty());
    }

    void conditionsBindTheirValues()
    {
        Filter f;
        f.conditions = {cond(QStringLiteral("city"), Op::Contains, QStringLiteral("50%_off\\")),
                        cond(QStringLiteral("owner"), Op::Equals, QStringLiteral("Olga"))};
        const RecordSelection s = f.toSelection(FieldCatalog::builtIn(Entity::Contact));
        QCOMPARE(s.where.count(QLatin1Char('?')), s.binds.size());
        // LIKE wildcards typed by the user are matched literally.
        QCOMPARE(s.binds.at(0).toString(), QStringLiteral("%50\\%\\_off\\\\%"));
        QVERIFY(s.where.contains(QStringLiteral("t.owner_id IN (SELECT id FROM users WHERE name = ?)")));
        QVERIFY(!s.where.contains(QStringLiteral("Olga")));
    }

    void operatorsThatDoNotFitTheFieldAreIgnored()
    {
        Filter f;
        f.conditions = {cond(QStringLiteral("city"), Op::HasTag, QStringLiteral("vip")),
                        cond(QStringLiteral("do_not_call"), Op::Contains, QStringLiteral("x"))};
        const RecordSelection s = f.toSelection(FieldCatalog::builtIn(Entity::Contact));
        QCOMPARE(s.where, QStringLiteral("t.deleted_at IS NULL"));
    }

    void everyApplicableConditionIsValidSql_data()
    {
        QTest::addColumn<int>("entity");
        QTest::newRow("contacts") << int(Entity::Contact);
        QTest::newRow("companies") << int(Entity::Company);
    }

    void everyApplicableConditionIsValidSql()
    {
        QFETCH(int, entity);
        Test::TestWorkspace ws;
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO custom_fields(entity, key, label, type) VALUES "
                                      "('contact', 'score', 'Score', 'number'), ('company', 'since', 'Since', 'date')")));
        const QList<FieldDef> fields = FieldCatalog::fields(Entity(entity), ws->db());
        int checked = 0;
        for (const FieldDef &f : fields) {
            for (Op op : FilterCondition::allOperators()) {
                if (!FilterCondition::appliesTo(op, f))
                    continue;
                Filter filter{Entity(entity)};
                filter.search = QStringLiteral("an");
                filter.ids = QList<qint64>{1, 2};
                filter.conditions = {cond(f.key, op, QStringLiteral("2024-01-01"))};
                const RecordSelection s = filter.toSelection(fields);
                QVERIFY2(s.where.count(QLatin1Char('?')) == s.binds.size(),
                         qPrintable(f.key + QLatin1Char(' ') + FilterCondition::operatorName(op)));
                QString error;
                QVERIFY2(runs(ws.get(), Entity(entity), s, &error), qPrintable(error));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
