#include "audit/attachquality.h"
#include "audit/auditor.h"
#include "audit/progresssink.h"
#include "commands/undoimport.h"
#include "import/importer.h"
#include "import/sourcefactory.h"
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

    static Result importFile(Workspace *ws, const QString &path, ImportSummary *summary, ImportOptions options = {})
    {
        std::unique_ptr<TableSource> source;
        Result r = SourceFactory::open(path, options.source, &source);
        if (!r)
            return r;
        Importer importer(ws->db(), ws->batchObservers());
        return importer.run(*source, options, summary);
    }

    static QString fixture(const QString &name) { return QStringLiteral(KEMPT_TEST_DATA "/") + name; }

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

    void textInAnyEncodingImportsAsItsReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        for (const char *name : {"russian.windows-1251.csv", "russian.koi8-r.csv", "russian.utf-16le-nobom.csv", "czech.windows-1250.csv",
                                 "arabic.windows-1256.csv", "german.windows-1252.csv", "german.utf-16be-nobom.csv", "greek.iso-8859-7.csv"})
            QTest::newRow(name) << fixture(QStringLiteral("encodings/") + QLatin1String(name))
                                << fixture(QStringLiteral("encodings/%1.utf8.csv").arg(QString::fromLatin1(name).section(QLatin1Char('.'), 0, 0)));
    }
    void textInAnyEncodingImportsAsItsReference()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        const QString names = QStringLiteral("SELECT group_concat(first_name || ' ' || last_name || ' ' || city, '/') FROM "
                                             "(SELECT * FROM contacts ORDER BY id)");
        TestWorkspace expected;
        ImportSummary summary;
        QVERIFY(importFile(expected.get(), reference, &summary));
        QVERIFY(summary.created > 0);
        TestWorkspace ws;
        ImportSummary legacy;
        const Result r = importFile(ws.get(), file, &legacy);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(legacy.created, summary.created);
        QCOMPARE(ws.scalar(names).toString(), expected.scalar(names).toString());
    }

    void notesAboveALinkedInTableAreSkipped()
    {
        TestWorkspace ws;
        ImportSummary summary;
        const Result r = importFile(ws.get(), fixture(QStringLiteral("import/headers/linkedin_connections.csv")), &summary);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(summary.headerRow, 3);
        QCOMPARE(summary.headers.value(0), QStringLiteral("First Name"));
        QCOMPARE(summary.rejected, 0);
        QVERIFY(summary.created >= 2);
        QCOMPARE(ws.scalar(QStringLiteral("SELECT company_name FROM contacts WHERE first_name = 'Bob'")).toString(), QStringLiteral("Acme, Inc."));
    }

    void realExportsImportWithTheirGuessedMapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("emailLabel");
        QTest::newRow("Google Contacts") << QStringLiteral("google_contacts.csv") << QStringLiteral("ada@example.com") << QStringLiteral("work");
        QTest::newRow("Outlook") << QStringLiteral("outlook_desktop.csv") << QString() << QString();
        QTest::newRow("LinkedIn") << QStringLiteral("linkedin_connections.csv") << QStringLiteral("ada@example.com") << QString();
    }
    void realExportsImportWithTheirGuessedMapping()
    {
        QFETCH(QString, file);
        QFETCH(QString, email);
        QFETCH(QString, emailLabel);
        TestWorkspace ws;
        ImportSummary summary;
        const Result r = importFile(ws.get(), fixture(QStringLiteral("import/headers/") + file), &summary);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(summary.created >= 1);
        QCOMPARE(summary.rejected, 0);
        if (email.isEmpty())
            return;
        const qint64 id = ws.scalar(QStringLiteral("SELECT contact_id FROM contact_emails WHERE address = ?"), {email}).toLongLong();
        QVERIFY(id > 0);
        if (!emailLabel.isEmpty())
            QCOMPARE(ws.scalar(QStringLiteral("SELECT label FROM contact_emails WHERE address = ?"), {email}).toString(), emailLabel);
    }

    void aRowWithMoreCellsThanTheHeaderIsRejectedWithItsLine()
    {
        TestWorkspace ws;
        ImportSummary summary;
        QVERIFY(import(ws.get(), "Name,Email,City\nAnna Berg,anna@example.org,Oslo\nMax Lee,max@example.org,Oslo,Norway,extra\n", &summary));
        QCOMPARE(summary.created, 1);
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(summary.firstRejected.value(0).row, 3);
        QVERIFY2(summary.firstRejected.value(0).reason.contains(QStringLiteral("Line 3 has 5 cells but the header has 3")),
                 qPrintable(summary.firstRejected.value(0).reason));
    }

    void labelColumnsGiveValuesTheirLabels()
    {
        TestWorkspace ws;
        ImportSummary summary;
        const QByteArray csv = "First Name,Last Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Notes\n"
                               "Ada,Example,* Home,ada@example.com ::: ada@work.example,Mobile,+1 202-555-0143,Work Fax,+1 202-555-0199,\"Met at a fair\nsecond line\"\n";
        QVERIFY(import(ws.get(), csv, &summary));
        const Contact ada = *ContactStore(ws->db()).load(ws.scalar(QStringLiteral("SELECT id FROM contacts")).toLongLong());
        QCOMPARE(ada.emails.size(), 2);
        QCOMPARE(ada.emails.at(0).label, QStringLiteral("home"));
        QCOMPARE(ada.emails.at(1).label, QStringLiteral("home"));
        QCOMPARE(ada.phones.size(), 2);
        QCOMPARE(ada.phones.at(0).label, QStringLiteral("mobile"));
        QCOMPARE(ada.phones.at(1).label, QStringLiteral("other"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT body FROM notes WHERE contact_id = ?"), {ada.id}).toString(),
                 QStringLiteral("Met at a fair\nsecond line"));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'fair'")).toInt(), 1);
    }

    void vCardsImportThroughTheSameMappingAndCleanup()
    {
        TestWorkspace ws;
        attachQuality(ws.get());
        ImportSummary summary;
        const Result r = importFile(ws.get(), fixture(QStringLiteral("import/several-values.vcf")), &summary);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(summary.rows, 2);
        QCOMPARE(summary.created, 2);
        QCOMPARE(summary.notes.size(), 1); // the skipped picture
        const Contact anna = *ContactStore(ws->db()).load(ws.scalar(QStringLiteral("SELECT id FROM contacts WHERE last_name = 'Berg'")).toLongLong());
        QCOMPARE(anna.firstName, QStringLiteral("Anna"));
        QCOMPARE(anna.middleName, QStringLiteral("Maria"));
        QCOMPARE(anna.companyName, QStringLiteral("Acme GmbH"));
        QCOMPARE(anna.department, QStringLiteral("Sales"));
        QCOMPARE(anna.city, QStringLiteral("Berlin"));
        QCOMPARE(anna.country, QStringLiteral("DE")); // cleaned by the style guide like any row
        QCOMPARE(anna.emails.size(), 2);
        QCOMPARE(anna.emails.at(1).label, QStringLiteral("home"));
        QCOMPARE(anna.phones.size(), 3);
        QCOMPARE(anna.phones.at(0).label, QStringLiteral("mobile"));
        QCOMPARE(anna.phones.at(0).e164, QStringLiteral("+491701234567"));
        QCOMPARE(anna.tags.size(), 2);
        const QString note = ws.scalar(QStringLiteral("SELECT body FROM notes WHERE contact_id = ?"), {anna.id}).toString();
        QVERIFY2(note.contains(QStringLiteral("Potsdam")) && note.contains(QStringLiteral("demo")), qPrintable(note));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
