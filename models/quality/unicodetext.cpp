#include "quality/unicodetext.h"

#include <QChar>

namespace Kempt {

QString UnicodeText::describe(char32_t c)
{
    const bool visible = c > 0x20 && c != 0x7f && !isUnsafe(c, false) && QChar::category(c) != QChar::Separator_Space;
    if (visible)
        return QStringLiteral("“%1”").arg(QString::fromUcs4(&c, 1));
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool UnicodeText::isUnsafe(char32_t c, bool atStart)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return atStart;
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

QStringView UnicodeText::trimSpaces(QStringView s)
{
    auto isSpace = [](QChar c) { return c == QLatin1Char('\t') || c.category() == QChar::Separator_Space; };
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isSpace(s.at(begin)))
        ++begin;
    while (end > begin && isSpace(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

bool UnicodeText::isAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

char32_t UnicodeText::next(QStringView s, qsizetype &i)
{
    const char16_t u = s.at(i++).unicode();
    if (QChar::isHighSurrogate(u) && i < s.size() && QChar::isLowSurrogate(s.at(i).unicode()))
        return QChar::surrogateToUcs4(u, s.at(i++).unicode());
    return u;
}

int UnicodeText::utf8Length(QStringView s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

} // namespace Kempt
