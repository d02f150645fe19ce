#include "audit/attachquality.h"
#include "audit/progresssink.h"
#include "commands/undoimport.h"
#include "dedup/attachdedup.h"
#include "import/duplicateapplier.h"
#include "import/importduplicates.h"
#include "import/importer.h"
#include "import/workspacematcher.h"
#include "io/delimitedsource.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

Q_DECLARE_METATYPE(Kempt::DuplicateAction)

namespace {

// Rows 2 and 3 are existing contacts, rows 4 and 5 one new person, row 6 someone else.
const QByteArray kFile = "First Name,Last Name,Email,Phone,City,Job Title\n"
                         "Anna,Berg,anna.berg@example.org,,Berlin,Head of Sales\n"
                         "Max,Lee,max.lee@example.org,+47 22 12 34 56,Oslo,CTO\n"
                         "Nina,Holm,nina.holm@example.org,,Bergen,\n"
                         "Nina,Holm,nina.holm@example.org,+47 55 12 34 56,Bergen,Designer\n"
                         "Zed,Quist,zed.quist@example.org,,Tromsø,\n";

// A source over bytes that lives as long as the test needs it.
struct Source
{
    explicit Source(const QByteArray &bytes)
    {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        source = std::make_unique<DelimitedSource>(&buffer, QStringLiteral("people.csv"));
        opened = source->open();
    }
    QBuffer buffer;
    std::unique_ptr<DelimitedSource> source;
    Result opened;
};

} // namespace

// Duplicates of an import, inside the file and against the workspace: found and explained
// before anything is written, then created, skipped, updated, overwritten or merged inside
// the import's one batch, so that undoing the import gives every record back exactly.
class TestImportDuplicates : public QObject
{
    Q_OBJECT

private:
    qint64 m_anna = 0;
    qint64 m_max = 0;
    qint64 m_other = 0;

