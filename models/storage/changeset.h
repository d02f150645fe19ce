#pragma once

#include <QMetaType>
#include <QStringList>

namespace Kempt {

// What one committed batch touched; item models refresh only when their tables appear.
struct ChangeSet
{
    qint64 batchId = 0;
    QStringList tables;

    bool touches(const QString &table) const { return tables.contains(table); }
    bool touchesAny(const QStringList &names) const
    {
        for (const QString &n : names)
            if (tables.contains(n))
                return true;
        return false;
    }
};

} // namespace Kempt

Q_DECLARE_METATYPE(Kempt::ChangeSet)
