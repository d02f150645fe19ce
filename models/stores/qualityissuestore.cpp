#include "stores/qualityissuestore.h"
#include "storage/sqlerror.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

QString contactName()
{
    return QStringLiteral("CASE WHEN display_name <> '' THEN display_name "
                          "WHEN trim(first_name || ' ' || last_name) <> '' THEN trim(first_name || ' ' || last_name) "
                          "ELSE primary_email END");
}

} // namespace

QualityIssueStore::QualityIssueStore(QSqlDatabase db)
    : m_db(db)
{
}

Result QualityIssueStore::worstRecords(int limit, QList<RecordIssues> *records) const
{
    records->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral(
        "SELECT i.entity, i.entity_id, sum(i.severity = 'error') AS errors, sum(i.severity = 'warning') AS warnings, "
        "sum(i.severity = 'fix') AS fixes, "
        "CASE i.entity WHEN 'company' THEN (SELECT name FROM companies WHERE id = i.entity_id) "
        "ELSE (SELECT %1 FROM contacts WHERE id = i.entity_id) END "
        "FROM quality_issues i GROUP BY i.entity, i.entity_id "
        "ORDER BY errors DESC, warnings DESC, fixes DESC, i.entity DESC, i.entity_id LIMIT ?").arg(contactName()), {limit});
    if (!r)
        return r;
    while (q.next()) {
        RecordIssues item;
        item.entity = q.value(0).toString() == QLatin1String("company") ? Entity::Company : Entity::Contact;
        item.id = q.value(1).toLongLong();
        item.errors = q.value(2).toLongLong();
        item.warnings = q.value(3).toLongLong();
        item.fixes = q.value(4).toLongLong();
        item.name = q.value(5).toString();
        records->append(item);
    }
    return Result::success();
}

Result QualityIssueStore::nameRecords(QList<RecordIssues> *records) const
{
    const QString contacts = QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(contactName());
    const QString companies = QStringLiteral("SELECT name FROM companies WHERE id = ?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (RecordIssues &record : *records) {
        const Result r = exec(q, record.entity == Entity::Company ? companies : contacts, {record.id});
        if (!r)
            return r;
        record.name = q.next() ? q.value(0).toString() : QString();
    }
    return Result::success();
}

Result QualityIssueStore::countsByRule(QList<RuleIssues> *rules) const
{
    rules->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral(
        "SELECT rule, count(DISTINCT entity || ':' || entity_id), sum(severity = 'error'), sum(severity = 'warning'), "
        "sum(severity = 'fix') FROM quality_issues GROUP BY rule ORDER BY 2 DESC, rule"));
    if (!r)
        return r;
    while (q.next())
        rules->append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                       q.value(4).toLongLong()});
    return Result::success();
}

qint64 QualityIssueStore::issueCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM quality_issues")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Result QualityIssueStore::snapshots(int limit, QList<Snapshot> *snapshots) const
{
    snapshots->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral("SELECT id, at, coalesce(guide_version, 0), records, overall, completeness, validity, "
                                            "consistency, uniqueness, freshness, details FROM quality_snapshots "
                                            "ORDER BY id DESC LIMIT ?"),
                          {limit > 0 ? limit : -1});
    if (!r)
        return r;
    while (q.next()) {
        Snapshot s;
        s.id = q.value(0).toLongLong();
        s.at = q.value(1).toString();
        s.guideVersion = q.value(2).toLongLong();
        s.records = q.value(3).toLongLong();
        s.scores.overall = q.value(4).toDouble();
        s.scores.completeness = q.value(5).toDouble();
        s.scores.validity = q.value(6).toDouble();
        s.scores.consistency = q.value(7).toDouble();
        s.scores.uniqueness = q.value(8).toDouble();
        s.scores.freshness = q.value(9).toDouble();
        s.details = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
        snapshots->append(s);
    }
    return Result::success();
}

} // namespace Kempt
