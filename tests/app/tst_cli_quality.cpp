#include "quality/emailvalidator.h"
#include "quality/verdict.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;

// kempt-cli's style-guide and check commands, run as the real binary with its default
// workspace inside a temporary folder.
class TestCliQuality : public QObject
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

    Run cli(const QStringList &arguments, const QByteArray &input = QByteArray()) const
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
        if (!p.waitForStarted())
            return run;
        p.write(input);
        p.closeWriteChannel();
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

    QString workspace()
    {
        const QString file = path(QStringLiteral("w.kempt"));
        if (!QFile::exists(file))
            [&] { QCOMPARE(cli({QStringLiteral("init"), file}).code, 0); }();
        return file;
    }

    static QJsonObject readJson(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QList<QByteArrayList> rows(const QByteArray &tsv)
    {
        QList<QByteArrayList> result;
        for (const QByteArray &line : tsv.split('\n'))
            if (!line.isEmpty())
                result << line.split('\t');
        return result;
    }

    // The suite writes control characters as U+2400+n; these are the real ones.
    static QString decodeControls(const QString &text)
    {
        QString out = text;
        for (QChar &c : out)
            if (c.unicode() >= 0x2400 && c.unicode() < 0x2420)
                c = QChar(c.unicode() - 0x2400);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void styleGuideSurvivesExportAndImport()
    {
        const QString ws = workspace();
        const QString first = path(QStringLiteral("guide.json"));
        Run run = cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("export"), first});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("default style guide"));
        const QJsonObject exported = readJson(first);
        QCOMPARE(exported.value(QStringLiteral("version")).toInt(), 0);
        QVERIFY(exported.value(QStringLiteral("rules")).toArray().size() >= 20);

        run = cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("import"), first,
                   QStringLiteral("--comment"), QStringLiteral("Agreed in the team meeting")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("version 1"), run.out.constData());

        const QString second = path(QStringLiteral("again.json"));
        QCOMPARE(cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("export"), second}).code, 0);
        const QJsonObject reexported = readJson(second);
        QCOMPARE(reexported.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(reexported.value(QStringLiteral("rules")), exported.value(QStringLiteral("rules")));

        run = cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("history")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("1\t"));
        QVERIFY(run.out.contains("Agreed in the team meeting"));

        // To standard output, as JSON.
        run = cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("export"), QStringLiteral("-")});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("rules")), exported.value(QStringLiteral("rules")));
    }

    void importingABrokenGuideFailsNamingTheRule()
    {
        const QString ws = workspace();
        const QString file = path(QStringLiteral("guide.json"));
        QCOMPARE(cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("export"), file}).code, 0);
        QJsonObject guide = readJson(file);
        QJsonArray rules = guide.value(QStringLiteral("rules")).toArray();
        QJsonObject third = rules.at(2).toObject();
        const QString id = third.value(QStringLiteral("id")).toString();
        third.insert(QStringLiteral("severity"), QStringLiteral("fatal"));
        rules.replace(2, third);
        guide.insert(QStringLiteral("rules"), rules);
        const QString broken = path(QStringLiteral("broken.json"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(guide).toJson());
        }
        const Run run = cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("import"), broken});
        QCOMPARE(run.code, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("Rule 3 (%1)").arg(id)), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("fatal")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("broken.json")));
        // Nothing was stored.
        QVERIFY(cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("history")}).out.contains("default guide"));
    }

    void styleGuideWithoutAnActionIsAUsageError()
    {
        const QString ws = workspace();
        QCOMPARE(cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--db"), ws, QStringLiteral("style-guide"), QStringLiteral("export")}).code, 2);
    }

    void checkEmailWritesOneTsvRowPerLine()
    {
        const QByteArray input = "\xEF\xBB\xBF" "ann@firma.de\r\nAnn@FIRMA.DE\nann@gmial.com\nfoo\n\tbob@firma.de\n";
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("email")}, input);
        QCOMPARE(run.code, 0);
        const QList<QByteArrayList> out = rows(run.out);
        QCOMPARE(out.size(), 5);
        for (const QByteArrayList &row : out)
            QCOMPARE(row.size(), 5);
        QCOMPARE(out.at(0), QByteArrayList({"ann@firma.de", "ann@firma.de", "valid", "", ""}));
        QCOMPARE(out.at(1), QByteArrayList({"Ann@FIRMA.DE", "Ann@firma.de", "valid", "", ""}));
        QCOMPARE(out.at(2).at(2), QByteArray("warning"));
        QCOMPARE(out.at(2).at(4), QByteArray("ann@gmail.com"));
        QVERIFY(out.at(2).at(3).contains("gmail.com"));
        QCOMPARE(out.at(3).at(2), QByteArray("invalid"));
        QVERIFY(!out.at(3).at(3).isEmpty());
        // A tab inside a value is shown, not written, so the columns stay five.
        QCOMPARE(out.at(4).at(0), QString(QChar(0x2409) + QStringLiteral("bob@firma.de")).toUtf8());
        QCOMPARE(out.at(4).at(1), QByteArray("bob@firma.de"));
    }

    void checkOtherFields_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("phone in its region") << QStringList{QStringLiteral("--field"), QStringLiteral("phone"), QStringLiteral("--region"), QStringLiteral("de")}
                                             << QStringLiteral("030 1234567") << QStringLiteral("+49301234567") << QStringLiteral("valid");
        QTest::newRow("phone without a region") << QStringList{QStringLiteral("--field"), QStringLiteral("phone")} << QStringLiteral("030 1234567")
                                                << QString() << QStringLiteral("invalid");
        QTest::newRow("date, day first") << QStringList{QStringLiteral("--field"), QStringLiteral("date"), QStringLiteral("--order"), QStringLiteral("dmy")}
                                         << QStringLiteral("03/04/2024") << QStringLiteral("2024-04-03") << QStringLiteral("warning");
        QTest::newRow("date, month first") << QStringList{QStringLiteral("--field"), QStringLiteral("date"), QStringLiteral("--order"), QStringLiteral("mdy")}
                                           << QStringLiteral("03/04/2024") << QStringLiteral("2024-03-04") << QStringLiteral("warning");
        QTest::newRow("date, order unknown") << QStringList{QStringLiteral("--field"), QStringLiteral("date")} << QStringLiteral("03/04/2024") << QString()
                                             << QStringLiteral("invalid");
        QTest::newRow("country in Persian") << QStringList{QStringLiteral("--field"), QStringLiteral("country")} << QStringLiteral("ایران")
                                            << QStringLiteral("IR") << QStringLiteral("warning");
        QTest::newRow("country code") << QStringList{QStringLiteral("--field"), QStringLiteral("country")} << QStringLiteral("DE") << QStringLiteral("DE")
                                      << QStringLiteral("valid");
        QTest::newRow("shouted name") << QStringList{QStringLiteral("--field"), QStringLiteral("name")} << QStringLiteral("ИВАН  ПЕТРОВ")
                                      << QStringLiteral("Иван Петров") << QStringLiteral("warning");
        QTest::newRow("good name") << QStringList{QStringLiteral("--field"), QStringLiteral("name")} << QStringLiteral("Ann Smith")
                                   << QStringLiteral("Ann Smith") << QStringLiteral("valid");
        QTest::newRow("company") << QStringList{QStringLiteral("--field"), QStringLiteral("company")} << QStringLiteral("acme gmbh")
                                 << QStringLiteral("Acme GmbH") << QStringLiteral("warning");
    }

    void checkOtherFields()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, verdict);
        const Run run = cli(QStringList{QStringLiteral("check")} + options, input.toUtf8() + '\n');
        QCOMPARE(run.code, 0);
        const QList<QByteArrayList> out = rows(run.out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(QString::fromUtf8(out.first().at(0)), input);
        QCOMPARE(QString::fromUtf8(out.first().at(1)), normalized);
        QCOMPARE(QString::fromUtf8(out.first().at(2)), verdict);
    }

    void checkRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no field") << QStringList{QStringLiteral("check")};
        QTest::newRow("unknown field") << QStringList{QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("iban")};
        QTest::newRow("bad region") << QStringList{QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("phone"), QStringLiteral("--region"),
                                                   QStringLiteral("Germany")};
        QTest::newRow("bad order") << QStringList{QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("date"), QStringLiteral("--order"),
                                                  QStringLiteral("ydm")};
        QTest::newRow("a file name") << QStringList{QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("email"), QStringLiteral("in.txt")};
    }

    void checkRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void checkStreamsManyLinesInOrder()
    {
        QByteArray input;
        const int count = 60000;
        for (int i = 0; i < count; ++i)
            input += "person" + QByteArray::number(i) + (i % 7 == 0 ? "@GMIAL.com\n" : "@firma.de\n");
        const Run run = cli({QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("email")}, input);
        QCOMPARE(run.code, 0);
        const QList<QByteArrayList> out = rows(run.out);
        QCOMPARE(out.size(), count);
        for (int i = 0; i < count; i += 997) {
            QVERIFY(out.at(i).at(0).startsWith("person" + QByteArray::number(i) + '@'));
            QCOMPARE(out.at(i).at(2), QByteArray(i % 7 == 0 ? "warning" : "valid"));
        }
    }

    void conformanceSuiteGivesTheSameVerdictsAsTheValidator()
    {
        QFile suite(QStringLiteral(KEMPT_TEST_DATA "/email/python_email_validator_practical.tsv"));
        if (!suite.open(QIODevice::ReadOnly))
            QSKIP("The shared e-mail conformance file is not in tests/data/email/.");
        QStringList addresses;
        const QList<QByteArray> lines = suite.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) { // the first line is the header
            if (lines.at(i).isEmpty())
                continue;
            const QString address = decodeControls(QString::fromUtf8(lines.at(i).split('\t').first()));
            // One value a line: an address with a line break cannot be one line.
            if (!address.contains(QLatin1Char('\n')) && !address.contains(QLatin1Char('\r')))
                addresses << address;
        }
        QVERIFY(addresses.size() > 200);
        QByteArray input;
        for (const QString &a : std::as_const(addresses))
            input += a.toUtf8() + '\n';

        const Run run = cli({QStringLiteral("check"), QStringLiteral("--field"), QStringLiteral("email")}, input);
        QCOMPARE(run.code, 0);
        const QList<QByteArrayList> out = rows(run.out);
        QCOMPARE(out.size(), addresses.size());
        const EmailValidator validator;
        for (int i = 0; i < addresses.size(); ++i) {
            const Verdict v = validator.check(addresses.at(i));
            QCOMPARE(out.at(i).size(), 5);
            QVERIFY2(out.at(i).at(2) == Verdict::statusName(v.status).toUtf8(),
                     qPrintable(QStringLiteral("%1: %2 by check, %3 directly").arg(addresses.at(i), QString::fromUtf8(out.at(i).at(2)),
                                                                                    Verdict::statusName(v.status))));
            QCOMPARE(decodeControls(QString::fromUtf8(out.at(i).at(1))), v.normalized);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliQuality)
#include "tst_cli_quality.moc"
