#include "dedup/duplicateclusterer.h"

#include <QTest>

using namespace Kempt;

// Groups grow on sure links and on cohesive possible links, never on a chain of weak ones,
// and never put two records marked "not a duplicate" together.
class TestDuplicateClusterer : public QObject
{
    Q_OBJECT

private:
    static DuplicatePair link(int a, int b, MatchBand band, float score = 10)
    {
        DuplicatePair p;
        p.a = qint32(a);
        p.b = qint32(b);
        p.band = band;
        p.score = band == MatchBand::Sure ? score + 10 : score;
        p.probability = band == MatchBand::Sure ? 0.999f : 0.7f;
        return p;
    }
    static QList<QList<qint32>> rowsOf(const QList<DuplicateGroup> &groups)
    {
        QList<QList<qint32>> rows;
        for (const DuplicateGroup &g : groups)
            rows << g.rows;
        return rows;
    }

private Q_SLOTS:
    void sureLinksChain()
    {
        const auto groups = DuplicateClusterer::cluster(4, {link(0, 1, MatchBand::Sure), link(1, 2, MatchBand::Sure)});
        QCOMPARE(rowsOf(groups), (QList<QList<qint32>>{{0, 1, 2}}));
        QCOMPARE(groups.first().band, MatchBand::Sure);
    }

    void aChainOfPossibleLinksNeverMakesOneGroup()
    {
        // 0 ~ 1 ~ 2 ~ 3 ~ 4: every record resembles its neighbour only.
        const auto groups = DuplicateClusterer::cluster(5, {link(0, 1, MatchBand::Possible, 5), link(1, 2, MatchBand::Possible, 4),
                                                            link(2, 3, MatchBand::Possible, 3), link(3, 4, MatchBand::Possible, 2)});
        for (const DuplicateGroup &g : groups)
            QVERIFY2(g.rows.size() <= 2, "a weak chain merged");
        QCOMPARE(rowsOf(groups), (QList<QList<qint32>>{{0, 1}, {2, 3}}));
        QCOMPARE(groups.first().band, MatchBand::Possible);
    }

    void aRecordJoinsOnPossibleLinksWhenItMatchesMostOfTheGroup()
    {
        const auto groups = DuplicateClusterer::cluster(4, {link(0, 1, MatchBand::Sure), link(2, 0, MatchBand::Possible),
                                                            link(2, 1, MatchBand::Possible), link(3, 1, MatchBand::Possible)});
        QCOMPARE(rowsOf(groups), (QList<QList<qint32>>{{0, 1, 2}}));
        QCOMPARE(groups.first().band, MatchBand::Possible);
    }

    void notDuplicatesStayApartEvenWhenLinkedThroughAThird()
    {
        QSet<quint64> apart{DuplicateClusterer::key(0, 2)};
        const auto groups = DuplicateClusterer::cluster(3, {link(0, 1, MatchBand::Sure, 9), link(1, 2, MatchBand::Sure, 8),
                                                            link(0, 2, MatchBand::Sure, 7)},
                                                        apart);
        for (const DuplicateGroup &g : groups)
            QVERIFY(!(g.rows.contains(0) && g.rows.contains(2)));
        QCOMPARE(rowsOf(groups), (QList<QList<qint32>>{{0, 1}}));
    }

    void unmatchedPairsMakeNoGroup()
    {
        QVERIFY(DuplicateClusterer::cluster(2, {link(0, 1, MatchBand::None)}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicateClusterer)
#include "tst_duplicateclusterer.moc"
