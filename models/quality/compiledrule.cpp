#include "quality/compiledrule.h"
#include "quality/companynormalizer.h"
#include "quality/countrynormalizer.h"
#include "quality/emailreferencedata.h"
#include "quality/legalformtable.h"
#include "quality/phonenormalizer.h"
#include "quality/rulememo.h"
#include "quality/unicodehygiene.h"
#include "quality/valuescreen.h"
#include "quality/whitespace.h"

namespace Kempt {

namespace {

using Kind = StyleGuideRule::Kind;

// The normalizers keep no state of their own: one instance serves every rule and thread.
const PhoneNormalizer kPhone;
const CountryNormalizer kCountry;
const CompanyNormalizer kCompany;

const QSet<QString> &countryCodes()
{
    static const QSet<QString> codes = [] {
        const QStringList list = CountryNormalizer::codes();
        return QSet<QString>(list.begin(), list.end());
    }();
    return codes;
}

NameCaser::Kind caserKind(QualityField field)
{
    switch (field) {
    case QualityField::Salutation:
    case QualityField::FirstName:
    case QualityField::MiddleName:
    case QualityField::LastName:
    case QualityField::DisplayName:
        return NameCaser::Person;
    default:
        // Company names, job titles, departments: connectives stay small, acronyms capital.
        return NameCaser::Company;
    }
}

DateNormalizer::Order orderFromName(const QString &name)
{
    if (name == QLatin1String("mdy"))
        return DateNormalizer::MonthFirst;
    if (name == QLatin1String("ymd"))
        return DateNormalizer::Iso;
    return DateNormalizer::DayFirst;
}

CompiledRule::Outcome changedTo(const QString &value, const QString &fixed)
{
    CompiledRule::Outcome o;
    if (fixed != value) {
        o.changes = true;
        o.fixed = fixed;
    }
    return o;
}

} // namespace

CompiledRule CompiledRule::compile(const StyleGuideRule &rule, const QDateTime &now)
{
    CompiledRule c;
    c.m_rule = rule;
    c.m_serial = RuleMemo::nextSerial();
    for (const QString &key : rule.fields) {
        const QualityField f = QualityRecord::fieldForKey(rule.entity, key);
        if (f != QualityField::Count)
            c.m_fields.append(f);
    }
    const QJsonObject &p = rule.params;
    c.m_anyOf = RuleParams::anyOf(p);
    c.m_collapse = RuleParams::collapse(p);
    if (!NameCaser::casingFromName(RuleParams::casing(p), &c.m_casing))
        c.m_casing = NameCaser::Keep;
    for (const QString &word : RuleParams::exceptions(p))
        c.m_exceptions.insert(word.toCaseFolded(), word);
    c.m_national = RuleParams::nationalDisplay(p);
    c.m_email.setLowercaseLocalPart(RuleParams::lowercaseLocalPart(p));
    if (rule.kind == Kind::Picklist) {
        c.m_picklist = Picklist::fromJson(p);
        const QStringList values = c.m_picklist.values();
        c.m_picklistValues = QSet<QString>(values.begin(), values.end());
    }
    c.m_order = orderFromName(RuleParams::dateOrder(p));
    c.m_months = RuleParams::months(p);
    c.m_staleBefore = now.toUTC().addMonths(-c.m_months).toString(Qt::ISODate);
    c.m_conflict = RuleParams::conflict(p);
    for (const QString &tag : RuleParams::tags(p))
        c.m_consentTags.insert(tag.trimmed().toCaseFolded());
    return c;
}

int CompiledRule::stage() const
{
    // Each rule sees the value as the fixes before it left it: invisible characters and
    // spacing go first, the country before the phones that are read in it, and presence
    // is judged on what will be stored.
    switch (m_rule.kind) {
    case Kind::Unicode: return 0;
    case Kind::Whitespace: return 1;
    case Kind::Country: return 2;
    case Kind::LegalForm: return 3;
    case Kind::Casing: return 4;
    case Kind::Picklist:
    case Kind::Email:
    case Kind::Date:
        return 5;
    case Kind::Phone: return 6;
    case Kind::Required: return 7;
    case Kind::Stale:
    case Kind::Consent:
        return 8;
    }
    return 8;
}

bool CompiledRule::checksValues() const
{
    return m_rule.kind != Kind::Required && m_rule.kind != Kind::Stale && m_rule.kind != Kind::Consent;
}

bool CompiledRule::hasConsentTag(const QStringList &tags) const
{
    for (const QString &tag : tags)
        if (m_consentTags.contains(tag.trimmed().toCaseFolded()))
            return true;
    return false;
}

CompiledRule::Outcome CompiledRule::check(QualityField field, const QString &value, const QString &region,
                                          const QString &storedE164) const
{
    switch (m_rule.kind) {
    case Kind::Whitespace:
        if (!ValueScreen::mayNeedWhitespaceClean(value))
            return {};
        return changedTo(value, m_collapse ? Whitespace::clean(value) : value.trimmed());
    case Kind::Phone:
        return checkPhone(value, region, storedE164);
    case Kind::Email: {
        // Addresses rarely repeat, so they are not memoised.
        Verdict v = m_email.check(value);
        if (m_rule.entity == Entity::Company && isOnlyARoleWarning(v))
            v.status = Verdict::Valid;
        Outcome o = v.status == Verdict::Invalid || v.normalized.isEmpty() ? Outcome() : changedTo(value, v.normalized);
        o.problem = v.status;
        o.reason = v.reason;
        o.suggestion = v.suggestion;
        return o;
    }
    case Kind::Required:
    case Kind::Stale:
    case Kind::Consent:
        return {};
    default:
        break;
    }
    if (screenedClean(field, value))
        return {};
    // One rule may treat a value two ways (a person's name or a company's; a name or a
    // legal form), so that is part of the key.
    const bool second = (m_rule.kind == Kind::Casing && caserKind(field) == NameCaser::Company)
        || (m_rule.kind == Kind::LegalForm && field == QualityField::LegalForm);
    const quint64 key = m_serial * 2 + (second ? 1 : 0);
    if (const Outcome *known = RuleMemo::find(key, value))
        return *known;
    const Outcome o = compute(field, value);
    RuleMemo::insert(key, value, o);
    return o;
}

// info@ and sales@ are what a company's address should be; the validator's role warning
// is meant for people. It is the only warning when the same domain with a personal local
// part passes.
bool CompiledRule::isOnlyARoleWarning(const Verdict &verdict) const
{
    if (verdict.status != Verdict::Warning || !verdict.suggestion.isEmpty() || verdict.normalized.isEmpty())
        return false;
    const qsizetype at = verdict.normalized.lastIndexOf(QLatin1Char('@'));
    const QString local = verdict.normalized.left(at);
    const EmailReferenceData &data = EmailReferenceData::instance();
    if (at <= 0 || !data.isRole(EmailReferenceData::roleKey(local)))
        return false;
    return m_email.check(QStringLiteral("anna.berg") + verdict.normalized.mid(at)).status == Verdict::Valid;
}

bool CompiledRule::screenedClean(QualityField field, const QString &value) const
{
    switch (m_rule.kind) {
    case Kind::Unicode:
        return !ValueScreen::mayNeedUnicodeClean(value);
    case Kind::Casing:
        return m_casing == NameCaser::Keep
            || (m_casing == NameCaser::Title && m_exceptions.isEmpty() && caserKind(field) == NameCaser::Person
                && !ValueScreen::mayNeedPersonTitleCase(value));
    case Kind::Country:
        return ValueScreen::looksLikeCountryCode(value) && countryCodes().contains(value);
    case Kind::Picklist:
        return m_picklistValues.contains(value);
    case Kind::Date:
        return ValueScreen::isIsoDate(value);
    default:
        return false;
    }
}

CompiledRule::Outcome CompiledRule::compute(QualityField field, const QString &value) const
{
    switch (m_rule.kind) {
    case Kind::Unicode:
        return changedTo(value, UnicodeHygiene::clean(value));
    case Kind::Casing:
        return checkCasing(field, value);
    case Kind::Country:
        return fromVerdict(value, kCountry.check(value));
    case Kind::Picklist:
        return fromVerdict(value, m_picklist.check(value));
    case Kind::Date:
        return fromVerdict(value, DateNormalizer::check(value, m_order));
    case Kind::LegalForm:
        return checkLegalForm(field, value);
    default:
        return {};
    }
}

// For normalizers whose Warning means "another spelling of a good value": that is a
// respelling the rule can store, not a problem.
CompiledRule::Outcome CompiledRule::fromVerdict(const QString &value, const Verdict &verdict)
{
    Outcome o;
    if (verdict.status == Verdict::Invalid) {
        o.problem = Verdict::Invalid;
        o.reason = verdict.reason;
        o.suggestion = verdict.suggestion;
        return o;
    }
    if (verdict.normalized != value) {
        o.changes = true;
        o.fixed = verdict.normalized;
        o.reason = verdict.reason;
    }
    return o;
}

CompiledRule::Outcome CompiledRule::checkCasing(QualityField field, const QString &value) const
{
    QString cased = NameCaser::apply(value, m_casing, caserKind(field));
    if (!m_exceptions.isEmpty())
        cased = applyExceptions(cased);
    return changedTo(value, cased);
}

QString CompiledRule::applyExceptions(const QString &value) const
{
    QString out = value;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= out.size(); ++i) {
        const bool inWord = i < out.size() && out.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            const auto it = m_exceptions.constFind(out.mid(start, i - start).toCaseFolded());
            if (it != m_exceptions.constEnd() && it->size() == i - start)
                out.replace(start, i - start, *it);
            start = -1;
        }
    }
    return out;
}

