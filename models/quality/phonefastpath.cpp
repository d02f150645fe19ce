#include "quality/phonefastpath.h"

#include "quality/pcre2pattern.h"
#include <algorithm>
#include <array>
#include <memory>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumber.pb.h>
#include <string>
#include <unordered_map>
#include <vector>

// libphonenumber's compiled-in metadata (a serialized PhoneMetadataCollection). The
// library exports these two functions from libphonenumber.so.8 but installs no header
// for them (metadata.h stays in its source tree), so they are declared here.
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace Kempt {

namespace {

using i18n::phonenumbers::NumberFormat;
using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

// The library's limits (phonenumberutil.cc).
constexpr qsizetype kMinLengthForNsn = 2;
constexpr qsizetype kMaxLengthForNsn = 17;
constexpr int kMaxLengthCountryCode = 3;
const std::string kNonGeoEntity = "001";

// The parsed collection and the library's two indexes over it, built once and then only
// read, so every thread may use it.
struct Metadata
{
    PhoneMetadataCollection collection;
    std::unordered_map<std::string, int> regionIndex; // geographic regions only
    // Calling code -> metadata entries in the order of GetRegionCodesForCountryCallingCode:
    // collection order, with main_country_for_code pushed to the front.
    std::array<std::vector<int>, 1000> codeEntries;
};

// Never freed: threads' tables point into it and may end after static destruction.
const Metadata &metadata()
{
    static const Metadata *loaded = [] {
        auto *m = new Metadata;
        if (!m->collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()))
            return m; // no entries: the fast path declines everything
        for (int i = 0; i < m->collection.metadata_size(); ++i) {
            const PhoneMetadata &entry = m->collection.metadata(i);
            if (entry.id() == "ZZ" || entry.country_code() <= 0 || entry.country_code() >= 1000)
                continue;
            if (entry.id() != kNonGeoEntity)
                m->regionIndex.emplace(entry.id(), i);
            std::vector<int> &list = m->codeEntries[size_t(entry.country_code())];
            if (!list.empty() && entry.main_country_for_code())
                list.insert(list.begin(), i);
            else
                list.push_back(i);
        }
        return m;
    }();
    return *loaded;
}

int regionIndexOf(const QString &region)
{
    if (region.isEmpty())
        return -1;
    const auto &index = metadata().regionIndex;
    const auto it = index.find(region.toStdString());
    return it == index.end() ? -1 : it->second;
}

Pcre2Pattern compiled(const std::string &pattern, bool whole)
{
    return Pcre2Pattern(QString::fromStdString(pattern), whole);
}

// ICU's FullMatch.
bool fullMatch(const Pcre2Pattern &re, QStringView s)
{
    return re.matches(s);
}

// ICU's lookingAt (the library's Consume): a match starting at the first character.
Pcre2Pattern::Match consume(const Pcre2Pattern &re, QStringView s)
{
    return re.match(s, 0, true);
}

// ICU's replacement syntax ($n, greedy digits up to the group count), as far as the
// metadata uses it; false for anything else (a backslash, "$" without a digit), so the
// caller declines rather than guess.
bool expand(QStringView rule, const Pcre2Pattern::Match &m, int groups, QString *out)
{
    for (qsizetype i = 0; i < rule.size(); ++i) {
        const QChar c = rule.at(i);
        if (c == QLatin1Char('\\'))
            return false;
        if (c != QLatin1Char('$')) {
            out->append(c);
            continue;
        }
        int group = -1;
        while (i + 1 < rule.size() && rule.at(i + 1).isDigit() && rule.at(i + 1).unicode() < 0x80) {
            const int next = (group < 0 ? 0 : group * 10) + (rule.at(i + 1).unicode() - u'0');
            if (next > groups)
                break;
            group = next;
            ++i;
        }
        if (group < 0)
            return false;
        out->append(m.capturedView(group));
    }
    return true;
}

enum class Length { Possible, LocalOnly, TooShort, TooLong, InvalidLength };

struct Desc
{
    std::vector<int> lengths;
    Pcre2Pattern whole;
    bool hasPattern = false;

    void load(const PhoneNumberDesc &d)
    {
        lengths.assign(d.possible_length().begin(), d.possible_length().end());
        hasPattern = !d.national_number_pattern().empty();
        if (hasPattern)
            whole = compiled(d.national_number_pattern(), true);
    }
    bool valid() const { return !hasPattern || whole.isValid(); }
    // MatchNationalNumber: an empty pattern matches nothing.
    bool matchesPattern(QStringView nsn) const { return hasPattern && fullMatch(whole, nsn); }
    // IsNumberMatchingDesc: the possible lengths first, when the type lists any.
    bool matches(QStringView nsn) const
    {
        if (!lengths.empty() && std::find(lengths.begin(), lengths.end(), int(nsn.size())) == lengths.end())
            return false;
        return matchesPattern(nsn);
    }
};

struct Format
{
    bool hasLeading = false;
    Pcre2Pattern leading; // the last leading_digits_pattern, the most detailed
    Pcre2Pattern whole;
    Pcre2Pattern search; // GlobalReplace finds matches anywhere
    int groups = 0;
    QString format;
    QString nationalRule;
};

// One metadata entry with its patterns compiled, for one thread.
struct Region
{
    bool usable = false;
    const PhoneMetadata *meta = nullptr;
    QString id;
    int countryCode = 0;
    Desc general;
    // GetNumberTypeHelper's order before fixed line and mobile.
    std::array<Desc, 8> special;
    Desc fixedLine;
    Desc mobile;
    std::vector<int> localOnly;
    bool hasNationalPrefix = false;
    Pcre2Pattern nationalPrefix;
    int nationalPrefixGroups = 0;
    QString transformRule;
    Pcre2Pattern internationalPrefix;
    bool hasLeadingDigits = false;
    Pcre2Pattern leadingDigits;
    std::vector<Format> nationalFormats;
    std::vector<Format> intlFormats;

    explicit Region(const PhoneMetadata &m)
        : meta(&m)
        , id(QString::fromStdString(m.id()))
        , countryCode(m.country_code())
    {
        general.load(m.general_desc());
        const PhoneNumberDesc *specials[] = {&m.premium_rate(), &m.toll_free(),       &m.shared_cost(), &m.voip(),
                                             &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()};
        for (size_t i = 0; i < special.size(); ++i)
            special[i].load(*specials[i]);
        fixedLine.load(m.fixed_line());
        mobile.load(m.mobile());
        localOnly.assign(m.general_desc().possible_length_local_only().begin(),
                         m.general_desc().possible_length_local_only().end());
        hasNationalPrefix = !m.national_prefix_for_parsing().empty();
        nationalPrefix = compiled(m.national_prefix_for_parsing(), false);
        nationalPrefixGroups = nationalPrefix.captureCount();
        transformRule = QString::fromStdString(m.national_prefix_transform_rule());
        internationalPrefix = compiled(m.international_prefix(), false);
        hasLeadingDigits = m.has_leading_digits();
        leadingDigits = compiled(m.leading_digits(), false);
        bool ok = general.valid() && fixedLine.valid() && mobile.valid() && nationalPrefix.isValid()
            && internationalPrefix.isValid() && leadingDigits.isValid()
            // TestNumberLength reads the first general length without looking.
            && !general.lengths.empty();
        for (const Desc &d : special)
            ok = ok && d.valid();
        ok = loadFormats(m.number_format(), &nationalFormats) && ok;
        ok = loadFormats(m.intl_number_format(), &intlFormats) && ok;
        usable = ok;
    }

    static bool loadFormats(const google::protobuf::RepeatedPtrField<NumberFormat> &from, std::vector<Format> *to)
    {
        bool ok = true;
        for (const NumberFormat &nf : from) {
            Format f;
            f.hasLeading = nf.leading_digits_pattern_size() > 0;
            if (f.hasLeading)
                f.leading = compiled(nf.leading_digits_pattern(nf.leading_digits_pattern_size() - 1), false);
            f.whole = compiled(nf.pattern(), true);
            f.search = compiled(nf.pattern(), false);
            f.groups = f.search.captureCount();
            f.format = QString::fromStdString(nf.format());
            f.nationalRule = QString::fromStdString(nf.national_prefix_formatting_rule());
            ok = ok && f.whole.isValid() && f.search.isValid() && (!f.hasLeading || f.leading.isValid());
            to->push_back(std::move(f));
        }
        return ok;
    }

    // TestNumberLength for an unknown type: the general description's lengths.
    Length testLength(QStringView number) const
    {
        if (general.lengths.front() == -1)
            return Length::InvalidLength;
        const int n = int(number.size());
        if (std::find(localOnly.begin(), localOnly.end(), n) != localOnly.end())
            return Length::LocalOnly;
        if (general.lengths.front() == n)
            return Length::Possible;
        if (general.lengths.front() > n)
            return Length::TooShort;
        if (general.lengths.back() < n)
            return Length::TooLong;
        return std::find(general.lengths.begin() + 1, general.lengths.end(), n) != general.lengths.end()
            ? Length::Possible
            : Length::InvalidLength;
    }

    // GetNumberTypeHelper(...) != UNKNOWN.
    bool hasType(QStringView nsn) const
    {
        if (!general.matches(nsn))
            return false;
        for (const Desc &d : special) {
            if (d.matches(nsn))
                return true;
        }
        if (fixedLine.matches(nsn))
            return true;
        return !meta->same_mobile_and_fixed_line_pattern() && mobile.matches(nsn);
    }

    // MaybeStripNationalPrefixAndCarrierCode (the carrier code is never kept: Parse
    // without raw input drops it). False when unsure (a replacement rule this file does
    // not read).
    bool stripNationalPrefix(QString *number) const
    {
        if (number->isEmpty() || !hasNationalPrefix)
            return true;
        const Pcre2Pattern::Match m = consume(nationalPrefix, *number);
        if (!m.hasMatch())
            return true;
        // The library asks this first; only needed once a prefix is found.
        const bool viableOriginal = general.matchesPattern(*number);
        if (!transformRule.isEmpty()) {
            // Consume(&carrier, &captured) needs two groups, Consume(&captured) one.
            const QStringView captured = nationalPrefixGroups >= 2 ? m.capturedView(2)
                : nationalPrefixGroups == 1                      ? m.capturedView(1)
                                                                 : QStringView();
            if (!captured.isEmpty()) {
                // Replace() finds the first match, which is this one: it starts at 0.
                QString transformed;
                if (!expand(transformRule, m, nationalPrefixGroups, &transformed))
                    return false;
                transformed += QStringView(*number).mid(m.capturedEnd(0));
                if (viableOriginal && !general.matchesPattern(transformed))
                    return true;
                *number = transformed;
                return true;
            }
        }
        const QString rest = number->mid(m.capturedEnd(0));
        if (viableOriginal && !general.matchesPattern(rest))
            return true;
        *number = rest;
        return true;
    }
};

} // namespace

