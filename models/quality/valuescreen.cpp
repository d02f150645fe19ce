#include "quality/valuescreen.h"

#include <QChar>
#include <QDate>

namespace Kempt {

bool ValueScreen::mayNeedWhitespaceClean(QStringView value)
{
    bool previousSpace = true; // a space at the start needs cleaning
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (previousSpace)
                return true;
            previousSpace = true;
            continue;
        }
        previousSpace = false;
        if (u < 0x20 || u == 0x7f)
            return true;
        if (u >= 0x80 && (c.isSpace() || c.category() == QChar::Other_Control))
            return true;
    }
    return !value.isEmpty() && previousSpace; // a space at the end
}

bool ValueScreen::mayNeedUnicodeClean(QStringView value)
{
    for (QChar c : value) {
        const char16_t u = c.unicode();
        // Latin, Greek-free Latin extensions and the basic Cyrillic block hold no
        // combining marks, invisible characters or Arabic letters; the soft hyphen is
        // the one piece of debris below U+0300.
        if (u < 0x300 ? u == 0xAD : !(u >= 0x400 && u <= 0x4FF))
            return true;
    }
    return false;
}

bool ValueScreen::mayNeedPersonTitleCase(QStringView value)
{
    qsizetype start = 0;
    while (start < value.size()) {
        qsizetype end = start;
        while (end < value.size() && value.at(end).unicode() != u' ')
            ++end;
        const QStringView word = value.mid(start, end - start);
        start = end + 1;
        if (word.isEmpty())
            continue;
        bool anyCased = false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const QChar c = word.at(i);
            if (!c.isLetter())
                return true; // hyphens, apostrophes, dots and digits have rules of their own
            const bool cased = c.isUpper() || c.isLower() || c.isTitleCase();
            anyCased = anyCased || cased;
            if (cased && (i == 0 ? !c.isUpper() : !c.isLower()))
                return true;
            // Letters whose case does not map back one to one (İ lowers to i plus a dot,
            // ſ uppers to S, ß to SS) come out of lowering and capitalising changed.
            if (cased && c.unicode() >= 0x80) {
                const QChar other = i == 0 ? c.toLower() : c.toUpper();
                if (other == c || (i == 0 ? other.toUpper() : other.toLower()) != c)
                    return true;
            }
        }
        if (anyCased && (word.size() < 2 || word.startsWith(u"Mc")))
            return true;
    }
    return false;
}

bool ValueScreen::isIsoDate(QStringView value)
{
    if (value.size() != 10 || value.at(4) != u'-' || value.at(7) != u'-')
        return false;
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (int i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const char16_t u = value.at(i).unicode();
        if (u < u'0' || u > u'9')
            return false;
        parts[part] = parts[part] * 10 + (u - u'0');
    }
    return parts[0] >= 1800 && QDate::isValid(parts[0], parts[1], parts[2]);
}

bool ValueScreen::looksLikeCountryCode(QStringView value)
{
    return value.size() == 2 && value.at(0).unicode() >= u'A' && value.at(0).unicode() <= u'Z'
        && value.at(1).unicode() >= u'A' && value.at(1).unicode() <= u'Z';
}

bool ValueScreen::spellsStoredPhone(QStringView text, QStringView e164, bool national)
{
    if (e164.size() < 4 || e164.at(0) != u'+')
        return false;
    const QStringView stored = e164.mid(1);
    for (QChar c : stored)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false; // an extension or something unexpected: let the normalizer judge
    char16_t digits[32];
    int count = 0;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= u'0' && u <= u'9') {
            if (count == 32)
                return false;
            digits[count++] = u;
        } else if (u == u'+' && i == 0) {
            plus = true;
        } else if (u != u' ' && u != u'-' && u != u'(' && u != u')' && u != u'.' && u != u'/') {
            return false;
        }
    }
    if (national == plus)
        return false;
    QStringView spelled(digits, count);
    if (!national)
        return spelled == stored;
    // The national form is the trunk prefix (0) followed by the number without its country
    // code, which takes one to three digits.
    if (!spelled.startsWith(u'0'))
        return false;
    spelled = spelled.mid(1);
    const qsizetype codeLength = stored.size() - spelled.size();
    return spelled.size() >= 4 && codeLength >= 1 && codeLength <= 3 && stored.endsWith(spelled);
}

} // namespace Kempt
