#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// kempt-cli deals, run as a real process on a workspace filled with the sample data.
class TestCliDeals : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    QString file() const { return m_dir.filePath(QStringLiteral("deals.kempt")); }

    Run cli(const QStringList &arguments) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
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

    // What the file says, read without Kempt.
    qint64 scalar(const QString &sql) const
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(cli({QStringLiteral("init"), file()}).code, 0);
        QCOMPARE(cli({QStringLiteral("--db"), file(), QStringLiteral("sample-data"), QStringLiteral("--contacts"), QStringLiteral("200")}).code, 0);
    }

    void jsonListsEveryStageWithItsOpenDeals()
    {
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("deals"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        const QJsonArray pipelines = json.value(QStringLiteral("pipelines")).toArray();
        QCOMPARE(pipelines.size(), 1);
        QCOMPARE(pipelines.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sales"));
        const QJsonArray stages = pipelines.at(0).toObject().value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 4);
        qint64 deals = 0;
        qint64 total = 0;
        for (const QJsonValue &s : stages) {
            deals += s.toObject().value(QStringLiteral("deals")).toInteger();
            total += s.toObject().value(QStringLiteral("totalMinor")).toInteger();
        }
        QCOMPARE(deals, scalar(QStringLiteral("SELECT count(*) FROM deals WHERE status = 'open' AND deleted_at IS NULL")));
        QCOMPARE(total, scalar(QStringLiteral("SELECT sum(value_minor) FROM deals WHERE status = 'open' AND deleted_at IS NULL")));
        QCOMPARE(json.value(QStringLiteral("won")).toObject().value(QStringLiteral("deals")).toInteger(),
                 scalar(QStringLiteral("SELECT count(*) FROM deals WHERE status = 'won'")));
        qint64 forecastDeals = 0;
        for (const QJsonValue &m : json.value(QStringLiteral("forecast")).toArray())
            forecastDeals += m.toObject().value(QStringLiteral("deals")).toInteger();
        QCOMPARE(forecastDeals, scalar(QStringLiteral("SELECT count(*) FROM deals WHERE status = 'open' AND expected_close <> ''")));
    }

    void textNamesThePipelineAndTheForecast()
    {
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("deals")});
        QCOMPARE(run.code, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("Pipeline: Sales")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Negotiation")));
        QVERIFY(text.contains(QStringLiteral("Win rate")));
        QVERIFY(text.contains(QStringLiteral("Forecast")));
    }

    void aFileNameIsAUsageError()
    {
        const Run run = cli({QStringLiteral("--db"), file(), QStringLiteral("deals"), QStringLiteral("other.kempt")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("--db"));
    }
};

QTEST_GUILESS_MAIN(TestCliDeals)
#include "tst_cli_deals.moc"
