#include "quality/phonenormalizer.h"

#include "quality/phonefastpath.h"

#include <QCoreApplication>
#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <optional>
#include <string>
#include <unordered_map>

namespace Kempt {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormalizer)
};

const PhoneNumberUtil &util()
{
    static const PhoneNumberUtil *instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        // Parse failures are answered with reasons; the library's own log is noise.
        u->SetLogger(new i18n::phonenumbers::NullLogger());
        return u;
    }();
    return *instance;
}

Verdict invalid(const QString &reason)
{
    Verdict v;
    v.status = Verdict::Invalid;
    v.reason = reason;
    return v;
}

// "DE", or "+870" for numbers that belong to no country.
QString placeOf(const PhoneNumber &number)
{
    std::string region;
    util().GetRegionCodeForCountryCode(number.country_code(), &region);
    if (region.empty() || region == "001" || region == "ZZ")
        return QStringLiteral("+%1").arg(number.country_code());
    return QString::fromStdString(region);
}

bool parseStored(const QString &e164, PhoneNumber *number)
{
    return util().Parse(e164.toStdString(), "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util().IsValidNumber(*number);
}

QString stored(const PhoneNumber &number)
{
    std::string out;
    util().Format(number, PhoneNumberUtil::E164, &out);
    if (number.has_extension() && !number.extension().empty())
        out += ";ext=" + number.extension();
    return QString::fromStdString(out);
}

// home: the country whose numbers may take the National form, since that form is only
// unambiguous at home; a number of another country keeps its +CC. An empty home sets
// no limit (format() of a stored number).
QString formatted(const PhoneNumber &number, PhoneNormalizer::Format f, const QString &home)
{
    if (f == PhoneNormalizer::E164)
        return stored(number);
    bool national = f == PhoneNormalizer::National;
    if (national && !home.isEmpty()) {
        // The calling code rules most numbers out without the library's per-region search.
        std::string region;
        if (util().GetCountryCodeForRegion(home.toStdString()) != number.country_code())
            return formatted(number, PhoneNormalizer::International, QString());
        util().GetRegionCodeForNumber(number, &region);
        national = QString::fromStdString(region) == home;
    }
    std::string out;
    util().Format(number, national ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

// Same answer as IsValidNumber, sooner: a calling code shared by many countries (+1 has
// 25) makes the library try each; the contact's own country is the likely one.
bool isValid(const PhoneNumber &number, const QString &region)
{
    if (!region.isEmpty() && util().GetCountryCodeForRegion(region.toStdString()) == number.country_code()
        && util().IsValidNumberForRegion(number, region.toStdString()))
        return true;
    return util().IsValidNumber(number);
}

// The number as plain ASCII digits with an optional leading "+", when the typed text
// holds nothing but digits (any script) and layout characters; "" otherwise. The
// library ignores layout anyway, but its regular expressions cost less on short plain
// input, so this halves the time for the common case without changing any result.
std::string plainDigits(const QString &text)
{
    std::string out;
    out.reserve(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            out += char(u);
        } else if ((u == u'+' || u == 0xFF0B) && out.empty() && i == 0) {
            out += '+';
        } else if (u == u' ' || u == u'-' || u == u'.' || u == u'(' || u == u')' || u == u'/' || u == 0xA0) {
            continue;
        } else if (u >= 0x80 && c.category() == QChar::Number_DecimalDigit) {
            out += char('0' + c.digitValue());
        } else {
            return std::string();
        }
    }
    return out;
}

// What this thread last found for numbers: the audit judges every phone of a workspace,
// and the same number comes back, typed alike or not, in the records of one person, next
// to each other. Text is the typed number (R) or the parsed one's fields (N), with the
// region and display form: everything the answer depends on. Only answers without
// sentences are kept, so a change of language never meets a stale one. Bounded: cleared
// when full, since the repeats are near each other.
struct Answer
{
    bool valid = false;
    PhoneNumberUtil::ValidationResult possible = PhoneNumberUtil::IS_POSSIBLE; // when not valid
    QString normalized;
    QString displayed;
};

class RecentNumbers
{
public:
    static RecentNumbers &forThisThread()
    {
        thread_local RecentNumbers recent;
        return recent;
    }
    const Answer *find(const std::string &key) const
    {
        const auto it = m_answers.find(key);
        return it == m_answers.end() ? nullptr : &it->second;
    }
    void insert(const std::string &key, const Answer &answer)
    {
        // Copied before any clearing (answer may be one of ours), and deep: the strings
        // outlive the caller's and stay on this thread.
        Answer own = answer;
        own.normalized = QString(answer.normalized.constData(), answer.normalized.size());
        own.displayed = QString(answer.displayed.constData(), answer.displayed.size());
        if (m_answers.size() >= kMaxAnswers)
            m_answers.clear();
        m_answers.emplace(key, std::move(own));
    }

private:
    static constexpr size_t kMaxAnswers = 4096;
    std::unordered_map<std::string, Answer> m_answers;
};

// The common case without the library (PhoneFastPath): a valid number typed as plain
// digits, with the display form formatted() would give. Nothing when the fast path is
// not sure; the library answers then.
std::optional<Answer> fastAnswer(const PhoneFastPath::Number &number, const QString &region,
                                 PhoneNormalizer::Format shown)
{
    PhoneFastPath &fast = PhoneFastPath::forThisThread();
    Answer answer;
    answer.valid = true;
    answer.normalized = PhoneFastPath::e164(number);
    if (shown == PhoneNormalizer::E164) {
        answer.displayed = answer.normalized;
        return answer;
    }
    // National only at home, as in formatted().
    bool national = shown == PhoneNormalizer::National;
    if (national && !region.isEmpty()) {
        if (PhoneFastPath::countryCodeFor(region) != number.countryCode) {
            national = false;
        } else {
            const std::optional<QString> owner = fast.regionOf(number);
            if (!owner)
                return std::nullopt;
            national = *owner == region;
        }
    }
    const std::optional<QString> displayed = national ? fast.national(number) : fast.international(number);
    if (!displayed)
        return std::nullopt;
    answer.displayed = *displayed;
    return answer;
}

std::string typedKey(const QString &text, const QString &region, PhoneNormalizer::Format display)
{
    std::string key = "R";
    key += char('0' + int(display));
    key += region.toStdString();
    key += '|';
    key += text.toStdString();
    return key;
}

// The fields Format and IsValidNumber read; Parse without raw input sets no others.
std::string parsedKey(const PhoneNumber &number, const QString &region, PhoneNormalizer::Format display)
{
    std::string key = "N";
    key += char('0' + int(display));
    key += region.toStdString();
    key += '|';
    key += std::to_string(number.country_code());
    key += '|';
    key += std::to_string(number.national_number());
    key += '|';
    key += number.italian_leading_zero() ? '1' : '0';
    key += std::to_string(number.number_of_leading_zeros());
    key += '|';
    key += number.has_extension() ? number.extension() : std::string();
    return key;
}

} // namespace

Verdict PhoneNormalizer::check(const QString &raw, const QString &defaultRegion) const
{
    return checkAndFormat(raw, defaultRegion, E164, nullptr);
}

Verdict PhoneNormalizer::checkAndFormat(const QString &raw, const QString &defaultRegion, Format display,
                                        QString *displayed) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return invalid(Tr::tr("The number is empty."));
    QString region = defaultRegion.trimmed().toUpper();
    if (region == QLatin1String("UK")) // ISO 3166 reserves UK for the United Kingdom, GB
        region = QStringLiteral("GB");
    const bool international = text.contains(QLatin1Char('+')) || text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive);
    const Format shown = display == National && region.isEmpty() ? International : display;
    RecentNumbers &recent = RecentNumbers::forThisThread();
    const std::string typed = typedKey(text, region, shown);
    if (const Answer *known = recent.find(typed)) {
        Verdict v;
        v.normalized = known->normalized;
        if (displayed)
            *displayed = known->displayed;
        return v;
    }

    std::string input = plainDigits(text);
    std::optional<PhoneFastPath::Parsed> fastParse;
    if (!input.empty()) {
        fastParse = PhoneFastPath::forThisThread().parse(QString::fromLatin1(input), region);
        if (fastParse && fastParse->valid) {
            if (const std::optional<Answer> fast = fastAnswer(fastParse->number, region, shown)) {
                Verdict v;
                v.normalized = fast->normalized;
                if (displayed)
                    *displayed = fast->displayed;
                recent.insert(typed, *fast);
                return v;
            }
        }
    }
    if (input.empty())
        input = text.toStdString();
    PhoneNumber number;
    // An invalid number from the fast path is the one Parse would give: the library only
    // says why it is invalid (IsPossibleNumberWithReason reads lengths, no patterns).
    const bool knownInvalid = fastParse && !fastParse->valid;
    const PhoneNumberUtil::ErrorType error = knownInvalid
        ? PhoneNumberUtil::NO_PARSING_ERROR
        : util().Parse(input, region.isEmpty() ? std::string("ZZ") : region.toStdString(), &number);
    if (knownInvalid)
        PhoneFastPath::toPhoneNumber(fastParse->number, &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (international)
            return invalid(Tr::tr("The number does not start with a country code that exists."));
        if (region.isEmpty())
            return invalid(Tr::tr("No country: add +CC or set the contact's country."));
        return invalid(Tr::tr("“%1” is not a known country code; add +CC or correct the contact's country.").arg(region));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return invalid(Tr::tr("“%1” is not a phone number.").arg(text));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return invalid(region.isEmpty() || international ? Tr::tr("The number is too short.")
                                                         : Tr::tr("The number is too short for %1.").arg(region));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return invalid(region.isEmpty() || international ? Tr::tr("The number is too long.")
                                                         : Tr::tr("The number is too long for %1.").arg(region));
    }

    const std::string parsed = parsedKey(number, region, shown);
    const Answer *known = recent.find(parsed);
    Answer answer;
    if (!known) {
        answer.valid = !knownInvalid && isValid(number, region);
        if (answer.valid) {
            answer.normalized = stored(number);
            answer.displayed = formatted(number, shown, region);
        } else {
            answer.possible = util().IsPossibleNumberWithReason(number);
        }
        recent.insert(parsed, answer);
        known = &answer;
    }
    if (known->valid) {
        Verdict v;
        v.normalized = known->normalized;
        if (displayed)
            *displayed = known->displayed;
        recent.insert(typed, *known);
        return v;
    }
    switch (known->possible) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return invalid(Tr::tr("The number is too short for %1; add the area code.").arg(placeOf(number)));
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return invalid(Tr::tr("The number does not start with a country code that exists."));
    case PhoneNumberUtil::TOO_SHORT:
        return invalid(Tr::tr("The number is too short for %1.").arg(placeOf(number)));
    case PhoneNumberUtil::TOO_LONG:
        return invalid(Tr::tr("The number is too long for %1.").arg(placeOf(number)));
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalid(Tr::tr("The number has the wrong number of digits for %1.").arg(placeOf(number)));
    }
    return invalid(Tr::tr("The number is not a valid number in %1.").arg(placeOf(number)));
}

PhoneNormalizer::Type PhoneNormalizer::type(const QString &e164) const
{
    PhoneNumber number;
    if (!parseStored(e164, &number))
        return Unknown;
    switch (util().GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
        return Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return FixedOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return TollFree;
    case PhoneNumberUtil::UNKNOWN:
        return Unknown;
    default:
        return Other;
    }
}

QString PhoneNormalizer::typeName(Type t)
{
    switch (t) {
    case Mobile:
        return QStringLiteral("mobile");
    case FixedLine:
        return QStringLiteral("fixed-line");
    case FixedOrMobile:
        return QStringLiteral("fixed-line-or-mobile");
    case TollFree:
        return QStringLiteral("toll-free");
    case Other:
        return QStringLiteral("other");
    case Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString PhoneNormalizer::format(const QString &e164, Format f) const
{
    PhoneNumber number;
    if (!parseStored(e164, &number))
        return e164;
    return formatted(number, f, QString());
}

QString PhoneNormalizer::region(const QString &e164) const
{
    PhoneNumber number;
    if (!parseStored(e164, &number))
        return QString();
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return QString::fromStdString(region);
}

} // namespace Kempt
