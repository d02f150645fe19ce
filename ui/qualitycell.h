#pragma once

#include <QString>

class QModelIndex;
class QStyleOptionViewItem;

namespace Kempt {

// How a cell of the records table's Quality column reads: a badge of the worst finding's
// severity and the number of findings ("3 · error"), empty for a clean record.
class QualityCell
{
public:
    // Styles option when fieldKey is the quality column's; false for any other column.
    static bool apply(QStyleOptionViewItem *option, const QString &fieldKey, const QModelIndex &index);
    static QString text(const QVariant &value);
};

} // namespace Kempt
