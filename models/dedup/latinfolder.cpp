#include "dedup/latinfolder.h"

#include "quality/unicodehygiene.h"

#include <QHash>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace Kempt {

namespace {

constexpr int CacheLimit = 200000;

QString tidy(const QString &text, bool asciiOnly)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool keep = asciiOnly ? ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) : (c.isLetterOrNumber() || c.isMark());
        if (keep) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += asciiOnly ? c : c.toLower();
        } else if (u == '\'' || u == '.' || u == 0x2019 || u == 0x02BC || u == 0x02B9 || u == 0x02BA) {
            // Apostrophes, dots and the prime marks of transliterated soft signs join.
        } else if (asciiOnly && u >= 'A' && u <= 'Z') {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += QChar(u - 'A' + 'a');
        } else {
            space = true;
        }
    }
    return out;
}

class Transliterator
{
public:
    Transliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_icu.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII"),
                                                        UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_icu.reset();
    }

    QString fold(const QString &text)
    {
        if (auto it = m_cache.constFind(text); it != m_cache.constEnd())
            return *it;
        const QString key = UnicodeHygiene::matchKey(text);
        bool ascii = true;
        for (const QChar c : key)
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        QString latin = key;
        if (!ascii && m_icu) {
            icu::UnicodeString u(reinterpret_cast<const UChar *>(key.utf16()), int32_t(key.size()));
            m_icu->transliterate(u);
            latin = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
        }
        const QString folded = tidy(latin, true);
        if (m_cache.size() >= CacheLimit)
            m_cache.clear();
        m_cache.insert(text, folded);
        return folded;
    }

private:
    std::unique_ptr<icu::Transliterator> m_icu;
    QHash<QString, QString> m_cache;
};

} // namespace

QString LatinFolder::fold(const QString &text)
{
    if (text.isEmpty())
        return QString();
    thread_local Transliterator transliterator;
    return transliterator.fold(text);
}

QString LatinFolder::nativeKey(const QString &text)
{
    if (text.isEmpty())
        return QString();
    thread_local QHash<QString, QString> cache;
    if (auto it = cache.constFind(text); it != cache.constEnd())
        return *it;
    const QString key = tidy(UnicodeHygiene::matchKey(text), false);
    if (cache.size() >= CacheLimit)
        cache.clear();
    cache.insert(text, key);
    return key;
}

} // namespace Kempt
