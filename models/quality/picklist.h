#pragma once

#include "quality/verdict.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Kempt {

// The values a field allows (a lead source, an industry, a stage) and the other ways
// people write them. Values and synonyms are compared by UnicodeHygiene::matchKey with
// spacing tidied, so "e-mail campaign", "E-Mail  Campaign" and "E‑MAIL CAMPAIGN" are one.
//
// JSON: {"values": ["Website", "Referral"], "synonyms": {"web": "Website"}}.
class Picklist
{
public:
    Picklist() = default;
    explicit Picklist(const QStringList &values, const QHash<QString, QString> &synonyms = {});

    // Adds an allowed value; false when it is empty or already allowed.
    bool addValue(const QString &value);
    // Makes synonym stand for value; false when value is not allowed, or the synonym is
    // empty or already stands for something (a value or another synonym).
    bool addSynonym(const QString &synonym, const QString &value);

    QStringList values() const { return m_values; }
    QHash<QString, QString> synonyms() const { return m_synonyms; }
    bool isEmpty() const { return m_values.isEmpty(); }

    // Valid for an allowed value written exactly; Warning with the allowed value as
    // normalized for another spelling of it or a synonym; Invalid, listing the allowed
    // values, for anything else. Empty stays empty and valid.
    Verdict check(const QString &value) const;

    QJsonObject toJson() const;
    // Reads what toJson() writes. On a problem returns an empty list and, when error is
    // given, a sentence naming the entry at fault.
    static Picklist fromJson(const QJsonObject &json, QString *error = nullptr);

private:
    static QString keyOf(const QString &text);

    QStringList m_values;
    QHash<QString, QString> m_synonyms;   // as written → value
    QHash<QString, QString> m_byKey;      // key of a value or synonym → value
};

} // namespace Kempt
