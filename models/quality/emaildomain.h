#pragma once

#include <QString>
#include <QStringView>

namespace Kempt {

// The part of an e-mail address after the @-sign, checked against what mail systems
// deliver to: a dotted host name (RFC 1035 / 5321 limits) under a real-looking
// top-level domain, internationalised names through IDNA (UTS #46), no IP literals,
// no special-use names (.test, .invalid, .local, .localhost, .onion, .arpa).
class EmailDomain
{
public:
    static EmailDomain parse(QStringView typed);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }     // translated sentence; empty when valid
    QString ascii() const { return m_ascii; }     // "xn--80ak6aa92e.com", lower case
    QString unicode() const { return m_unicode; } // "пример.com", lower case, NFC
    QString topLevelDomain() const;               // last label of ascii()

private:
    static EmailDomain failure(const QString &error);
    static QString checkDotsAndHyphens(QStringView domain);
    static QString checkAsciiCharacters(QStringView domain);
    static QString checkUnicodeCharacters(QStringView domain);
    static QString checkLabels(QStringView ascii);

    QString m_error;
    QString m_ascii;
    QString m_unicode;
};

} // namespace Kempt
