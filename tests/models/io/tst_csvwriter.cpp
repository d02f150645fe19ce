#include "io/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Kempt;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray written(const QList<QStringList> &rows, CsvWriter::Bom bom = CsvWriter::Bom::Without)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&buffer, bom);
            for (const QStringList &row : rows)
                csv.writeRow(row);
            csv.flush();
        }
        return buffer.data();
    }

private Q_SLOTS:
    void quotesCellsOnlyWhenTheyNeedIt_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << QStringLiteral("Anna") << QStringLiteral("Anna");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("inner space") << QStringLiteral("Anna Lee") << QStringLiteral("Anna Lee");
        QTest::newRow("comma") << QStringLiteral("Lee, Anna") << QStringLiteral("\"Lee, Anna\"");
        QTest::newRow("quote") << QStringLiteral("The \"Boss\"") << QStringLiteral("\"The \"\"Boss\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
        QTest::newRow("crlf inside") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("cyrillic") << QStringLiteral("Мария Иванова") << QStringLiteral("Мария Иванова");
        QTest::newRow("arabic") << QStringLiteral("محمد العلي") << QStringLiteral("محمد العلي");
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
        QTest::newRow("semicolon") << QStringLiteral("a; b") << QStringLiteral("a; b");
    }
    void quotesCellsOnlyWhenTheyNeedIt()
    {
        QFETCH(QString, cell);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell), encoded);
    }

    void defusesCellsThatASpreadsheetWouldRun_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("escaped");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1") << QStringLiteral("\"'=1+1\"");
        QTest::newRow("plus") << QStringLiteral("+49 30 1234") << QStringLiteral("'+49 30 1234") << QStringLiteral("\"'+49 30 1234\"");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd") << QStringLiteral("\"'\t=cmd\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=cmd") << QStringLiteral("'\r=cmd") << QStringLiteral("\"'\r=cmd\"");
        QTest::newRow("dde with quotes") << QStringLiteral("=cmd|' /C calc'!\"A0\"")
                                         << QStringLiteral("'=cmd|' /C calc'!\"A0\"")
                                         << QStringLiteral("\"'=cmd|' /C calc'!\"\"A0\"\"\"");
        QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("e-mail") << QStringLiteral("anna@example.com") << QStringLiteral("anna@example.com")
                                << QStringLiteral("anna@example.com");
        QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1") << QStringLiteral(" =1");
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void defusesCellsThatASpreadsheetWouldRun()
    {
        QFETCH(QString, cell);
        QFETCH(QString, escaped);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::escapeFormula(cell), escaped);
        QCOMPARE(CsvWriter::encodeCell(cell), encoded);
    }

    void endsEveryRecordWithCrLf()
    {
        QCOMPARE(written({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QString()}}),
                 QByteArray("a,b\r\nc,\r\n"));
    }

    void writesUtf8()
    {
        QCOMPARE(written({{QStringLiteral("زهرا محمدی")}}), QStringLiteral("زهرا محمدی\r\n").toUtf8());
    }

    void writesAByteOrderMarkOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("without") << false;
        QTest::newRow("with") << true;
    }
    void writesAByteOrderMarkOnlyWhenAsked()
    {
        QFETCH(bool, bom);
        const QByteArray bytes = written({{QStringLiteral("id")}}, bom ? CsvWriter::Bom::With : CsvWriter::Bom::Without);
        QCOMPARE(bytes, (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + QByteArray("id\r\n"));
    }

    void keepsEveryRowOfALargeOutput()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows << QStringList{QString::number(i), QStringLiteral("name, %1").arg(i)};
        const QByteArray bytes = written(rows);
        QCOMPARE(bytes.count("\r\n"), 20000);
        QVERIFY(bytes.startsWith("0,\"name, 0\"\r\n"));
        QVERIFY(bytes.endsWith("19999,\"name, 19999\"\r\n"));
    }

    void reportsADeviceThatRefusesToWrite()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvWriter csv(&buffer);
        csv.writeRow({QStringLiteral("a")});
        QVERIFY(!csv.flush());
        QVERIFY(csv.hasError());
        QVERIFY(!csv.writeRow({QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
