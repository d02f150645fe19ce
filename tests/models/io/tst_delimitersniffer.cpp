#include "io/delimitersniffer.h"

#include <QFile>
#include <QTest>

using namespace Kempt;

namespace {

QString csvkit(const char *name)
{
    QFile f(QStringLiteral(KEMPT_TEST_DATA "/csv/csvkit/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString kLinkedIn = QStringLiteral(
    "Notes:\r\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see "
    "email addresses for connections who have allowed their connections to see or download their email address.\"\r\n"
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ada,Example,https://www.linkedin.com/in/ada-example-123,ada@example.com,Example Corp,\"Engineering Manager, Payments\",12 Mar 2024\r\n"
    "Bob,,https://www.linkedin.com/in/bob-example,,\"Acme, Inc.\",\"Senior Engineer \"\"Platform\"\"\",03 Jan 2023\r\n");

} // namespace

class TestDelimiterSniffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDelimiterAndQuoteAreFound_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QChar>("quote");
        QTest::addColumn<int>("columns");
        QTest::newRow("csvkit comma") << csvkit("test_utf8.csv") << QChar(',') << QChar('"') << 3;
        QTest::newRow("csvkit semicolon (sniff_limit.csv)") << csvkit("sniff_limit.csv") << QChar(';') << QChar('"') << 3;
        QTest::newRow("csvkit tab (dummy.tsv)") << csvkit("dummy.tsv") << QChar('\t') << QChar('"') << 3;
        QTest::newRow("csvkit quoted German numbers") << csvkit("test_locale.csv") << QChar(',') << QChar('"') << 3;
        QTest::newRow("csvkit CR line ends") << csvkit("mac_newlines.csv") << QChar(',') << QChar('"') << 3;
        QTest::newRow("pipe") << QStringLiteral("name|email|phone\nAda|ada@example.com|+44 20 7946 0000\nBob|bob@example.com|\n")
                              << QChar('|') << QChar('"') << 3;
        QTest::newRow("semicolon with decimal commas") << QStringLiteral("Name;Umsatz;Rabatt\nMüller;1,5;0,2\nSchmidt;2,75;0,1\nWeber;3,0;0,05\n")
                                                       << QChar(';') << QChar('"') << 3;
        QTest::newRow("semicolon with unquoted commas in names") << QStringLiteral("name;city\nSmith, John;Berlin\nDoe, Jane;Paris\nRoe, Rick;Rome\n")
                                                                 << QChar(';') << QChar('"') << 2;
        QTest::newRow("tab with commas in cells") << QStringLiteral("name\tnotes\nAda\tcall back, soon\nBob\tno, thanks, never\n")
                                                  << QChar('\t') << QChar('"') << 2;
        QTest::newRow("quoted line breaks") << QStringLiteral("a,b\n\"line one\nline two, still b?\",x\n\"p\",\"q\"\n")
                                            << QChar(',') << QChar('"') << 2;
        QTest::newRow("single quotes") << QStringLiteral("'name';'note'\n'Ada';'a; b'\n'Bob';'c; d; e'\n'Eve';'f'\n")
                                       << QChar(';') << QChar('\'') << 2;
        QTest::newRow("LinkedIn with its preamble") << kLinkedIn << QChar(',') << QChar('"') << 7;
    }
    void theDelimiterAndQuoteAreFound()
    {
        QFETCH(QString, sample);
        QFETCH(QChar, delimiter);
        QFETCH(QChar, quote);
        QFETCH(int, columns);
        QVERIFY(!sample.isEmpty());
        const DelimiterSniffer::Guess guess = DelimiterSniffer::sniff(sample, true);
        QVERIFY(guess.found);
        QCOMPARE(guess.delimiter, delimiter);
        QCOMPARE(guess.quote, quote);
        QCOMPARE(guess.columns, columns);
        QVERIFY(guess.consistency > 0.5);
    }

    void aSingleColumnIsNotAGuess()
    {
        const DelimiterSniffer::Guess guess = DelimiterSniffer::sniff(QStringLiteral("email\nada@example.com\nbob@example.com\n"), true);
        QVERIFY(!guess.found);
        QCOMPARE(guess.delimiter, QChar(','));
        QCOMPARE(guess.columns, 1);
    }

    void anEmptySampleIsNotAGuess()
    {
        QVERIFY(!DelimiterSniffer::sniff(QString(), true).found);
    }

    void theCutLastRecordOfASampleIsLeftOut()
    {
        // The sample ends in the middle of a record, which must not count against ";".
        const QString sample = QStringLiteral("a;b;c\n1;2;3\n4;5;6\n7;8");
        QCOMPARE(DelimiterSniffer::cellCounts(sample, QChar(';'), QChar('"'), false, 100), (QList<int>{3, 3, 3}));
        QCOMPARE(DelimiterSniffer::cellCounts(sample, QChar(';'), QChar('"'), true, 100), (QList<int>{3, 3, 3, 2}));
    }

    void delimitersInsideQuotesDoNotCount()
    {
        QCOMPARE(DelimiterSniffer::cellCounts(QStringLiteral("\"a,b\",c\n\"x\"\"y,z\",w\n"), QChar(','), QChar('"'), true, 100),
                 (QList<int>{2, 2}));
    }
};

QTEST_GUILESS_MAIN(TestDelimiterSniffer)
#include "tst_delimitersniffer.moc"
