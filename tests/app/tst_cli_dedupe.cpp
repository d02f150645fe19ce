#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// kempt-cli dedupe, run as the real binary on a spreadsheet and on a workspace.
class TestCliDedupe : public QObject
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

    static QList<QStringList> csv(const QString &file)
    {
        QFile f(file);
        QList<QStringList> rows;
        if (!f.open(QIODevice::ReadOnly))
            return rows;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                rows << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
        return rows;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aSpreadsheetsDuplicatesAreWrittenAsPairsAndGroups()
    {
        const QString input = QStringLiteral(KEMPT_TEST_DATA "/dedup/febrl_dataset1.csv");
        const Run run = cli({QStringLiteral("dedupe"), QStringLiteral("--file"), input, QStringLiteral("--id-column"), QStringLiteral("rec_id"),
                             QStringLiteral("--pairs-out"), path(QStringLiteral("pairs.csv")), QStringLiteral("--clusters-out"),
                             path(QStringLiteral("clusters.csv"))});
        QVERIFY2(run.code == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(QLatin1String("Scanned 1000 records")));
        QVERIFY(text.contains(QLatin1String("sure")));
        QVERIFY(text.contains(QLatin1String("Score")));
        const QList<QStringList> pairs = csv(path(QStringLiteral("pairs.csv")));
        QCOMPARE(pairs.first(), (QStringList{QStringLiteral("id_a"), QStringLiteral("id_b"), QStringLiteral("score"), QStringLiteral("band")}));
        QVERIFY(pairs.size() > 400);
        int sameEntity = 0;
        for (int i = 1; i < pairs.size(); ++i) {
            QCOMPARE(pairs.at(i).size(), 4);
            QVERIFY(pairs.at(i).at(3) == QLatin1String("sure") || pairs.at(i).at(3) == QLatin1String("possible"));
            sameEntity += pairs.at(i).at(0).section(QLatin1Char('-'), 1, 1) == pairs.at(i).at(1).section(QLatin1Char('-'), 1, 1);
        }
        QVERIFY(sameEntity > (pairs.size() - 1) * 95 / 100);
        const QList<QStringList> clusters = csv(path(QStringLiteral("clusters.csv")));
        QCOMPARE(clusters.first(), (QStringList{QStringLiteral("id"), QStringLiteral("cluster_id")}));
        QVERIFY(clusters.size() > 900);
    }

    void jsonCountsGroupsByBandAndExplainsSamples()
    {
        const QString input = writeFile(QStringLiteral("people.csv"),
                                        "id,First Name,Last Name,E-mail,Phone,City\r\n"
                                        "1,Karen,Gomez,karen.gomez@example.com,+49 30 1234567,Berlin\r\n"
                                        "2,K.,Gomez,Karen.Gomez@example.com,030 1234567,Berlin\r\n"
                                        "3,Steven,Miller,steven@miller.de,+49 40 7654321,Hamburg\r\n"
                                        "4,Мария,Иванова,m.ivanova@mail.ru,+7 912 345 6789,Москва\r\n"
                                        "5,Maria,Ivanova,m.ivanova@mail.ru,8 912 345-67-89,Moskva\r\n");
        const Run run = cli({QStringLiteral("dedupe"), QStringLiteral("--json"), QStringLiteral("--file"), input,
                             QStringLiteral("--id-column"), QStringLiteral("id")});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json.value(QStringLiteral("records")).toInt(), 5);
        const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("ids")).toArray(), (QJsonArray{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("ids")).toArray(), (QJsonArray{QStringLiteral("4"), QStringLiteral("5")}));
        const QJsonObject counts = json.value(QStringLiteral("groupCount")).toObject();
        QCOMPARE(counts.value(QStringLiteral("sure")).toInt() + counts.value(QStringLiteral("possible")).toInt(), 2);
        const QJsonArray samples = json.value(QStringLiteral("samples")).toArray();
        QVERIFY(!samples.isEmpty());
        const QJsonObject explanation = samples.first().toObject().value(QStringLiteral("explanations")).toArray().first().toObject();
        QVERIFY(explanation.value(QStringLiteral("probability")).toDouble() > 0.5);
        QVERIFY(!explanation.value(QStringLiteral("fields")).toArray().isEmpty());
    }

    void aWorkspaceIsScannedAndItsModelKept()
    {
        const QString file = path(QStringLiteral("w.sqlite"));
        QCOMPARE(cli({QStringLiteral("init"), file}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), file, QStringLiteral("sample-data"), QStringLiteral("--contacts"), QStringLiteral("200")}).code, 0);
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("dedupe"), QStringLiteral("--json"), QStringLiteral("--clusters-out"),
                             path(QStringLiteral("c.csv"))});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("records")).toInt(), 200);
        QVERIFY(QFile::exists(path(QStringLiteral("c.csv"))));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dedup_state WHERE name = 'model'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void badArgumentsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("id column without file") << QStringList{QStringLiteral("dedupe"), QStringLiteral("--id-column"), QStringLiteral("x")} << 2
                                                << "--id-column";
        QTest::newRow("missing file") << QStringList{QStringLiteral("dedupe"), QStringLiteral("--file"), QStringLiteral("nope.csv")} << 1
                                      << "nope.csv";
        QTest::newRow("unknown id column") << QStringList{QStringLiteral("dedupe"), QStringLiteral("--file"),
                                                          QStringLiteral(KEMPT_TEST_DATA "/dedup/splink_fake_1000.csv"),
                                                          QStringLiteral("--id-column"), QStringLiteral("nope")}
                                           << 1 << "no column \"nope\"";
    }
    void badArgumentsSayWhatToDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDedupe)
#include "tst_cli_dedupe.moc"
