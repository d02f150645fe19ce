#include "dedup/dedupcorpus.h"

#include "dedup/doublemetaphone.h"
#include "dedup/nicknametable.h"

#include <atomic>

namespace Kempt {

namespace {

// The digits a phone is compared by: the last eight, so that one number written with and
// without its country code (or parsed with the wrong default country) is one number.
QString phoneKey(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c == QLatin1Char(';'))
            break;
        if (c.isDigit())
            digits += c;
    }
    return digits.size() > 8 ? digits.right(8) : digits;
}

} // namespace

DedupCorpus::DedupCorpus()
{
    static std::atomic<quint64> serials{0};
    m_serial = ++serials;
}

ValuePool &DedupCorpus::pool(int field)
{
    return const_cast<ValuePool &>(static_cast<const DedupCorpus *>(this)->pool(field));
}

const ValuePool &DedupCorpus::pool(int field) const
{
    switch (field) {
    case MatchField::Given:
    case MatchField::Surname: return m_names_;
    case MatchField::Email: return m_emails;
    case MatchField::Phone: return m_phones;
    case MatchField::Company: return m_companies;
    case MatchField::Birthday: return m_birthdays;
    case MatchField::Street: return m_streets;
    case MatchField::City: return m_cities;
    case MatchField::Postcode: return m_postcodes;
    default: return m_countries;
    }
}

int DedupCorpus::internName(const QString &folded, const QString &native, int field, bool count)
{
    if (folded.isEmpty())
        return -1;
    const int before = m_names_.size();
    const int id = m_names_.intern(folded, false);
    if (id == before) {
        Name n;
        const QString first = folded.section(QLatin1Char(' '), 0, 0);
        const DoubleMetaphone::Codes codes = DoubleMetaphone::encode(folded.size() > 1 ? folded : QString());
        n.dmPrimary = codes.primary;
        n.dmAlternate = codes.alternate;
        const NicknameTable &nicknames = NicknameTable::shipped();
        n.nicknames = nicknames.groups(first);
        if (n.nicknames.isEmpty() && !native.isEmpty())
            n.nicknames = nicknames.groups(native.section(QLatin1Char(' '), 0, 0));
        n.initial = folded.size() == 1;
        m_names.push_back(n);
        m_givenCounts << 0;
        m_surnameCounts << 0;
    }
    if (count) {
        if (field == MatchField::Given) {
            ++m_givenCounts[id];
            ++m_givenTotal;
        } else {
            ++m_surnameCounts[id];
            ++m_surnameTotal;
        }
    }
    return id;
}

int DedupCorpus::add(const QString &id, const PreparedRecord &r, bool count)
{
    Row row;
    row.given = internName(r.given, r.givenNative, MatchField::Given, count);
    row.surname = internName(r.surname, r.surnameNative, MatchField::Surname, count);
    for (int i = 0, n = 0; i < r.emails.size() && n < MaxValues; ++i)
        row.email[n++] = m_emails.intern(r.emails.at(i), count);
    for (int i = 0, n = 0; i < r.emailUsers.size() && n < MaxValues; ++i)
        row.user[n++] = m_users.intern(r.emailUsers.at(i), count);
    for (int i = 0, n = 0; i < r.phones.size() && n < MaxValues; ++i) {
        const QString key = phoneKey(r.phones.at(i));
        if (key.size() < 6)
            continue;
        row.phoneText[n] = m_phoneTexts.intern(r.phones.at(i), false);
        row.phone[n++] = m_phones.intern(key, count);
    }
    row.company = m_companies.intern(r.company, count);
    if (r.birthday > 0) {
        const int before = m_birthdays.size();
        row.birthday = m_birthdays.intern(QString::number(r.birthday), count);
        if (row.birthday == before)
            m_birthdayValues << r.birthday;
    }
    row.street = m_streets.intern(r.street, count);
    row.city = m_cities.intern(r.city, count);
    row.postcode = m_postcodes.intern(r.postcode, count);
    row.country = m_countries.intern(r.country, count);
    m_rows.push_back(row);
    m_ids << id;
    return int(m_rows.size()) - 1;
}

int DedupCorpus::roleCount(int field, int nameId) const
{
    return field == MatchField::Given ? m_givenCounts.at(nameId) : m_surnameCounts.at(nameId);
}

void DedupCorpus::setRoleCount(int field, int nameId, int count)
{
    if (field == MatchField::Given)
        m_givenCounts[nameId] = count;
    else
        m_surnameCounts[nameId] = count;
}

void DedupCorpus::setRoleTotal(int field, qint64 total)
{
    if (field == MatchField::Given)
        m_givenTotal = total;
    else
        m_surnameTotal = total;
}

double DedupCorpus::frequency(int field, int valueId) const
{
    if (valueId < 0)
        return 1;
    qint64 count = 0;
    qint64 total = 0;
    if (field == MatchField::Given || field == MatchField::Surname) {
        count = roleCount(field, valueId);
        total = field == MatchField::Given ? m_givenTotal : m_surnameTotal;
    } else {
        const ValuePool &p = pool(field);
        count = p.count(valueId);
        total = p.total();
    }
    if (total <= 0)
        return 1;
    return double(qMax<qint64>(count, 1)) / double(total);
}

double DedupCorpus::userFrequency(int userId) const
{
    if (userId < 0 || m_users.total() <= 0)
        return 1;
    return double(qMax(m_users.count(userId), 1)) / double(m_users.total());
}

} // namespace Kempt
