#include "quality/picklist.h"

#include <QJsonDocument>
#include <QTest>

using namespace Kempt;

Q_DECLARE_METATYPE(Verdict::Status)

class TestPicklist : public QObject
{
    Q_OBJECT

private:
    static Picklist leadSources()
    {
        Picklist list({ QStringLiteral("Website"), QStringLiteral("Referral"), QStringLiteral("Trade fair"),
                        QStringLiteral("Выставка"), QStringLiteral("معرض"), QStringLiteral("نمایشگاه") });
        list.addSynonym(QStringLiteral("web"), QStringLiteral("Website"));
        list.addSynonym(QStringLiteral("homepage"), QStringLiteral("website"));
        list.addSynonym(QStringLiteral("Messe"), QStringLiteral("Trade fair"));
        list.addSynonym(QStringLiteral("ярмарка"), QStringLiteral("Выставка"));
        list.addSynonym(QStringLiteral("اکسپو"), QStringLiteral("نمایشگاه"));
        return list;
    }

private Q_SLOTS:
    void checksValuesAgainstTheList_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Verdict::Status>("status");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("exact value") << QStringLiteral("Website") << Verdict::Valid << QStringLiteral("Website");
        QTest::newRow("another case") << QStringLiteral("WEBSITE") << Verdict::Warning << QStringLiteral("Website");
        QTest::newRow("extra spaces") << QStringLiteral(" trade   fair ") << Verdict::Warning << QStringLiteral("Trade fair");
        QTest::newRow("synonym") << QStringLiteral("web") << Verdict::Warning << QStringLiteral("Website");
        QTest::newRow("synonym in another case") << QStringLiteral("MESSE") << Verdict::Warning << QStringLiteral("Trade fair");
        QTest::newRow("Russian exact") << QStringLiteral("Выставка") << Verdict::Valid << QStringLiteral("Выставка");
        QTest::newRow("Russian synonym in capitals") << QStringLiteral("ЯРМАРКА") << Verdict::Warning << QStringLiteral("Выставка");
        QTest::newRow("Arabic exact") << QStringLiteral("معرض") << Verdict::Valid << QStringLiteral("معرض");
        QTest::newRow("Arabic with harakat") << QStringLiteral("مَعْرِض") << Verdict::Warning << QStringLiteral("معرض");
        QTest::newRow("Persian with Arabic yeh") << QStringLiteral("نمايشگاه") << Verdict::Warning << QStringLiteral("نمایشگاه");
        QTest::newRow("Persian synonym") << QStringLiteral("اكسپو") << Verdict::Warning << QStringLiteral("نمایشگاه");
        QTest::newRow("unknown") << QStringLiteral("Cold call") << Verdict::Invalid << QString();
        QTest::newRow("empty") << QString() << Verdict::Valid << QString();
    }
    void checksValuesAgainstTheList()
    {
        QFETCH(QString, input);
        QFETCH(Verdict::Status, status);
        QFETCH(QString, normalized);
        const Verdict v = leadSources().check(input);
        QCOMPARE(v.status, status);
        QCOMPARE(v.normalized, normalized);
        if (status == Verdict::Warning)
            QCOMPARE(v.suggestion, normalized);
        QCOMPARE(v.reason.isEmpty(), status == Verdict::Valid);
    }

    void anUnknownValueListsTheAllowedOnes()
    {
        const Verdict v = leadSources().check(QStringLiteral("Cold call"));
        QVERIFY2(v.reason.contains(QStringLiteral("Cold call")), qPrintable(v.reason));
        QVERIFY2(v.reason.contains(QStringLiteral("Website")) && v.reason.contains(QStringLiteral("Выставка")),
                 qPrintable(v.reason));
    }

    void aLongListIsShortenedInTheReason()
    {
        Picklist list;
        for (int i = 1; i <= 30; ++i)
            QVERIFY(list.addValue(QStringLiteral("Stage %1").arg(i)));
        const Verdict v = list.check(QStringLiteral("Stage 99"));
        QVERIFY2(v.reason.contains(QStringLiteral("Stage 1,")) && !v.reason.contains(QStringLiteral("Stage 30")),
                 qPrintable(v.reason));
        QVERIFY2(v.reason.contains(QStringLiteral("18")), qPrintable(v.reason));
    }

    void refusesDuplicateValuesAndDanglingSynonyms()
    {
        Picklist list({ QStringLiteral("Website") });
        QVERIFY(!list.addValue(QStringLiteral("website")));
        QVERIFY(!list.addValue(QStringLiteral("  ")));
        QVERIFY(!list.addSynonym(QStringLiteral("web"), QStringLiteral("Referral")));
        QVERIFY(list.addSynonym(QStringLiteral("web"), QStringLiteral("Website")));
        QVERIFY(!list.addSynonym(QStringLiteral("WEB"), QStringLiteral("Website")));
        QVERIFY(!list.addSynonym(QStringLiteral("WEBSITE"), QStringLiteral("Website")));
        QCOMPARE(list.values(), QStringList{ QStringLiteral("Website") });
        QCOMPARE(list.synonyms().size(), 1);
    }

    void survivesAJsonRoundTrip()
    {
        const Picklist original = leadSources();
        const QByteArray json = QJsonDocument(original.toJson()).toJson();
        QString error = QStringLiteral("not cleared");
        const Picklist read = Picklist::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(read.values(), original.values());
        QCOMPARE(read.synonyms(), original.synonyms());
        QCOMPARE(read.check(QStringLiteral("homepage")).normalized, QStringLiteral("Website"));
    }

    void readsTheDocumentedJsonShape()
    {
        const QByteArray json = R"({"values": ["Lead", "Customer"], "synonyms": {"client": "Customer", "клиент": "Customer"}})";
        QString error;
        const Picklist list = Picklist::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.values(), (QStringList{ QStringLiteral("Lead"), QStringLiteral("Customer") }));
        QCOMPARE(list.check(QStringLiteral("Клиент")).normalized, QStringLiteral("Customer"));
    }

    void rejectsBrokenJsonWithASentence_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("no values") << QByteArray(R"({"synonyms": {}})") << QStringLiteral("values");
        QTest::newRow("a value that is not text") << QByteArray(R"({"values": ["A", 3]})") << QStringLiteral("2");
        QTest::newRow("a repeated value") << QByteArray(R"({"values": ["A", "a"]})") << QStringLiteral("2");
        QTest::newRow("a synonym for nothing") << QByteArray(R"({"values": ["A"], "synonyms": {"x": "B"}})")
                                               << QStringLiteral("x");
    }
    void rejectsBrokenJsonWithASentence()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentioned);
        QString error;
        const Picklist list = Picklist::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(list.isEmpty());
        QVERIFY2(error.contains(mentioned), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPicklist)
#include "tst_picklist.moc"
