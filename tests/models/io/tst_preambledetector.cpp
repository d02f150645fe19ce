#include "io/preambledetector.h"

#include <QTest>

using namespace Kempt;

class TestPreambleDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHeaderRowIsFoundBelowThePreamble_data()
    {
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<int>("header");
        const QStringList linkedInHeader{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("URL"),
                                         QStringLiteral("Email Address"), QStringLiteral("Company"), QStringLiteral("Position"),
                                         QStringLiteral("Connected On")};
        const QStringList ada{QStringLiteral("Ada"), QStringLiteral("Example"), QStringLiteral("https://www.linkedin.com/in/ada"),
                              QString(), QStringLiteral("Example Corp"), QStringLiteral("Manager"), QStringLiteral("12 Mar 2024")};
        QTest::newRow("LinkedIn Connections.csv")
            << QList<QStringList>{{QStringLiteral("Notes:")},
                                  {QStringLiteral("When exporting your connection data, you may notice that some of the email addresses are missing.")},
                                  {QString()},
                                  linkedInHeader, ada, ada, ada}
            << 3;
        QTest::newRow("no preamble") << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}}
                                     << 0;
        QTest::newRow("a title and a date above the table")
            << QList<QStringList>{{QStringLiteral("Customer list"), QString(), QString()},
                                  {QStringLiteral("Exported 2024-03-01"), QString(), QString()},
                                  {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("city")},
                                  {QStringLiteral("Ada"), QStringLiteral("ada@example.com"), QStringLiteral("London")},
                                  {QStringLiteral("Bob"), QString(), QStringLiteral("Paris")},
                                  {QStringLiteral("Eve"), QStringLiteral("eve@example.com"), QString()}}
            << 2;
        QTest::newRow("a single column") << QList<QStringList>{{QStringLiteral("email")}, {QStringLiteral("ada@example.com")}} << 0;
        QTest::newRow("data rows with empty trailing cells")
            << QList<QStringList>{{QStringLiteral("Report")},
                                  {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes")},
                                  {QStringLiteral("Ada"), QStringLiteral("a@example.com"), QString(), QString()},
                                  {QStringLiteral("Bob"), QStringLiteral("b@example.com"), QStringLiteral("1"), QString()},
                                  {QStringLiteral("Eve"), QStringLiteral("e@example.com"), QString(), QStringLiteral("vip")}}
            << 1;
        QTest::newRow("nothing") << QList<QStringList>() << 0;
    }
    void theHeaderRowIsFoundBelowThePreamble()
    {
        QFETCH(QList<QStringList>, records);
        QFETCH(int, header);
        QCOMPARE(PreambleDetector::headerRow(records), header);
    }

    void widthCountsUpToTheLastCellWithAValue()
    {
        QCOMPARE(PreambleDetector::width({QStringLiteral("a"), QString(), QStringLiteral("c"), QString(), QStringLiteral("  ")}), 3);
        QCOMPARE(PreambleDetector::width({QString()}), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreambleDetector)
#include "tst_preambledetector.moc"
