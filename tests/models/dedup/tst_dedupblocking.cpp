#include "dedup/blockindex.h"
#include "dedup/blockingkeys.h"
#include "dedup/recordpreparer.h"

#include <QTest>

using namespace Kempt;

// Records meet in a block only through a shared key; keys that are too common are dropped;
// a pair that shares several keys is compared once.
class TestDedupBlocking : public QObject
{
    Q_OBJECT

private:
    static QList<quint64> keysOf(const DupRecord &r)
    {
        RecordPreparer preparer;
        return BlockingKeys::keys(preparer.prepare(r));
    }
    static bool share(const DupRecord &a, const DupRecord &b, int family = 0)
    {
        const QList<quint64> ka = keysOf(a);
        for (quint64 k : keysOf(b))
            if (ka.contains(k) && (family == 0 || BlockingKeys::family(k) == family))
                return true;
        return false;
    }
    static DupRecord person(const QString &given, const QString &surname)
    {
        DupRecord r;
        r.givenName = given;
        r.surname = surname;
        return r;
    }

private Q_SLOTS:
    void recordsMeetThroughTheKeyTheyShare_data()
    {
        QTest::addColumn<QString>("givenA");
        QTest::addColumn<QString>("surnameA");
        QTest::addColumn<QString>("givenB");
        QTest::addColumn<QString>("surnameB");
        QTest::addColumn<int>("family");
        QTest::newRow("transliterated name") << "Мария" << "Иванова" << "Maria" << "Ivanova" << int(BlockingKeys::Name);
        QTest::newRow("swapped name") << "Karen" << "Gomez" << "Gomez" << "Karen" << int(BlockingKeys::Name);
        QTest::newRow("phonetic name") << "Catherine" << "Smith" << "Kathryn" << "Smyth" << int(BlockingKeys::NameSound);
        QTest::newRow("initial") << "K." << "Gomez" << "Karen" << "Gomez" << int(BlockingKeys::SurnameInitial);
    }
    void recordsMeetThroughTheKeyTheyShare()
    {
        QFETCH(QString, givenA);
        QFETCH(QString, surnameA);
        QFETCH(QString, givenB);
        QFETCH(QString, surnameB);
        QFETCH(int, family);
        QVERIFY(share(person(givenA, surnameA), person(givenB, surnameB), family));
    }

    void contactDetailsAndCompoundsAreKeys()
    {
        DupRecord a = person(QStringLiteral("Anna"), QStringLiteral("Berg"));
        DupRecord b = person(QStringLiteral("Hanna"), QStringLiteral("Borg"));
        a.emails = {QStringLiteral("Anna.Berg@example.com")};
        b.emails = {QStringLiteral("anna.berg@example.com")};
        QVERIFY(share(a, b, BlockingKeys::EmailAddress));
        b.emails = {QStringLiteral("anna.berg@other.org")};
        QVERIFY(share(a, b, BlockingKeys::EmailUser));
        a.phones = {QStringLiteral("0423 194875")};
        b.phones = {QStringLiteral("+49 423 194875")};
        QVERIFY(share(a, b, BlockingKeys::Phone));
        DupRecord c = person(QStringLiteral("Anna"), QStringLiteral("Berg"));
        DupRecord d = person(QStringLiteral("Ana"), QStringLiteral("Berg"));
        c.company = QStringLiteral("Acme GmbH");
        d.company = QStringLiteral("ACME");
        QVERIFY(share(c, d, BlockingKeys::SurnameCompany));
        c.birthday = d.birthday = QStringLiteral("1980-02-01");
        QVERIFY(share(c, d, BlockingKeys::SurnameBirthday));
        c.postcode = d.postcode = QStringLiteral("4011");
        QVERIFY(share(c, d, BlockingKeys::BirthdayPostcode));
    }

