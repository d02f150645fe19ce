#include "audit/attachquality.h"
#include "audit/auditor.h"
#include "audit/progresssink.h"
#include "commands/undoimport.h"
#include "import/importer.h"
#include "io/delimitedsource.h"
#include "storage/batchobserver.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "stores/contactstore.h"
#include "testworkspace.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace Kempt;
using Kempt::Test::TestWorkspace;

namespace {

// Cancels at the first report (the reader reports every few thousand rows).
class CancelAtOnce : public ProgressSink
{
public:
    bool progress(qint64, qint64) override { return false; }
};

} // namespace

// The import engine on CSV text: one batch, cleaned by the default style guide, undone
// exactly; nothing of a failure, a cancel or a dry run stays.
class TestImporter : public QObject
{
    Q_OBJECT

private:
    static Result import(Workspace *ws, const QByteArray &csv, ImportSummary *summary, ImportOptions options = {},
                         ProgressSink *sink = nullptr)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        DelimitedSource source(&buffer, QStringLiteral("people.csv"));
        Result r = source.open();
        if (!r)
            return r;
        source.setProgressSink(sink);
        Importer importer(ws->db(), ws->batchObservers());
        return importer.run(source, options, summary);
    }

    // Every row of the tables an import touches, for exact comparisons.
    static QStringList dump(Workspace *ws)
    {
        QStringList rows;
        for (const char *table : {"contacts", "contact_emails", "contact_phones", "companies", "contact_tags", "tags", "custom_values",
                                  "custom_fields", "users"}) {
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

    static QStringList issueRows(Workspace *ws)
    {
        QStringList rows;
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT entity, entity_id, rule, field, severity, message, suggestion FROM quality_issues"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells << q.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        return rows;
    }

    static const QByteArray &people()
    {
        static const QByteArray csv = "Name,E-mail,Phone,Country,Company\n"
                                      "anna berg,  Anna@Example.org ,030 1234567,Germany,acme gmbh\n"
                                      "\n"
                                      "Omar al-Hassan,omar@example.ae,,UAE,\n"
                                      "\"Berg, Max\",max@example.org,\"+44 20 7946 0958\",GB,\"Acme, Ltd\"\n";
        return csv;
    }

private Q_SLOTS:
    void importsEveryRowAsOneBatch()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        ImportSummary summary;
        const Result r = import(ws.get(), people(), &summary);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(summary.rows, 3);
        QCOMPARE(summary.created, 3);
        QCOMPARE(summary.rejected, 0);
        QVERIFY(summary.importId > 0);
        QVERIFY(summary.batchId > 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE import_batch_id = ?"), {summary.importId}).toInt(), 3);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {summary.importId}).toString(),
                 QStringLiteral("done"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(DISTINCT batch_id) FROM change_log WHERE table_name = 'contacts'")).toInt(), 1);
    }

    void cleansValuesWithTheStyleGuide()
    {
        TestWorkspace ws;
        ImportSummary summary;
        QVERIFY(import(ws.get(), people(), &summary));
        QVERIFY(summary.fixedValues > 0);
        const Contact anna = *ContactStore(ws->db()).load(
            ws.scalar(QStringLiteral("SELECT id FROM contacts WHERE last_name = 'Berg' AND first_name = 'Anna'")).toLongLong());
        QCOMPARE(anna.country, QStringLiteral("DE"));
        QCOMPARE(anna.emails.value(0).address, QStringLiteral("Anna@example.org"));
        QCOMPARE(anna.phones.value(0).e164, QStringLiteral("+49301234567"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT country FROM contacts WHERE first_name = 'Omar'")).toString(), QStringLiteral("AE"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT last_name FROM contacts WHERE first_name = 'Max'")).toString(), QStringLiteral("Berg"));
    }

    void importedContactsAreIndexedAndDerivedLikeAnyOther()
    {
        TestWorkspace ws;
        const QString triggers = QStringLiteral("SELECT group_concat(name || sql) FROM (SELECT name, sql FROM sqlite_schema "
                                                "WHERE type = 'trigger' ORDER BY name)");
        const QString before = ws.scalar(triggers).toString();
        ImportSummary summary;
        QVERIFY(import(ws.get(), people(), &summary));
        QCOMPARE(ws.scalar(triggers).toString(), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE company_name <> coalesce((SELECT name FROM companies "
                                          "WHERE id = company_id), '') OR primary_email <> coalesce((SELECT address FROM contact_emails "
                                          "WHERE contact_id = contacts.id AND is_primary), '') OR primary_phone <> coalesce((SELECT number "
                                          "FROM contact_phones WHERE contact_id = contacts.id AND is_primary), '')")).toInt(), 0);
        QVERIFY(!ws.scalar(QStringLiteral("SELECT company_name FROM contacts WHERE first_name = 'Max'")).toString().isEmpty());
        const QString documents = QStringLiteral("SELECT group_concat(rowid || name || email || phone || company, '/') FROM "
                                                 "(SELECT rowid, * FROM contacts_fts ORDER BY rowid)");
        const QString indexed = ws.scalar(documents).toString();
        QVERIFY(!indexed.isEmpty());
        QVERIFY(SearchIndex::rebuild(ws->db()));
        QCOMPARE(ws.scalar(documents).toString(), indexed);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'omar'")).toInt(), 1);
    }

    void keepingTheOriginalStoresValuesAsTheFileHasThem()
    {
        TestWorkspace ws;
        ImportSummary summary;
        ImportOptions options;
        options.cleanup = ImportOptions::Cleanup::KeepOriginal;
        QVERIFY(import(ws.get(), people(), &summary, options));
        QCOMPARE(summary.fixedValues, 0);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT first_name FROM contacts WHERE country = 'Germany'")).toString(), QStringLiteral("anna"));
        // The issues are still known: the country is not a code yet.
        QVERIFY(summary.issues.value(QStringLiteral("contact.country.format")) >= 2);
    }

    void rowsWithNothingToKnowThemByAreRejectedWithTheirLine()
    {
        TestWorkspace ws;
        const QString report = ws.dir() + QStringLiteral("/rejected.csv");
        ImportOptions options;
        options.rejectedReport = report;
        ImportSummary summary;
        QVERIFY(import(ws.get(), "Name,E-mail,City\nAnna,anna@example.org,Oslo\n,,Bergen\n", &summary, options));
        QCOMPARE(summary.created, 1);
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(summary.firstRejected.value(0).row, 3);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("Bergen")) && text.contains(QStringLiteral("no name")), qPrintable(text));
    }

    void skippingInvalidRowsRejectsWhatTheGuideBlocks()
    {
        TestWorkspace ws;
        ImportOptions options;
        options.skipInvalidRows = true;
        ImportSummary summary;
        // Unreachable: neither an e-mail nor a phone, which the default guide calls an error.
        QVERIFY(import(ws.get(), "Name,E-mail\nAnna Berg,anna@example.org\nMax Berg,\n", &summary, options));
        QCOMPARE(summary.created, 1);
        QCOMPARE(summary.rejected, 1);
        QVERIFY(!summary.firstRejected.value(0).reason.isEmpty());
    }

    void aDryRunKeepsNothing()
    {
        TestWorkspace ws;
        const QStringList before = dump(ws.get());
        ImportOptions options;
        options.dryRun = true;
        ImportSummary summary;
        QVERIFY(import(ws.get(), people(), &summary, options));
        QCOMPARE(summary.created, 3);
        QCOMPARE(dump(ws.get()), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
    }

    void aBrokenFileWritesNothingAndNamesTheLine()
    {
        TestWorkspace ws;
        const QStringList before = dump(ws.get());
        ImportSummary summary;
        const Result r = import(ws.get(), "Name,E-mail\nAnna,anna@example.org\n\"Max,max@example.org\n", &summary);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("people.csv")) && r.message().contains(QLatin1Char('3')), qPrintable(r.message()));
        QCOMPARE(dump(ws.get()), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
    }

    void aFileWithoutKnownColumnsIsRefused()
    {
        TestWorkspace ws;
        ImportSummary summary;
        const Result r = import(ws.get(), "Foo,Bar\n1,2\n", &summary);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("Foo")), qPrintable(r.message()));
    }

    void cancellingLeavesTheWorkspaceAsItWas()
    {
        TestWorkspace ws;
        const QStringList before = dump(ws.get());
        QByteArray csv = "Name,E-mail\n";
        for (int i = 0; i < 5000; ++i)
            csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
        CancelAtOnce stop;
        ImportSummary summary;
        const Result r = import(ws.get(), csv, &summary, {}, &stop);
        QVERIFY(!r);
        QVERIFY(summary.cancelled);
        QCOMPARE(dump(ws.get()), before);
    }

    void undoingAnImportRestoresTheWorkspaceExactlyAfterLaterEdits()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        Contact kept;
        kept.firstName = QStringLiteral("Kept");
        kept.emails << EmailAddress{0, QStringLiteral("kept@example.org")};
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("add"), [&](QSqlDatabase db) { return ContactStore(db).insert(kept); }));
        const QStringList before = dump(ws.get());
        ImportSummary summary;
        QVERIFY(import(ws.get(), people(), &summary));
        const QStringList imported = dump(ws.get());
        QVERIFY(imported != before);
        // A later, unrelated edit survives the undo.
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE contacts SET job_title = 'Boss' WHERE id = ?"), {kept.id});
        }));
        auto *undo = new UndoImport(ws.get(), summary.importId);
        ws->undoStack()->push(undo);
        QVERIFY2(undo->succeeded(), qPrintable(undo->lastResult().message()));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT job_title FROM contacts WHERE id = ?"), {kept.id}).toString(), QStringLiteral("Boss"));
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit back"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("UPDATE contacts SET job_title = '' WHERE id = ?"), {kept.id});
        }));
        QCOMPARE(dump(ws.get()), before);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {summary.importId}).toString(),
                 QStringLiteral("undone"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE import_batch_id IS NOT NULL")).toInt(), 0);
        // Undo the undo: the import is back, as it was.
        ws->undoStack()->undo();
        QCOMPARE(dump(ws.get()), imported);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE import_batch_id = ?"), {summary.importId}).toInt(), 3);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {summary.importId}).toString(),
                 QStringLiteral("done"));
        ws->undoStack()->redo();
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE import_batch_id IS NOT NULL")).toInt(), 0);
    }

    void undoingTwiceIsRefused()
    {
        TestWorkspace ws;
        ImportSummary summary;
        QVERIFY(import(ws.get(), people(), &summary));
        UndoImport first(ws.get(), summary.importId);
        first.redo();
        QVERIFY(first.succeeded());
        UndoImport second(ws.get(), summary.importId);
        second.redo();
        QVERIFY(!second.succeeded());
        QVERIFY(second.lastResult().message().contains(QStringLiteral("already")));
    }

    void theFindingsOfAnImportEqualAFullAudit()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        ImportSummary summary;
        ImportOptions options;
        options.cleanup = ImportOptions::Cleanup::KeepOriginal;
        QVERIFY(import(ws.get(), people(), &summary, options));
        const QStringList incremental = issueRows(ws.get());
        QVERIFY(!incremental.isEmpty());
        QSqlQuery(ws->db()).exec(QStringLiteral("DELETE FROM quality_issues"));
        AuditResult result;
        QVERIFY(Auditor(ws->db()).run(nullptr, &result));
        QCOMPARE(issueRows(ws.get()), incremental);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
