#include "quality/namecaser.h"

#include "quality/normalizerdata.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace Kempt {

namespace {

struct CasingTables
{
    QSet<QString> particles;
    QSet<QString> postParticles;
    QSet<QString> connectives;
    QSet<QString> numerals;
    QHash<QString, QString> macNames;     // folded → spelling
    QHash<QString, QString> acronyms;     // letters key → spelling
    QHash<QString, QString> legalForms;   // letters key → spelling
    QHash<QString, QString> legalPrefixes;
};

QString lettersKey(const QString &word)
{
    QString key;
    for (QChar c : word) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key.toCaseFolded();
}

const CasingTables &tables()
{
    static const CasingTables loaded = [] {
        CasingTables t;
        const QList<QStringList> rows = NormalizerData::tsvRows(QStringLiteral("name_casing.tsv"));
        for (const QStringList &row : rows) {
            if (row.size() < 2)
                continue;
            const QString &kind = row.at(0);
            const QString &word = row.at(1);
            if (kind == QLatin1String("particle"))
                t.particles.insert(word.toCaseFolded());
            else if (kind == QLatin1String("postparticle"))
                t.postParticles.insert(word.toCaseFolded());
            else if (kind == QLatin1String("connective"))
                t.connectives.insert(word.toCaseFolded());
            else if (kind == QLatin1String("numeral"))
                t.numerals.insert(word.toCaseFolded());
            else if (kind == QLatin1String("mac"))
                t.macNames.insert(word.toCaseFolded(), word);
            else if (kind == QLatin1String("acronym"))
                t.acronyms.insert(lettersKey(word), word);
            else if (kind == QLatin1String("legalform"))
                t.legalForms.insert(lettersKey(word), word);
            else if (kind == QLatin1String("legalprefix"))
                t.legalPrefixes.insert(lettersKey(word), word);
        }
        return t;
    }();
    return loaded;
}

// QString::toLower() maps Σ to σ everywhere; Greek writes ς at the end of a word.
QString lowered(const QString &text)
{
    QString out = text.toLower();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).unicode() == 0x03C3 && (i + 1 == out.size() || !out.at(i + 1).isLetter())
            && i > 0 && out.at(i - 1).isLetter())
            out[i] = QChar(0x03C2);
    }
    return out;
}

enum class CaseState { NoCase, Lower, Upper, Capitalised, Mixed };

CaseState caseState(const QString &word)
{
    bool seenCased = false;
    bool firstUpper = false;
    bool laterUpper = false;
    bool anyLower = false;
    for (QChar c : word) {
        const bool upper = c.isUpper() || c.isTitleCase();
        const bool lower = c.isLower();
        if (!upper && !lower)
            continue;
        if (!seenCased)
            firstUpper = upper;
        else if (upper)
            laterUpper = true;
        anyLower = anyLower || lower;
        seenCased = true;
    }
    if (!seenCased)
        return CaseState::NoCase;
    if (!anyLower)
        return CaseState::Upper;
    if (!firstUpper && !laterUpper)
        return CaseState::Lower;
    if (firstUpper && !laterUpper)
        return CaseState::Capitalised;
    return CaseState::Mixed;
}

QString recase(const QString &word, const QString &pattern)
{
    QString letters;
    for (QChar c : pattern) {
        if (c.isLetterOrNumber())
            letters.append(c);
    }
    QString out = word;
    qsizetype next = 0;
    for (qsizetype i = 0; i < out.size() && next < letters.size(); ++i) {
        if (!out.at(i).isLetterOrNumber())
            continue;
        const QChar p = letters.at(next++);
        out[i] = p.isUpper() ? out.at(i).toUpper() : out.at(i).toLower();
    }
    return out;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c.unicode() == 0x2019 || c.unicode() == 0x02BC;
}

// Capitalises one lowercase hyphen-free part: first letter, letters after a dot
// (initials), Mc + capital, and O'Brien-style apostrophes.
QString capitalise(const QString &part)
{
    QString s = part;
    bool capNext = true;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isLetter()) {
            if (capNext)
                s[i] = c.toUpper();
            capNext = false;
        } else if (c == QLatin1Char('.')) {
            capNext = true;
        } else if (c.isDigit()) {
            capNext = false;
        }
    }
    if (s.size() >= 4 && s.startsWith(QLatin1String("Mc")) && s.at(2).isLetter() && s.at(3).isLetter())
        s[2] = s.at(2).toUpper();
    if (s.size() >= 4 && s.at(0).isLetter() && isApostrophe(s.at(1)) && s.at(2).isLetter()
        && s.at(3).isLetter())
        s[2] = s.at(2).toUpper();
    return s;
}

