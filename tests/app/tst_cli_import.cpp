#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
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
        QTest::newRow("mixed encodings") << QByteArray("Name,City\nAnna,Z\xC3\xBCrich\nMax,Z\xFCrich\n") << "line 3";
        QTest::newRow("an old Excel workbook") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << ".xlsx";
        QTest::newRow("a vCard cut short") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\n") << "END:VCARD";
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

    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt()
    {
        const QString db = workspace(QStringLiteral("big.kempt"));
        QFile big(m_cli.path(QStringLiteral("huge.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("Name,Email\n");
        QVERIFY(big.resize(qint64(2) << 30)); // sparse: no room taken on the disk
        big.close();
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), big.fileName()});
        big.remove();
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("huge.csv")) && run.err.contains(QStringLiteral("Split")), qPrintable(run.err));
    }

    void encodingsAreDetectedOrGiven_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("encoding");
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = QStringLiteral("Name;Email\nАнна Петрова;anna@example.org\nMax Müller;max@example.org\n");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16 with a byte order mark") << utf16 << QStringList() << QStringLiteral("UTF-16LE");
        QByteArray cp1251 = "Name,Email\n\xC0\xED\xED\xE0 \xCF\xE5\xF2\xF0\xEE\xE2\xE0,anna@example.org\n"
                            "\xCC\xE0\xEA\xF1 \xCB\xE8,max@example.org\n";
        QTest::newRow("windows-1251 given") << cp1251 << QStringList{QStringLiteral("--encoding"), QStringLiteral("cp1251")}
                                           << QStringLiteral("windows-1251");
    }
    void encodingsAreDetectedOrGiven()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, extra);
        QFETCH(QString, encoding);
        const QString db = workspace(QStringLiteral("enc-%1.kempt").arg(QString::fromLatin1(QTest::currentDataTag()).size()));
        const QString file = write(QStringLiteral("enc.csv"), bytes);
        const CliRunner::Run run = m_cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--json")} + extra);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject summary = json(run.out);
        QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("source")).toObject().value(QStringLiteral("encoding")).toString(), encoding);
        const CliRunner::Run info = m_cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("-")});
        QVERIFY2(info.out.contains(QStringLiteral("Анна")) || info.out.contains(QStringLiteral("Max")), qPrintable(info.out));
    }

    void anUnknownEncodingIsAUsageError()
    {
        const QString db = workspace(QStringLiteral("enc-bad.kempt"));
        const QString file = write(QStringLiteral("e.csv"), "Name,Email\nAnna,anna@example.org\n");
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--encoding"),
                                          QStringLiteral("martian")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("martian")), qPrintable(run.err));
    }

    void duplicatesFollowTheChosenPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("merged");
        QTest::addColumn<int>("skipped");
        QTest::newRow("create") << QStringLiteral("create") << 3 << 0 << 0 << 0;
        QTest::newRow("skip") << QStringLiteral("skip") << 1 << 0 << 0 << 2;
        QTest::newRow("update") << QStringLiteral("update") << 1 << 2 << 0 << 0;
        QTest::newRow("overwrite") << QStringLiteral("overwrite") << 1 << 2 << 0 << 0;
        QTest::newRow("merge") << QStringLiteral("merge") << 1 << 0 << 2 << 0;
    }
    void duplicatesFollowTheChosenPolicy()
    {
        QFETCH(QString, policy);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, merged);
        QFETCH(int, skipped);
        const QString db = workspace(QStringLiteral("dup-%1.kempt").arg(policy));
        // Forty others, so that a name or a city is known to be rare (the checker weighs
        // shared values by how many contacts have them).
        QByteArray people = "First Name,Last Name,Email,City\nAnna,Berg,anna.berg@example.org,Berlin\nMax,Lee,max.lee@example.org,Oslo\n";
        for (int i = 0; i < 40; ++i)
            people += "Person" + QByteArray::number(i) + ",Family" + QByteArray::number(i * 7) + ",p" + QByteArray::number(i)
                + "@example.net,Town" + QByteArray::number(i % 9) + "\n";
        const QString first = write(QStringLiteral("first.csv"), people);
        QCOMPARE(m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), first}).code, 0);
        const QString second = write(QStringLiteral("second.csv"), "First Name,Last Name,Email,City,Job Title\n"
                                                                   "Anna,Berg,anna.berg@example.org,Berlin,Buyer\n"
                                                                   "Max,Lee,max.lee@example.org,Oslo,CTO\n"
                                                                   "Pia,Sund,pia.sund@example.org,Bergen,\n");
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), second, QStringLiteral("--on-duplicate"),
                                          policy, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject summary = json(run.out);
        QCOMPARE(summary.value(QStringLiteral("created")).toInt(), created);
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), updated);
        QCOMPARE(summary.value(QStringLiteral("merged")).toInt(), merged);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), skipped);
        const QJsonArray groups = summary.value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(groups.size(), policy == QLatin1String("create") ? 0 : 2);
        for (const QJsonValue &g : groups) {
            QCOMPARE(g.toObject().value(QStringLiteral("action")).toString(), policy);
            QVERIFY(!g.toObject().value(QStringLiteral("links")).toArray().isEmpty());
        }
        // Undoing the second import leaves the first exactly as it was.
        const CliRunner::Run undo = m_cli({QStringLiteral("--db"), db, QStringLiteral("undo-import"),
                                           QString::number(summary.value(QStringLiteral("import")).toInteger())});
        QVERIFY2(undo.code == 0, qPrintable(undo.err));
        const CliRunner::Run imports = m_cli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--json")});
        QVERIFY2(imports.out.contains(QStringLiteral("undone")), qPrintable(imports.out));
    }

    void anUnknownPolicyIsAUsageError()
    {
        const QString db = workspace(QStringLiteral("dup-bad.kempt"));
        const QString file = write(QStringLiteral("p.csv"), "Name,Email\nAnna,anna@example.org\n");
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--on-duplicate"),
                                          QStringLiteral("ignore")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("merge")), qPrintable(run.err));
    }

    void aSavedMappingIsUsedByName()
    {
        const QString db = workspace(QStringLiteral("profile.kempt"));
        const QString mapping = write(QStringLiteral("mapping.json"),
                                      "{\"columns\":[{\"header\":\"Vorname\",\"target\":\"field\",\"field\":\"first_name\"},"
                                      "{\"header\":\"Kontakt\",\"target\":\"field\",\"field\":\"email\"},"
                                      "{\"header\":\"Schuhgröße\",\"target\":\"custom\",\"field\":\"Shoe size\"}]}");
        const QString file = write(QStringLiteral("shop.csv"), "Vorname,Kontakt,Schuhgröße\nAnna,anna@example.org,38\n");
        CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--mapping"), mapping,
                                    QStringLiteral("--save-mapping"), QStringLiteral("Shop")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Shop")), qPrintable(run.out));
        const QString again = write(QStringLiteral("shop2.csv"), "vorname,KONTAKT,Schuhgröße\nMax,max@example.org,44\n");
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), again});
        QVERIFY2(run.out.contains(QStringLiteral("Shop")), qPrintable(run.out)); // offered for the same headers
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), again, QStringLiteral("--mapping"), QStringLiteral("shop"),
                     QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(json(run.out).value(QStringLiteral("created")).toInt(), 1);
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), again, QStringLiteral("--mapping"), QStringLiteral("Nope")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Nope")) && run.err.contains(QStringLiteral("Shop")), qPrintable(run.err));
        const QString other = write(QStringLiteral("other.csv"), "Name,Email\nPia,pia@example.org\n");
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), other, QStringLiteral("--mapping"), QStringLiteral("Shop")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Shop")), qPrintable(run.err));

        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("mappings"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray saved = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Shop"));
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("mappings"), QStringLiteral("--delete"), QStringLiteral("shop")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("mappings")});
        QVERIFY2(run.out.contains(QStringLiteral("No saved mappings")), qPrintable(run.out));
        run = m_cli({QStringLiteral("--db"), db, QStringLiteral("mappings"), QStringLiteral("--delete"), QStringLiteral("shop")});
        QCOMPARE(run.code, 1);
    }

    void theReportListsRejectedRowsWithLineAndReason()
    {
        const QString db = workspace(QStringLiteral("report.kempt"));
        const QString file = write(QStringLiteral("r.csv"), "Name,Email,City\nAnna Berg,anna@example.org,Oslo\n,,Bergen\n"
                                                            "Max Lee,max@example.org,Oslo,Norway,x\n");
        const QString report = m_cli.path(QStringLiteral("rejected-rows.csv"));
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--report"), report});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("3,")) && lines.at(1).contains(QStringLiteral("Bergen")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("4,")) && lines.at(2).contains(QStringLiteral("5 cells")), qPrintable(lines.at(2)));
    }

    void aVCardFileIsImported()
    {
        const QString db = workspace(QStringLiteral("vcard.kempt"));
        const CliRunner::Run run = m_cli({QStringLiteral("--db"), db, QStringLiteral("import"),
                                          QStringLiteral(KEMPT_TEST_DATA "/import/several-values.vcf"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject summary = json(run.out);
        QCOMPARE(summary.value(QStringLiteral("created")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("source")).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("vCard"));
        QCOMPARE(summary.value(QStringLiteral("notes")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
