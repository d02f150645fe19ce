#include "quality/phonenormalizer.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace Kempt;

namespace {

struct SuiteRow {
    int line;
    QString raw;
    QString region;
    QString expected; // E.164 or "INVALID"
    QString other;    // the disagreements file: python-phonenumbers' result
};

// Rows of a raw<TAB>region<TAB>expected[<TAB>note] file, header skipped.
QList<SuiteRow> readRows(const QString &path)
{
    QList<SuiteRow> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() >= 3)
            rows.append({i + 1, fields.at(0), fields.at(1), fields.at(2), fields.value(3)});
    }
    return rows;
}

QString key(const QString &raw, const QString &region)
{
    return raw + QLatin1Char('\t') + region;
}

// What Kempt answers, in the suite's terms: E.164 without the extension, or INVALID.
QString outcome(const Verdict &v)
{
    return v.status == Verdict::Invalid ? QStringLiteral("INVALID") : v.normalized.section(QLatin1Char(';'), 0, 0);
}

// Disagreements with the suite beyond the 14 it documents itself
// (lpjs_vs_libphonenumber_disagreements.tsv, where Kempt follows Google's
// libphonenumber). Key: raw<TAB>region. The test fails on a disagreement not listed
// here and on a listed one that no longer disagrees.
const QHash<QString, QString> &furtherDisagreements()
{
    static const QHash<QString, QString> table{
        {key(QStringLiteral("8005553535") + QString(241, QLatin1Char(' ')), QStringLiteral("RU")),
         QStringLiteral("Spaces around a number are trimmed before parsing, so the 250-character input limit "
                        "of both libraries applies to the number, not to trailing padding.")},
    };
    return table;
}

} // namespace

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesNumbersToE164_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        auto row = [](const char *name, const QString &raw, const char *region, const char *e164) {
            QTest::newRow(name) << raw << QString::fromLatin1(region) << QString::fromLatin1(e164);
        };
        row("DE fixed national", "030 1234567", "DE", "+49301234567");
        row("DE fixed with slash", "030/123 45 67", "de", "+49301234567");
        row("DE mobile national", "0151 23456789", "DE", "+4915123456789");
        row("DE international", "+49 30 1234567", "", "+49301234567");
        row("DE with 00", "0049 30 1234567", "DE", "+49301234567");
        row("DE from another region", "+49 (30) 1234567", "GB", "+49301234567");
        row("GB fixed national", "020 7946 0958", "GB", "+442079460958");
        row("GB mobile national", "07911 123456", "GB", "+447911123456");
        row("UK taken for GB", "07911 123456", "uk", "+447911123456");
        row("GB international with trunk zero", "+44 (0)20 7946 0958", "", "+442079460958");
        row("US national", "(213) 373-4253", "US", "+12133734253");
        row("US with dots", "213.373.4253", "US", "+12133734253");
        row("US with 1 prefix", "1-213-373-4253", "US", "+12133734253");
        row("US international", "+1 213 373 4253", "DE", "+12133734253");
        row("RU fixed with 8", "8 (495) 123-45-67", "RU", "+74951234567");
        row("RU mobile international", "+7 916 123-45-67", "", "+79161234567");
        row("IR fixed national", "021 1234 5678", "IR", "+982112345678");
        row("IR mobile national", "0912 345 6789", "IR", "+989123456789");
        row("IR mobile in Persian digits", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789");
        row("IR international", "+98 912 345 6789", "", "+989123456789");
        row("AE fixed national", "04 234 5678", "AE", "+97142345678");
        row("AE mobile national", "050 123 4567", "AE", "+971501234567");
        row("AE international", "+971 50 123 4567", "", "+971501234567");
        row("SA fixed national", "011 234 5678", "SA", "+966112345678");
        row("SA mobile national", "050 123 4567", "SA", "+966501234567");
        row("SA mobile in Arabic-Indic digits", "٠٥٠ ١٢٣ ٤٥٦٧", "SA", "+966501234567");
        row("EG fixed national", "02 2345 6789", "EG", "+20223456789");
        row("EG mobile national", "010 1234 5678", "EG", "+201012345678");
        row("EG mobile in Arabic-Indic digits", "٠١٠ ١٢٣٤ ٥٦٧٨", "EG", "+201012345678");
        row("EG international", "+20 10 1234 5678", "", "+201012345678");
        row("extension kept", "(213) 373-4253 ext. 12", "US", "+12133734253;ext=12");
        row("German direct-dial suffix is part of the number", "+49 30 1234567-89", "", "+4930123456789");
        row("trunk zero in brackets", "+49 (0)30 1234567", "", "+49301234567");
        row("x extension", "+1 213 373 4253 x12", "", "+12133734253;ext=12");
        row("spaces around", "  +49 30 1234567  ", "", "+49301234567");
    }

    void normalizesNumbersToE164()
    {
        QFETCH(QString, raw);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        const Verdict v = PhoneNormalizer().check(raw, region);
        QVERIFY2(v.status == Verdict::Valid, qPrintable(v.reason));
        QCOMPARE(v.normalized, e164);
        QVERIFY(v.reason.isEmpty());
    }

    void rejectsNumbersWithAReason_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reasonPart");
        auto row = [](const char *name, const QString &raw, const char *region, const QString &reasonPart) {
            QTest::newRow(name) << raw << QString::fromLatin1(region) << reasonPart;
        };
        row("empty", "", "DE", "empty");
        row("letters", "call me", "DE", "not a phone number");
        row("no country", "030 1234567", "", "add +CC or set the contact's country");
        row("unknown region", "030 1234567", "XX", "XX");
        row("too short for DE", "03", "DE", "too short for DE");
        row("not valid in DE", "030 12", "DE", "not a valid number in DE");
        row("too long for DE", "030 1234567890123456", "DE", "DE");
        row("not valid in GB", "+44 4000 123456", "", "not a valid number in GB");
        row("too few digits in GB", "020 1234", "GB", "not a valid number in GB");
        row("not valid in US", "+1 187 215 5230", "", "not a valid number in US");
        row("country code that does not exist", "+999 1112233", "", "country code");
        row("too short for IR", "091", "IR", "too short for IR");
        row("not valid in IR", "0912 345", "IR", "not a valid number in IR");
        row("not valid in SA", "+966 12", "", "SA");
    }

    void rejectsNumbersWithAReason()
    {
        QFETCH(QString, raw);
        QFETCH(QString, region);
        QFETCH(QString, reasonPart);
        const Verdict v = PhoneNormalizer().check(raw, region);
        QCOMPARE(v.status, Verdict::Invalid);
        QVERIFY(v.normalized.isEmpty());
        QVERIFY2(v.reason.contains(reasonPart), qPrintable(v.reason));
    }

    void tellsTheTypeOfANumber_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<int>("type");
        QTest::newRow("DE mobile") << QStringLiteral("+4915123456789") << int(PhoneNormalizer::Mobile);
        QTest::newRow("DE fixed") << QStringLiteral("+49301234567") << int(PhoneNormalizer::FixedLine);
        QTest::newRow("US either") << QStringLiteral("+12133734253") << int(PhoneNormalizer::FixedOrMobile);
        QTest::newRow("DE toll-free") << QStringLiteral("+498001234567") << int(PhoneNormalizer::TollFree);
        QTest::newRow("DE premium rate") << QStringLiteral("+499001234567") << int(PhoneNormalizer::Other);
        QTest::newRow("with extension") << QStringLiteral("+12133734253;ext=12") << int(PhoneNormalizer::FixedOrMobile);
        QTest::newRow("not a number") << QStringLiteral("hello") << int(PhoneNormalizer::Unknown);
    }

    void tellsTheTypeOfANumber()
    {
        QFETCH(QString, e164);
        QFETCH(int, type);
        QCOMPARE(int(PhoneNormalizer().type(e164)), type);
    }

    void typeNamesAreStable()
    {
        QCOMPARE(PhoneNormalizer::typeName(PhoneNormalizer::Mobile), QStringLiteral("mobile"));
        QCOMPARE(PhoneNormalizer::typeName(PhoneNormalizer::FixedLine), QStringLiteral("fixed-line"));
        QCOMPARE(PhoneNormalizer::typeName(PhoneNormalizer::Unknown), QStringLiteral("unknown"));
    }

    void formatsForPeopleAndMachines_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        const int intl = PhoneNormalizer::International, national = PhoneNormalizer::National, e164 = PhoneNormalizer::E164;
        QTest::newRow("DE international") << QStringLiteral("+49301234567") << intl << QStringLiteral("+49 30 1234567");
        QTest::newRow("DE national") << QStringLiteral("+49301234567") << national << QStringLiteral("030 1234567");
        QTest::newRow("GB national") << QStringLiteral("+442079460958") << national << QStringLiteral("020 7946 0958");
        QTest::newRow("US international") << QStringLiteral("+12133734253") << intl << QStringLiteral("+1 213-373-4253");
        QTest::newRow("US national") << QStringLiteral("+12133734253") << national << QStringLiteral("(213) 373-4253");
        QTest::newRow("extension shown") << QStringLiteral("+12133734253;ext=12") << intl << QStringLiteral("+1 213-373-4253 ext. 12");
        QTest::newRow("E.164 keeps the extension") << QStringLiteral("+12133734253;ext=12") << e164 << QStringLiteral("+12133734253;ext=12");
        QTest::newRow("E.164 plain") << QStringLiteral("+49301234567") << e164 << QStringLiteral("+49301234567");
        QTest::newRow("unparsable unchanged") << QStringLiteral("ask at reception") << intl << QStringLiteral("ask at reception");
    }

    void formatsForPeopleAndMachines()
    {
        QFETCH(QString, e164);
        QFETCH(int, format);
        QFETCH(QString, expected);
        QCOMPARE(PhoneNormalizer().format(e164, PhoneNormalizer::Format(format)), expected);
    }

    void showsTheNationalFormOnlyAtHome_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a German number in Germany") << QStringLiteral("+49 30 1234567") << QStringLiteral("DE") << QStringLiteral("030 1234567");
        QTest::newRow("a British number for a UK contact") << QStringLiteral("020 7946 0958") << QStringLiteral("uk")
                                                          << QStringLiteral("020 7946 0958");
        QTest::newRow("a German number for a French contact") << QStringLiteral("+49 30 1234567") << QStringLiteral("FR")
                                                              << QStringLiteral("+49 30 1234567");
        // +1 is shared by 25 countries: a Canadian number is not at home in the US.
        QTest::newRow("a Canadian number for a US contact") << QStringLiteral("+1 604 555 0123") << QStringLiteral("US")
                                                            << QStringLiteral("+1 604-555-0123");
        QTest::newRow("no country keeps the +CC") << QStringLiteral("+49 30 1234567") << QString() << QStringLiteral("+49 30 1234567");
    }

    void showsTheNationalFormOnlyAtHome()
    {
        QFETCH(QString, raw);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QString displayed;
        const Verdict v = PhoneNormalizer().checkAndFormat(raw, region, PhoneNormalizer::National, &displayed);
        QCOMPARE(v.status, Verdict::Valid);
        QCOMPARE(displayed, expected);
        QCOMPARE(v.normalized, PhoneNormalizer().check(raw, region).normalized);
    }

    // The normalizer remembers recent numbers: asking again, typed alike or not, in
    // another region or for another form, answers as the first time did.
    void aNumberAskedAgainGetsTheSameAnswer()
    {
        struct Ask
        {
            QString raw;
            QString region;
            PhoneNormalizer::Format format;
        };
        const QList<Ask> asks = {
            {QStringLiteral("030 1234567"), QStringLiteral("DE"), PhoneNormalizer::National},
            {QStringLiteral("+49 30 1234567"), QStringLiteral("DE"), PhoneNormalizer::International},
            {QStringLiteral("+49 (30) 123-4567"), QStringLiteral("FR"), PhoneNormalizer::National},
            {QStringLiteral("030 1234567"), QStringLiteral("FR"), PhoneNormalizer::National},
            {QStringLiteral("+49 30 1234567"), QString(), PhoneNormalizer::National},
            {QStringLiteral("(213) 373-4253 ext. 12"), QStringLiteral("US"), PhoneNormalizer::International},
            {QStringLiteral("(213) 373-4253"), QStringLiteral("US"), PhoneNormalizer::International},
            {QStringLiteral("123"), QStringLiteral("DE"), PhoneNormalizer::International},
            {QStringLiteral("+49 30 12"), QStringLiteral("GB"), PhoneNormalizer::International},
        };
        QList<Verdict> first;
        QStringList firstShown;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < asks.size(); ++i) {
                const Ask &ask = asks.at(i);
                QString shown;
                const Verdict v = PhoneNormalizer().checkAndFormat(ask.raw, ask.region, ask.format, &shown);
                if (round == 0) {
                    first << v;
                    firstShown << shown;
                    continue;
                }
                QCOMPARE(v.status, first.at(i).status);
                QCOMPARE(v.normalized, first.at(i).normalized);
                QCOMPARE(v.reason, first.at(i).reason);
                QCOMPARE(shown, firstShown.at(i));
            }
        }
        QCOMPARE(firstShown.at(0), QStringLiteral("030 1234567"));
        QCOMPARE(firstShown.at(1), QStringLiteral("+49 30 1234567"));
        QCOMPARE(firstShown.at(2), QStringLiteral("+49 30 1234567"));
        QCOMPARE(first.at(5).normalized, QStringLiteral("+12133734253;ext=12"));
        QCOMPARE(first.at(6).normalized, QStringLiteral("+12133734253"));
        QCOMPARE(first.at(7).status, Verdict::Invalid);
        QVERIFY(!first.at(7).reason.isEmpty());
    }

    void knowsTheCountryOfANumber()
    {
        const PhoneNormalizer phones;
        QCOMPARE(phones.region(QStringLiteral("+49301234567")), QStringLiteral("DE"));
        QCOMPARE(phones.region(QStringLiteral("+447624369230")), QStringLiteral("IM"));
        QCOMPARE(phones.region(QStringLiteral("+870773111632")), QStringLiteral("001"));
        QCOMPARE(phones.region(QStringLiteral("nothing")), QString());
    }

    void followsGoogleLibphonenumberWhereTheSuiteSaysItDiffers()
    {
        // The suite documents 14 rows where libphonenumber-js (text extraction rules,
        // newer metadata) and Google's libphonenumber decide differently; Kempt uses the
        // latter, so it must give python-phonenumbers 8.12.57's answer (the same metadata
        // as Debian's libphonenumber 8.12.57).
        const QList<SuiteRow> rows = readRows(QStringLiteral(KEMPT_TEST_DATA "/phone/lpjs_vs_libphonenumber_disagreements.tsv"));
        QCOMPARE(rows.size(), 14);
        const PhoneNormalizer phones;
        for (const SuiteRow &r : rows)
            QVERIFY2(outcome(phones.check(r.raw, r.region)) == r.other,
                     qPrintable(QStringLiteral("\"%1\" [%2]: expected %3").arg(r.raw, r.region, r.other)));
    }

    void agreesWithTheLibphonenumberJsSuite()
    {
        const QList<SuiteRow> rows = readRows(QStringLiteral(KEMPT_TEST_DATA "/phone/libphonenumber_js_tests.tsv"));
        QVERIFY2(rows.size() >= 100, "the suite file is missing or truncated");
        QSet<QString> documented;
        for (const SuiteRow &r : readRows(QStringLiteral(KEMPT_TEST_DATA "/phone/lpjs_vs_libphonenumber_disagreements.tsv")))
            documented.insert(key(r.raw, r.region));

        const PhoneNormalizer phones;
        QStringList unexpected;
        QSet<QString> disagreeing;
        int agreed = 0;
        for (const SuiteRow &r : rows) {
            const QString got = outcome(phones.check(r.raw, r.region));
            if (got == r.expected) {
                ++agreed;
                continue;
            }
            disagreeing.insert(key(r.raw, r.region));
            if (!documented.contains(key(r.raw, r.region)) && !furtherDisagreements().contains(key(r.raw, r.region)))
                unexpected << QStringLiteral("line %1: \"%2\" [%3] expected %4, got %5").arg(r.line).arg(r.raw, r.region, r.expected, got);
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unlisted disagreements:\n") + unexpected.join(QLatin1Char('\n'))));
        for (auto it = furtherDisagreements().cbegin(); it != furtherDisagreements().cend(); ++it)
            QVERIFY2(disagreeing.contains(it.key()), qPrintable(QStringLiteral("no longer disagrees, remove from the table: ") + it.key()));
        qInfo("agreement with libphonenumber-js: %d of %d rows", agreed, int(rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
