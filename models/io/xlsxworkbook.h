#pragma once

#include "core/result.h"
#include "io/numberformat.h"
#include "io/tablesource.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Kempt {

class ZipPackage;

// The parts of an XLSX package a reader needs before the first row: the sheets in the
// order the workbook lists them (which is not the order of their ids), where each sheet's
// XML is, the date system, the number format of every cell style and the shared strings.
// Parts are found through the package relationships, so files that do not use the usual
// xl/ layout (or use other namespace prefixes, or ISO strict) open too.
class XlsxWorkbook
{
public:
    struct SheetPart
    {
        TableSource::Sheet sheet;
        QString path; // the sheet's part in the package
    };

    explicit XlsxWorkbook(ZipPackage &package);
    Result read();

    QList<SheetPart> sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    // The format of cell style s (the "s" attribute of a cell); General when unknown.
    NumberFormat format(int style) const { return style >= 0 && style < m_formats.size() ? m_formats.at(style) : NumberFormat(); }
    // The shared strings are kept back to back in one buffer: a workbook with millions of
    // distinct values (e-mail addresses) then costs half the memory of a list of strings.
    qsizetype sharedStringCount() const { return m_offsets.isEmpty() ? 0 : m_offsets.size() - 1; }
    QString sharedString(qsizetype index) const
    {
        return m_pool.mid(m_offsets.at(index), m_offsets.at(index + 1) - m_offsets.at(index));
    }

private:
    // Relationship id -> (type's last word, resolved target) of a part.
    struct Relation
    {
        QString type;
        QString target;
    };
    Result readRelations(const QString &part, QHash<QString, Relation> *relations);
    Result readWorkbook(const QString &path, const QHash<QString, Relation> &relations);
    Result readStyles(const QString &path);
    Result readSharedStrings(const QString &path);
    Result partFailure(const Result &status, const QString &detail) const;

    ZipPackage &m_package;
    QList<SheetPart> m_sheets;
    bool m_date1904 = false;
    QList<NumberFormat> m_formats;
    QString m_pool;
    QList<qsizetype> m_offsets;
};

} // namespace Kempt
