#include "recordnouns.h"

#include <QCoreApplication>
#include <limits>

namespace Kempt {

namespace {

int clamp(qint64 n)
{
    return int(std::min<qint64>(n, std::numeric_limits<int>::max()));
}


} // namespace

QString RecordNouns::count(Entity entity, qint64 n)
{
    if (entity == Entity::Company)
        return n == 1 ? QCoreApplication::translate("RecordNouns", "%Ln company", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "%Ln companies", nullptr, clamp(n));
    if (entity == Entity::Deal)
        return n == 1 ? QCoreApplication::translate("RecordNouns", "%Ln deal", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "%Ln deals", nullptr, clamp(n));
    return n == 1 ? QCoreApplication::translate("RecordNouns", "%Ln contact", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "%Ln contacts", nullptr, clamp(n));
}

QString RecordNouns::selected(Entity entity, qint64 n)
{
    if (entity == Entity::Company)
        return n == 1 ? QCoreApplication::translate("RecordNouns", "The selected company", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "The %Ln selected companies", nullptr, clamp(n));
    if (entity == Entity::Deal)
        return n == 1 ? QCoreApplication::translate("RecordNouns", "The selected deal", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "The %Ln selected deals", nullptr, clamp(n));
    return n == 1 ? QCoreApplication::translate("RecordNouns", "The selected contact", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "The %Ln selected contacts", nullptr, clamp(n));
}

QString RecordNouns::allInView(Entity entity, qint64 n)
{
    if (entity == Entity::Company)
        return n == 1 ? QCoreApplication::translate("RecordNouns", "The one company in this view", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "All %Ln companies in this view", nullptr, clamp(n));
    if (entity == Entity::Deal)
        return n == 1 ? QCoreApplication::translate("RecordNouns", "The one deal in this view", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "All %Ln deals in this view", nullptr, clamp(n));
    return n == 1 ? QCoreApplication::translate("RecordNouns", "The one contact in this view", nullptr, clamp(n)) : QCoreApplication::translate("RecordNouns", "All %Ln contacts in this view", nullptr, clamp(n));
}

QString RecordNouns::plural(Entity entity)
{
    if (entity == Entity::Company)
        return QCoreApplication::translate("RecordNouns", "companies");
    if (entity == Entity::Deal)
        return QCoreApplication::translate("RecordNouns", "deals");
    return QCoreApplication::translate("RecordNouns", "contacts");
}

} // namespace Kempt
