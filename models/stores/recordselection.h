#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace Kempt {

// Which rows an operation touches, as a WHERE condition on alias "t". Id lists travel
// as one JSON parameter, so a selection of any size needs one bound variable.
struct RecordSelection
{
    QString where = QStringLiteral("0");
    QVariantList binds;

    static RecordSelection ofIds(const QList<qint64> &ids);
    static RecordSelection ofId(qint64 id) { return ofIds({id}); }
    static RecordSelection ofCondition(const QString &where, const QVariantList &binds = {});

    // Rows of table (aliased t) that match, in id order.
    QString selectIds(const QString &table) const;
};

} // namespace Kempt
