#include "io/xlsxworkbook.h"
#include "io/xlsxtext.h"
#include "io/xmlpart.h"
#include "io/zippackage.h"

#include <QCoreApplication>
#include <QDir>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship target relative to the part that names it, as a package path without "/".
QString resolve(const QString &base, const QString &target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : directoryOf(base) + target;
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1String("../")))
        path.remove(0, 3);
    return path;
}

QString relationsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return directoryOf(part) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QString lastWord(QStringView type)
{
    const qsizetype slash = type.lastIndexOf(QLatin1Char('/'));
    return type.mid(slash + 1).toString();
}

// An attribute by its local name whatever its prefix (r:id, ns:id, relationships:id).
QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name)
            return a.value();
    return {};
}

bool isTrue(QStringView v)
{
    return v == QLatin1String("1") || v == QLatin1String("true");
}

} // namespace

XlsxWorkbook::XlsxWorkbook(ZipPackage &package)
    : m_package(package)
{
}

Result XlsxWorkbook::partFailure(const Result &status, const QString &detail) const
{
    if (detail.isEmpty())
        return status;
    return Result::failure(status.message() + QLatin1Char(' ') + Tr::tr("(XML error: %1)").arg(detail));
}

Result XlsxWorkbook::read()
{
    QHash<QString, Relation> root;
    Result r = readRelations(QStringLiteral("_rels/.rels"), &root);
    if (!r)
        return r;
    QString workbook;
    for (const Relation &rel : std::as_const(root))
        if (rel.type == QLatin1String("officeDocument"))
            workbook = rel.target;
    if (workbook.isEmpty())
        workbook = QStringLiteral("xl/workbook.xml");
    if (!m_package.contains(workbook))
        return Result::failure(Tr::tr("%1 is not an Excel workbook: it has no workbook part (it may be a Word or PowerPoint file). Choose "
                                      "the spreadsheet, or save it from your spreadsheet program as .xlsx.").arg(m_package.name()));
    QHash<QString, Relation> relations;
    r = readRelations(relationsOf(workbook), &relations);
    if (!r)
        return r;
    for (const Relation &rel : std::as_const(relations)) {
        if (rel.type == QLatin1String("styles")) {
            r = readStyles(rel.target);
            if (!r)
                return r;
        }
    }
    for (const Relation &rel : std::as_const(relations)) {
        if (rel.type == QLatin1String("sharedStrings")) {
            r = readSharedStrings(rel.target);
            if (!r)
                return r;
        }
    }
    return readWorkbook(workbook, relations);
}

Result XlsxWorkbook::readRelations(const QString &part, QHash<QString, Relation> *relations)
{
    if (!m_package.contains(part))
        return Result::success();
    XmlPart xml(m_package, part);
    Result r = xml.open();
    if (!r)
        return r;
    while (xml.readNext()) {
        if (!xml.xml().isStartElement() || xml.xml().name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString target = resolve(part.startsWith(QLatin1String("_rels/")) ? QString() : directoryOf(part).chopped(6),
                                       a.value(QLatin1String("Target")).toString());
        relations->insert(a.value(QLatin1String("Id")).toString(), Relation{lastWord(a.value(QLatin1String("Type"))), target});
    }
    return partFailure(xml.status(), xml.errorDetail());
}

Result XlsxWorkbook::readWorkbook(const QString &path, const QHash<QString, Relation> &relations)
{
    XmlPart xml(m_package, path);
    Result r = xml.open();
    if (!r)
        return r;
    while (xml.readNext()) {
        if (!xml.xml().isStartElement())
            continue;
        const QStringView name = xml.xml().name();
        const QXmlStreamAttributes a = xml.xml().attributes();
        if (name == QLatin1String("workbookPr")) {
            m_date1904 = isTrue(a.value(QLatin1String("date1904")));
        } else if (name == QLatin1String("sheet")) {
            const Relation rel = relations.value(attribute(a, QLatin1String("id")).toString());
            SheetPart s;
            s.sheet.name = a.value(QLatin1String("name")).toString();
            const QStringView state = a.value(QLatin1String("state"));
            s.sheet.hidden = state == QLatin1String("hidden") || state == QLatin1String("veryHidden");
            s.sheet.hasCells = rel.type == QLatin1String("worksheet") && m_package.contains(rel.target);
            s.path = rel.target;
            m_sheets << s;
        }
    }
    return partFailure(xml.status(), xml.errorDetail());
}

Result XlsxWorkbook::readStyles(const QString &path)
{
    if (!m_package.contains(path))
        return Result::success();
    XmlPart xml(m_package, path);
    Result r = xml.open();
    if (!r)
        return r;
    QHash<int, QString> custom;
    bool inCellXfs = false;
    QList<int> xfs;
    while (xml.readNext()) {
        QXmlStreamReader &x = xml.xml();
        if (x.isStartElement()) {
            const QStringView name = x.name();
            if (name == QLatin1String("numFmt"))
                custom.insert(x.attributes().value(QLatin1String("numFmtId")).toInt(), x.attributes().value(QLatin1String("formatCode")).toString());
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (name == QLatin1String("xf") && inCellXfs)
                xfs << x.attributes().value(QLatin1String("numFmtId")).toInt();
        } else if (x.isEndElement() && x.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    for (int id : std::as_const(xfs))
        m_formats << (custom.contains(id) ? NumberFormat::fromCode(custom.value(id)) : NumberFormat::builtIn(id));
    return partFailure(xml.status(), xml.errorDetail());
}

Result XlsxWorkbook::readSharedStrings(const QString &path)
{
    if (!m_package.contains(path))
        return Result::success();
    XmlPart xml(m_package, path);
    Result r = xml.open();
    if (!r)
        return r;
    m_offsets << 0;
    while (xml.readNext()) {
        if (xml.xml().isStartElement()) {
            if (xml.xml().name() == QLatin1String("sst")) {
                const int count = xml.xml().attributes().value(QLatin1String("uniqueCount")).toInt();
                m_offsets.reserve(qBound(0, count, 1 << 20) + 1);
            } else if (xml.xml().name() == QLatin1String("si")) {
                m_pool += XlsxText::readItem(xml);
                m_offsets << m_pool.size();
            }
        }
    }
    m_pool.squeeze();
    return partFailure(xml.status(), xml.errorDetail());
}

} // namespace Kempt
