#include "quality/emailreferencedata.h"

#include <QFile>
#include <QStringList>

// The lists live in the static library's resources, which the linker would drop
// unless something references them.
static void initQualityResources()
{
    Q_INIT_RESOURCE(quality);
}

namespace Kempt {

namespace {

// Non-empty, non-comment lines of a resource file, trimmed.
QStringList resourceLines(const QString &name)
{
    QFile f(QStringLiteral(":/kempt/quality/") + name);
    QStringList lines;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return lines;
    const QString text = QString::fromUtf8(f.readAll());
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines.append(line.toString());
    }
    return lines;
}

// Shorter provider names have real companies one letter away (mi.com, aon.com).
constexpr int minimumTypoTargetNameLength = 5;

} // namespace

const EmailReferenceData &EmailReferenceData::instance()
{
    static const EmailReferenceData data;
    return data;
}

QString EmailReferenceData::roleKey(const QString &localPart)
{
    QString key = localPart.left(localPart.indexOf(QLatin1Char('+'))).toLower();
    key.remove(QLatin1Char('.'));
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    return key;
}

EmailReferenceData::EmailReferenceData()
{
    initQualityResources();
    for (const QString &tld : resourceLines(QStringLiteral("tlds.txt")))
        m_tlds.insert(tld);

    for (const QString &domain : resourceLines(QStringLiteral("email-providers.txt"))) {
        m_providers.insert(domain);
        const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
        const Provider p{domain, domain.left(dot), domain.mid(dot + 1)};
        if (domain.indexOf(QLatin1Char('.')) >= minimumTypoTargetNameLength)
            m_typoTargets.append(p);
    }

    for (const QString &line : resourceLines(QStringLiteral("email-tld-typos.txt"))) {
        const QStringList pair = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // A typo that became a real top-level domain is no longer a typo.
        if (pair.size() == 2 && !m_tlds.contains(pair.at(0)))
            m_tldTypos.insert(pair.at(0), pair.at(1));
    }

    for (const QString &role : resourceLines(QStringLiteral("email-roles.txt")))
        m_roles.insert(roleKey(role));

    for (const QString &line : resourceLines(QStringLiteral("email-placeholders.txt"))) {
        if (line.startsWith(QLatin1String("text:")))
            m_placeholderTexts.insert(line.mid(5));
        else if (line.startsWith(QLatin1String("word:")))
            m_placeholderWords.insert(line.mid(5));
    }
}

} // namespace Kempt
