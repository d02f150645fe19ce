#include "audit/guideenginecache.h"
#include "stores/styleguidestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

QDateTime GuideEngineCache::auditMoment()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
}

const RuleEngine &GuideEngineCache::engine(QSqlDatabase db)
{
    // The newest row's text identifies the guide: an undone version that is saved again
    // may come back under the same number with other rules.
    QByteArray key;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT version, rules FROM style_guides ORDER BY version DESC LIMIT 1")) && q.next())
        key = q.value(0).toByteArray() + '\n' + q.value(1).toByteArray();
    q.finish();
    const QDateTime moment = auditMoment();
    if (m_engine && key == m_key && moment.date() == m_day)
        return *m_engine;
    const StyleGuide guide = StyleGuideStore(db).active();
    m_engine.emplace(guide, QString(), moment);
    m_key = key;
    m_day = moment.date();
    m_version = guide.version();
    return *m_engine;
}

} // namespace Kempt
