#include "quality/editdistance.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <vector>

using namespace Kempt;

namespace {

// The textbook optimal-string-alignment distance, full table, no shortcuts.
int reference(const QString &a, const QString &b)
{
    const int n = int(a.size()), m = int(b.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

} // namespace

class TestEditDistance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTyposAsSingleEdits_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << QStringLiteral("gmail.com") << QStringLiteral("gmail.com") << 0;
        QTest::newRow("swapped letters") << QStringLiteral("gmial.com") << QStringLiteral("gmail.com") << 1;
        QTest::newRow("missing letter") << QStringLiteral("gmal.com") << QStringLiteral("gmail.com") << 1;
        QTest::newRow("extra letter") << QStringLiteral("yahooo.com") << QStringLiteral("yahoo.com") << 1;
        QTest::newRow("wrong letter") << QStringLiteral("gmail.con") << QStringLiteral("gmail.com") << 1;
        QTest::newRow("cut short") << QStringLiteral("gmail.co") << QStringLiteral("gmail.com") << 1;
        QTest::newRow("two edits") << QStringLiteral("hotmai.co") << QStringLiteral("hotmail.com") << 2;
        QTest::newRow("empty") << QString() << QStringLiteral("ab") << 2;
    }

    void countsTyposAsSingleEdits()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(editDistance(a, b, 2), distance);
        QCOMPARE(editDistance(b, a, 2), distance);
    }

    void stopsAtTheLimit()
    {
        QCOMPARE(editDistance(u"acme.com", u"gmail.com", 1), 2);
        QCOMPARE(editDistance(u"a", u"abcdef", 2), 3);
        QCOMPARE(editDistance(QString(65, QLatin1Char('a')), QString(65, QLatin1Char('a')), 2), 3);
    }

    void matchesTheFullTableOnRandomStrings()
    {
        QRandomGenerator rng(2024);
        for (int round = 0; round < 20000; ++round) {
            auto word = [&rng] {
                QString s;
                const int length = rng.bounded(12);
                for (int i = 0; i < length; ++i)
                    s += QChar(u'a' + rng.bounded(4)); // a small alphabet makes near misses common
                return s;
            };
            const QString a = word(), b = word();
            const int limit = rng.bounded(4);
            const int expected = std::min(reference(a, b), limit + 1);
            QVERIFY2(editDistance(a, b, limit) == expected, qPrintable(a + QLatin1Char('/') + b));
        }
    }
};

QTEST_GUILESS_MAIN(TestEditDistance)
#include "tst_editdistance.moc"
