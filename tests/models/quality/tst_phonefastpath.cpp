// PhoneFastPath answers for libphonenumber; these tests hold every answer it gives against
// the library's own, called directly, so a difference in any step (prefix stripping,
// validity, choice of format, replacement rules) shows up as a named input.

#include "quality/countrynormalizer.h"
#include "quality/phonefastpath.h"
#include "quality/phonenormalizer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <iterator>
#include <set>
#include <string>
#include <thread>

using namespace Kempt;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const PhoneNumberUtil &util()
{
    static const PhoneNumberUtil *instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new i18n::phonenumbers::NullLogger());
        return u;
    }();
    return *instance;
}

// The library's answer for one input, computed the way PhoneNormalizer asks it.
struct LibraryAnswer
{
    bool valid = false;
    bool extension = false;
    QString e164; // with ";ext=" as PhoneNormalizer stores it
    QString international;
    QString national;
    QString region; // GetRegionCodeForNumber
};

LibraryAnswer libraryAnswer(const QString &input, const QString &region)
{
    LibraryAnswer a;
    PhoneNumber n;
    const std::string home = region.toStdString();
    if (util().Parse(input.toStdString(), region.isEmpty() ? std::string("ZZ") : home, &n)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return a;
    a.valid = (!region.isEmpty() && util().GetCountryCodeForRegion(home) == n.country_code()
               && util().IsValidNumberForRegion(n, home))
        || util().IsValidNumber(n);
    if (!a.valid)
        return a;
    std::string out;
    util().Format(n, PhoneNumberUtil::E164, &out);
    a.extension = n.has_extension() && !n.extension().empty();
    if (a.extension)
        out += ";ext=" + n.extension();
    a.e164 = QString::fromStdString(out);
    util().Format(n, PhoneNumberUtil::INTERNATIONAL, &out);
    a.international = QString::fromStdString(out);
    util().Format(n, PhoneNumberUtil::NATIONAL, &out);
    a.national = QString::fromStdString(out);
    util().GetRegionCodeForNumber(n, &out);
    a.region = QString::fromStdString(out);
    return a;
}

// The display form PhoneNormalizer promises: National only for numbers of the home region.
QString libraryDisplay(const LibraryAnswer &a, const QString &region, PhoneNormalizer::Format f)
{
    if (f == PhoneNormalizer::E164)
        return a.e164;
    if (f == PhoneNormalizer::National && !region.isEmpty() && a.region == region)
        return a.national;
    return a.international;
}

// What PhoneNormalizer hands the fast path: digits and a leading "+", layout removed.
QString plain(const QString &raw)
{
    QString out;
    for (const QChar c : raw.trimmed()) {
        if (c.isDigit() && c.unicode() < 0x80)
            out += c;
        else if (c == QLatin1Char('+') && out.isEmpty())
            out += c;
        else if (!QStringLiteral(" -.()/").contains(c))
            return QString();
    }
    return out;
}

struct Input
{
    QString raw;
    QString region;
};

// Everything checkAndFormat says about one input in one display format.
QString verdictText(const PhoneNormalizer &phones, const Input &in, PhoneNormalizer::Format f)
{
    QString displayed;
    const Verdict v = phones.checkAndFormat(in.raw, in.region, f, &displayed);
    return Verdict::statusName(v.status) + QLatin1String(" | ") + v.normalized + QLatin1String(" | ") + v.reason
        + QLatin1String(" | ") + v.suggestion + QLatin1String(" | ") + displayed;
}

constexpr PhoneNormalizer::Format kFormats[] = {PhoneNormalizer::International, PhoneNormalizer::National,
                                                PhoneNormalizer::E164};

// checkAndFormat's answers for each input in each format, on a thread of its own (so no
// answer another caller left in its per-thread memory is reused), with the fast path on
// or off.
QStringList verdicts(const QList<Input> &inputs, bool fastPath)
{
    QStringList out;
    std::thread worker([&] {
        PhoneFastPath::forThisThread().setEnabled(fastPath);
        const PhoneNormalizer phones;
        for (const Input &in : inputs) {
            for (const PhoneNormalizer::Format f : kFormats)
                out << verdictText(phones, in, f);
        }
    });
    worker.join();
    return out;
}

QString fields(const PhoneNumber &n)
{
    return QStringLiteral("cc %1 nn %2 ilz %3 zeros %4")
        .arg(n.country_code())
        .arg(n.national_number())
        .arg(n.italian_leading_zero())
        .arg(n.number_of_leading_zeros());
}

// The fast path against the library for each input: one line per disagreement.
struct Comparison
{
    int inputs = 0;
    int answered = 0;
    int answeredInvalid = 0;
    int libraryValid = 0;
    QStringList disagreements;
};

Comparison compare(const QList<Input> &inputs)
{
    Comparison c;
    PhoneFastPath &fast = PhoneFastPath::forThisThread();
    QList<Input> parsedInputs;
    for (const Input &in : inputs) {
        const QString digits = plain(in.raw);
        if (digits.isEmpty())
            continue;
        ++c.inputs;
        const LibraryAnswer lib = libraryAnswer(digits, in.region);
        c.libraryValid += lib.valid ? 1 : 0;
        const std::optional<PhoneFastPath::Parsed> parsed = fast.parse(digits, in.region);
        if (!parsed)
            continue;
        ++c.answered;
        parsedInputs.append(in);
        const QString what = in.raw + QLatin1String(" in ") + (in.region.isEmpty() ? QStringLiteral("ZZ") : in.region);
        // Parse's own number: the invalid verdicts are built from the fast path's.
        PhoneNumber theirs;
        PhoneNumber mine;
        PhoneFastPath::toPhoneNumber(parsed->number, &mine);
        if (util().Parse(digits.toStdString(), in.region.isEmpty() ? std::string("ZZ") : in.region.toStdString(), &theirs)
            != PhoneNumberUtil::NO_PARSING_ERROR) {
            c.disagreements << what + QLatin1String(": the library does not parse it, the fast path gives ") + fields(mine);
            continue;
        }
        if (mine.SerializeAsString() != theirs.SerializeAsString()) {
            c.disagreements << what + QLatin1String(": library ") + fields(theirs) + QLatin1String(", fast path ")
                    + fields(mine);
            continue;
        }
        if (parsed->valid != lib.valid) {
            c.disagreements << what + QLatin1String(": the library says valid ") + QString::number(lib.valid)
                    + QLatin1String(", the fast path ") + QString::number(parsed->valid);
            continue;
        }
        if (!parsed->valid) {
            ++c.answeredInvalid;
            continue;
        }
        const PhoneFastPath::Number &number = parsed->number;
        const QString intl = fast.international(number).value_or(lib.international);
        const QString national = fast.national(number).value_or(lib.national);
        const QString region = fast.regionOf(number).value_or(lib.region);
        const QString fastForms = PhoneFastPath::e164(number) + QLatin1String(" | ") + intl + QLatin1String(" | ")
            + national + QLatin1String(" | ") + region;
        const QString libraryForms = lib.e164 + QLatin1String(" | ") + lib.international + QLatin1String(" | ")
            + lib.national + QLatin1String(" | ") + lib.region;
        if (fastForms != libraryForms)
            c.disagreements << what + QLatin1String(": library ") + libraryForms + QLatin1String(", fast path ")
                    + fastForms;
    }
    // PhoneNormalizer with and without the fast path: same verdicts, sentences included.
    const QStringList withFastPath = verdicts(parsedInputs, true);
    const QStringList libraryOnly = verdicts(parsedInputs, false);
    for (qsizetype i = 0; i < withFastPath.size(); ++i) {
        if (withFastPath.at(i) != libraryOnly.at(i)) {
            const Input &in = parsedInputs.at(i / std::size(kFormats));
            c.disagreements << in.raw + QLatin1String(" in ") + in.region + QLatin1String(": library only ")
                    + libraryOnly.at(i) + QLatin1String(", with the fast path ") + withFastPath.at(i);
        }
    }
    return c;
}

// Rows of a TAB-separated fixture: raw, region (or country as typed), header skipped.
QList<Input> readInputs(const QString &file, bool countryAsTyped)
{
    QList<Input> inputs;
    QFile f(QStringLiteral(KEMPT_TEST_DATA "/phone/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return inputs;
    const CountryNormalizer countries;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() < 2)
            continue;
        const QString region = countryAsTyped ? countries.code(fields.at(1)) : fields.at(1).trimmed().toUpper();
        inputs.append({fields.at(0), region});
    }
    return inputs;
}

std::set<std::string> supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    return regions;
}

