#include "merge/unmergereport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kempt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Merge)
};
} // namespace

QString UnmergeReport::KeptEdit::sentence() const
{
    QString later;
    if (laterBatchId > 0) {
        const QString change = laterLabel.isEmpty() ? Tr::tr("change %1").arg(laterBatchId) : QStringLiteral("\u201C%1\u201D").arg(laterLabel);
        later = laterAuthor.isEmpty() ? Tr::tr(" by %1 on %2").arg(change, laterAt)
                                      : Tr::tr(" by %1 (%2) on %3").arg(change, laterAuthor, laterAt);
    }
    if (removed)
        return Tr::tr("%1 was deleted after the merge%2 and stays deleted.").arg(what, later);
    return Tr::tr("%1 was changed after the merge%2: kept \u201C%3\u201D (the merge had set \u201C%4\u201D).")
        .arg(what, later, currentValue, mergedValue);
}

QJsonObject UnmergeReport::KeptEdit::toJson() const
{
    return QJsonObject{{QStringLiteral("contactId"), contactId},
                       {QStringLiteral("what"), what},
                       {QStringLiteral("mergedValue"), mergedValue},
                       {QStringLiteral("currentValue"), currentValue},
                       {QStringLiteral("removed"), removed},
                       {QStringLiteral("laterBatchId"), laterBatchId},
                       {QStringLiteral("laterLabel"), laterLabel},
                       {QStringLiteral("laterAuthor"), laterAuthor},
                       {QStringLiteral("laterAt"), laterAt},
                       {QStringLiteral("message"), sentence()}};
}

QJsonObject UnmergeReport::toJson() const
{
    QJsonArray restored;
    for (qint64 id : restoredIds)
        restored.append(id);
    QJsonArray kept;
    for (const KeptEdit &k : keptEdits)
        kept.append(k.toJson());
    return QJsonObject{{QStringLiteral("mergeId"), mergeId},
                       {QStringLiteral("survivorId"), survivorId},
                       {QStringLiteral("restoredIds"), restored},
                       {QStringLiteral("keptEdits"), kept}};
}

} // namespace Kempt
