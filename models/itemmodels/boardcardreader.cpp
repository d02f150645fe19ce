#include "itemmodels/boardcardreader.h"
#include "core/timestamps.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"
#include "stores/stagegate.h"
#include "stores/styleguidestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineBoardModel)
};

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kCompany = QStringLiteral("(SELECT c.name FROM companies c WHERE c.id = t.company_id)");

} // namespace

BoardCardReader::BoardCardReader(QSqlDatabase db, const Pipeline &pipeline, const BoardFilter &filter)
    : m_db(std::move(db))
    , m_pipeline(pipeline)
    , m_filter(filter)
{
    const StageGate gate(m_db);
    const QList<FieldDef> fields = gate.gateableFields();
    const auto addCheck = [&](const QString &key) {
        if (m_checkKeys.contains(key))
            return true;
        const FieldDef f = FieldCatalog::find(fields, key);
        if (!f.isValid())
            return false; // a field deleted since the rule was written checks nothing
        m_checkKeys << key;
        m_checkSql << StageGate::emptyCondition(f);
        m_checkLabels << f.displayLabel();
        return true;
    };
    for (const Stage &s : m_pipeline.stages)
        for (const QString &key : s.requiredFields)
            if (m_gateKeys.size() < 64 && !m_gateKeys.contains(key) && addCheck(key))
                m_gateKeys << key;
    // The style guide's required-field rules for deals are the cards' quality badge.
    for (const StyleGuideRule &rule : StyleGuideStore(m_db).active().rulesFor(Entity::Deal)) {
        if (rule.kind != StyleGuideRule::Kind::Required)
            continue;
        Requirement req;
        req.anyOf = rule.params.value(QStringLiteral("anyOf")).toBool();
        for (const QString &key : rule.fields)
            if (addCheck(key))
                req.keys << key;
        if (!req.keys.isEmpty())
            m_quality << req;
    }
}

quint64 BoardCardReader::gateMask(const Stage &stage) const
{
    quint64 mask = 0;
    for (const QString &key : stage.requiredFields)
        if (const qsizetype bit = m_gateKeys.indexOf(key); bit >= 0)
            mask |= quint64(1) << bit;
    return mask;
}

QString BoardCardReader::filterSql(QVariantList *binds) const
{
    QString sql;
    if (!m_filter.owner.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND t.owner_id IN (SELECT id FROM users WHERE name = ? COLLATE NOCASE)");
        *binds << m_filter.owner.simplified();
    }
    for (const QString &word : m_filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        sql += QStringLiteral(" AND (t.title LIKE ? ESCAPE '\\' OR %1 LIKE ? ESCAPE '\\')").arg(kCompany);
        *binds << likePattern(word) << likePattern(word);
    }
    return sql;
}

