#include "stores/stagegate.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StageGate)
};

bool gateable(const FieldDef &f)
{
    static const QStringList fixed = {QStringLiteral("pipeline"), QStringLiteral("stage"), QStringLiteral("status"),
                                      QStringLiteral("probability"), QStringLiteral("lost_reason"),
                                      QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("closed_at")};
    return !fixed.contains(f.key) && !f.select.isEmpty();
}

} // namespace

StageGate::StageGate(QSqlDatabase db)
    : m_fields(FieldCatalog::fields(Entity::Deal, db))
    , m_db(std::move(db))
{
}

QList<FieldDef> StageGate::gateableFields() const
{
    QList<FieldDef> list;
    for (const FieldDef &f : m_fields)
        if (gateable(f))
            list << f;
    return list;
}

Result StageGate::validate(const QStringList &keys) const
{
    for (const QString &key : keys) {
        const FieldDef f = FieldCatalog::find(m_fields, key);
        if (!f.isValid() || !gateable(f)) {
            QStringList known;
            for (const FieldDef &g : gateableFields())
                known << g.key;
            return Result::failure(Tr::tr("A stage cannot require \"%1\"; it is not a deal field a person fills in. "
                                          "Use one of: %2.")
                                       .arg(key, known.join(QStringLiteral(", "))));
        }
    }
    return Result::success();
}

QString StageGate::emptyCondition(const FieldDef &field)
{
    if (field.key == QLatin1String("value"))
        return QStringLiteral("t.value_minor = 0");
    return QStringLiteral("coalesce(%1, '') = ''").arg(field.select);
}

Result StageGate::missing(qint64 dealId, const QStringList &required, QStringList *missingKeys) const
{
    missingKeys->clear();
    QStringList tests;
    QStringList keys;
    for (const QString &key : required) {
        const FieldDef f = FieldCatalog::find(m_fields, key);
        if (!f.isValid() || !gateable(f))
            continue; // a field deleted since the gate was set no longer blocks
        tests << emptyCondition(f);
        keys << key;
    }
    if (tests.isEmpty())
        return Result::success();
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT %1 FROM deals t WHERE t.id = ?").arg(tests.join(QStringLiteral(", "))), {dealId});
    if (!r)
        return r;
    if (!q.next())
        return Result::failure(Tr::tr("Deal %1 no longer exists; it may have been deleted.").arg(dealId));
    for (int i = 0; i < keys.size(); ++i)
        if (q.value(i).toBool())
            *missingKeys << keys.at(i);
    return Result::success();
}

QStringList StageGate::labels(const QStringList &keys) const
{
    QStringList list;
    for (const QString &key : keys) {
        const FieldDef f = FieldCatalog::find(m_fields, key);
        list << (f.isValid() ? f.displayLabel() : key);
    }
    return list;
}

QString StageGate::spokenList(const QStringList &keys) const
{
    QStringList names = labels(keys);
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return Tr::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace Kempt
