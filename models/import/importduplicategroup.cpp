#include "import/importduplicategroup.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

template<typename T>
QJsonArray array(const QList<T> &values)
{
    QJsonArray a;
    for (const T &v : values)
        a.append(v);
    return a;
}

} // namespace

QJsonObject ImportDuplicateGroup::toJson() const
{
    QJsonArray linkArray;
    for (const Link &l : links) {
        QJsonObject o{{QStringLiteral("row"), l.row}, {QStringLiteral("explanation"), l.explanation.toJson()}};
        if (l.otherRow > 0)
            o.insert(QStringLiteral("other_row"), l.otherRow);
        if (l.contactId > 0)
            o.insert(QStringLiteral("contact"), l.contactId);
        linkArray.append(o);
    }
    return {{QStringLiteral("rows"), array(rows)},
            {QStringLiteral("row_names"), array(rowNames)},
            {QStringLiteral("contacts"), array(contactIds)},
            {QStringLiteral("contact_names"), array(contactNames)},
            {QStringLiteral("band"), MatchBands::name(band)},
            {QStringLiteral("probability"), probability},
            {QStringLiteral("action"), DuplicateActions::name(action)},
            {QStringLiteral("links"), linkArray}};
}

QString ImportDuplicateGroup::toText() const
{
    QStringList rowList;
    for (int i = 0; i < rows.size(); ++i)
        rowList << Tr::tr("row %1 (%2)").arg(rows.at(i)).arg(rowNames.value(i));
    QString who = rowList.join(QStringLiteral(", "));
    if (!contactIds.isEmpty())
        who = Tr::tr("%1 = contact %2 (%3)").arg(who).arg(contactIds.first()).arg(contactNames.value(0));
    const QString band = this->band == MatchBand::Sure ? Tr::tr("sure") : Tr::tr("possible");
    return Tr::tr("%1; %2, %3%: %4").arg(who, band).arg(qRound(probability * 100)).arg(DuplicateActions::label(action));
}

} // namespace Kempt
