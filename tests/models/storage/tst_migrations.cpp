#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/workspace.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Kempt;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewWorkspaceHasTheLatestSchema()
    {
        Test::TestWorkspace ws;
        QCOMPARE(Database::userVersion(ws->db()), Migrator::latestVersion());
        QCOMPARE(ws.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
        QCOMPARE(ws.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(ws.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table : {"contacts", "companies", "deals", "pipelines", "stages", "import_batches",
                                  "style_guides", "quality_issues", "quality_snapshots", "change_log", "contacts_fts"})
            QVERIFY2(ws.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"), {QString::fromLatin1(table)}).toInt() == 1,
                     table);
    }

    void anOlderWorkspaceIsUpgradedAndKeepsABackup()
    {
        Test::TestWorkspace ws;
        QSqlQuery(ws->db()).exec(QStringLiteral("INSERT INTO contacts(first_name, display_name) VALUES ('Ann', 'Ann Lee')"));
        QList<Migrator::Step> steps = Migrator::steps();
        steps << [](QSqlDatabase db) { return Database::execScript(db, QStringLiteral("ALTER TABLE contacts ADD COLUMN nickname TEXT NOT NULL DEFAULT 'n/a'")); };
        const Result r = Migrator::migrate(ws->db(), ws.path(), steps);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(Database::userVersion(ws->db()), steps.size());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT nickname || ' ' || display_name FROM contacts")).toString(), QStringLiteral("n/a Ann Lee"));

        const QString backup = ws.path() + QStringLiteral(".v%1.bak").arg(Migrator::latestVersion());
        QVERIFY(QFile::exists(backup));
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        copy.setDatabaseName(backup);
        QVERIFY(copy.open());
        QCOMPARE(Database::userVersion(copy), Migrator::latestVersion());
        copy.close();
        copy = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    void anUndoKeepsTextThatLooksLikeANumber_data()
    {
        QTest::addColumn<QString>("before");
        QTest::newRow("a postcode with a leading zero") << QStringLiteral("01234");
        QTest::newRow("a long digit string") << QStringLiteral("004915112345678");
        QTest::newRow("a decimal-looking code") << QStringLiteral("1.50");
    }

    void anUndoKeepsTextThatLooksLikeANumber()
    {
        QFETCH(QString, before);
        Test::TestWorkspace ws;
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("add"), [&](QSqlDatabase db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO contacts(first_name, postcode) VALUES ('Ann', ?)"));
            q.addBindValue(before);
            return q.exec() ? Result::success() : Result::failure(q.lastError().text());
        }));
        qint64 batch = 0;
        QVERIFY(ws->write(BatchKind::Edit, QStringLiteral("edit"), [](QSqlDatabase db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("UPDATE contacts SET postcode = '80331'")) ? Result::success() : Result::failure(q.lastError().text());
        }, &batch));
        QVERIFY(ws->revert(batch));
        QCOMPARE(ws.scalar(QStringLiteral("SELECT typeof(postcode) || ':' || postcode FROM contacts")).toString(),
                 QStringLiteral("text:") + before);
    }

    void anUpgradeToUntypedValuesKeepsTheJournalAndCustomValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.kempt"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            QVERIFY(Migrator::migrateTo(db, 2));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO custom_fields(entity, key, label, type) VALUES ('contact', 'size', 'Size', 'text')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts(first_name) VALUES ('Ann')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO custom_values(field_id, entity_id, value) VALUES (1, 1, 'XL')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        Workspace ws;
        const Result r = ws.open(path);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(Database::userVersion(ws.db()), Migrator::latestVersion());
        QSqlQuery q(ws.db());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM custom_values")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("XL"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'contacts'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal_custom_values%'")) && q.next());
        QVERIFY(q.value(0).toInt() >= 2);
    }

    void anUpgradeToVersion4AddsTheTablesOfTheDuplicateScan()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.kempt"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            QVERIFY(Migrator::migrateTo(db, 3));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO contacts(first_name) VALUES ('Ann')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        Workspace ws;
        const Result r = ws.open(path);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(Database::userVersion(ws.db()) >= 4);
        QSqlQuery q(ws.db());
        for (const char *table : {"duplicate_scans", "duplicate_groups", "duplicate_group_members"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // A group goes with its scan.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO duplicate_scans(entity, records, pairs, milliseconds, seen_batch) VALUES ('contact', 1, 1, 1, 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO duplicate_groups(scan_id, band, score) VALUES (1, 'sure', 20)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO duplicate_group_members(group_id, contact_id) VALUES (1, 1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO duplicate_groups(scan_id, band, score) VALUES (1, 'maybe', 20)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM duplicate_scans")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM duplicate_group_members")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void aFailingUpgradeStepLeavesTheFileAtItsOldVersion()
    {
        Test::TestWorkspace ws;
        QList<Migrator::Step> steps = Migrator::steps();
        steps << [](QSqlDatabase db) {
            const Result r = Database::execScript(db, QStringLiteral("CREATE TABLE half_done(x)"));
            return r ? Database::execScript(db, QStringLiteral("THIS IS NOT SQL")) : r;
        };
        QVERIFY(!Migrator::migrate(ws->db(), ws.path(), steps).ok());
        QCOMPARE(Database::userVersion(ws->db()), Migrator::latestVersion());
        QCOMPARE(ws.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")).toInt(), 0);
    }

    void badFilesAreRefusedAndLeftUnchanged_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QByteArray("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty") << QByteArray("empty") << QStringLiteral("is empty");
        QTest::newRow("newer version") << QByteArray("newer") << QStringLiteral("newer version of Kempt");
        QTest::newRow("foreign SQLite") << QByteArray("foreign") << QStringLiteral("not a Kempt workspace");
        QTest::newRow("corrupt") << QByteArray("corrupt") << QStringLiteral("damaged");
        QTest::newRow("read-only") << QByteArray("readonly") << QStringLiteral("read-only");
        QTest::newRow("missing") << QByteArray("missing") << QStringLiteral("does not exist");
    }

    void badFilesAreRefusedAndLeftUnchanged()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        if (kind == "text") {
            writeBytes(path, "first_name,last_name\nAnn,Lee\n");
        } else if (kind == "empty") {
            writeBytes(path, QByteArray());
        } else if (kind == "foreign") {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs(title TEXT)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind != "missing") {
            {
                Workspace ws;
                QVERIFY(ws.create(path));
                QSqlQuery q(ws.db());
                for (int i = 0; i < 300; ++i)
                    q.exec(QStringLiteral("INSERT INTO contacts(first_name, display_name, street) VALUES ('n%1', 'n%1', '%2')")
                               .arg(i).arg(QString(200, QLatin1Char('x'))));
                if (kind == "newer")
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            }
            if (kind == "corrupt") {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(4096);
                f.write(QByteArray(f.size() - 8192, '\x5a'));
            }
            if (kind == "readonly") {
                if (geteuid() == 0)
                    QSKIP("root may write to read-only files, so the refusal cannot be observed");
                QFile::setPermissions(path, QFileDevice::ReadOwner);
            }
        }
        const QByteArray before = QFile::exists(path) ? checksum(path) : QByteArray();
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        Workspace ws;
        const Result r = ws.open(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("bad.sqlite")), "the message names the file");
        QVERIFY(!ws.isOpen());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        if (kind != "missing")
            QCOMPARE(checksum(path), before);
        else
            QVERIFY(!QFile::exists(path));
    }

    void creatingOverAnExistingFileIsRefused()
    {
        Test::TestWorkspace existing;
        Workspace ws;
        const Result r = ws.create(existing.path());
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("already exists")));
    }

    void aFailedOpenKeepsTheCurrentWorkspaceOpen()
    {
        Test::TestWorkspace ws;
        QVERIFY(!ws->open(ws.dir() + QStringLiteral("/nothing-here.sqlite")).ok());
        QVERIFY(ws->isOpen());
        QCOMPARE(ws->path(), QFileInfo(ws.path()).absoluteFilePath());
    }

    void saveCopyWritesAnOpenableSnapshot()
    {
        Test::TestWorkspace ws;
        QSqlQuery(ws->db()).exec(QStringLiteral("INSERT INTO contacts(first_name, display_name) VALUES ('Zoë', 'Zoë')"));
        const QString copy = ws.dir() + QStringLiteral("/copy.sqlite");
        const Result r = ws->saveCopy(copy);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        Workspace other;
        QVERIFY(other.open(copy));
        QSqlQuery q(other.db());
        QVERIFY(q.exec(QStringLiteral("SELECT first_name FROM contacts")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Zoë"));
        QVERIFY(!ws->saveCopy(ws.path()).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
