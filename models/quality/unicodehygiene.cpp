#include "quality/unicodehygiene.h"

namespace Kempt {

namespace {

constexpr char16_t Zwnj = 0x200C;
constexpr char16_t ArabicYeh = 0x064A;
constexpr char16_t AlefMaksura = 0x0649;
constexpr char16_t PersianYeh = 0x06CC;
constexpr char16_t ArabicKaf = 0x0643;
constexpr char16_t Keheh = 0x06A9;

// Characters nobody means to store: they only make equal-looking values differ.
bool isInvisibleDebris(char16_t c)
{
    return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x0640
        || c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
}

bool isArabicPresentationForm(char16_t c)
{
    return (c >= 0xFB50 && c <= 0xFDFF && !(c >= 0xFDD0 && c <= 0xFDEF))
        || (c >= 0xFE70 && c <= 0xFEFE);
}

bool isLetterOrMark(QChar c)
{
    return c.isLetter() || c.isMark();
}

bool isUrduLetter(char16_t c)
{
    return c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06D2
        || c == 0x06BE || c == 0x06C3;
}

bool hasArabicScript(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Arabic)
            return true;
    }
    return false;
}

// Runs of ZWNJ become one; a ZWNJ without a letter on both sides joins nothing.
QString tidyZwnj(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() != Zwnj) {
            out.append(c);
            continue;
        }
        qsizetype next = i + 1;
        while (next < text.size() && text.at(next).unicode() == Zwnj)
            ++next;
        const bool letterBefore = !out.isEmpty() && isLetterOrMark(out.back());
        const bool letterAfter = next < text.size() && isLetterOrMark(text.at(next));
        if (letterBefore && letterAfter)
            out.append(c);
        i = next - 1;
    }
    return out;
}

bool endsWord(const QString &text, qsizetype i)
{
    qsizetype next = i + 1;
    while (next < text.size() && text.at(next).isMark())
        ++next;
    return next >= text.size() || !text.at(next).isLetter();
}

QString unifyArabicLetters(const QString &text)
{
    if (!hasArabicScript(text))
        return text;
    for (QChar c : text) {
        if (isUrduLetter(c.unicode()))
            return text;
    }
    QString out = text;
    const bool persian = UnicodeHygiene::looksPersian(text);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        if (persian) {
            if (c == ArabicYeh || c == AlefMaksura)
                out[i] = QChar(PersianYeh);
            else if (c == ArabicKaf)
                out[i] = QChar(Keheh);
        } else {
            if (c == Keheh)
                out[i] = QChar(ArabicKaf);
            else if (c == PersianYeh)
                out[i] = QChar(endsWord(out, i) ? AlefMaksura : ArabicYeh);
        }
    }
    return out;
}

} // namespace

bool UnicodeHygiene::looksPersian(const QString &text)
{
    int persianForms = 0;
    int arabicForms = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || (c >= 0x06F0 && c <= 0x06F9))
            return true;
        if (c == Zwnj && i > 0 && i + 1 < text.size() && text.at(i - 1).script() == QChar::Script_Arabic
            && text.at(i + 1).script() == QChar::Script_Arabic)
            return true;
        if (c == PersianYeh || c == Keheh)
            ++persianForms;
        else if (c == ArabicYeh || c == ArabicKaf || c == AlefMaksura)
            ++arabicForms;
    }
    return persianForms > 0 && persianForms >= arabicForms;
}

QString UnicodeHygiene::clean(const QString &text)
{
    QString stripped;
    stripped.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (isInvisibleDebris(u))
            continue;
        if (isArabicPresentationForm(u))
            stripped.append(QString(c).normalized(QString::NormalizationForm_KC));
        else
            stripped.append(c);
    }
    return unifyArabicLetters(tidyZwnj(stripped.normalized(QString::NormalizationForm_C)));
}

QString UnicodeHygiene::matchKey(const QString &text)
{
    QString folded = clean(text).toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    folded.replace(QChar(0x00DF), QLatin1String("ss")); // Qt folds simply; Straße = STRASSE
    const QString decomposed = folded.normalized(QString::NormalizationForm_D);

    QString out;
    out.reserve(decomposed.size());
    QChar::Script baseScript = QChar::Script_Unknown;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            if (baseScript == QChar::Script_Latin || baseScript == QChar::Script_Greek
                || baseScript == QChar::Script_Arabic)
                continue;
            out.append(c);
            continue;
        }
        baseScript = c.script();
        const char16_t u = c.unicode();
        if (u == AlefMaksura || u == PersianYeh)
            out.append(QChar(ArabicYeh));
        else if (u == Keheh)
            out.append(QChar(ArabicKaf));
        else if (u == 0x0629 || u == 0x06D5)
            out.append(QChar(0x0647));
        else if (u == 0x0671)
            out.append(QChar(0x0627));
        else if (u >= 0x0660 && u <= 0x0669)
            out.append(QChar(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9)
            out.append(QChar(u'0' + (u - 0x06F0)));
        else if (u != Zwnj)
            out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace Kempt