Result BoardCardReader::read(QList<DealCard> *cards, const QList<qint64> *ids) const
{
    cards->clear();
    QList<qint64> stageIds;
    for (const Stage &s : m_pipeline.stages)
        stageIds << s.id;
    QVariantList binds{idsJson(stageIds)};
    QString where = QStringLiteral("t.stage_id IN (SELECT value FROM json_each(?)) AND t.deleted_at IS NULL AND t.status = 'open'");
    if (ids) {
        where += QStringLiteral(" AND t.id IN (SELECT value FROM json_each(?))");
        binds << idsJson(*ids);
    }
    where += filterSql(&binds);
    if (m_filter.closeFrom.isValid()) {
        where += QStringLiteral(" AND t.expected_close >= ?");
        binds << m_filter.closeFrom.toString(Qt::ISODate);
    }
    if (m_filter.closeTo.isValid()) {
        where += QStringLiteral(" AND t.expected_close <> '' AND t.expected_close <= ?");
        binds << m_filter.closeTo.toString(Qt::ISODate);
    }
    QString checks;
    for (const QString &c : m_checkSql)
        checks += QStringLiteral(", %1").arg(c);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const Result r = exec(q, QStringLiteral("SELECT t.id, t.stage_id, t.rank, t.title, %1, t.value_minor, t.currency, "
                                            "(SELECT u.name FROM users u WHERE u.id = t.owner_id), t.expected_close, "
                                            "coalesce(t.probability, (SELECT s.probability FROM stages s WHERE s.id = t.stage_id)), "
                                            "coalesce((SELECT max(h.entered_at) FROM deal_stage_history h WHERE h.deal_id = t.id "
                                            "AND h.left_at = ''), t.created_at)%2 "
                                            "FROM deals t WHERE %3 ORDER BY t.stage_id, t.rank, t.id")
                                 .arg(kCompany, checks, where),
                             binds);
    if (!r)
        return r;
    QHash<qint64, int> rotting;
    for (const Stage &s : m_pipeline.stages)
        rotting.insert(s.id, s.rottingDays);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const int gateCount = int(m_gateKeys.size());
    while (q.next()) {
        DealCard c;
        c.id = q.value(0).toLongLong();
        c.stageId = q.value(1).toLongLong();
        c.rank = q.value(2).toDouble();
        c.title = q.value(3).toString();
        c.company = q.value(4).toString();
        c.valueMinor = q.value(5).toLongLong();
        c.currency = q.value(6).toString();
        c.owner = q.value(7).toString();
        c.expectedClose = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        c.probability = q.value(9).toDouble();
        const QDateTime entered = fromIso(q.value(10).toString());
        c.daysInStage = entered.isValid() ? int(qMax<qint64>(0, entered.toUTC().date().daysTo(today))) : 0;
        const int rotDays = rotting.value(c.stageId);
        c.rotting = rotDays > 0 && c.daysInStage > rotDays;
        for (int i = 0; i < gateCount; ++i)
            if (q.value(11 + i).toBool())
                c.gateMissing |= quint64(1) << i;
        for (const Requirement &req : m_quality) {
            QStringList empty;
            for (const QString &key : req.keys) {
                const int column = int(m_checkKeys.indexOf(key));
                if (q.value(11 + column).toBool())
                    empty << m_checkLabels.at(column);
            }
            if (req.anyOf && empty.size() == req.keys.size())
                c.qualityMissing << empty.join(Tr::tr(" or "));
            else if (!req.anyOf)
                c.qualityMissing << empty;
        }
        cards->append(c);
    }
    return Result::success();
}

Result BoardCardReader::readClosed(const QString &currency, ColumnTotals *won, ColumnTotals *lost) const
{
    *won = ColumnTotals();
    *lost = ColumnTotals();
    QVariantList binds{currency, currency, m_pipeline.id};
    QString where = QStringLiteral("t.pipeline_id = ? AND t.deleted_at IS NULL AND t.status <> 'open'");
    where += filterSql(&binds);
    if (m_filter.closeFrom.isValid()) {
        where += QStringLiteral(" AND substr(t.closed_at, 1, 10) >= ?");
        binds << m_filter.closeFrom.toString(Qt::ISODate);
    }
    if (m_filter.closeTo.isValid()) {
        where += QStringLiteral(" AND substr(t.closed_at, 1, 10) <= ?");
        binds << m_filter.closeTo.toString(Qt::ISODate);
    }
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT t.status, count(*), coalesce(sum(CASE WHEN t.currency = ? THEN t.value_minor END), 0), "
                                            "count(*) FILTER (WHERE t.currency <> ?) FROM deals t WHERE %1 GROUP BY t.status")
                                 .arg(where),
                             binds);
    if (!r)
        return r;
    while (q.next()) {
        ColumnTotals *t = q.value(0).toString() == QLatin1String("won") ? won : lost;
        t->count = q.value(1).toInt();
        t->totalMinor = q.value(2).toLongLong();
        t->weightedMinor = q.value(0).toString() == QLatin1String("won") ? double(t->totalMinor) : 0;
        t->otherCurrency = q.value(3).toInt();
    }
    return Result::success();
}

} // namespace Kempt
