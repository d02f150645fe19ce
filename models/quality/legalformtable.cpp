#include "quality/legalformtable.h"

#include "quality/normalizerdata.h"
#include "quality/unicodehygiene.h"

#include <QRegularExpression>

namespace Kempt {

namespace {

constexpr int MaxWordsSearched = 8;

// rigour's file uses a small YAML subset: a list of mappings with scalar fields and an
// "aliases" list. A comment starts at '#' after a space; quoted scalars are unquoted.
QString stripComment(const QString &line)
{
    if (line.trimmed().startsWith(QLatin1Char('#')))
        return QString();
    const qsizetype hash = line.indexOf(QLatin1String(" #"));
    return hash < 0 ? line : line.left(hash);
}

QString unquote(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
        return v.mid(1, v.size() - 2);
    if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))
        return v.mid(1, v.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
    return v;
}

bool isWrittenBeforeTheName(const QString &spelling)
{
    for (QChar c : spelling) {
        if (c.script() == QChar::Script_Cyrillic || c.script() == QChar::Script_Arabic)
            return true;
    }
    return false;
}

int wordCount(const QString &spelling)
{
    return int(spelling.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

} // namespace

const LegalFormTable &LegalFormTable::shipped()
{
    static const LegalFormTable table = parse(NormalizerData::text(QStringLiteral("rigour_org_types.yml")),
                                              NormalizerData::text(QStringLiteral("legal_forms.tsv")));
    return table;
}

QString LegalFormTable::key(const QString &text)
{
    QString out;
    for (QChar c : UnicodeHygiene::matchKey(text)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

LegalFormTable LegalFormTable::parse(const QString &yaml, const QString &extrasTsv)
{
    static const QRegularExpression field(
        QStringLiteral("^(-\\s+)?(display|compare|generic|aliases):\\s*(.*)$"));
    QList<Entry> entries;
    const QStringList lines = yaml.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString text = stripComment(line).trimmed();
        if (text.isEmpty())
            continue;
        const QRegularExpressionMatch m = field.match(text);
        if (m.hasMatch()) {
            if (!m.captured(1).isEmpty() || entries.isEmpty())
                entries.append(Entry());
            const QString name = m.captured(2);
            if (name == QLatin1String("display"))
                entries.last().form.display = unquote(m.captured(3));
            else if (name == QLatin1String("generic"))
                entries.last().form.generic = unquote(m.captured(3));
        } else if (text.startsWith(QLatin1String("- ")) && !entries.isEmpty()) {
            entries.last().aliases.append(unquote(text.mid(2)));
        }
    }

    QSet<QString> ignored;
    QSet<QString> latinPrefixes;
    const QList<QStringList> rows = NormalizerData::parseTsv(extrasTsv);
    for (const QStringList &row : rows) {
        const QString kind = row.value(0);
        if (kind == QLatin1String("ignore")) {
            ignored.insert(key(row.value(1)));
        } else if (kind == QLatin1String("prefix")) {
            latinPrefixes.insert(key(row.value(1)));
        } else if (kind == QLatin1String("rename")) {
            for (Entry &e : entries) {
                if (e.form.display == row.value(1)) {
                    e.aliases.append(e.form.display);
                    e.form.display = row.value(2);
                }
            }
        } else if (kind == QLatin1String("form")) {
            const QStringList aliases = row.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            auto existing = std::find_if(entries.begin(), entries.end(),
                                         [&](const Entry &e) { return e.form.display == row.value(1); });
            if (existing != entries.end()) {
                existing->aliases += aliases;
            } else {
                Entry e;
                e.form.display = row.value(1);
                e.aliases = aliases;
                entries.append(e);
            }
        }
    }

    LegalFormTable table;
    table.build(entries, ignored, latinPrefixes);
    return table;
}

void LegalFormTable::build(const QList<Entry> &entries, const QSet<QString> &ignored,
                           const QSet<QString> &latinPrefixes)
{
    QList<Entry> usable;
    for (const Entry &e : entries) {
        if (!e.form.display.isEmpty())
            usable.append(e);
    }
    auto add = [&](int index, const QString &spelling) {
        const QString k = key(spelling);
        if (k.isEmpty() || ignored.contains(k) || m_index.contains(k))
            return;
        Hit hit;
        hit.form = index;
        hit.prefix = isWrittenBeforeTheName(spelling) || latinPrefixes.contains(k);
        m_index.insert(k, hit);
        m_maxWords = qBound(m_maxWords, wordCount(spelling), MaxWordsSearched);
    };
    // Display spellings first, so an alias shared by two forms never hides a form's own name.
    for (qsizetype i = 0; i < usable.size(); ++i) {
        m_forms.append(usable.at(i).form);
        add(int(i), usable.at(i).form.display);
    }
    for (qsizetype i = 0; i < usable.size(); ++i) {
        for (const QString &alias : usable.at(i).aliases)
            add(int(i), alias);
    }
}

LegalFormTable::Hit LegalFormTable::find(const QString &text) const
{
    return m_index.value(key(text));
}

} // namespace Kempt
