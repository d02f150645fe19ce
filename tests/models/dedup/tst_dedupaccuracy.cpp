#include "dedup/duplicatefinder.h"
#include "dedup/spreadsheetrecordreader.h"
#include "io/csvreader.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace Kempt;

// Pairwise precision, recall and F1 of the duplicate groups found in public benchmark
// files, against their ground truth, with the accuracy Kempt promises as floors. One
// default configuration serves every file.
class TestDedupAccuracy : public QObject
{
    Q_OBJECT

private:
    struct Score
    {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
    };

    // Record id -> entity. Febrl ids (rec-12-org, rec-12-dup-3) carry the entity in them.
    static QHash<QString, QString> truth(const QString &path, const QString &idColumn, const QString &entityColumn)
    {
        QHash<QString, QString> entities;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return entities;
        CsvReader csv(&file);
        QStringList cells;
        csv.readRecord(&cells);
        int idIndex = -1;
        int entityIndex = -1;
        for (int i = 0; i < cells.size(); ++i) {
            if (cells.at(i).trimmed() == idColumn)
                idIndex = i;
            if (cells.at(i).trimmed() == entityColumn)
                entityIndex = i;
        }
        while (csv.readRecord(&cells)) {
            if (idIndex < 0 || idIndex >= cells.size())
                continue;
            const QString id = cells.at(idIndex).trimmed();
            entities.insert(id, entityIndex >= 0 ? cells.at(entityIndex).trimmed() : id.section(QLatin1Char('-'), 1, 1));
        }
        return entities;
    }

    static Score score(const DuplicateFinder &finder, const QHash<QString, QString> &entities)
    {
        qint64 truePairs = 0;
        QHash<QString, qint64> sizes;
        for (const QString &e : entities)
            ++sizes[e];
        for (qint64 n : sizes)
            truePairs += n * (n - 1) / 2;
        qint64 predicted = 0;
        qint64 correct = 0;
        for (const DuplicateGroup &g : finder.groups())
            for (int i = 0; i < g.rows.size(); ++i)
                for (int j = i + 1; j < g.rows.size(); ++j) {
                    ++predicted;
                    if (entities.value(finder.id(g.rows.at(i))) == entities.value(finder.id(g.rows.at(j))))
                        ++correct;
                }
        Score s;
        s.precision = predicted ? double(correct) / predicted : 0;
        s.recall = truePairs ? double(correct) / truePairs : 0;
        s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
        return s;
    }

private Q_SLOTS:
    void duplicateGroupsReachTheAccuracyFloors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("idColumn");
        QTest::addColumn<QString>("entityColumn");
        QTest::addColumn<double>("floor");
        QTest::newRow("febrl dataset1") << "febrl_dataset1.csv" << "rec_id" << "" << 0.97;
        QTest::newRow("febrl dataset2") << "febrl_dataset2.csv" << "rec_id" << "" << 0.97;
        QTest::newRow("febrl dataset3") << "febrl_dataset3.csv" << "rec_id" << "" << 0.97;
        QTest::newRow("splink fake_1000") << "splink_fake_1000.csv" << "unique_id" << "cluster" << 0.90;
        QTest::newRow("make-contacts 10k") << "make_contacts_10k_seed42.csv" << "record_id" << "cluster_id" << 0.95;
    }
    void duplicateGroupsReachTheAccuracyFloors()
    {
        QFETCH(QString, file);
        QFETCH(QString, idColumn);
        QFETCH(QString, entityColumn);
        QFETCH(double, floor);
        const QString path = QStringLiteral(KEMPT_TEST_DATA "/dedup/") + file;
        SpreadsheetRecordReader reader;
        const Result opened = reader.open(path, idColumn);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        DuplicateFinder finder;
        const Result ran = finder.run(reader);
        QVERIFY2(ran.ok(), qPrintable(ran.message()));
        const QHash<QString, QString> entities = truth(path, idColumn, entityColumn);
        QCOMPARE(qint64(entities.size()), finder.stats().records);
        const Score s = score(finder, entities);
        qInfo("%s: precision %.4f recall %.4f F1 %.4f", qPrintable(file), s.precision, s.recall, s.f1);
        QVERIFY2(s.f1 >= floor, qPrintable(QStringLiteral("F1 %1 is below the floor %2").arg(s.f1).arg(floor)));
    }
};

QTEST_GUILESS_MAIN(TestDedupAccuracy)
#include "tst_dedupaccuracy.moc"