    void addContacts(TestWorkspace &ws)
    {
        attachQuality(ws.get());
        attachDedup(ws.get());
        const auto add = [&](const QString &first, const QString &last, const QString &email, const QString &city,
                             const QString &job, qint64 *id) {
            Contact c;
            c.firstName = first;
            c.lastName = last;
            c.city = city;
            c.jobTitle = job;
            c.emails << EmailAddress{0, email, QStringLiteral("work"), true};
            QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("add"), [&](QSqlDatabase db) { return ContactStore(db).insert(c); }));
            *id = c.id;
        };
        add(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna.berg@example.org"), QStringLiteral("Berlin"), QString(), &m_anna);
        add(QStringLiteral("Max"), QStringLiteral("Lee"), QStringLiteral("max.lee@example.org"), QStringLiteral("Oslo"),
            QStringLiteral("Engineer"), &m_max);
        add(QStringLiteral("Olga"), QStringLiteral("Dahl"), QStringLiteral("olga.dahl@example.org"), QStringLiteral("Bodø"), QString(),
            &m_other);
        // A workspace of three says little about how rare a name or an address is; the
        // checker weighs shared values by how many contacts have them.
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("add more"), [](QSqlDatabase db) {
            for (int i = 0; i < 40; ++i) {
                Contact c;
                c.firstName = QStringLiteral("Person%1").arg(i);
                c.lastName = QStringLiteral("Family%1").arg(i * 7);
                c.city = QStringLiteral("Town%1").arg(i % 9);
                c.emails << EmailAddress{0, QStringLiteral("p%1@example.net").arg(i), QStringLiteral("work"), true};
                if (Result r = ContactStore(db).insert(c); !r)
                    return r;
            }
            return Result::success();
        }));
    }

    static Result find(TestWorkspace &ws, const QByteArray &bytes, QList<ImportDuplicateGroup> *groups, ImportOptions options = {})
    {
        Source s(bytes);
        if (!s.opened)
            return s.opened;
        return ImportDuplicates(ws->db()).find(*s.source, options, groups);
    }

    static Result import(TestWorkspace &ws, const QByteArray &bytes, const ImportOptions &options, ImportSummary *summary)
    {
        Source s(bytes);
        if (!s.opened)
            return s.opened;
        Importer importer(ws->db(), ws->batchObservers());
        return importer.run(*s.source, options, summary);
    }

    static QStringList dump(TestWorkspace &ws)
    {
        QStringList rows;
        for (const char *table : {"contacts", "contact_emails", "contact_phones", "companies", "contact_tags", "tags", "custom_values",
                                  "custom_fields", "users", "notes", "merges"}) {
            QSqlQuery q(ws->db());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
            while (q.next()) {
                QStringList cells{QLatin1String(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    // The search documents and derived columns are what a rebuild would make of the tables.
    static void verifyDerivedData(TestWorkspace &ws)
    {
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE company_name <> coalesce((SELECT name FROM companies "
                                          "WHERE id = company_id), '') OR primary_email <> coalesce((SELECT address FROM contact_emails "
                                          "WHERE contact_id = contacts.id ORDER BY is_primary DESC, position, id LIMIT 1), '') "
                                          "OR primary_phone <> coalesce((SELECT number FROM contact_phones WHERE contact_id = contacts.id "
                                          "ORDER BY is_primary DESC, position, id LIMIT 1), '')")).toInt(),
                 0);
        const QString documents = QStringLiteral("SELECT count(*) || ':' || group_concat(rowid || name || email || phone || company, '/') "
                                                 "FROM (SELECT rowid, * FROM contacts_fts ORDER BY rowid)");
        const QString indexed = ws.scalar(documents).toString();
        QVERIFY(SearchIndex::rebuild(ws->db()));
        QCOMPARE(ws.scalar(documents).toString(), indexed);
    }

private Q_SLOTS:
    void groupsAreFoundInTheFileAndAgainstTheWorkspace()
    {
        TestWorkspace ws;
        addContacts(ws);
        QList<ImportDuplicateGroup> groups;
        const Result r = find(ws, kFile, &groups);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).rows, QList<qint64>{2});
        QCOMPARE(groups.at(0).contactIds, QList<qint64>{m_anna});
        QCOMPARE(groups.at(0).contactNames, QStringList{QStringLiteral("Anna Berg")});
        QCOMPARE(groups.at(1).rows, QList<qint64>{3});
        QCOMPARE(groups.at(1).contactIds, QList<qint64>{m_max});
        QCOMPARE(groups.at(2).rows, (QList<qint64>{4, 5}));
        QVERIFY(!groups.at(2).matchesWorkspace());
        QCOMPARE(groups.at(2).rowNames, (QStringList{QStringLiteral("Nina Holm"), QStringLiteral("Nina Holm")}));
        for (const ImportDuplicateGroup &g : std::as_const(groups)) {
            QVERIFY(!g.links.isEmpty());
            QVERIFY(!g.links.first().explanation.evidence.isEmpty());
            QVERIFY(g.probability >= MatchBands::PossibleProbability);
            QCOMPARE(g.action, DuplicateAction::Create);
            QVERIFY(!g.toText().isEmpty());
            QCOMPARE(g.toJson().value(QStringLiteral("rows")).toArray().size(), g.rows.size());
        }
    }

    void aBigFileIsCheckedOnTwoConnectionsWithTheSameResult()
    {
        TestWorkspace ws;
        addContacts(ws);
        // Anna near the start, Max near the end: the two halves are checked apart.
        QByteArray csv = "First Name,Last Name,Email,City\nAnna,Berg,anna.berg@example.org,Berlin\n";
        for (int i = 0; i < WorkspaceMatcher::ParallelFrom + 200; ++i)
            csv += "Gen" + QByteArray::number(i) + ",Sample" + QByteArray::number(i * 13) + ",g" + QByteArray::number(i)
                + "@example.com,City" + QByteArray::number(i % 17) + "\n";
        csv += "Max,Lee,max.lee@example.org,Oslo\n";
        QList<ImportDuplicateGroup> groups;
        const Result r = find(ws, csv, &groups);
        QVERIFY2(r, qPrintable(r.message()));
        QList<qint64> matched;
        for (const ImportDuplicateGroup &g : std::as_const(groups))
            if (g.matchesWorkspace())
                matched << g.target();
        std::sort(matched.begin(), matched.end());
        QCOMPARE(matched, (QList<qint64>{m_anna, m_max}));
    }

    void rowsWithoutAMatchFormNoGroup()
    {
        TestWorkspace ws;
        addContacts(ws);
        QList<ImportDuplicateGroup> groups;
        QVERIFY(find(ws, "Name,Email\nPia Sund,pia@example.org\nOle Brun,ole@example.org\n", &groups));
        QVERIFY(groups.isEmpty());
    }

    void everyActionDoesWhatItSays_data()
    {
        QTest::addColumn<DuplicateAction>("action");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("merged");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("annaTitle");
        QTest::addColumn<QString>("maxTitle");
        QTest::addColumn<int>("activeContacts");
        QTest::newRow("create") << DuplicateAction::Create << 5 << 0 << 0 << 0 << QString() << QStringLiteral("Engineer") << 48;
        QTest::newRow("skip") << DuplicateAction::Skip << 2 << 0 << 0 << 3 << QString() << QStringLiteral("Engineer") << 45;
        QTest::newRow("update") << DuplicateAction::Update << 2 << 3 << 0 << 0 << QStringLiteral("Head of Sales")
                                << QStringLiteral("Engineer") << 45;
        QTest::newRow("overwrite") << DuplicateAction::Overwrite << 2 << 3 << 0 << 0 << QStringLiteral("Head of Sales")
                                   << QStringLiteral("CTO") << 45;
        QTest::newRow("merge") << DuplicateAction::Merge << 2 << 0 << 3 << 0 << QStringLiteral("Head of Sales") << QString() << 45;
    }
    void everyActionDoesWhatItSays()
    {
        QFETCH(DuplicateAction, action);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, merged);
        QFETCH(int, skipped);
        QFETCH(QString, annaTitle);
        QFETCH(QString, maxTitle);
        QFETCH(int, activeContacts);
        TestWorkspace ws;
        addContacts(ws);
        ImportOptions options;
        options.onDuplicate = action;
        ImportSummary summary;
        const Result r = import(ws, kFile, options, &summary);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(summary.rows, 5);
        QCOMPARE(summary.created, created);
        QCOMPARE(summary.updated, updated);
        QCOMPARE(summary.merged, merged);
        QCOMPARE(summary.skipped, skipped);
        QCOMPARE(summary.created + summary.updated + summary.merged + summary.skipped + summary.rejected, summary.rows);
        QCOMPARE(summary.duplicateGroups, action == DuplicateAction::Create ? 0 : 3);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {m_anna}).toString(), annaTitle);
        if (!maxTitle.isEmpty())
            QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {m_max}).toString(), maxTitle);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")).toInt(), activeContacts);
        if (action == DuplicateAction::Update || action == DuplicateAction::Overwrite || action == DuplicateAction::Merge) {
            // Max's phone came from the file; the existing record keeps its id and e-mail.
            QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contact_phones WHERE contact_id = ?"), {m_max}).toInt(), 1);
            QCOMPARE(ws.scalar(QStringLiteral("SELECT primary_email FROM contacts WHERE id = ?"), {m_max}).toString(),
                     QStringLiteral("max.lee@example.org"));
            QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND first_name = 'Nina'")).toInt(), 1);
        }
        if (action == DuplicateAction::Merge) {
            QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM merges")).toInt(), 3);
            QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM merges WHERE survivor_id IN (?, ?)"), {m_anna, m_max}).toInt(), 2);
        }
        verifyDerivedData(ws);
    }

    void eachGroupMayHaveItsOwnDecision()
    {
        TestWorkspace ws;
        addContacts(ws);
        QList<ImportDuplicateGroup> groups;
        QVERIFY(find(ws, kFile, &groups));
        QCOMPARE(groups.size(), 3);
        groups[0].action = DuplicateAction::Skip;
        groups[1].action = DuplicateAction::Overwrite;
        groups[2].action = DuplicateAction::Merge;
        ImportOptions options;
        options.duplicates = groups;
        options.duplicatesFound = true;
        ImportSummary summary;
        QVERIFY(import(ws, kFile, options, &summary));
        QCOMPARE(summary.skipped, 1);
        QCOMPARE(summary.updated, 1);
        QCOMPARE(summary.merged, 1);
        QCOMPARE(summary.created, 2);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {m_anna}).toString(), QString());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {m_max}).toString(), QStringLiteral("CTO"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE first_name = 'Nina' AND deleted_at IS NULL")).toString(),
                 QStringLiteral("Designer"));
    }

    void undoingRestoresUpdatedAndMergedRecordsExactlyAfterLaterEdits_data()
    {
        QTest::addColumn<DuplicateAction>("action");
        QTest::newRow("update") << DuplicateAction::Update;
        QTest::newRow("overwrite") << DuplicateAction::Overwrite;
        QTest::newRow("merge") << DuplicateAction::Merge;
        QTest::newRow("skip") << DuplicateAction::Skip;
    }
    void undoingRestoresUpdatedAndMergedRecordsExactlyAfterLaterEdits()
    {
        QFETCH(DuplicateAction, action);
        TestWorkspace ws;
        addContacts(ws);
        const QStringList before = dump(ws);
        ImportOptions options;
        options.onDuplicate = action;
        ImportSummary summary;
        QVERIFY(import(ws, kFile, options, &summary));
        const QStringList imported = dump(ws);
        QVERIFY(imported != before);
        // Later, unrelated edits: another contact's field, and a note on an updated record.
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE contacts SET job_title = 'Pilot' WHERE id = ?"), {m_other});
        }));
        auto *undo = new UndoImport(ws.get(), summary.importId);
        ws->undoStack()->push(undo);
        QVERIFY2(undo->succeeded(), qPrintable(undo->lastResult().message()));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {m_other}).toString(), QStringLiteral("Pilot"));
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit back"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE contacts SET job_title = '' WHERE id = ?"), {m_other});
        }));
        QCOMPARE(dump(ws), before);
        verifyDerivedData(ws);
        // And back again, exactly as imported.
        ws->undoStack()->undo();
        QCOMPARE(dump(ws), imported);
        verifyDerivedData(ws);
    }

    void aPreviewWhoseContactWentToTheTrashCreatesInstead()
    {
        TestWorkspace ws;
        addContacts(ws);
        QList<ImportDuplicateGroup> groups;
        QVERIFY(find(ws, kFile, &groups));
        ImportDuplicates::decideAll(&groups, DuplicateAction::Update);
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("trash"), [&](QSqlDatabase db) {
            return ContactStore(db).moveToTrash(RecordSelection::ofIds({m_anna}));
        }));
        ImportOptions options;
        options.duplicates = groups;
        options.duplicatesFound = true;
        ImportSummary summary;
        QVERIFY(import(ws, kFile, options, &summary));
        QCOMPARE(summary.updated, 2);
        QCOMPARE(summary.created, 3);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {m_anna}).toString(), QString());
    }

    void aDryRunCountsTheDecisionsAndKeepsNothing()
    {
        TestWorkspace ws;
        addContacts(ws);
        const QStringList before = dump(ws);
        ImportOptions options;
        options.onDuplicate = DuplicateAction::Merge;
        options.dryRun = true;
        ImportSummary summary;
        QVERIFY(import(ws, kFile, options, &summary));
        QCOMPARE(summary.merged, 3);
        QCOMPARE(dump(ws), before);
    }

    void rejectedRowsTakeNoPartInGroups()
    {
        TestWorkspace ws;
        addContacts(ws);
        QList<ImportDuplicateGroup> groups;
        ImportOptions options;
        QVERIFY(find(ws, "First Name,Email,City\nAnna,,Berlin\n,,Berlin\n", &groups, options));
        for (const ImportDuplicateGroup &g : std::as_const(groups))
            QVERIFY(!g.rows.contains(3));
    }

    void cancellingTheSearchLeavesTheWorkspaceAsItWas()
    {
        TestWorkspace ws;
        addContacts(ws);
        const QStringList before = dump(ws);
        struct Stop : ProgressSink
        {
            bool progress(qint64, qint64) override { return false; }
        } stop;
        Source s(kFile);
        QVERIFY(s.opened);
        s.source->setProgressSink(&stop);
        ImportOptions options;
        options.onDuplicate = DuplicateAction::Update;
        ImportSummary summary;
        const Result r = Importer(ws->db(), ws->batchObservers()).run(*s.source, options, &summary);
        QVERIFY(!r);
        QVERIFY(summary.cancelled);
        QCOMPARE(dump(ws), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
    }

    void combiningFillsGapsAndKeepsOptOuts()
    {
        Contact existing;
        existing.firstName = QStringLiteral("Anna");
        existing.jobTitle = QStringLiteral("Buyer");
        existing.city = QStringLiteral("Berlin");
        existing.doNotEmail = true;
        existing.emails << EmailAddress{1, QStringLiteral("Anna@Example.org"), QStringLiteral("work"), true};
        existing.tags << QStringLiteral("VIP");
        Contact incoming;
        incoming.firstName = QStringLiteral("Anne");
        incoming.lastName = QStringLiteral("Berg");
        incoming.jobTitle = QStringLiteral("Head of Buying");
        incoming.street = QStringLiteral("Main St 1");
        incoming.city = QStringLiteral("Potsdam");
        incoming.emails << EmailAddress{0, QStringLiteral("anna@example.org")} << EmailAddress{0, QStringLiteral("anna@home.example")};
        incoming.tags << QStringLiteral("vip") << QStringLiteral("Fair 2024");

        const Contact filled = DuplicateApplier::combined(existing, incoming, false);
        QCOMPARE(filled.firstName, QStringLiteral("Anna"));
        QCOMPARE(filled.lastName, QStringLiteral("Berg"));
        QCOMPARE(filled.jobTitle, QStringLiteral("Buyer"));
        QCOMPARE(filled.street, QString()); // the address is one block: Berlin stays, alone
        QCOMPARE(filled.city, QStringLiteral("Berlin"));
        QVERIFY(filled.doNotEmail);
        QCOMPARE(filled.emails.size(), 2);
        QVERIFY(filled.emails.first().primary && !filled.emails.last().primary);
        QCOMPARE(filled.tags, (QStringList{QStringLiteral("VIP"), QStringLiteral("Fair 2024")}));

        const Contact overwritten = DuplicateApplier::combined(existing, incoming, true);
        QCOMPARE(overwritten.firstName, QStringLiteral("Anne"));
        QCOMPARE(overwritten.jobTitle, QStringLiteral("Head of Buying"));
        QCOMPARE(overwritten.street, QStringLiteral("Main St 1"));
        QCOMPARE(overwritten.city, QStringLiteral("Potsdam"));
        QVERIFY(overwritten.doNotEmail);
    }
};

QTEST_GUILESS_MAIN(TestImportDuplicates)
#include "tst_importduplicates.moc"
