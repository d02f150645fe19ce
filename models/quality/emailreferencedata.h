#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Kempt {

// The lists EmailValidator consults, read once from resources/quality/ (compiled into
// the library): existing top-level domains, big mail providers, mistyped top-level
// domains, role mailboxes and placeholders. Immutable after loading, so all threads
// share the one instance.
class EmailReferenceData
{
public:
    struct Provider {
        QString domain; // "gmail.com"
        QString name;   // everything before the last dot: "gmail"
        QString tld;    // "com"
    };

    static const EmailReferenceData &instance();

    // label in lower case, Unicode ("рф") or punycode ("xn--p1ai").
    bool isTopLevelDomain(const QString &label) const { return m_tlds.contains(label); }
    int topLevelDomainCount() const { return int(m_tlds.size()); }
    bool isProvider(const QString &asciiDomain) const { return m_providers.contains(asciiDomain); }
    // Providers worth suggesting for a typo, most used first.
    const QList<Provider> &typoTargets() const { return m_typoTargets; }
    // "con" -> "com"; empty when the label is not a known typo.
    QString correctedTopLevelDomain(const QString &label) const { return m_tldTypos.value(label); }
    // Lower case, "+tag" and . - _ removed, as roleKey() makes it.
    bool isRole(const QString &key) const { return m_roles.contains(key); }
    static QString roleKey(const QString &localPart);
    bool isPlaceholderText(const QString &lowerText) const { return m_placeholderTexts.contains(lowerText); }
    bool isPlaceholderWord(const QString &lowerWord) const { return m_placeholderWords.contains(lowerWord); }

private:
    EmailReferenceData();

    QSet<QString> m_tlds;
    QSet<QString> m_providers;
    QList<Provider> m_typoTargets;
    QHash<QString, QString> m_tldTypos;
    QSet<QString> m_roles;
    QSet<QString> m_placeholderTexts;
    QSet<QString> m_placeholderWords;
};

} // namespace Kempt
