#include "dedup/dedupcorpus.h"
#include "dedup/doublemetaphone.h"
#include "dedup/fieldcomparator.h"
#include "dedup/latinfolder.h"
#include "dedup/recordpreparer.h"
#include "dedup/stringsimilarity.h"

#include <QTest>

using namespace Kempt;

// Field by field, two people compare as a person would judge them: typos, nicknames,
// initials, transliterations and swapped columns still agree; different people do not.
class TestDedupComparators : public QObject
{
    Q_OBJECT

private:
    static ComparisonVector compare(const DupRecord &a, const DupRecord &b)
    {
        RecordPreparer preparer;
        DedupCorpus corpus;
        corpus.add(QStringLiteral("a"), preparer.prepare(a));
        corpus.add(QStringLiteral("b"), preparer.prepare(b));
        return FieldComparator(corpus).compare(0, 1);
    }
    static DupRecord person(const QString &given, const QString &surname)
    {
        DupRecord r;
        r.givenName = given;
        r.surname = surname;
        return r;
    }

private Q_SLOTS:
    void givenNamesCompareAtTheRightLevel_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("same") << "Karen" << "karen" << int(MatchField::GivenExact);
        QTest::newRow("case and spaces") << "  KAREN " << "Karen" << int(MatchField::GivenExact);
        QTest::newRow("english nickname") << "William" << "Bill" << int(MatchField::GivenNickname);
        QTest::newRow("nickname other way") << "Peggy" << "Margaret" << int(MatchField::GivenNickname);
        QTest::newRow("russian nickname") << "Александр" << "Саша" << int(MatchField::GivenNickname);
        QTest::newRow("russian nickname 2") << "Дима" << "Дмитрий" << int(MatchField::GivenNickname);
        QTest::newRow("typo") << "Deakin" << "Deakon" << int(MatchField::GivenSimilar);
        QTest::newRow("initial") << "K." << "Karen" << int(MatchField::GivenInitial);
        QTest::newRow("cyrillic initial") << "О." << "Оксана" << int(MatchField::GivenInitial);
        QTest::newRow("wrong initial") << "M." << "Karen" << int(MatchField::GivenDifferent);
        QTest::newRow("transliterated") << "Мария" << "Maria" << int(MatchField::GivenExact);
        QTest::newRow("sounds alike") << "Catherine" << "Kathryn" << int(MatchField::GivenAlike);
        QTest::newRow("arabic same") << "محمد" << "محمد" << int(MatchField::GivenExact);
        QTest::newRow("arabic hamza variant") << "أحمد" << "احمد" << int(MatchField::GivenExact);
        QTest::newRow("persian yeh and arabic yeh") << "مهدی" << "مهدي" << int(MatchField::GivenExact);
        QTest::newRow("different") << "Karen" << "Steven" << int(MatchField::GivenDifferent);
        QTest::newRow("arabic different") << "محمد" << "فاطمة" << int(MatchField::GivenDifferent);
    }
    void givenNamesCompareAtTheRightLevel()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        const ComparisonVector v = compare(person(a, QStringLiteral("Gomez")), person(b, QStringLiteral("Gomez")));
        QCOMPARE(int(v.level[MatchField::Given]), level);
        QCOMPARE(int(v.level[MatchField::Surname]), int(MatchField::SurnameExact));
    }

    void surnamesCompareAtTheRightLevel_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("same") << "Ivanova" << "IVANOVA" << int(MatchField::SurnameExact);
        QTest::newRow("cyrillic and latin") << "Иванова" << "Ivanova" << int(MatchField::SurnameExact);
        QTest::newRow("yo and e") << "Семёнов" << "Семенов" << int(MatchField::SurnameExact);
        QTest::newRow("dropped letter") << "Harrington" << "Harington" << int(MatchField::SurnameSimilar);
        QTest::newRow("phonetic") << "Smith" << "Smyth" << int(MatchField::SurnameAlike);
        QTest::newRow("persian dropped letter") << "الغامدي" << "الغامي" << int(MatchField::SurnameSimilar);
        QTest::newRow("different") << "Smith" << "Jones" << int(MatchField::SurnameDifferent);
    }
    void surnamesCompareAtTheRightLevel()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        const ComparisonVector v = compare(person(QStringLiteral("Anna"), a), person(QStringLiteral("Anna"), b));
        QCOMPARE(int(v.level[MatchField::Surname]), level);
    }

    void swappedNamesAreComparedCrosswise()
    {
        const ComparisonVector v = compare(person(QStringLiteral("Karen"), QStringLiteral("Gomez")),
                                           person(QStringLiteral("Gomez"), QStringLiteral("Karen")));
        QVERIFY(v.namesSwapped);
        QCOMPARE(int(v.level[MatchField::Given]), int(MatchField::GivenExact));
        QCOMPARE(int(v.level[MatchField::Surname]), int(MatchField::SurnameExact));
    }

    void namesInOrderAreNotSwapped()
    {
        const ComparisonVector v = compare(person(QStringLiteral("Karen"), QStringLiteral("Gomez")),
                                           person(QStringLiteral("Karen"), QStringLiteral("Gomes")));
        QVERIFY(!v.namesSwapped);
    }

    void birthdaysTolerateOneTypoOrSwappedDayAndMonth_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        QTest::newRow("same") << "1971-06-24" << "19710624" << int(MatchField::BirthdayExact);
        QTest::newRow("one digit") << "1971-06-24" << "1971-06-25" << int(MatchField::BirthdayNear);
        QTest::newRow("year digit") << "1971-06-24" << "1981-06-24" << int(MatchField::BirthdayNear);
        QTest::newRow("neighbours swapped") << "1971-06-24" << "1971-06-42" << int(MatchField::BirthdayNear);
        QTest::newRow("day and month swapped") << "1971-06-04" << "1971-04-06" << int(MatchField::BirthdayNear);
        QTest::newRow("two typos") << "1971-06-24" << "1972-07-24" << int(MatchField::BirthdayDifferent);
        QTest::newRow("different") << "1971-06-24" << "1985-11-02" << int(MatchField::BirthdayDifferent);
        QTest::newRow("unknown") << "1971-06-24" << "" << 0;
    }
    void birthdaysTolerateOneTypoOrSwappedDayAndMonth()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        DupRecord x = person(QStringLiteral("Anna"), QStringLiteral("Berg"));
        DupRecord y = x;
        x.birthday = a;
        y.birthday = b;
        QCOMPARE(int(compare(x, y).level[MatchField::Birthday]), level);
    }

    void contactDetailsCompareAtTheRightLevel_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level");
        const int email = MatchField::Email;
        const int phone = MatchField::Phone;
        const int company = MatchField::Company;
        QTest::newRow("email case") << email << "Karen.Gomez@Yahoo.com" << "karen.gomez@yahoo.com" << int(MatchField::EmailExact);
        QTest::newRow("email trailing dot") << email << "karen@proton.me." << "karen@proton.me" << int(MatchField::EmailExact);
        QTest::newRow("email other domain") << email << "kgomez@gmail.com" << "kgomez@gmial.com" << int(MatchField::EmailSameUser);
        QTest::newRow("email similar user") << email << "karen.gomez@x.com" << "karen.gomes@y.com" << int(MatchField::EmailSimilarUser);
        QTest::newRow("email different") << email << "karen@x.com" << "steven@x.com" << int(MatchField::EmailDifferent);
        QTest::newRow("email placeholder") << email << "n/a" << "karen@x.com" << 0;
        QTest::newRow("phone national and international") << phone << "0423 194875" << "+49 423 194875" << int(MatchField::PhoneExact);
        QTest::newRow("phone russian trunk 8") << phone << "8 (940) 008-83-87" << "+7 940 008 8387" << int(MatchField::PhoneExact);
        QTest::newRow("phone extension") << phone << "(213) 373-4253 ext. 12" << "+1 213 373 4253" << int(MatchField::PhoneExact);
        QTest::newRow("phone one digit") << phone << "+1 213 373 4253" << "+1 213 373 4254" << int(MatchField::PhoneOneDigit);
        QTest::newRow("phone different") << phone << "+1 213 373 4253" << "+1 646 258 7706" << int(MatchField::PhoneDifferent);
        QTest::newRow("company legal form") << company << "Acme GmbH" << "ACME" << int(MatchField::TextExact);
        QTest::newRow("company russian form") << company << "ООО «Ромашка»" << "Ромашка" << int(MatchField::TextExact);
        QTest::newRow("company extra word") << company << "Acme" << "Acme Group" << int(MatchField::TextSimilar);
        QTest::newRow("company different") << company << "Globex" << "Initech" << int(MatchField::TextDifferent);
    }
    void contactDetailsCompareAtTheRightLevel()
    {
        QFETCH(int, field);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        DupRecord x = person(QStringLiteral("Anna"), QStringLiteral("Berg"));
        DupRecord y = x;
        x.country = y.country = QStringLiteral("DE");
        if (field == MatchField::Email) {
            x.emails = {a};
            y.emails = {b};
        } else if (field == MatchField::Phone) {
            x.phones = {a};
            y.phones = {b};
        } else {
            x.company = a;
            y.company = b;
        }
        QCOMPARE(int(compare(x, y).level[field]), level);
    }

    void addressesCompareAtTheRightLevel()
    {
        DupRecord x = person(QStringLiteral("Anna"), QStringLiteral("Berg"));
        DupRecord y = x;
        x.street = QStringLiteral("6 Tullaroop Street");
        y.street = QStringLiteral("6 tullaroop street willaroo");
        x.city = QStringLiteral("München");
        y.city = QStringLiteral("Munchen");
        x.postcode = QStringLiteral("4011");
        y.postcode = QStringLiteral("4101");
        const ComparisonVector v = compare(x, y);
        QCOMPARE(int(v.level[MatchField::Street]), int(MatchField::StreetSimilar));
        QCOMPARE(int(v.level[MatchField::City]), int(MatchField::TextExact));
        QCOMPARE(int(v.level[MatchField::Postcode]), int(MatchField::PostcodeOneTypo));
    }

    void doubleMetaphoneGivesThePublishedCodes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("primary");
        QTest::addColumn<QString>("alternate");
        QTest::newRow("Smith") << "Smith" << "SM0" << "XMT";
        QTest::newRow("Schmidt") << "Schmidt" << "XMT" << "SMT";
        QTest::newRow("Thompson") << "Thompson" << "TMPS" << "TMPS";
        QTest::newRow("Jose") << "Jose" << "HS" << "HS";
        QTest::newRow("Catherine") << "Catherine" << "K0RN" << "KTRN";
        QTest::newRow("Knight") << "Knight" << "NT" << "NT";
        QTest::newRow("Xavier") << "Xavier" << "SF" << "SFR";
        QTest::newRow("Alexander") << "Alexander" << "ALKS" << "ALKS";
        QTest::newRow("Aleksandr") << "Aleksandr" << "ALKS" << "ALKS";
    }
    void doubleMetaphoneGivesThePublishedCodes()
    {
        QFETCH(QString, word);
        QFETCH(QString, primary);
        QFETCH(QString, alternate);
        const DoubleMetaphone::Codes codes = DoubleMetaphone::encode(word);
        QCOMPARE(QString::fromLatin1(codes.primary), primary);
        QCOMPARE(QString::fromLatin1(codes.alternate), alternate);
    }

    void jaroWinklerMatchesTheTextbookValues()
    {
        QVERIFY(qAbs(StringSimilarity::jaroWinkler(u"martha", u"marhta") - 0.9611) < 0.001);
        QVERIFY(qAbs(StringSimilarity::jaroWinkler(u"dwayne", u"duane") - 0.84) < 0.001);
        QVERIFY(qAbs(StringSimilarity::jaroWinkler(u"dixon", u"dicksonx") - 0.8133) < 0.001);
        QCOMPARE(StringSimilarity::jaroWinkler(u"abc", u"xyz"), 0.0);
    }

    void transliterationBringsScriptsTogether()
    {
        QCOMPARE(LatinFolder::fold(QStringLiteral("Мария Иванова")), QStringLiteral("maria ivanova"));
        QCOMPARE(LatinFolder::fold(QStringLiteral("O'Brien")), QStringLiteral("obrien"));
        QCOMPARE(LatinFolder::fold(QStringLiteral("München")), QStringLiteral("munchen"));
        QVERIFY(!LatinFolder::fold(QStringLiteral("محمد")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDedupComparators)
#include "tst_dedupcomparators.moc"
