#include "qualitycell.h"
#include "severitystyle.h"

#include "itemmodels/qualitycolumn.h"
#include "quality/ruletext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStyleOptionViewItem>

namespace Kempt {

QString QualityCell::text(const QVariant &value)
{
    const QualityColumn::Value v = QualityColumn::decode(value);
    if (!v.any)
        return QString();
    return QCoreApplication::translate("QualityCell", "%1 · %2")
        .arg(QLocale().toString(v.findings), RuleText::severityLabel(v.worst).toLower());
}

bool QualityCell::apply(QStyleOptionViewItem *option, const QString &fieldKey, const QModelIndex &index)
{
    if (fieldKey != QualityColumn::key())
        return false;
    const QVariant value = index.data(Qt::EditRole);
    const QualityColumn::Value v = QualityColumn::decode(value);
    option->text = text(value);
    option->displayAlignment = Qt::AlignLeading | Qt::AlignVCenter;
    if (v.any) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = SeverityStyle::icon(v.worst);
        option->decorationSize = QSize(option->fontMetrics.height() - 2, option->fontMetrics.height() - 2);
    }
    return true;
}

} // namespace Kempt