struct PhoneFastPath::Tables
{
    std::vector<std::unique_ptr<Region>> regions;

    Region *at(int index)
    {
        if (index < 0)
            return nullptr;
        if (regions.empty())
            regions.resize(size_t(metadata().collection.metadata_size()));
        std::unique_ptr<Region> &r = regions[size_t(index)];
        if (!r)
            r = std::make_unique<Region>(metadata().collection.metadata(index));
        return r.get();
    }

    // GetMetadataForRegionOrCallingCode(code, GetRegionCodeForCountryCode(code)).
    Region *mainFor(int countryCode)
    {
        if (countryCode <= 0 || countryCode >= 1000)
            return nullptr;
        const std::vector<int> &list = metadata().codeEntries[size_t(countryCode)];
        return list.empty() ? nullptr : at(list.front());
    }

    // GetRegionCodeForNumber: nullptr for "ZZ". *unsure when a region it had to ask
    // could not compile its patterns.
    Region *regionOf(int countryCode, QStringView nsn, bool *unsure)
    {
        *unsure = false;
        if (countryCode <= 0 || countryCode >= 1000)
            return nullptr;
        const std::vector<int> &list = metadata().codeEntries[size_t(countryCode)];
        if (list.size() == 1)
            return at(list.front());
        for (int index : list) {
            Region *r = at(index);
            if (!r->usable) {
                *unsure = true;
                return nullptr;
            }
            if (r->hasLeadingDigits ? consume(r->leadingDigits, nsn).hasMatch() : r->hasType(nsn))
                return r;
        }
        return nullptr;
    }

