#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace Kempt {

// Dragged deals travel as their ids (stable across reloads, sorting and filters) under
// an application MIME type, with the workspace they come from so that a drop into a
// window on another workspace is refused instead of moving unrelated deals.
// Payload: UTF-8 JSON {"workspace": "/path/file.kempt", "ids": [12, 7]}.
class DealMimeData
{
public:
    static QString mimeType() { return QStringLiteral("application/x-kempt-deal-ids"); }
    static QMimeData *encode(const QString &workspacePath, const QList<qint64> &ids);
    // False when data carries no deal ids.
    static bool decode(const QMimeData *data, QString *workspacePath, QList<qint64> *ids);
};

} // namespace Kempt
