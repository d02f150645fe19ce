#include "stores/dealfieldwriter.h"
#include "core/timestamps.h"
#include "domain/money.h"
#include "storage/sqlerror.h"
#include "stores/dealstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <cmath>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealFieldWriter)
};

QString live(const RecordSelection &selection)
{
    return QStringLiteral("t.deleted_at IS NULL AND (%1)").arg(selection.where);
}

// "50", "50 %", "50%" or a number; empty means the stage's default.
bool parsePercent(const QVariant &value, bool *empty, double *fraction)
{
    QString text = value.toString().trimmed();
    text.remove(QLatin1Char('%'));
    text = text.trimmed();
    *empty = text.isEmpty();
    if (*empty)
        return true;
    bool ok = false;
    double percent = QLocale::c().toDouble(text, &ok);
    if (!ok)
        percent = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(percent) || percent < 0 || percent > 100)
        return false;
    *fraction = percent / 100.0;
    return true;
}

} // namespace

DealFieldWriter::DealFieldWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool DealFieldWriter::handles(Entity entity, const FieldDef &field)
{
    static const QStringList keys = {QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("probability"),
                                     QStringLiteral("stage")};
    return entity == Entity::Deal && field.storage == FieldStorage::Column && keys.contains(field.key);
}

Result DealFieldWriter::set(const FieldDef &field, const RecordSelection &selection, const QVariant &value)
{
    QSqlQuery q(m_db);
    const QString now = isoNow();
    if (field.key == QLatin1String("value")) {
        double amount = 0;
        if (!Money::parseAmount(value, &amount))
            return Result::failure(Tr::tr("\"%1\" is not an amount. Type the value as a number such as 1250.50; it cannot be negative.")
                                       .arg(value.toString()));
        const QString minor = QStringLiteral("CAST(round(? * %1) AS INTEGER)").arg(Money::minorPerMajorSql(QStringLiteral("t.currency")));
        return exec(q, QStringLiteral("UPDATE deals AS t SET value_minor = %1, updated_at = ? WHERE %2 AND t.value_minor IS NOT %1")
                           .arg(minor, live(selection)),
                    QVariantList{amount, now} + selection.binds + QVariantList{amount});
    }
    if (field.key == QLatin1String("currency")) {
        const QString code = value.toString().trimmed().toUpper();
        if (!Money::isCurrencyCode(code))
            return Result::failure(Tr::tr("\"%1\" is not a currency. Use a three-letter ISO 4217 code such as EUR, USD or JPY.")
                                       .arg(value.toString()));
        return exec(q, QStringLiteral("UPDATE deals AS t SET value_minor = CAST(round(t.value_minor * %1.0 / %2) AS INTEGER), "
                                      "currency = ?, updated_at = ? WHERE %3 AND t.currency IS NOT ?")
                           .arg(Money::minorPerMajor(code))
                           .arg(Money::minorPerMajorSql(QStringLiteral("t.currency")), live(selection)),
                    QVariantList{code, now} + selection.binds + QVariantList{code});
    }
    if (field.key == QLatin1String("probability")) {
        bool empty = false;
        double fraction = 0;
        if (!parsePercent(value, &empty, &fraction))
            return Result::failure(Tr::tr("\"%1\" is not a probability. Type a percentage from 0 to 100, or leave it empty for "
                                          "the stage's default.")
                                       .arg(value.toString()));
        const QVariant stored = empty ? QVariant(QMetaType(QMetaType::Double)) : QVariant(fraction);
        return exec(q, QStringLiteral("UPDATE deals AS t SET probability = ?, updated_at = ? WHERE %1 AND t.probability IS NOT ?")
                           .arg(live(selection)),
                    QVariantList{stored, now} + selection.binds + QVariantList{stored});
    }
    return setStage(selection, value.toString().simplified());
}

Result DealFieldWriter::setStage(const RecordSelection &selection, const QString &name)
{
    if (name.isEmpty())
        return Result::failure(Tr::tr("A deal is always in a stage. Type the name of a stage of its pipeline."));
    QSqlQuery q(m_db);
    // Each deal takes the stage of that name in its own pipeline.
    Result r = exec(q, QStringLiteral("SELECT t.id, t.title, (SELECT p.name FROM pipelines p WHERE p.id = t.pipeline_id), "
                                      "(SELECT s.id FROM stages s WHERE s.pipeline_id = t.pipeline_id AND s.name = ? COLLATE NOCASE "
                                      "ORDER BY s.position LIMIT 1), t.stage_id FROM deals t WHERE %1 ORDER BY t.rank, t.id")
                              .arg(live(selection)),
                    QVariantList{name} + selection.binds);
    if (!r)
        return r;
    QHash<qint64, QList<qint64>> byStage;
    QList<qint64> order;
    while (q.next()) {
        if (q.value(3).isNull())
            return Result::failure(Tr::tr("Pipeline \"%1\" of deal \"%2\" has no stage called \"%3\". Type one of its stages.")
                                       .arg(q.value(2).toString(), q.value(1).toString(), name));
        const qint64 stage = q.value(3).toLongLong();
        if (stage == q.value(4).toLongLong())
            continue;
        if (!byStage.contains(stage))
            order << stage;
        byStage[stage] << q.value(0).toLongLong();
    }
    q.finish();
    DealStore deals(m_db);
    for (qint64 stage : std::as_const(order))
        if (!(r = deals.move(byStage.value(stage), stage)))
            return r;
    return Result::success();
}

} // namespace Kempt