    // ExtractCountryCode: the first 1 to 3 digits that are a known calling code.
    int extractCountryCode(QString *number) const
    {
        if (number->isEmpty() || number->at(0) == QLatin1Char('0'))
            return 0;
        for (int i = 1; i <= kMaxLengthCountryCode; ++i) {
            const QStringView head = QStringView(*number).left(i);
            const int code = head.toInt();
            if (code > 0 && code < 1000 && !metadata().codeEntries[size_t(code)].empty()) {
                number->remove(0, head.size());
                return code;
            }
        }
        return 0;
    }
};

PhoneFastPath::PhoneFastPath()
    : m_tables(new Tables)
{
}

PhoneFastPath::~PhoneFastPath()
{
    delete m_tables;
}

PhoneFastPath &PhoneFastPath::forThisThread()
{
    thread_local PhoneFastPath fastPath;
    return fastPath;
}

std::optional<PhoneFastPath::Parsed> PhoneFastPath::parse(QStringView plain, const QString &region)
{
    if (!m_enabled)
        return std::nullopt;
    const bool plus = plain.startsWith(QLatin1Char('+'));
    const QStringView digits = plus ? plain.mid(1) : plain;
    // Fewer than three digits may not be viable (IsViablePhoneNumber); more than 17 are
    // the library's to reject.
    if (digits.size() < 3 || digits.size() > kMaxLengthForNsn)
        return std::nullopt;
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const int homeIndex = regionIndexOf(region);
    Region *home = m_tables->at(homeIndex);
    if ((home && !home->usable) || (!plus && !home))
        return std::nullopt; // no country calling code to go by: INVALID_COUNTRY_CODE_ERROR

    // MaybeExtractCountryCode.
    QString number = digits.toString();
    int countryCode = 0;
    bool fromNumber = plus;
    if (!plus) {
        const Pcre2Pattern::Match idd = consume(home->internationalPrefix, number);
        // ParsePrefixAsIdd: not when the next digit is 0, as no calling code starts so.
        if (idd.hasMatch() && (idd.capturedEnd(0) >= number.size() || number.at(idd.capturedEnd(0)) != QLatin1Char('0'))) {
            number.remove(0, idd.capturedEnd(0));
            fromNumber = true;
        }
    }
    if (fromNumber) {
        if (number.size() <= kMinLengthForNsn)
            return std::nullopt; // TOO_SHORT_AFTER_IDD
        countryCode = m_tables->extractCountryCode(&number);
        if (countryCode == 0)
            return std::nullopt; // INVALID_COUNTRY_CODE_ERROR
    } else {
        // The region's own calling code typed without "+": kept when the number is not
        // viable with it but is without it, or is too long with it.
        const QString own = QString::number(home->countryCode);
        if (number.startsWith(own)) {
            QString potential = number.mid(own.size());
            if (!home->stripNationalPrefix(&potential))
                return std::nullopt;
            if ((!home->general.matchesPattern(number) && home->general.matchesPattern(potential))
                || home->testLength(number) == Length::TooLong) {
                number = potential;
                countryCode = home->countryCode;
            }
        }
    }

    // ParseHelper: the metadata of the number's calling code, else the home region's.
    Region *meta = home;
    if (countryCode != 0)
        meta = m_tables->mainFor(countryCode);
    else
        countryCode = home->countryCode;
    if (!meta || !meta->usable || number.size() < kMinLengthForNsn)
        return std::nullopt;
    QString potential = number;
    if (!meta->stripNationalPrefix(&potential))
        return std::nullopt;
    const Length length = meta->testLength(potential);
    if (length != Length::TooShort && length != Length::LocalOnly && length != Length::InvalidLength)
        number = potential;
    if (number.size() < kMinLengthForNsn || number.size() > kMaxLengthForNsn)
        return std::nullopt;

    // PhoneNormalizer's isValid: IsValidNumberForRegion at home first, then IsValidNumber
    // (GetRegionCodeForNumber, then that region's types; "ZZ" is valid nowhere).
    if (home && home->countryCode == countryCode && home->hasType(number))
        return Parsed{{countryCode, number}, true};
    bool unsure = false;
    Region *owner = m_tables->regionOf(countryCode, number, &unsure);
    if (unsure || (owner && !owner->usable))
        return std::nullopt;
    return Parsed{{countryCode, number}, owner && owner->hasType(number)};
}