QString capitaliseParts(const QString &lower, bool full, bool particlesAllowed)
{
    const CasingTables &t = tables();
    QStringList parts = lower.split(QLatin1Char('-'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString &part = parts[i];
        if (full && particlesAllowed && i + 1 < parts.size() && t.particles.contains(part))
            continue;
        if (full && t.macNames.contains(part))
            part = t.macNames.value(part);
        else
            part = capitalise(part);
    }
    return parts.join(QLatin1Char('-'));
}

bool isConsonantAcronym(const QString &word)
{
    int letters = 0;
    for (QChar c : word) {
        if (!c.isLetter())
            continue;
        if (c.script() != QChar::Script_Latin || QStringLiteral("AEIOUY").contains(c.toUpper()))
            return false;
        ++letters;
    }
    return letters >= 3;
}

struct Word
{
    qsizetype start = 0;  // of the core within the value
    QString core;         // first to last letter or digit
    QString key;
};

struct Context
{
    NameCaser::Kind kind = NameCaser::Person;
    int index = 0;
    int count = 0;
    int firstNameWord = 0;
    bool valueHasLower = false;
};

QString caseWord(const QString &core, const QString &key, const Context &ctx)
{
    const CasingTables &t = tables();
    const bool company = ctx.kind == NameCaser::Company;
    const CaseState state = caseState(core);
    if (state == CaseState::NoCase)
        return core;
    if (company && state != CaseState::Mixed && t.acronyms.contains(key))
        return recase(core, t.acronyms.value(key));
    if (state == CaseState::Mixed)
        return core;
    if (company && state == CaseState::Upper && (ctx.valueHasLower || isConsonantAcronym(core)))
        return core;
    // A company whose whole name is two or three capitals is an acronym (FBI, UPS), not
    // shouting; a longer name in capitals is more often shouted than meant.
    if (company && state == CaseState::Upper && ctx.count == 1 && core.size() <= 3 && core.size() >= 2)
        return core;
    const bool first = ctx.index == ctx.firstNameWord;
    const bool hasNext = ctx.index + 1 < ctx.count;
    const QString lower = lowered(core);
    if (state == CaseState::Capitalised)
        return capitaliseParts(lower, false, false);
    if (t.particles.contains(lower) && hasNext && (!company || !first))
        return lower;
    if (!company && t.postParticles.contains(lower) && ctx.index > 0)
        return lower;
    if (company && t.connectives.contains(lower) && !first && hasNext)
        return lower;
    if (!company && !first && t.numerals.contains(key))
        return core.toUpper();
    return capitaliseParts(lower, true, !company || !first);
}

QString titleCase(const QString &value, NameCaser::Kind kind)
{
    const CasingTables &t = tables();
    QList<Word> words;
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && !value.at(i).isLetterOrNumber())
            ++i;
        if (i >= value.size())
            break;
        qsizetype end = i;
        qsizetype lastCore = i;
        while (end < value.size() && !value.at(end).isSpace()) {
            if (value.at(end).isLetterOrNumber())
                lastCore = end;
            ++end;
        }
        Word w;
        w.start = i;
        w.core = value.mid(i, lastCore - i + 1);
        w.key = lettersKey(w.core);
        words.append(w);
        i = end;
    }

    Context ctx;
    ctx.kind = kind;
    ctx.count = int(words.size());
    for (QChar c : value)
        ctx.valueHasLower = ctx.valueHasLower || c.isLower();

    // Legal forms: a run at the end of a company's name, or a Russian-style prefix.
    QList<QString> replaced(words.size());
    if (kind == NameCaser::Company && words.size() >= 2) {
        for (qsizetype k = words.size() - 1; k >= 1 && t.legalForms.contains(words.at(k).key); --k)
            replaced[k] = recase(words.at(k).core, t.legalForms.value(words.at(k).key));
        if (t.legalPrefixes.contains(words.first().key)) {
            replaced[0] = recase(words.first().core, t.legalPrefixes.value(words.first().key));
            ctx.firstNameWord = 1;
        }
    }

    // Casing may change a word's length (ß → SS), so the output is built afresh.
    QString out;
    qsizetype copied = 0;
    for (qsizetype k = 0; k < words.size(); ++k) {
        ctx.index = int(k);
        const Word &w = words.at(k);
        out += value.mid(copied, w.start - copied);
        out += replaced.at(k).isNull() ? caseWord(w.core, w.key, ctx) : replaced.at(k);
        copied = w.start + w.core.size();
    }
    out += value.mid(copied);
    return out;
}

} // namespace

QString NameCaser::apply(const QString &value, Casing casing, Kind kind)
{
    switch (casing) {
    case Title:
        return titleCase(value, kind);
    case Upper:
        return value.toUpper();
    case Lower:
        return lowered(value);
    case Keep:
        break;
    }
    return value;
}

QString NameCaser::withCapitalsOf(const QString &word, const QString &pattern)
{
    return recase(word, pattern);
}

QString NameCaser::casingName(Casing casing)
{
    switch (casing) {
    case Title:
        return QStringLiteral("title");
    case Upper:
        return QStringLiteral("upper");
    case Lower:
        return QStringLiteral("lower");
    case Keep:
        break;
    }
    return QStringLiteral("keep");
}

bool NameCaser::casingFromName(const QString &name, Casing *casing)
{
    static const Casing all[] = { Title, Upper, Lower, Keep };
    for (Casing c : all) {
        if (casingName(c).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            if (casing)
                *casing = c;
            return true;
        }
    }
    return false;
}

} // namespace Kempt