// For one region: its example numbers and random digits, each typed nationally, with
// the national prefix, with the region's calling code (with and without "+" or an
// international prefix) and as seen from elsewhere.
QList<Input> generatedInputs(const std::string &region, int randomCount)
{
    const QString home = QString::fromStdString(region);
    const QString cc = QString::number(util().GetCountryCodeForRegion(region));
    QStringList numbers;
    for (int t = PhoneNumberUtil::FIXED_LINE; t <= PhoneNumberUtil::VOICEMAIL; ++t) {
        PhoneNumber example;
        if (!util().GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(t), &example))
            continue;
        std::string nsn;
        util().GetNationalSignificantNumber(example, &nsn);
        numbers << QString::fromStdString(nsn);
    }
    QRandomGenerator random(uint(qHash(home)));
    for (int i = 0; i < randomCount; ++i) {
        QString digits;
        const int length = 4 + int(random.bounded(12));
        for (int k = 0; k < length; ++k)
            digits += QChar(u'0' + char16_t(random.bounded(10)));
        numbers << digits;
    }
    QList<Input> inputs;
    for (const QString &n : numbers) {
        for (const QString &typed : QStringList{n, QLatin1Char('0') + n, QLatin1Char('8') + n, QLatin1Char('1') + n, cc + n,
                                     QLatin1Char('+') + cc + n, QLatin1String("00") + cc + n,
                                     QLatin1String("011") + cc + n, QLatin1String("810") + cc + n})
            inputs.append({typed, home});
        inputs.append({QLatin1Char('+') + cc + n, QString()});
        inputs.append({n, QStringLiteral("US")});
        inputs.append({QLatin1String("00") + cc + n, QStringLiteral("DE")});
    }
    return inputs;
}

} // namespace

