#include "itemmodels/dealmimedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace Kempt {

QMimeData *DealMimeData::encode(const QString &workspacePath, const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    const QJsonObject json{{QStringLiteral("workspace"), workspacePath}, {QStringLiteral("ids"), array}};
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(json).toJson(QJsonDocument::Compact));
    return data;
}

bool DealMimeData::decode(const QMimeData *data, QString *workspacePath, QList<qint64> *ids)
{
    ids->clear();
    if (!data || !data->hasFormat(mimeType()))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(data->data(mimeType())).object();
    *workspacePath = json.value(QStringLiteral("workspace")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("ids")).toArray())
        if (v.isDouble() && v.toInteger() > 0 && !ids->contains(v.toInteger()))
            ids->append(v.toInteger());
    return !ids->isEmpty();
}

} // namespace Kempt
