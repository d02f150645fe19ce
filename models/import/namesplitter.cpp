#include "import/namesplitter.h"

#include <QSet>
#include <QStringList>

namespace Kempt {

namespace {

bool isSalutation(const QString &word)
{
    static const QSet<QString> words{QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("miss"),
                                     QStringLiteral("mx"), QStringLiteral("dr"), QStringLiteral("prof"), QStringLiteral("sir"),
                                     QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("mme"),
                                     QStringLiteral("г-н"), QStringLiteral("г-жа"), QStringLiteral("آقای"), QStringLiteral("خانم"),
                                     QStringLiteral("السيد"), QStringLiteral("السيدة")};
    QString w = word.toLower();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    return words.contains(w);
}

// Words that start a last name rather than end a middle one.
bool isParticle(const QString &word)
{
    static const QSet<QString> words{QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"),
                                     QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
                                     QStringLiteral("da"), QStringLiteral("dos"), QStringLiteral("du"), QStringLiteral("la"),
                                     QStringLiteral("le"), QStringLiteral("al"), QStringLiteral("el"), QStringLiteral("bin"),
                                     QStringLiteral("ibn"), QStringLiteral("ben"), QStringLiteral("abu"), QStringLiteral("st"),
                                     QStringLiteral("st."), QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("zu")};
    return words.contains(word.toLower());
}

} // namespace

NameSplitter::Parts NameSplitter::split(const QString &fullName)
{
    Parts parts;
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return parts;
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    QStringList words;
    QString lastFirst;
    if (comma > 0) {
        // "Berg, Anna": everything before the comma is the last name.
        lastFirst = name.left(comma).trimmed();
        words = name.mid(comma + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    } else {
        words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (words.size() > 1 && isSalutation(words.first()))
        parts.salutation = words.takeFirst();
    if (!lastFirst.isEmpty()) {
        parts.last = lastFirst;
        parts.first = words.value(0);
        parts.middle = words.mid(1).join(QLatin1Char(' '));
        return parts;
    }
    if (words.size() == 1) {
        parts.first = words.first();
        return parts;
    }
    parts.first = words.first();
    int lastStart = int(words.size()) - 1;
    while (lastStart > 1 && isParticle(words.at(lastStart - 1)))
        --lastStart;
    parts.middle = words.mid(1, lastStart - 1).join(QLatin1Char(' '));
    parts.last = words.mid(lastStart).join(QLatin1Char(' '));
    return parts;
}

} // namespace Kempt