Q_DECLARE_METATYPE(QList<Input>)

class TestPhoneFastPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFastAnswerIsTheLibrarysAnswer_data()
    {
        QTest::addColumn<QList<Input>>("inputs");
        QTest::newRow("libphonenumber-js suite") << readInputs(QStringLiteral("libphonenumber_js_tests.tsv"), false);
        QTest::newRow("documented disagreements")
            << readInputs(QStringLiteral("lpjs_vs_libphonenumber_disagreements.tsv"), false);
        QTest::newRow("make-contacts phones") << readInputs(QStringLiteral("make_contacts_phones.tsv"), true);
        // KEMPT_PHONE_RANDOM_PER_REGION=400 runs the large local variant (about 1.2M inputs).
        bool set = false;
        const int random = qEnvironmentVariableIntValue("KEMPT_PHONE_RANDOM_PER_REGION", &set);
        for (const std::string &region : supportedRegions())
            QTest::newRow(("generated for " + region).c_str()) << generatedInputs(region, set && random > 0 ? random : 40);
    }

    void everyFastAnswerIsTheLibrarysAnswer()
    {
        QFETCH(QList<Input>, inputs);
        QVERIFY(!inputs.isEmpty());
        const Comparison c = compare(inputs);
        if (qEnvironmentVariableIsSet("KEMPT_PHONE_RANDOM_PER_REGION"))
            qInfo("%d inputs, %d parsed by the fast path (%d of them invalid), %d valid for the library, %d disagreements",
                  c.inputs, c.answered, c.answeredInvalid, c.libraryValid, int(c.disagreements.size()));
        QVERIFY2(c.disagreements.isEmpty(), qPrintable(c.disagreements.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // A fast path that declined everything would pass the test above and speed up nothing.
    // About a quarter of these phones are broken on purpose (no valid number: the library
    // answers those), so the share is of all phones and of the valid ones.
    void theFastPathAnswersMostRealisticPhones()
    {
        const Comparison c = compare(readInputs(QStringLiteral("make_contacts_phones.tsv"), true));
        QVERIFY(c.inputs > 10000);
        QVERIFY2(c.answered >= c.inputs * 2 / 3,
                 qPrintable(QStringLiteral("answered %1 of %2 (%3 valid)").arg(c.answered).arg(c.inputs).arg(c.libraryValid)));
        const int answeredValid = c.answered - c.answeredInvalid;
        QVERIFY2(answeredValid >= c.libraryValid * 99 / 100,
                 qPrintable(QStringLiteral("answered %1 of %2 valid").arg(answeredValid).arg(c.libraryValid)));
        // Invalid numbers that parse are the fast path's too: the library only says why.
        QVERIFY2(c.answeredInvalid >= (c.inputs - c.libraryValid) / 2,
                 qPrintable(QStringLiteral("answered %1 of %2 invalid").arg(c.answeredInvalid).arg(c.inputs - c.libraryValid)));
    }

    void theFastPathDeclinesWhatItCannotBeSureOf_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("parseFails"); // so the library's error is the verdict's reason
        QTest::newRow("no country for a national number") << QStringLiteral("0301234567") << QString() << true;
        QTest::newRow("unknown region for a national number") << QStringLiteral("0301234567") << QStringLiteral("XX") << true;
        QTest::newRow("calling code starting with 0") << QStringLiteral("+0301234567") << QString() << true;
        QTest::newRow("calling code that does not exist") << QStringLiteral("+2591234567") << QString() << true;
        QTest::newRow("too short after the international prefix") << QStringLiteral("0049") << QStringLiteral("DE") << true;
        QTest::newRow("too short after the calling code") << QStringLiteral("+491") << QString() << true;
        QTest::newRow("more than 17 digits") << QStringLiteral("+4930123456789012345") << QString() << false;
        QTest::newRow("only two digits") << QStringLiteral("12") << QStringLiteral("DE") << false;
        QTest::newRow("layout left in") << QStringLiteral("030 1234567") << QStringLiteral("DE") << false;
        QTest::newRow("extension") << QStringLiteral("+12133734253;ext=12") << QString() << false;
    }

    void theFastPathDeclinesWhatItCannotBeSureOf()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(bool, parseFails);
        QVERIFY(!PhoneFastPath::forThisThread().parse(input, region));
        PhoneNumber n;
        QCOMPARE(util().Parse(input.toStdString(), region.isEmpty() ? std::string("ZZ") : region.toStdString(), &n)
                     != PhoneNumberUtil::NO_PARSING_ERROR,
                 parseFails);
    }

    void theFastPathParsesInvalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::newRow("not a valid number") << QStringLiteral("0001234567") << QStringLiteral("DE");
        QTest::newRow("too short with its calling code") << QStringLiteral("+1555") << QString();
        QTest::newRow("without the area code") << QStringLiteral("3734253") << QStringLiteral("US");
    }

    // Parse succeeds but the number is valid nowhere: the fast path gives the number
    // Parse gives, and says it is not valid.
    void theFastPathParsesInvalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        const std::optional<PhoneFastPath::Parsed> parsed = PhoneFastPath::forThisThread().parse(input, region);
        QVERIFY(parsed);
        QVERIFY(!parsed->valid);
        QVERIFY(!PhoneFastPath::forThisThread().parseValid(input, region));
        PhoneNumber theirs;
        PhoneNumber mine;
        PhoneFastPath::toPhoneNumber(parsed->number, &mine);
        QCOMPARE(util().Parse(input.toStdString(), region.isEmpty() ? std::string("ZZ") : region.toStdString(), &theirs),
                 PhoneNumberUtil::NO_PARSING_ERROR);
        QCOMPARE(fields(mine), fields(theirs));
        QVERIFY(!util().IsValidNumber(theirs));
    }

    void checkAndFormatGivesTheLibrarysDisplayForms_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("international") << int(PhoneNormalizer::International);
        QTest::newRow("national at home") << int(PhoneNormalizer::National);
        QTest::newRow("E.164") << int(PhoneNormalizer::E164);
    }

    // The wiring in PhoneNormalizer: same normalized and displayed text as the library.
    void checkAndFormatGivesTheLibrarysDisplayForms()
    {
        QFETCH(int, format);
        const auto f = PhoneNormalizer::Format(format);
        QStringList disagreements;
        const PhoneNormalizer phones;
        QList<Input> inputs = readInputs(QStringLiteral("make_contacts_phones.tsv"), true);
        inputs += generatedInputs("DE", 200) + generatedInputs("US", 200) + generatedInputs("GB", 200)
            + generatedInputs("CA", 200) + generatedInputs("BR", 200) + generatedInputs("IT", 200);
        for (const Input &in : inputs) {
            QString displayed;
            const Verdict v = phones.checkAndFormat(in.raw, in.region, f, &displayed);
            const LibraryAnswer lib = libraryAnswer(in.raw.trimmed(), in.region);
            if (v.status == Verdict::Invalid || !lib.valid) {
                if ((v.status == Verdict::Invalid) != !lib.valid)
                    disagreements << in.raw + QLatin1Char(' ') + in.region + QLatin1String(": validity differs");
                continue;
            }
            if (v.normalized != lib.e164 || displayed != libraryDisplay(lib, in.region, f))
                disagreements << in.raw + QLatin1Char(' ') + in.region + QLatin1String(": ") + v.normalized + QLatin1Char(' ')
                        + displayed + QLatin1String(" but the library says ") + lib.e164 + QLatin1Char(' ')
                        + libraryDisplay(lib, in.region, f);
        }
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPhoneFastPath)
#include "tst_phonefastpath.moc"
