#include "io/vcardreader.h"
#include "io/xlsxreader.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kempt;

// kempt-cli export --format xlsx|vcf, run as the real binary.
class TestCliExport : public QObject
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

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &arguments) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
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

    QString workspaceWithContacts()
    {
        const QString file = path(QStringLiteral("crm.sqlite"));
        if (QFile::exists(file))
            return file;
        if (cli({QStringLiteral("init"), file}).code != 0)
            return QString();
        Workspace ws;
        if (!ws.open(file))
            return QString();
        ws.write(BatchKind::Edit, QStringLiteral("Add"), [](QSqlDatabase db) {
            Contact a;
            a.firstName = QStringLiteral("=1+1");
            a.lastName = QStringLiteral("Formula");
            a.emails = {{0, QStringLiteral("formula@example.com"), QStringLiteral("home"), true}};
            Result r = ContactStore(db).insert(a);
            if (!r)
                return r;
            Contact b;
            b.firstName = QStringLiteral("Пётр");
            b.lastName = QStringLiteral("Чайковский");
            return ContactStore(db).insert(b);
        });
        return file;
    }

private Q_SLOTS:
    void exportWritesAnExcelWorkbookWithFormulasAsText()
    {
        const QString file = workspaceWithContacts();
        QVERIFY(!file.isEmpty());
        const QString out = path(QStringLiteral("contacts.xlsx"));
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"), out});
        QVERIFY2(run.code == 0, run.err.constData());
        XlsxReader reader(out);
        QVERIFY(reader.open().ok());
        QStringList header, row;
        QVERIFY(reader.next(&header));
        QCOMPARE(header.first(), QStringLiteral("id"));
        const qsizetype first = header.indexOf(QStringLiteral("first_name"));
        QStringList names;
        while (reader.next(&row))
            names << row.value(first);
        QVERIFY(reader.status().ok());
        QCOMPARE(names, (QStringList{QStringLiteral("=1+1"), QStringLiteral("Пётр")}));
    }

    void exportWritesVCardsInTheVersionAskedFor_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("3.0") << QStringLiteral("3.0");
        QTest::newRow("4.0") << QStringLiteral("4.0");
    }
    void exportWritesVCardsInTheVersionAskedFor()
    {
        QFETCH(QString, version);
        const QString file = workspaceWithContacts();
        QVERIFY(!file.isEmpty());
        const Run run = cli({QStringLiteral("--db"), file, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("vcf"),
                             QStringLiteral("--vcard-version"), version, QStringLiteral("-")});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains("VERSION:" + version.toLatin1() + "\r\n"));
        QByteArray bytes = run.out;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        VCardReader reader(&buffer, QStringLiteral("stdout"));
        QVERIFY(reader.open().ok());
        VCardRecord card;
        QStringList last;
        while (reader.next(&card))
            last << card.value(QStringLiteral("last_name"));
        QVERIFY(reader.status().ok());
        QCOMPARE(last, (QStringList{QStringLiteral("Formula"), QStringLiteral("Чайковский")}));
    }

    void exportRefusesWhatItCannotWrite_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("companies as vCards") << QStringList{QStringLiteral("--format"), QStringLiteral("vcf"), QStringLiteral("--entity"),
                                                            QStringLiteral("companies"), QStringLiteral("out.vcf")}
                                             << QStringLiteral("Only contacts");
        QTest::newRow("unknown vCard version") << QStringList{QStringLiteral("--format"), QStringLiteral("vcf"), QStringLiteral("--vcard-version"),
                                                              QStringLiteral("2.1"), QStringLiteral("out.vcf")}
                                               << QStringLiteral("--vcard-version 3.0 or 4.0");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("out.vcf")}
                                        << QStringLiteral("csv, xlsx or vcf");
    }
    void exportRefusesWhatItCannotWrite()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString file = workspaceWithContacts();
        QVERIFY(!file.isEmpty());
        const Run run = cli(QStringList{QStringLiteral("--db"), file, QStringLiteral("export")} + arguments);
        QVERIFY(run.code != 0);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("out.vcf"))));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
