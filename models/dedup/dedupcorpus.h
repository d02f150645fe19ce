#pragma once

#include "dedup/matchfield.h"
#include "dedup/preparedrecord.h"
#include "dedup/valuepool.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

namespace Kempt {

// The records of one run as numbers: every normalized value is interned once (ValuePool),
// with what comparisons need precomputed per distinct value (phonetic codes, nickname
// groups and initials of names; the last eight digits of phones). Counts give the term
// frequencies. Built on one thread; read-only and shareable while pairs are scored.
class DedupCorpus
{
public:
    static constexpr int MaxValues = 3; // e-mails and phones compared per record

    struct Name
    {
        QByteArray dmPrimary;
        QByteArray dmAlternate;
        QList<int> nicknames;
        bool initial = false; // one letter: "K." or "К."
    };

    struct Row
    {
        qint32 given = -1;     // name pool
        qint32 surname = -1;
        qint32 email[MaxValues] = {-1, -1, -1};
        qint32 user[MaxValues] = {-1, -1, -1};
        qint32 phone[MaxValues] = {-1, -1, -1};     // phone pool: the number as compared (last 8 digits)
        qint32 phoneText[MaxValues] = {-1, -1, -1}; // phone text pool: as normalized
        qint32 company = -1;
        qint32 birthday = -1;
        qint32 street = -1;
        qint32 city = -1;
        qint32 postcode = -1;
        qint32 country = -1;
    };

    // count: whether the record's values count towards the term frequencies (a record
    // checked against the workspace is not part of it).
    DedupCorpus();
    int add(const QString &id, const PreparedRecord &record, bool count = true);
    // Different for every corpus made, so caches of comparisons never mix two corpora.
    quint64 serial() const { return m_serial; }
    int size() const { return int(m_rows.size()); }
    const Row &row(int index) const { return m_rows[size_t(index)]; }
    const QString &id(int index) const { return m_ids.at(index); }

    const Name &name(int nameId) const { return m_names[size_t(nameId)]; }
    // The value pool of a field. Given name and surname share one pool, so swapped names
    // compare by number; they are counted per role (roleCount).
    ValuePool &pool(int field);
    const ValuePool &pool(int field) const;
    ValuePool &userPool() { return m_users; }
    const ValuePool &userPool() const { return m_users; }
    ValuePool &phoneTextPool() { return m_phoneTexts; }
    const ValuePool &phoneTextPool() const { return m_phoneTexts; }
    int birthdayValue(int birthdayId) const { return m_birthdayValues.at(birthdayId); }

    // How common a value is among the records that have the field: count / total.
    double frequency(int field, int valueId) const;
    double userFrequency(int userId) const;
    int roleCount(int field, int nameId) const;
    void setRoleCount(int field, int nameId, int count);
    void setRoleTotal(int field, qint64 total);

private:
    int internName(const QString &folded, const QString &native, int field, bool count);

    quint64 m_serial = 0;
    std::vector<Row> m_rows;
    QStringList m_ids;
    ValuePool m_names_;
    std::vector<Name> m_names;
    QList<int> m_givenCounts;
    QList<int> m_surnameCounts;
    qint64 m_givenTotal = 0;
    qint64 m_surnameTotal = 0;
    ValuePool m_emails, m_users, m_phones, m_phoneTexts, m_companies, m_birthdays, m_streets, m_cities, m_postcodes,
        m_countries;
    QList<int> m_birthdayValues;
};

} // namespace Kempt
