#include "commands/deleterecords.h"
#include "commands/updatefield.h"
#include "domain/fieldcatalog.h"
#include "itemmodels/recordtablemodel.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <memory>

using namespace Kempt;
using Op = FilterCondition::Operator;

Q_DECLARE_METATYPE(Kempt::FilterCondition)

namespace {

struct Person {
    const char *first, *last, *email, *company, *city, *country, *job, *owner, *created;
    QStringList tags;
    bool doNotEmail;
};

// Small enough to know every answer by heart.
const QList<Person> kPeople = {
    {"Ann", "Lee", "ann.lee@example.com", "Acme GmbH", "Berlin", "DE", "CEO", "Olga", "2020-01-10T09:00:00Z", {"vip"}, false},
    {"Bob", "adams", "bob@adams.io", "Globex", "berlin", "DE", "", "Piet", "2021-05-01T09:00:00Z", {}, true},
    {"Marta", "Zeller", "marta@zeller.net", "Acme GmbH", "Paris", "FR", "Buyer", "", "2022-03-03T09:00:00Z", {"VIP", "lead"}, false},
    {"Mark", "Adams", "mark.adams@initech.com", "Initech", "London", "GB", "CTO", "Olga", "2019-12-31T23:00:00Z", {"lead"}, false},
    {"Zoe", "Mayer", "zoe@marvel.example", "Marvel", "", "", "Designer", "", "2023-07-07T12:00:00Z", {}, false},
    {"Carl", "de Vries", "carl@devries.nl", "", "Amsterdam", "NL", "Buyer", "", "2018-02-02T09:00:00Z", {}, false},
    {"Eve", "Brown", "", "Globex", "Berlin", "DE", "Sales", "", "2024-01-01T09:00:00Z", {}, false},
    {"Anna", "Berg", "anna@berg.se", "", "Stockholm", "SE", "Buyer", "", "2017-06-06T09:00:00Z", {}, false},
};

Contact toContact(const Person &p)
{
    Contact c;
    c.firstName = QString::fromUtf8(p.first);
    c.lastName = QString::fromUtf8(p.last);
    if (*p.email)
        c.emails = {EmailAddress{0, QString::fromUtf8(p.email), QStringLiteral("work"), true}};
    c.companyName = QString::fromUtf8(p.company);
    c.city = QString::fromUtf8(p.city);
    c.country = QString::fromUtf8(p.country);
    c.jobTitle = QString::fromUtf8(p.job);
    c.ownerName = QString::fromUtf8(p.owner);
    c.createdAt = QString::fromUtf8(p.created);
    c.tags = p.tags;
    c.doNotEmail = p.doNotEmail;
    return c;
}

void insertPeople(Workspace *ws, const QList<Contact> &contacts)
{
    const Result r = ws->write(BatchKind::Import, QStringLiteral("test data"), [&](QSqlDatabase db) {
        ContactStore store(db);
        for (Contact c : contacts)
            if (Result r = store.insert(c); !r)
                return r;
        return Result::success();
    });
    QVERIFY2(r.ok(), qPrintable(r.message()));
}

QList<Contact> people()
{
    QList<Contact> list;
    for (const Person &p : kPeople)
        list << toContact(p);
    return list;
}

// The values of one column over every row, as the view would read them.
QStringList columnValues(const RecordTableModel &model, const QString &key, int role = Qt::EditRole)
{
    QStringList values;
    const int column = model.columnOf(key);
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.data(model.index(r, column), role).toString();
    return values;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// SQLite's NOCASE folds ASCII only; the fixture names are ASCII.
bool noCaseLess(const QString &a, const QString &b)
{
    return a.toLower() < b.toLower();
}

// 3,000 contacts whose last names repeat in mixed case, some with an owner.
void insertMany(Workspace *ws)
{
    QList<Contact> many;
    const QStringList lastNames = {QStringLiteral("Adams"), QStringLiteral("adams"), QStringLiteral("Baker"),
                                   QStringLiteral("de Vries"), QStringLiteral("Zeller"), QStringLiteral("mayer"),
                                   QStringLiteral("O'Neil"), QStringLiteral("")};
    for (int i = 0; i < 3000; ++i) {
        Contact c;
        c.firstName = QStringLiteral("P%1").arg(i);
        c.lastName = lastNames.at((i * 7) % lastNames.size());
        if (i % 5 == 0)
            c.ownerName = QStringLiteral("Owner %1").arg(i % 3);
        many << c;
    }
    insertPeople(ws, many);
}

} // namespace

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultColumnsAreTheCatalogsTableFields()
    {
        Test::TestWorkspace ws;
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QStringList expected;
        for (const FieldDef &f : FieldCatalog::builtIn(Entity::Contact))
            if (f.inTableByDefault)
                expected << f.key;
        QCOMPARE(model.columns(), expected);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), FieldCatalog::builtIn(Entity::Contact).first().displayLabel());
        QCOMPARE(model.rowCount(), 0);
    }

    void chosenColumnsAreShownInOrderAndUnknownOnesSkipped()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns({QStringLiteral("last_name"), QStringLiteral("nonsense"), QStringLiteral("email")});
        QCOMPARE(model.columns(), (QStringList{QStringLiteral("last_name"), QStringLiteral("email")}));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, RecordTableModel::FieldKeyRole).toString(), QStringLiteral("email"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Lee"));
        QCOMPARE(model.data(model.index(0, 1), RecordTableModel::FieldKeyRole).toString(), QStringLiteral("email"));
        model.setColumns({});
        QCOMPARE(model.columns().first(), QStringLiteral("display_name"));
    }

    void rowsAreSortedByLastName_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }

    void rowsAreSortedByLastName()
    {
        QFETCH(Qt::SortOrder, order);
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns({QStringLiteral("first_name"), QStringLiteral("last_name")});
        model.sort(1, order);
        QCOMPARE(model.sortColumnKey(), QStringLiteral("last_name"));
        QCOMPARE(model.sortOrder(), order);

        // Expected: case-insensitive by last name, ties by id (insertion order).
        QList<int> idx;
        for (int i = 0; i < kPeople.size(); ++i)
            idx << i;
        std::stable_sort(idx.begin(), idx.end(), [](int a, int b) {
            return noCaseLess(QString::fromUtf8(kPeople[a].last), QString::fromUtf8(kPeople[b].last));
        });
        if (order == Qt::DescendingOrder)
            std::reverse(idx.begin(), idx.end());
        QStringList expected;
        for (int i : idx)
            expected << QString::fromUtf8(kPeople[i].first);
        QCOMPARE(columnValues(model, QStringLiteral("first_name")), expected);
    }

    void unsortableFieldsAreIgnored()
    {
        Test::TestWorkspace ws;
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.sortBy(QStringLiteral("city"), Qt::DescendingOrder);
        model.sort(model.columnOf(QStringLiteral("tags")), Qt::AscendingOrder);
        QCOMPARE(model.sortColumnKey(), QStringLiteral("city"));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }

    void searchNarrowsRowsByPrefix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first name prefix") << QStringLiteral("mar")
                                           << QStringList{QStringLiteral("Mark Adams"), QStringLiteral("Marta Zeller"), QStringLiteral("Zoe Mayer")};
        QTest::newRow("whole and partial names") << QStringLiteral("ann lee") << QStringList{QStringLiteral("Ann Lee")};
        QTest::newRow("short prefix") << QStringLiteral("an")
                                      << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Anna Berg")};
        QTest::newRow("e-mail fragment") << QStringLiteral("zeller.ne") << QStringList{QStringLiteral("Marta Zeller")};
        QTest::newRow("e-mail domain") << QStringLiteral("@initech") << QStringList{QStringLiteral("Mark Adams")};
        QTest::newRow("company") << QStringLiteral("acme") << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("Marta Zeller")};
        QTest::newRow("case does not matter") << QStringLiteral("GLOBEX")
                                              << QStringList{QStringLiteral("Bob adams"), QStringLiteral("Eve Brown")};
        QTest::newRow("no match") << QStringLiteral("xylophone") << QStringList{};
        QTest::newRow("nothing typed") << QString() << sorted(QStringList{
            QStringLiteral("Ann Lee"), QStringLiteral("Bob adams"), QStringLiteral("Marta Zeller"), QStringLiteral("Mark Adams"),
            QStringLiteral("Zoe Mayer"), QStringLiteral("Carl de Vries"), QStringLiteral("Eve Brown"), QStringLiteral("Anna Berg")});
    }

    void searchNarrowsRowsByPrefix()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSearch(typed);
        QCOMPARE(model.search(), typed);
        QCOMPARE(sorted(columnValues(model, QStringLiteral("display_name"))), sorted(expected));
        QCOMPARE(model.totalCount(), qint64(expected.size()));
    }

    void filterConditionsSelectMatchingRows_data()
    {
        QTest::addColumn<QList<FilterCondition>>("conditions");
        QTest::addColumn<QStringList>("expected"); // first names
        const auto c = [](const char *field, Op op, const QVariant &value = QVariant()) {
            return FilterCondition{QString::fromLatin1(field), op, value};
        };
        const auto names = [](const char *csv) { return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts); };
        QTest::newRow("equals ignores case") << QList<FilterCondition>{c("city", Op::Equals, QStringLiteral("BERLIN"))} << names("Ann,Bob,Eve");
        QTest::newRow("not equals") << QList<FilterCondition>{c("city", Op::NotEquals, QStringLiteral("berlin"))}
                                    << names("Marta,Mark,Zoe,Carl,Anna");
        QTest::newRow("contains") << QList<FilterCondition>{c("job_title", Op::Contains, QStringLiteral("uy"))} << names("Marta,Carl,Anna");
        QTest::newRow("starts with") << QList<FilterCondition>{c("display_name", Op::StartsWith, QStringLiteral("an"))} << names("Ann,Anna");
        QTest::newRow("is empty") << QList<FilterCondition>{c("job_title", Op::IsEmpty)} << names("Bob");
        QTest::newRow("primary e-mail is empty") << QList<FilterCondition>{c("email", Op::IsEmpty)} << names("Eve");
        QTest::newRow("is not empty") << QList<FilterCondition>{c("country", Op::IsNotEmpty)} << names("Ann,Bob,Marta,Mark,Carl,Eve,Anna");
        QTest::newRow("before a day") << QList<FilterCondition>{c("created_at", Op::Before, QStringLiteral("2020-01-10"))}
                                      << names("Mark,Carl,Anna");
        QTest::newRow("after a day") << QList<FilterCondition>{c("created_at", Op::After, QStringLiteral("2023-07-07"))} << names("Eve");
        QTest::newRow("on a day") << QList<FilterCondition>{c("created_at", Op::Equals, QDate(2020, 1, 10))} << names("Ann");
        QTest::newRow("has tag, any case") << QList<FilterCondition>{c("tags", Op::HasTag, QStringLiteral("Vip"))} << names("Ann,Marta");
        QTest::newRow("lacks tag") << QList<FilterCondition>{c("tags", Op::LacksTag, QStringLiteral("lead"))}
                                   << names("Ann,Bob,Zoe,Carl,Eve,Anna");
        QTest::newRow("owner by name") << QList<FilterCondition>{c("owner", Op::Equals, QStringLiteral("olga"))} << names("Ann,Mark");
        QTest::newRow("owner is someone else or nobody") << QList<FilterCondition>{c("owner", Op::NotEquals, QStringLiteral("Olga"))}
                                                         << names("Bob,Marta,Zoe,Carl,Eve,Anna");
        QTest::newRow("checkbox") << QList<FilterCondition>{c("do_not_email", Op::Equals, true)} << names("Bob");
        QTest::newRow("company by name") << QList<FilterCondition>{c("company", Op::Equals, QStringLiteral("acme gmbh"))} << names("Ann,Marta");
        QTest::newRow("all conditions hold") << QList<FilterCondition>{c("city", Op::Equals, QStringLiteral("Berlin")),
                                                                       c("tags", Op::HasTag, QStringLiteral("vip"))}
                                             << names("Ann");
        QTest::newRow("an unknown field is ignored") << QList<FilterCondition>{c("custom.gone", Op::Equals, 1)}
                                                     << names("Ann,Bob,Marta,Mark,Zoe,Carl,Eve,Anna");
    }

    void filterConditionsSelectMatchingRows()
    {
        QFETCH(QList<FilterCondition>, conditions);
        QFETCH(QStringList, expected);
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns({QStringLiteral("first_name")});
        Filter f;
        f.conditions = conditions;
        model.setFilter(f);
        QCOMPARE(sorted(columnValues(model, QStringLiteral("first_name"))), sorted(expected));
    }

    void explicitIdsShowOnlyThoseRecords()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Filter f;
        f.ids = QList<qint64>{2, 4};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(0), qint64(2));
        QCOMPARE(model.data(model.index(1, 0), RecordTableModel::IdRole).toLongLong(), qint64(4));
        f.ids = QList<qint64>{};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    void trashShowsOnlyDeletedRows()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel live(ws.get(), Entity::Contact);
        RecordTableModel trash(ws.get(), Entity::Contact);
        QAbstractItemModelTester liveTester(&live, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester trashTester(&trash, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Filter f;
        f.trash = true;
        trash.setFilter(f);
        QCOMPARE(live.rowCount(), 8);
        QCOMPARE(trash.rowCount(), 0);

        ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, live.selectionForRows({1, 3}), 2));
        QCOMPARE(live.rowCount(), 6);
        QCOMPARE(trash.rowCount(), 2);
        QCOMPARE((QList<qint64>{trash.idAt(0), trash.idAt(1)}), (QList<qint64>{2, 4}));
        QVERIFY(!(trash.flags(trash.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(live.flags(live.index(0, 0)) & Qt::ItemIsEditable);

        // Searching counts through the full-text index, which still holds trashed records.
        live.setSearch(QStringLiteral("globex"));
        trash.setSearch(QStringLiteral("globex"));
        QCOMPARE(live.rowCount(), 1);
        QCOMPARE(live.idAt(0), qint64(7));
        QCOMPARE(trash.rowCount(), 1);
        QCOMPARE(trash.idAt(0), qint64(2));

        ws->undoStack()->undo();
        QCOMPARE(live.rowCount(), 2);
        QCOMPARE(trash.rowCount(), 0);
    }

    void setDataPushesOneCommandAndUndoRestoresTheOldValue()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QModelIndex city = model.index(0, model.columnOf(QStringLiteral("city")));
        QCOMPARE(city.data(Qt::EditRole).toString(), QStringLiteral("Berlin"));
        const int commands = ws->undoStack()->count();

        QVERIFY(model.setData(city, QStringLiteral("Hamburg")));
        QCOMPARE(ws->undoStack()->count(), commands + 1);
        QCOMPARE(model.index(0, city.column()).data().toString(), QStringLiteral("Hamburg"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT city FROM contacts WHERE id = 1")).toString(), QStringLiteral("Hamburg"));

        // Setting the same value again is not a change.
        QVERIFY(model.setData(city, QStringLiteral("Hamburg")));
        QCOMPARE(ws->undoStack()->count(), commands + 1);

        ws->undoStack()->undo();
        QCOMPARE(model.index(0, city.column()).data().toString(), QStringLiteral("Berlin"));
        ws->undoStack()->redo();
        QCOMPARE(model.index(0, city.column()).data().toString(), QStringLiteral("Hamburg"));
    }

    void checkboxesUseTheCheckStateRole()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns({QStringLiteral("do_not_email"), QStringLiteral("created_at")});
        const QModelIndex bob = model.index(1, 0);
        QCOMPARE(bob.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!bob.data(Qt::DisplayRole).isValid());
        QVERIFY(model.flags(bob) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(bob, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT do_not_email FROM contacts WHERE id = 2")).toInt(), 0);

        // Timestamps: ISO for editing, a readable local form for display; read-only here.
        const QModelIndex created = model.index(0, 1);
        QCOMPARE(created.data(Qt::EditRole).toString(), QStringLiteral("2020-01-10T09:00:00Z"));
        QVERIFY(!created.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(created.data(Qt::DisplayRole).toString() != created.data(Qt::EditRole).toString());
        QVERIFY(!(model.flags(created) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(created, QStringLiteral("2000-01-01T00:00:00Z")));
    }

    void changesThroughOtherCommandsRefreshTheModel()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int job = model.columnOf(QStringLiteral("job_title"));
        QCOMPARE(model.index(2, job).data().toString(), QStringLiteral("Buyer"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QList<FieldDef> fields = FieldCatalog::fields(Entity::Contact, ws->db());
        ws->undoStack()->push(new UpdateField(ws.get(), Entity::Contact, FieldCatalog::find(fields, QStringLiteral("job_title")),
                                              RecordSelection::ofIds({3, 6}), QStringLiteral("Purchaser"), 2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(2, job).data().toString(), QStringLiteral("Purchaser"));
        QCOMPARE(model.index(5, job).data().toString(), QStringLiteral("Purchaser"));

        // A new contact changes the row count: the model resets.
        insertPeople(ws.get(), {toContact({"New", "Person", "new@person.org", "", "", "", "", "", "2024-02-02T00:00:00Z", {}, false})});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 9);

        // Changes to tables the model does not show leave it alone.
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("pipeline"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("INSERT INTO pipelines(name) VALUES ('Sales')")) ? Result::success() : Result::failure(QStringLiteral("insert"));
        }).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 1);
    }

    void scrollingVisitsEveryIdOnceInOrder_data()
    {
        QTest::addColumn<QString>("sortKey");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("keyset");
        QTest::addColumn<bool>("backwards");
        QTest::addColumn<QString>("search");
        const QString none;
        const QString p1 = QStringLiteral("p1"); // P1, P10..P19, P100..P199, P1000..P1999: 1,111 rows
        for (const bool keyset : {true, false}) {
            const char *path = keyset ? "keyset" : "offset";
            QTest::addRow("%s, id order", path) << QString() << Qt::AscendingOrder << keyset << false << none;
            QTest::addRow("%s, last name ascending", path) << QStringLiteral("last_name") << Qt::AscendingOrder << keyset << false << none;
            QTest::addRow("%s, last name descending", path) << QStringLiteral("last_name") << Qt::DescendingOrder << keyset << false << none;
            QTest::addRow("%s, last name descending, bottom to top", path)
                << QStringLiteral("last_name") << Qt::DescendingOrder << keyset << true << none;
            QTest::addRow("%s, searched, id order", path) << QString() << Qt::AscendingOrder << keyset << false << p1;
            // Many matches walk the last-name index; few are driven from the search index.
            QTest::addRow("%s, searched, last name ascending, bottom to top", path)
                << QStringLiteral("last_name") << Qt::AscendingOrder << keyset << true << p1;
            QTest::addRow("%s, narrow search, last name descending", path)
                << QStringLiteral("last_name") << Qt::DescendingOrder << keyset << false << QStringLiteral("p10");
        }
        QTest::addRow("nullable sort value falls back to offset") << QStringLiteral("owner") << Qt::DescendingOrder << true << false << none;
    }

    void scrollingVisitsEveryIdOnceInOrder()
    {
        QFETCH(QString, sortKey);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, keyset);
        QFETCH(bool, backwards);
        QFETCH(QString, search);
        // One workspace for every row of this test: the rows are only read.
        if (!m_many) {
            m_many = std::make_unique<Test::TestWorkspace>();
            insertMany(m_many->get());
        }
        Test::TestWorkspace &ws = *m_many;

        // The expected order, computed here: NOCASE last name (or owner name), then id.
        QList<QPair<QString, qint64>> rows;
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT t.id, t.last_name, coalesce(u.name, char(0)), t.first_name FROM contacts t "
                                      "LEFT JOIN users u ON u.id = t.owner_id")));
        while (q.next())
            if (q.value(3).toString().startsWith(search, Qt::CaseInsensitive))
                rows.append({sortKey == QLatin1String("owner") ? q.value(2).toString() : q.value(1).toString(), q.value(0).toLongLong()});
        std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            if (!sortKey.isEmpty() && a.first.toLower() != b.first.toLower())
                return a.first.toLower() < b.first.toLower();
            return a.second < b.second;
        });
        if (order == Qt::DescendingOrder)
            std::reverse(rows.begin(), rows.end());
        QList<qint64> expected;
        for (const auto &r : rows)
            expected << r.second;

        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setChunkSize(256);
        model.setMaxCachedChunks(4);
        model.setKeysetPaging(keyset);
        model.sortBy(sortKey, order);
        model.setSearch(search);
        const int total = int(expected.size());
        QCOMPARE(model.rowCount(), total);
        const RecordTableModel::FetchStats before = model.fetchStats();
        QList<qint64> seen(total, 0);
        for (int i = 0; i < total; ++i) {
            const int row = backwards ? total - 1 - i : i;
            seen[row] = model.data(model.index(row, 0), RecordTableModel::IdRole).toLongLong();
            QVERIFY(model.cachedChunkCount() <= 4);
        }
        QCOMPARE(seen, expected);
        const RecordTableModel::FetchStats after = model.fetchStats();
        // The model tester may have read a chunk already; every other chunk is read once.
        const int chunks = (total + 255) / 256;
        QVERIFY(after.keyset - before.keyset + after.offset - before.offset >= chunks - 1);
        QVERIFY(after.keyset - before.keyset + after.offset - before.offset <= chunks);
        if (keyset && sortKey != QLatin1String("owner"))
            QVERIFY(after.offset - before.offset <= 1); // only a read with no cached chunk before it
        else
            QCOMPARE(after.keyset - before.keyset, 0);
    }

    void jumpingAroundStillReturnsTheRightRows()
    {
        Test::TestWorkspace ws;
        QList<Contact> many;
        for (int i = 0; i < 1000; ++i) {
            Contact c;
            c.firstName = QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'));
            c.lastName = QStringLiteral("L%1").arg(999 - i, 4, 10, QLatin1Char('0'));
            many << c;
        }
        insertPeople(ws.get(), many);
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns({QStringLiteral("last_name")});
        model.setChunkSize(50);
        model.setMaxCachedChunks(3);
        model.sortBy(QStringLiteral("last_name"));
        // Rows far apart, then neighbours of cached chunks from both sides.
        for (int row : {0, 999, 500, 120, 449, 450, 451, 51, 49, 998, 700, 0}) {
            QCOMPARE(model.data(model.index(row, 0)).toString(), QStringLiteral("L%1").arg(row, 4, 10, QLatin1Char('0')));
            QCOMPARE(model.idAt(row), qint64(1000 - row));
        }
        QVERIFY(model.fetchStats().keyset > 0);
    }

    void companiesShowTheirContactCounts()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Company);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setColumns({QStringLiteral("name"), QStringLiteral("contact_count")});
        model.sortBy(QStringLiteral("name"));
        QCOMPARE(columnValues(model, QStringLiteral("name")),
                 (QStringList{QStringLiteral("Acme GmbH"), QStringLiteral("Globex"), QStringLiteral("Initech"), QStringLiteral("Marvel")}));
        QCOMPARE(columnValues(model, QStringLiteral("contact_count")),
                 (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1")}));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));

        // Trashing a contact is a change to contacts, which the companies table shows.
        ws->undoStack()->push(new DeleteRecords(ws.get(), Entity::Contact, RecordSelection::ofId(1), 1));
        QCOMPARE(model.index(0, 1).data().toInt(), 1);

        model.setSearch(QStringLiteral("glo"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Globex"));
    }

    void closingTheWorkspaceEmptiesTheModel()
    {
        Test::TestWorkspace ws;
        insertPeople(ws.get(), people());
        RecordTableModel model(ws.get(), Entity::Contact);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 8);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ws->close();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(ws->open(ws.path()).ok());
        QCOMPARE(model.rowCount(), 8);
    }

private:
    std::unique_ptr<Test::TestWorkspace> m_many;
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
