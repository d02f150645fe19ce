#include "domain/lostreasons.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

QStringList cleaned(const QStringList &reasons)
{
    QStringList list;
    for (const QString &r : reasons) {
        const QString clean = r.simplified();
        if (!clean.isEmpty() && LostReasons::match(list, clean).isEmpty())
            list << clean;
    }
    return list;
}

} // namespace

QStringList LostReasons::defaults()
{
    return {QStringLiteral("Price"), QStringLiteral("Chose a competitor"), QStringLiteral("No budget"),
            QStringLiteral("Timing"), QStringLiteral("No decision"), QStringLiteral("Product fit"),
            QStringLiteral("Other")};
}

QStringList LostReasons::of(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(settingKey());
    if (q.exec() && q.next()) {
        QStringList list;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            list << v.toString();
        list = cleaned(list);
        if (!list.isEmpty())
            return list;
    }
    return defaults();
}

QString LostReasons::toSetting(const QStringList &reasons)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cleaned(reasons))).toJson(QJsonDocument::Compact));
}

QString LostReasons::match(const QStringList &reasons, const QString &reason)
{
    const QString clean = reason.simplified();
    for (const QString &r : reasons)
        if (r.compare(clean, Qt::CaseInsensitive) == 0)
            return r;
    return QString();
}

} // namespace Kempt