    void differentPeopleShareNoKey()
    {
        DupRecord a = person(QStringLiteral("Anna"), QStringLiteral("Berg"));
        DupRecord b = person(QStringLiteral("Steven"), QStringLiteral("Miller"));
        a.emails = {QStringLiteral("anna@example.com")};
        b.emails = {QStringLiteral("steven@example.com")};
        QVERIFY(!share(a, b));
    }

    void placeholdersInAnyScriptAreNoEvidence_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("English") << QStringLiteral("N/A");
        QTest::newRow("Russian") << QStringLiteral("неизвестно");
        QTest::newRow("Arabic") << QStringLiteral("غير معروف");
        QTest::newRow("Persian") << QStringLiteral("نامعلوم");
    }

    void placeholdersInAnyScriptAreNoEvidence()
    {
        QFETCH(QString, value);
        DupRecord r = person(value, QStringLiteral("Berg"));
        r.company = value;
        r.city = value;
        RecordPreparer preparer;
        const PreparedRecord p = preparer.prepare(r);
        QVERIFY(p.given.isEmpty());
        QVERIFY(p.company.isEmpty());
        QVERIFY(p.city.isEmpty());
        QCOMPARE(p.surname, QStringLiteral("berg"));
    }

    void keysAreStableAcrossRuns()
    {
        // Stored in workspaces: the hash must never change.
        QCOMPARE(BlockingKeys::hash(BlockingKeys::EmailAddress, QStringLiteral("a@b.com")),
                 BlockingKeys::hash(BlockingKeys::EmailAddress, QStringLiteral("a@b.com")));
        QCOMPARE(BlockingKeys::family(BlockingKeys::hash(BlockingKeys::Phone, QStringLiteral("12345678"))), int(BlockingKeys::Phone));
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c; its low 59 bits under family 1.
        QCOMPARE(BlockingKeys::hash(1, QStringLiteral("a")), quint64(0x0f63dc4c8601ec8cull));
    }

    void tooCommonKeysAreDropped()
    {
        std::vector<BlockIndex::Entry> entries;
        const quint64 common = BlockingKeys::hash(BlockingKeys::Phone, QStringLiteral("11111111"));
        const quint64 rare = BlockingKeys::hash(BlockingKeys::Phone, QStringLiteral("22222222"));
        const int rows = BlockingKeys::cap(BlockingKeys::Phone) + 1;
        for (int r = 0; r < rows; ++r)
            entries.push_back({common, r});
        entries.push_back({rare, 0});
        entries.push_back({rare, 1});
        BlockIndex index;
        index.build(entries, rows);
        QCOMPARE(int(index.blocks().size()), 1);
        QCOMPARE(index.blocks().front().key, rare);
        QCOMPARE(index.droppedKeys(), qint64(1));
    }

    void aPairIsComparedOnlyInItsFirstSharedBlock()
    {
        std::vector<BlockIndex::Entry> entries;
        const quint64 k1 = BlockingKeys::hash(BlockingKeys::EmailAddress, QStringLiteral("x"));
        const quint64 k2 = BlockingKeys::hash(BlockingKeys::Name, QStringLiteral("y"));
        for (int r : {0, 1}) {
            entries.push_back({k1, r});
            entries.push_back({k2, r});
        }
        entries.push_back({k2, 2});
        BlockIndex index;
        index.build(entries, 3);
        QCOMPARE(int(index.blocks().size()), 2);
        int compared = 0;
        for (const BlockIndex::Block &b : index.blocks()) {
            const qint32 *rows = index.rows(b);
            for (int i = 0; i < b.size; ++i)
                for (int j = i + 1; j < b.size; ++j)
                    compared += index.firstSharedKey(rows[i], rows[j], b.key) ? 1 : 0;
        }
        QCOMPARE(compared, 3); // (0,1) once, (0,2), (1,2)
        QCOMPARE(index.blockPairs(), qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestDedupBlocking)
#include "tst_dedupblocking.moc"
