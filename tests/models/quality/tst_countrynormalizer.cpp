#include "quality/countrynormalizer.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Kempt;

class TestCountryNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, so the threads race to build the table.
    void threadsUsingItForTheFirstTimeAgree()
    {
        const QStringList inputs{ QStringLiteral("Deutschland"), QStringLiteral("США"), QStringLiteral("الإمارات"),
                                  QStringLiteral("ایران"), QStringLiteral("Atlantis") };
        std::vector<QStringList> results(4);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < results.size(); ++i) {
            threads.emplace_back([&inputs, &result = results[i]] {
                const CountryNormalizer normalizer;
                for (const QString &input : inputs)
                    result << normalizer.check(input).normalized;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        const QStringList expected{ QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("AE"),
                                    QStringLiteral("IR"), QString() };
        for (const QStringList &result : results)
            QCOMPARE(result, expected);
    }

    void recognisesCodesNamesAndAliasesInManyLanguages_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        const QList<QPair<QString, QString>> rows = {
            { QStringLiteral("de"), QStringLiteral("DE") },
            { QStringLiteral("DEU"), QStringLiteral("DE") },
            { QStringLiteral("Germany"), QStringLiteral("DE") },
            { QStringLiteral("Deutschland"), QStringLiteral("DE") },
            { QStringLiteral("Allemagne"), QStringLiteral("DE") },
            { QStringLiteral("Alemania"), QStringLiteral("DE") },
            { QStringLiteral("USA"), QStringLiteral("US") },
            { QStringLiteral("U.S."), QStringLiteral("US") },
            { QStringLiteral("U.S.A."), QStringLiteral("US") },
            { QStringLiteral("united states of america"), QStringLiteral("US") },
            { QStringLiteral("America"), QStringLiteral("US") },
            { QStringLiteral("UK"), QStringLiteral("GB") },
            { QStringLiteral("U.K."), QStringLiteral("GB") },
            { QStringLiteral("Great Britain"), QStringLiteral("GB") },
            { QStringLiteral("England"), QStringLiteral("GB") },
            { QStringLiteral("Scotland"), QStringLiteral("GB") },
            { QStringLiteral("Wales"), QStringLiteral("GB") },
            { QStringLiteral("Holland"), QStringLiteral("NL") },
            { QStringLiteral("the Netherlands"), QStringLiteral("NL") },
            { QStringLiteral("Côte d’Ivoire"), QStringLiteral("CI") },
            { QStringLiteral("cote d'ivoire"), QStringLiteral("CI") },
            { QStringLiteral("Türkiye"), QStringLiteral("TR") },
            { QStringLiteral("  france  "), QStringLiteral("FR") },
            { QStringLiteral("США"), QStringLiteral("US") },
            { QStringLiteral("Россия"), QStringLiteral("RU") },
            { QStringLiteral("российская федерация"), QStringLiteral("RU") },
            { QStringLiteral("Германия"), QStringLiteral("DE") },
            { QStringLiteral("Великобритания"), QStringLiteral("GB") },
            { QStringLiteral("Объединенные Арабские Эмираты"), QStringLiteral("AE") },
            { QStringLiteral("الإمارات"), QStringLiteral("AE") },
            { QStringLiteral("الامارات"), QStringLiteral("AE") },
            { QStringLiteral("الإمارات العربية المتحدة"), QStringLiteral("AE") },
            { QStringLiteral("مصر"), QStringLiteral("EG") },
            { QStringLiteral("السعودية"), QStringLiteral("SA") },
            { QStringLiteral("المملكة العربية السعودية"), QStringLiteral("SA") },
            { QStringLiteral("ألمانيا"), QStringLiteral("DE") },
            { QStringLiteral("المانيا"), QStringLiteral("DE") },
            { QStringLiteral("الأردن"), QStringLiteral("JO") },
            { QStringLiteral("أردن"), QStringLiteral("JO") },
            { QStringLiteral("ایران"), QStringLiteral("IR") },
            { QStringLiteral("إيران"), QStringLiteral("IR") },
            { QStringLiteral("آلمان"), QStringLiteral("DE") },
            { QStringLiteral("امریکا"), QStringLiteral("US") },
            { QStringLiteral("آمریکا"), QStringLiteral("US") },
            { QStringLiteral("ايالات متحده"), QStringLiteral("US") },
            { QStringLiteral("\u200Fانگلیس\u200F"), QStringLiteral("GB") },
            { QStringLiteral("Kosovo"), QStringLiteral("XK") },
            { QStringLiteral("Saint Kitts and Nevis"), QStringLiteral("KN") },
            { QStringLiteral("Bosnia and Herzegovina"), QStringLiteral("BA") },
        };
        for (const auto &[input, code] : rows)
            QTest::addRow("%s is %s", qPrintable(input), qPrintable(code)) << input << code;
    }
    void recognisesCodesNamesAndAliasesInManyLanguages()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const Verdict v = CountryNormalizer().check(input);
        QCOMPARE(v.normalized, code);
        QCOMPARE(v.status, Verdict::Warning);
        QCOMPARE(v.suggestion, code);
        QVERIFY2(v.reason.contains(code), qPrintable(v.reason));
        QCOMPARE(CountryNormalizer().code(input), code);
    }

    void anUpperCaseCodeIsAlreadyValid_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Germany") << QStringLiteral("DE");
        QTest::newRow("Iran") << QStringLiteral("IR");
        QTest::newRow("Russia") << QStringLiteral("RU");
        QTest::newRow("United Arab Emirates") << QStringLiteral("AE");
    }
    void anUpperCaseCodeIsAlreadyValid()
    {
        QFETCH(QString, code);
        const Verdict v = CountryNormalizer().check(code);
        QCOMPARE(v.status, Verdict::Valid);
        QCOMPARE(v.normalized, code);
        QVERIFY(v.reason.isEmpty());
    }

    void unknownOrAmbiguousNamesAreInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("a made-up country") << QStringLiteral("Atlantis") << QStringLiteral("DE");
        QTest::newRow("a city") << QStringLiteral("Berlin") << QStringLiteral("DE");
        QTest::newRow("a code that does not exist") << QStringLiteral("QQ") << QStringLiteral("DE");
        QTest::newRow("a non-country ICU region") << QStringLiteral("EA") << QStringLiteral("DE");
        QTest::newRow("Congo could be either") << QStringLiteral("Congo") << QStringLiteral("CD");
        QTest::newRow("Russian Congo could be either") << QStringLiteral("Конго") << QStringLiteral("CG");
    }
    void unknownOrAmbiguousNamesAreInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentioned);
        const Verdict v = CountryNormalizer().check(input);
        QCOMPARE(v.status, Verdict::Invalid);
        QVERIFY(v.normalized.isEmpty());
        QVERIFY2(v.reason.contains(input) && v.reason.contains(mentioned), qPrintable(v.reason));
        QVERIFY(CountryNormalizer().code(input).isEmpty());
    }

    void anEmptyValueStaysEmpty()
    {
        const Verdict v = CountryNormalizer().check(QString());
        QCOMPARE(v.status, Verdict::Valid);
        QVERIFY(v.normalized.isEmpty());
    }

    void displayNamesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("name");
        QTest::newRow("English") << QStringLiteral("DE") << QStringLiteral("en_GB") << QStringLiteral("Germany");
        QTest::newRow("Russian") << QStringLiteral("DE") << QStringLiteral("ru_RU") << QStringLiteral("Германия");
        QTest::newRow("Arabic") << QStringLiteral("EG") << QStringLiteral("ar_EG") << QStringLiteral("مصر");
        QTest::newRow("Persian") << QStringLiteral("IR") << QStringLiteral("fa_IR") << QStringLiteral("ایران");
        QTest::newRow("lowercase code") << QStringLiteral("fr") << QStringLiteral("de_DE") << QStringLiteral("Frankreich");
        QTest::newRow("the C locale reads English") << QStringLiteral("US") << QStringLiteral("C") << QStringLiteral("United States");
    }
    void displayNamesFollowTheLocale()
    {
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(QString, name);
        QCOMPARE(CountryNormalizer::displayName(code, QLocale(locale)), name);
    }

    void everyCodeHasANameAndMapsToItself()
    {
        const QStringList codes = CountryNormalizer::codes();
        QVERIFY(codes.size() >= 249);
        const CountryNormalizer normalizer;
        for (const QString &code : codes) {
            QCOMPARE(normalizer.check(code).status, Verdict::Valid);
            const QString english = CountryNormalizer::displayName(code, QLocale(QLocale::English));
            QVERIFY2(english != code, qPrintable(code));
            const QString found = normalizer.code(english);
            QVERIFY2(found == code, qPrintable(code + QStringLiteral(" → ") + english + QStringLiteral(" → ") + found));
        }
    }
};

QTEST_GUILESS_MAIN(TestCountryNormalizer)
#include "tst_countrynormalizer.moc"
