#include "clirunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kempt::Test::CliRunner;

// kempt-cli import, imports and undo-import, run as the real binary.
class TestCliImport : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_cli.path(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    QString workspace(const QString &name)
    {
        const QString db = m_cli.path(name);
        const CliRunner::Run run = m_cli({QStringLiteral("init"), db});
        return run.code == 0 ? db : QString();
    }

    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

private Q_SLOTS:
    void importsAFileAndUndoesIt()
    {
        const QString db = workspace(QStringLiteral("a.kempt"));
        QVERIFY(!db.isEmpty());
        const QString csv = write(QStringLiteral("people.csv"),
                                  "First Name,Last Name,Email,Phone,Country\n"
                                  "anna,berg,anna@example.org,030 1234567,Germany\n"
                                  "Max,Berg,max@example.org,,DE\n");
        CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject summary = json(run.out);
        QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 2);
        const qint64 id = summary.value(QStringLiteral("import")).toInteger();
        QVERIFY(id > 0);

        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("imports")});
        QVERIFY2(run.out.contains(QStringLiteral("people.csv")) && run.out.contains(QStringLiteral("done")), qPrintable(run.out));

        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("info")});
        QVERIFY2(run.out.contains(QLatin1Char('2')), qPrintable(run.out));

        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("undo-import"), QString::number(id)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--json")});
        QVERIFY2(run.out.contains(QStringLiteral("undone")), qPrintable(run.out));
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("undo-import"), QString::number(id)});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already")), qPrintable(run.err));
    }

    void aDryRunWritesNothingAndReportsRejectedRows()
    {
        const QString db = workspace(QStringLiteral("b.kempt"));
        const QString csv = write(QStringLiteral("b.csv"), "Name;Email\nAnna Berg;anna@example.org\n;\n;x\n");
        const QString report = m_cli.path(QStringLiteral("rejected.csv"));
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--delimiter"),
                                          QStringLiteral(";"), QStringLiteral("--dry-run"), QStringLiteral("--report"), report});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Dry run")), qPrintable(run.out));
        QVERIFY(QFile::exists(report));
        const CliRunner::Run imports = m_cli({QStringLiteral("--db"), db, QStringLiteral("imports")});
        QVERIFY2(imports.out.contains(QStringLiteral("No imports")), qPrintable(imports.out));
    }

    void badInputGetsAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an empty file") << QByteArray() << "empty";
        QTest::newRow("a binary file") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << "not a spreadsheet";
        QTest::newRow("an unclosed quote") << QByteArray("Name,Email\n\"Anna,anna@example.org\n") << "line 2";
        QTest::newRow("a truncated workbook") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << "bad.in";
    }

    void badInputGetsAClearMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString db = workspace(QStringLiteral("%1.kempt").arg(QString::number(qHash(QString::fromUtf8(QTest::currentDataTag())))));
        QVERIFY(!db.isEmpty());
        const QString file = write(QStringLiteral("bad.in"), bytes);
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        const CliRunner::Run imports = m_cli({QStringLiteral("--db"), db, QStringLiteral("imports")});
        QVERIFY2(imports.out.contains(QStringLiteral("No imports")), qPrintable(imports.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