CompiledRule::Outcome CompiledRule::checkPhone(const QString &value, const QString &region, const QString &storedE164) const
{
    if (!storedE164.isEmpty() && ValueScreen::spellsStoredPhone(value, storedE164, m_national)) {
        Outcome o;
        o.e164 = storedE164;
        return o;
    }
    QString displayed;
    const Verdict v = kPhone.checkAndFormat(value, region, m_national ? PhoneNormalizer::National : PhoneNormalizer::International,
                                            &displayed);
    if (v.status == Verdict::Invalid) {
        Outcome o;
        o.problem = Verdict::Invalid;
        o.reason = v.reason;
        o.suggestion = v.suggestion;
        return o;
    }
    Outcome o = changedTo(value, displayed);
    o.e164 = v.normalized;
    return o;
}

CompiledRule::Outcome CompiledRule::checkLegalForm(QualityField field, const QString &value) const
{
    if (field == QualityField::LegalForm) {
        const LegalFormTable &table = LegalFormTable::shipped();
        const LegalFormTable::Hit hit = table.find(value);
        if (!hit.found())
            return {};
        return changedTo(value, table.form(hit.form).display);
    }
    const Verdict v = kCompany.check(value, NameCaser::Keep);
    if (v.status == Verdict::Invalid || v.normalized.isEmpty())
        return {};
    return changedTo(value, v.normalized);
}

} // namespace Kempt
