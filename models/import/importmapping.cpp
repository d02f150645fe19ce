#include "import/importmapping.h"
#include "io/columnmapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString targetName(ImportMapping::Target t)
{
    switch (t) {
    case ImportMapping::Target::Field:
        return QStringLiteral("field");
    case ImportMapping::Target::Custom:
        return QStringLiteral("custom");
    case ImportMapping::Target::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

bool isNotesHeader(const QString &header)
{
    static const QStringList words{QStringLiteral("notes"),      QStringLiteral("note"),       QStringLiteral("comments"),
                                   QStringLiteral("comment"),    QStringLiteral("remarks"),    QStringLiteral("заметки"),
                                   QStringLiteral("заметка"),    QStringLiteral("примечание"), QStringLiteral("комментарий"),
                                   QStringLiteral("ملاحظات"),    QStringLiteral("ملاحظة"),     QStringLiteral("یادداشت"),
                                   QStringLiteral("یادداشت ها"), QStringLiteral("توضیحات")};
    return words.contains(ColumnMapper::normalizedHeader(header).simplified().toLower());
}

// "E-mail 1 - Type", "Phone 2 - Label", "E-mail Type": the field the described column has.
QString labelledField(const QString &header)
{
    static const QRegularExpression describing(QStringLiteral("\\b(type|label)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (!header.contains(describing))
        return QString();
    QString rest = header;
    rest.remove(describing);
    const ColumnMapper::Column c = ColumnMapper::map({rest.simplified()}).value(0);
    return !c.ignored && (c.field == QLatin1String("email") || c.field == QLatin1String("phone")) ? c.field : QString();
}

} // namespace

ImportMapping ImportMapping::guess(const QStringList &headers)
{
    ImportMapping mapping;
    const QList<ColumnMapper::Column> guessed = ColumnMapper::map(headers);
    for (int i = 0; i < headers.size(); ++i) {
        Column column;
        column.header = headers.at(i);
        const ColumnMapper::Column &g = guessed.value(i);
        if (!g.ignored && !g.field.isEmpty()) {
            column.target = Target::Field;
            column.field = g.field;
            column.part = g.part;
        } else if (const QString field = labelledField(column.header); !field.isEmpty()) {
            column.target = Target::Field;
            column.field = field;
            column.part = labelPart();
        } else if (g.field.isEmpty() && isNotesHeader(column.header)) {
            column.target = Target::Field;
            column.field = notesField();
        }
        mapping.m_columns << column;
    }
    return mapping;
}

QString ImportMapping::headerKey(const QStringList &headers)
{
    QStringList words;
    for (const QString &h : headers)
        words << ColumnMapper::normalizedHeader(h).simplified().toLower();
    return words.join(QLatin1Char('|'));
}

void ImportMapping::setTarget(int column, Target target, const QString &field, const QString &part)
{
    if (column < 0 || column >= m_columns.size())
        return;
    Column &c = m_columns[column];
    c.target = target;
    c.field = target == Target::Ignore ? QString() : field;
    c.part = target == Target::Field ? part : QString();
}

QStringList ImportMapping::headers() const
{
    QStringList list;
    for (const Column &c : m_columns)
        list << c.header;
    return list;
}

QList<int> ImportMapping::columnsFor(const QString &field) const
{
    QList<int> list;
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).target == Target::Field && m_columns.at(i).field == field && m_columns.at(i).part != labelPart())
            list << i;
    return list;
}

bool ImportMapping::mapsAnything() const
{
    for (const Column &c : m_columns)
        if (c.target != Target::Ignore)
            return true;
    return false;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray columns;
    for (const Column &c : m_columns) {
        QJsonObject o{{QStringLiteral("header"), c.header}, {QStringLiteral("target"), targetName(c.target)}};
        if (!c.field.isEmpty())
            o.insert(QStringLiteral("field"), c.field);
        if (!c.part.isEmpty())
            o.insert(QStringLiteral("part"), c.part);
        columns.append(o);
    }
    return {{QStringLiteral("columns"), columns}};
}

Result ImportMapping::fromJson(const QJsonObject &json, const QStringList &headers, ImportMapping *mapping)
{
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    if (columns.size() != headers.size())
        return Result::failure(Tr::tr("The mapping has %1 columns but the file has %2. Map this file's columns again.")
                                   .arg(columns.size())
                                   .arg(headers.size()));
    ImportMapping m;
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonObject o = columns.at(i).toObject();
        Column c;
        c.header = o.value(QStringLiteral("header")).toString();
        if (headerKey({c.header}) != headerKey({headers.at(i)}))
            return Result::failure(Tr::tr("Column %1 of the file is “%2”, but the mapping was made for “%3”. Map this file's columns again.")
                                       .arg(i + 1)
                                       .arg(headers.at(i), c.header));
        c.header = headers.at(i);
        const QString target = o.value(QStringLiteral("target")).toString();
        c.target = target == QLatin1String("field")    ? Target::Field
            : target == QLatin1String("custom") ? Target::Custom
                                                : Target::Ignore;
        c.field = o.value(QStringLiteral("field")).toString();
        c.part = o.value(QStringLiteral("part")).toString();
        if (c.target != Target::Ignore && c.field.isEmpty())
            return Result::failure(Tr::tr("Column %1 (“%2”) of the mapping names no field. Choose one or ignore the column.")
                                       .arg(i + 1)
                                       .arg(c.header));
        m.m_columns << c;
    }
    *mapping = m;
    return Result::success();
}

} // namespace Kempt
