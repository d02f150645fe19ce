#include "quality/normalizerdata.h"

#include <QFile>

static void initNormalizerResources()
{
    Q_INIT_RESOURCE(normalizers);
}

namespace Kempt {

QString NormalizerData::text(const QString &name)
{
    static const bool registered = (initNormalizerResources(), true);
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/kempt/quality/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QList<QStringList> NormalizerData::tsvRows(const QString &name)
{
    return parseTsv(text(name));
}

QList<QStringList> NormalizerData::parseTsv(const QString &text)
{
    QList<QStringList> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        QStringList cells = line.split(QLatin1Char('\t'));
        for (QString &cell : cells)
            cell = cell.trimmed();
        rows.append(cells);
    }
    return rows;
}

} // namespace Kempt