std::optional<PhoneFastPath::Number> PhoneFastPath::parseValid(QStringView plain, const QString &region)
{
    const std::optional<Parsed> parsed = parse(plain, region);
    if (!parsed || !parsed->valid)
        return std::nullopt;
    return parsed->number;
}

void PhoneFastPath::toPhoneNumber(const Number &number, i18n::phonenumbers::PhoneNumber *out)
{
    out->Clear();
    out->set_country_code(number.countryCode);
    // SetItalianLeadingZerosForPhoneNumber: a count only when it is not 1, and the last
    // digit of an all-zero number is not a leading zero.
    const QString &nsn = number.nsn;
    if (nsn.size() > 1 && nsn.at(0) == QLatin1Char('0')) {
        out->set_italian_leading_zero(true);
        int zeros = 1;
        while (zeros < nsn.size() - 1 && nsn.at(zeros) == QLatin1Char('0'))
            ++zeros;
        if (zeros != 1)
            out->set_number_of_leading_zeros(zeros);
    }
    out->set_national_number(nsn.toULongLong());
}

void PhoneFastPath::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

QString PhoneFastPath::e164(const Number &number)
{
    return QLatin1Char('+') + QString::number(number.countryCode) + number.nsn;
}

namespace {

// FormatNsn: ChooseFormattingPatternForNumber, then FormatNsnUsingPattern.
std::optional<QString> formatNsn(const std::vector<Format> &formats, const QString &nsn, bool national)
{
    const Format *chosen = nullptr;
    for (const Format &f : formats) {
        if (f.hasLeading && !consume(f.leading, nsn).hasMatch())
            continue;
        if (fullMatch(f.whole, nsn)) {
            chosen = &f;
            break;
        }
    }
    if (!chosen)
        return nsn;
    QString rule = chosen->format;
    if (national && !chosen->nationalRule.isEmpty()) {
        // The first "$d" of the format becomes the national prefix formatting rule, in
        // which "$1" (or "$0") stands for that "$d".
        qsizetype at = -1;
        for (qsizetype i = 0; i + 1 < rule.size(); ++i) {
            if (rule.at(i) == QLatin1Char('$') && rule.at(i + 1).unicode() >= u'0' && rule.at(i + 1).unicode() <= u'9') {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            const QString group = rule.mid(at, 2);
            QString replacement;
            const QString &np = chosen->nationalRule;
            for (qsizetype i = 0; i < np.size(); ++i) {
                if (np.at(i) == QLatin1Char('\\'))
                    return std::nullopt;
                if (np.at(i) != QLatin1Char('$')) {
                    replacement += np.at(i);
                    continue;
                }
                if (i + 1 >= np.size() || (np.at(i + 1) != QLatin1Char('0') && np.at(i + 1) != QLatin1Char('1')))
                    return std::nullopt;
                if (i + 2 < np.size() && np.at(i + 2).isDigit())
                    return std::nullopt;
                replacement += group;
                ++i;
            }
            rule.replace(at, 2, replacement);
        }
    }
    // GlobalReplace: every match found left to right, the text between kept.
    QString out;
    qsizetype last = 0;
    for (;;) {
        const Pcre2Pattern::Match m = chosen->search.match(nsn, last);
        if (!m.hasMatch())
            break;
        if (m.capturedLength(0) == 0)
            return std::nullopt; // ICU and PCRE step past empty matches differently
        out += QStringView(nsn).mid(last, m.capturedStart(0) - last);
        if (!expand(rule, m, chosen->groups, &out))
            return std::nullopt;
        last = m.capturedEnd(0);
    }
    out += QStringView(nsn).mid(last);
    return out;
}

} // namespace

std::optional<QString> PhoneFastPath::international(const Number &number)
{
    const Region *meta = m_tables->mainFor(number.countryCode);
    if (!meta || !meta->usable)
        return std::nullopt;
    const std::optional<QString> nsn
        = formatNsn(meta->intlFormats.empty() ? meta->nationalFormats : meta->intlFormats, number.nsn, false);
    if (!nsn)
        return std::nullopt;
    return QLatin1Char('+') + QString::number(number.countryCode) + QLatin1Char(' ') + *nsn;
}

std::optional<QString> PhoneFastPath::national(const Number &number)
{
    const Region *meta = m_tables->mainFor(number.countryCode);
    if (!meta || !meta->usable)
        return std::nullopt;
    return formatNsn(meta->nationalFormats, number.nsn, true);
}

std::optional<QString> PhoneFastPath::regionOf(const Number &number)
{
    bool unsure = false;
    const Region *r = m_tables->regionOf(number.countryCode, number.nsn, &unsure);
    if (unsure)
        return std::nullopt;
    return r ? r->id : QStringLiteral("ZZ");
}

int PhoneFastPath::countryCodeFor(const QString &region)
{
    const int index = regionIndexOf(region);
    return index < 0 ? 0 : metadata().collection.metadata(index).country_code();
}

} // namespace Kempt
