#include "csvrecords.h"
#include "storage/migrator.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Kempt;
using Kempt::Test::csvRecords;

// Runs the real kempt-cli binary, with its default workspace inside a temporary folder
// so that no test can touch the workspace of the person running them.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    Run cli(const QStringList &arguments) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir->path());
        p.start(QStringLiteral(KEMPT_CLI_PATH), arguments);
        Run run;
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    static QByteArray checksum(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return hash.result();
    }

    static void writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    }

    // A valid workspace with enough records to span many pages.
    void makeWorkspace(const QString &file, int contacts = 0)
    {
        QCOMPARE(cli({QStringLiteral("init"), file}).code, 0);
        if (contacts > 0)
            QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("sample-data"), QStringLiteral("--contacts"),
                          QString::number(contacts)}).code, 0);
    }

    static void setUserVersion(const QString &file, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void printsItsVersion()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("kempt-cli " KEMPT_VERSION));
    }

    void printsUsageToStandardErrorWithoutACommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate")};
    }
    void printsUsageToStandardErrorWithoutACommand()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Usage: kempt-cli"), run.err.constData());
    }

    void helpGoesToStandardOutput()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("sample-data"));
    }

    void helpGivesEachFormOfACommandItsOwnDescription()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        const qsizetype list = lines.indexOf("  deals [--json]");
        QVERIFY2(list >= 0, run.out.constData());
        QVERIFY(lines.value(list + 1).startsWith("      List the pipelines"));
        QVERIFY(lines.value(list + 2).startsWith("  deals report forecast|"));
        QVERIFY(lines.value(list + 3).startsWith("      Print one deal report"));
    }

    void initCreatesAWorkspaceThatInfoDescribes()
    {
        const QString file = path(QStringLiteral("new.sqlite"));
        const Run init = cli({QStringLiteral("init"), file});
        QVERIFY2(init.code == 0, init.err.constData());
        QVERIFY(QFile::exists(file));

        const Run info = cli({QStringLiteral("--db"), file, QStringLiteral("info")});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY2(info.out.contains("Schema version: " + QByteArray::number(Migrator::latestVersion())), info.out.constData());
        QVERIFY(info.out.contains(file.toUtf8()));
        QVERIFY(info.out.contains("contacts"));

        const Run json = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db"), file});
        QCOMPARE(json.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(object.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion());
        const QJsonObject tables = object.value(QStringLiteral("tables")).toObject();
        QVERIFY(tables.contains(QStringLiteral("contacts")));
        QCOMPARE(tables.value(QStringLiteral("contacts")).toInt(-1), 0);
        QCOMPARE(tables.value(QStringLiteral("kempt_state")).toInt(-1), 1);
        for (const QString &name : tables.keys()) {
            QVERIFY2(!name.startsWith(QLatin1String("sqlite_")), qPrintable(name));
            QVERIFY2(!name.startsWith(QLatin1String("contacts_fts_")), qPrintable(name));
        }
    }

    void initWithoutAFileCreatesTheDefaultWorkspace()
    {
        QCOMPARE(cli({QStringLiteral("info")}).code, 1);
        const Run init = cli({QStringLiteral("init")});
        QVERIFY2(init.code == 0, init.err.constData());
        QVERIFY(QFile::exists(path(QStringLiteral("data/Kempt/Kempt/kempt.sqlite"))));
        QCOMPARE(cli({QStringLiteral("info")}).code, 0);
    }

    void initRefusesAnExistingFile()
    {
        const QString file = path(QStringLiteral("taken.sqlite"));
        writeFile(file, "not mine to replace");
        const QByteArray before = checksum(file);
        const Run run = cli({QStringLiteral("init"), file});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("taken.sqlite"), run.err.constData());
        QVERIFY(run.err.contains("already exists"));
        QCOMPARE(checksum(file), before);
    }

    void infoOnAMissingDefaultWorkspaceSaysHowToCreateOne()
    {
        const Run run = cli({QStringLiteral("info")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("kempt-cli init"), run.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("data/Kempt/Kempt/kempt.sqlite"))));
    }

    void infoNeverCreatesAMissingFile()
    {
        const QString file = path(QStringLiteral("missing.sqlite"));
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("info")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("missing.sqlite"), run.err.constData());
        QVERIFY(!QFile::exists(file));
    }

    void infoRefusesABadFileAndLeavesItUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("read-only") << QStringLiteral("readonly") << QStringLiteral("read-only");
        QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("damaged");
    }
    void infoRefusesABadFileAndLeavesItUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("bad.sqlite"));
        if (kind == QLatin1String("text")) {
            writeFile(file, "name,email\r\nAnna,anna@example.com\r\n");
        } else if (kind == QLatin1String("empty")) {
            writeFile(file, QByteArray());
        } else if (kind == QLatin1String("newer")) {
            makeWorkspace(file);
            setUserVersion(file, 99);
        } else if (kind == QLatin1String("readonly")) {
            if (geteuid() == 0)
                QSKIP("root may write to read-only files, so the file does not look read-only to Kempt");
            makeWorkspace(file);
            QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        } else if (kind == QLatin1String("corrupt")) {
            makeWorkspace(file, 40);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 3 * 4096);
            // Garbage from page 2 to the end: the header survives, the tables do not.
            QVERIFY(f.seek(4096));
            f.write(QByteArray(int(size - 4096), '\xA5'));
        }
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = checksum(file);
        QVERIFY(!before.isEmpty());

        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("info")});
        QVERIFY(run.code != 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("bad.sqlite"), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
        QCOMPARE(checksum(file), before);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void exportWritesOneRowPerContactWithDefusedFormulas()
    {
        const QString file = path(QStringLiteral("crm.sqlite"));
        makeWorkspace(file, 30);
        {
            Workspace ws;
            QVERIFY(ws.open(file).ok());
            const Result r = ws.write(BatchKind::Edit, QStringLiteral("Add"), [](QSqlDatabase db) {
                Contact c;
                c.firstName = QStringLiteral("=HYPERLINK(\"http://example.com\",\"Click\")");
                c.lastName = QStringLiteral("Injection");
                return ContactStore(db).insert(c);
            });
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        const QString out = path(QStringLiteral("contacts.csv"));
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("csv"), out});
        QVERIFY2(run.code == 0, run.err.constData());
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = csvRecords(bytes);
        QCOMPARE(records.size(), 1 + 31);
        const QStringList header = records.first();
        QCOMPARE(header.first(), QStringLiteral("id"));
        for (const char *key : {"first_name", "last_name", "email", "emails", "phone", "phones", "tags", "owner",
                                "custom.preferred_language"})
            QVERIFY2(header.contains(QLatin1String(key)), key);
        for (const QStringList &r : records)
            QCOMPARE(r.size(), header.size());
        const int first = int(header.indexOf(QStringLiteral("first_name")));
        QCOMPARE(records.last().at(first), QStringLiteral("'=HYPERLINK(\"http://example.com\",\"Click\")"));
        bool unescaped = false;
        for (const QStringList &r : records)
            unescaped = unescaped || r.at(first).startsWith(QLatin1Char('='));
        QVERIFY(!unescaped);
    }

    void exportWritesToStandardOutput()
    {
        const QString file = path(QStringLiteral("crm.sqlite"));
        makeWorkspace(file, 10);
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("export"), QStringLiteral("--entity"),
                             QStringLiteral("companies"), QStringLiteral("-")});
        QVERIFY2(run.code == 0, run.err.constData());
        const QList<QStringList> records = csvRecords(run.out);
        QVERIFY(records.size() > 30);
        QCOMPARE(records.first().mid(0, 2), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    }

    void exportRejectsWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("out.pdf")};
        QTest::newRow("unknown entity") << QStringList{QStringLiteral("--entity"), QStringLiteral("planets"), QStringLiteral("out.csv")};
        QTest::newRow("no target") << QStringList();
    }
    void exportRejectsWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        const QString file = path(QStringLiteral("crm.sqlite"));
        makeWorkspace(file);
        const Run run = cli(QStringList{QStringLiteral("--db"), file, QStringLiteral("export")} + arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("out.csv"))));
    }

    void sampleDataRefusesAWorkspaceWithContacts()
    {
        const QString file = path(QStringLiteral("crm.sqlite"));
        makeWorkspace(file, 5);
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("sample-data")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("empty workspace"), run.err.constData());
        const Run info = cli({QStringLiteral("--db"), file, QStringLiteral("info"), QStringLiteral("--json")});
        const QJsonObject tables = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("contacts")).toInt(), 5);
        QCOMPARE(tables.value(QStringLiteral("change_batches")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
