#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace Kempt {

// The pairs of contacts a person said are not duplicates (table not_duplicates), which
// every scan and check respects. Reading only: the decision itself is written by the
// command that records it.
class NotDuplicates
{
public:
    // Contact ids as text, the smaller first.
    static Result read(QSqlDatabase db, QList<QPair<QString, QString>> *pairs);
    // Whether the two contacts were marked; false when they were not or on error.
    static bool contains(QSqlDatabase db, qint64 a, qint64 b);
};

} // namespace Kempt
