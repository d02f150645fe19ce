#include "quality/domaintypofinder.h"
#include "quality/editdistance.h"
#include "quality/emailreferencedata.h"

#include <QHash>
#include <QStringView>
#include <cstdlib>

namespace Kempt {

namespace {

constexpr qsizetype recentCapacity = 4096;

} // namespace

QString DomainTypoFinder::suggest(const QString &asciiDomain)
{
    // A contact list repeats its domains (everyone at one company shares one), and the
    // answer depends on the domain alone: remember recent answers, per thread, no locks.
    thread_local QHash<QString, QString> recent;
    const auto hit = recent.constFind(asciiDomain);
    if (hit != recent.constEnd())
        return *hit;
    if (recent.size() >= recentCapacity)
        recent.clear();
    const QString answer = find(asciiDomain);
    recent.insert(asciiDomain, answer);
    return answer;
}

QString DomainTypoFinder::find(const QString &asciiDomain)
{
    const EmailReferenceData &data = EmailReferenceData::instance();
    if (data.isProvider(asciiDomain))
        return QString();
    const qsizetype dot = asciiDomain.lastIndexOf(QLatin1Char('.'));
    const QString tld = asciiDomain.mid(dot + 1);
    const bool tldExists = data.isTopLevelDomain(tld);

    QString candidate = asciiDomain;
    if (!tldExists) {
        const QString corrected = data.correctedTopLevelDomain(tld);
        if (!corrected.isEmpty())
            candidate = asciiDomain.left(dot + 1) + corrected;
    }
    if (candidate != asciiDomain && data.isProvider(candidate))
        return candidate;
    const QString provider = nearestProvider(candidate, tldExists || candidate != asciiDomain);
    if (!provider.isEmpty())
        return provider;
    return candidate != asciiDomain ? candidate : QString();
}

QString DomainTypoFinder::nearestProvider(const QString &domain, bool tldExists)
{
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    const QStringView name = QStringView(domain).left(dot);
    const QStringView tld = QStringView(domain).mid(dot + 1);

    QString best;
    int bestDistance = 3;
    for (const EmailReferenceData::Provider &p : EmailReferenceData::instance().typoTargets()) {
        int distance;
        if (name == p.name) {
            // The provider's own name under another real top-level domain is usually a
            // national service (hotmail.es); only .co/.om/.cm-style slips of .com count.
            if (tldExists && !(p.tld == QLatin1String("com") && editDistance(tld, p.tld, 1) == 1))
                continue;
            distance = editDistance(tld, p.tld, 2);
        } else {
            const int limit = p.domain.size() >= 11 ? 2 : 1;
            if (std::abs(int(p.domain.size() - domain.size())) > limit)
                continue;
            distance = editDistance(domain, p.domain, limit);
            if (distance > limit || (distance == 2 && domain.at(0) != p.domain.at(0)))
                continue;
        }
        if (distance < bestDistance) {
            best = p.domain;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Kempt
