#include "io/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Kempt;

// RFC 4180 reading, record by record, as spreadsheets write it.
class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> read(const QByteArray &bytes, QString *error = nullptr)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QStringList> records;
        QStringList cells;
        while (reader.readRecord(&cells))
            records << cells;
        if (error)
            *error = reader.errorString();
        return records;
    }

private Q_SLOTS:
    void recordsAreReadAsWritten_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::newRow("simple") << QByteArray("a,b,c\r\n1,2,3\r\n") << QList<QStringList>{{"a", "b", "c"}, {"1", "2", "3"}};
        QTest::newRow("lf endings") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("cr endings") << QByteArray("a,b\r1,2\r") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QList<QStringList>{{"a,b", "c"}};
        QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList>{{"say \"hi\"", "x"}};
        QTest::newRow("quoted newline") << QByteArray("\"line1\r\nline2\",x\r\ny,z\r\n")
                                        << QList<QStringList>{{"line1\r\nline2", "x"}, {"y", "z"}};
        QTest::newRow("empty cells") << QByteArray(",,\n") << QList<QStringList>{{"", "", ""}};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QList<QStringList>{{"", "x"}};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFname\nAnna\n") << QList<QStringList>{{"name"}, {"Anna"}};
        QTest::newRow("utf8") << QByteArray("Мария,محمد\n") << QList<QStringList>{{QStringLiteral("Мария"), QStringLiteral("محمد")}};
        QTest::newRow("quote inside unquoted") << QByteArray("5\"10,x\n") << QList<QStringList>{{"5\"10", "x"}};
    }
    void recordsAreReadAsWritten()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, records);
        QCOMPARE(read(csv), records);
    }

    void longFilesAreReadAcrossBlocks()
    {
        QByteArray csv;
        for (int i = 0; i < 20000; ++i)
            csv += "row" + QByteArray::number(i) + ",\"multi\nline " + QByteArray::number(i) + "\"\r\n";
        const QList<QStringList> records = read(csv);
        QCOMPARE(records.size(), 20000);
        QCOMPARE(records.last(), (QStringList{QStringLiteral("row19999"), QStringLiteral("multi\nline 19999")}));
    }

    void anUnclosedQuoteNamesItsLine()
    {
        QString error;
        read("a,b\n1,\"open\n2,3\n", &error);
        QVERIFY(error.contains(QLatin1String("Line 2")));
    }

    void lineNumbersCountQuotedLineBreaks()
    {
        QBuffer buffer;
        buffer.setData("\"a\nb\",c\nd,e\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList cells;
        QVERIFY(reader.readRecord(&cells));
        QCOMPARE(reader.lineNumber(), qint64(1));
        QVERIFY(reader.readRecord(&cells));
        QCOMPARE(reader.lineNumber(), qint64(3));
        QCOMPARE(reader.recordNumber(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
