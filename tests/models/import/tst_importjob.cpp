#include "audit/attachquality.h"
#include "import/importjob.h"
#include "import/sourcefactory.h"
#include "io/tablesource.h"
#include "testworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace Kempt;
using Kempt::Test::TestWorkspace;


// The import on a worker thread: the rows arrive in the workspace as one batch the
// window's views hear about, and a cancel leaves the file exactly as it was.
class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anImportOnAWorkerThreadStoresTheRows();
    void theWindowsViewsHearOfTheImport();
    void theWorkersBatchKeepsTheQualityIssuesCurrent();
    void cancellingLeavesTheWorkspaceExactlyAsItWas();
    void progressTellsRowsAndTimeLeft();
    void aFileThatCannotBeOpenedFailsWithItsMessage();

private:
    static ImportJob::SourceOpener opener(const QString &path)
    {
        return [path](std::unique_ptr<TableSource> *source) { return SourceFactory::open(path, SourceOptions(), source); };
    }
    static QString fixture() { return QStringLiteral(KEMPT_TEST_DATA "/wizard/contacts.csv"); }
    static bool run(ImportJob &job)
    {
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        return finished.wait(120000) && !job.isRunning();
    }
    // Every row of the tables an import touches, for exact comparisons.
    static QStringList dump(Workspace *ws)
    {
        QStringList rows;
        for (const char *table : {"contacts", "contact_emails", "contact_phones", "companies", "custom_values", "custom_fields",
                                  "import_batches", "change_batches", "quality_issues"}) {
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
    // A file big enough that the reader reports progress several times.
    static QString bigFile(const QTemporaryDir &dir, int rows)
    {
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("First Name,Last Name,E-mail,City\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("person%1,family%1,p%1@example.com,berlin\n").arg(i).toUtf8());
        return path;
    }
};

void TestImportJob::anImportOnAWorkerThreadStoresTheRows()
{
    TestWorkspace ws;
    ImportJob job(ws.get(), opener(fixture()), ImportOptions());
    QVERIFY(run(job));
    QVERIFY2(job.result().ok(), qPrintable(job.result().message()));
    QCOMPARE(job.summary().rows, 10);
    QCOMPARE(job.summary().created, 9);
    QCOMPARE(job.summary().rejected, 1);
    QVERIFY(job.summary().importId > 0);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 9);
    QCOMPARE(ws.scalar(QStringLiteral("SELECT first_name FROM contacts WHERE last_name = 'Berg'")).toString(), QStringLiteral("Anna"));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {job.summary().importId}).toString(),
             QStringLiteral("done"));
}

void TestImportJob::theWindowsViewsHearOfTheImport()
{
    TestWorkspace ws;
    QSignalSpy changed(ws.get(), &Workspace::changed);
    ImportJob job(ws.get(), opener(fixture()), ImportOptions());
    QVERIFY(run(job));
    QCOMPARE(changed.count(), 1);
    const ChangeSet changes = changed.first().first().value<ChangeSet>();
    QCOMPARE(changes.batchId, job.summary().batchId);
    QVERIFY(changes.touches(QStringLiteral("contacts")));
    QVERIFY(changes.touches(QStringLiteral("contact_emails")));
    QCOMPARE(job.changes().tables, changes.tables);
}

void TestImportJob::theWorkersBatchKeepsTheQualityIssuesCurrent()
{
    TestWorkspace ws;
    attachQuality(ws.get());
    ImportJob job(ws.get(), opener(fixture()), ImportOptions());
    QVERIFY(run(job));
    QVERIFY(job.result().ok());
    // The company without a person has no name: an issue the worker's refresh recorded.
    QVERIFY(ws.scalar(QStringLiteral("SELECT count(*) FROM quality_issues q JOIN contacts c ON c.id = q.entity_id "
                                     "WHERE q.rule = 'contact.name.required' AND c.company_name = 'Orphan Holdings'"))
                .toInt()
            == 1);
}

void TestImportJob::cancellingLeavesTheWorkspaceExactlyAsItWas()
{
    TestWorkspace ws;
    attachQuality(ws.get());
    // Something to keep: a first import.
    ImportJob first(ws.get(), opener(fixture()), ImportOptions());
    QVERIFY(run(first));
    const QStringList before = dump(ws.get());
    QTemporaryDir dir;
    ImportJob job(ws.get(), opener(bigFile(dir, 30000)), ImportOptions());
    QSignalSpy changed(ws.get(), &Workspace::changed);
    connect(&job, &ImportJob::progress, &job, [&job](const ImportProgress &p) {
        if (p.rows > 0)
            job.cancel();
    });
    QVERIFY(run(job));
    QVERIFY(!job.result().ok());
    QVERIFY(job.summary().cancelled);
    QVERIFY(job.result().message().contains(QStringLiteral("cancelled")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dump(ws.get()), before);
}

void TestImportJob::progressTellsRowsAndTimeLeft()
{
    TestWorkspace ws;
    QTemporaryDir dir;
    ImportJob job(ws.get(), opener(bigFile(dir, 9000)), ImportOptions());
    QList<ImportProgress> reports;
    connect(&job, &ImportJob::progress, &job, [&reports](const ImportProgress &p) { reports << p; });
    QVERIFY(run(job));
    QVERIFY(job.result().ok());
    QCOMPARE(job.summary().created, 9000);
    QVERIFY(reports.size() >= 3); // the start, every 4,096 rows, the end
    QCOMPARE(reports.first().rows, 0);
    QVERIFY(reports.last().total > 0);
    QCOMPARE(reports.last().done, reports.last().total);
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).rows >= reports.at(i - 1).rows);
        QVERIFY(reports.at(i).elapsedMs >= reports.at(i - 1).elapsedMs);
    }
    QVERIFY(reports.last().rows >= 9000);
    QCOMPARE(reports.last().secondsLeft <= 0, true);
}

void TestImportJob::aFileThatCannotBeOpenedFailsWithItsMessage()
{
    TestWorkspace ws;
    const QString missing = ws.dir() + QStringLiteral("/missing.csv");
    ImportJob job(ws.get(), opener(missing), ImportOptions());
    QVERIFY(run(job));
    QVERIFY(!job.result().ok());
    QVERIFY2(job.result().message().contains(QStringLiteral("missing.csv")), qPrintable(job.result().message()));
    QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM import_batches")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
