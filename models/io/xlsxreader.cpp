#include "io/xlsxreader.h"
#include "io/xlsxtext.h"
#include "io/xlsxworkbook.h"
#include "io/xmlpart.h"
#include "io/zippackage.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int kMaxColumns = 16384;     // XFD, Excel's last column
constexpr qint64 kMaxRows = 1048576;   // Excel's last row

// "B12" -> column 1 and row 12; false when it is no cell reference Excel could write.
bool parseReference(QStringView ref, int *column, qint64 *row)
{
    qsizetype i = 0;
    int col = 0;
    for (; i < ref.size(); ++i) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < 'A' || c > 'Z')
            break;
        col = col * 26 + (c - 'A' + 1);
        if (col > kMaxColumns)
            return false;
    }
    if (col == 0)
        return false;
    *column = col - 1;
    if (row) {
        bool ok = false;
        *row = ref.mid(i).toLongLong(&ok);
        if (!ok || *row < 1 || *row > kMaxRows)
            return false;
    }
    return true;
}

bool parseRange(QStringView ref, TableSource::CellRange *range)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    int c1 = 0, c2 = 0;
    qint64 r1 = 0, r2 = 0;
    if (!parseReference(ref.left(colon), &c1, &r1) || !parseReference(ref.mid(colon + 1), &c2, &r2))
        return false;
    range->firstRow = int(qMin(r1, r2) - 1);
    range->lastRow = int(qMax(r1, r2) - 1);
    range->firstColumn = qMin(c1, c2);
    range->lastColumn = qMax(c1, c2);
    return true;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

XlsxReader::XlsxReader(const QString &path)
    : TableSource(path)
{
}

XlsxReader::XlsxReader(QIODevice *device, const QString &name)
    : TableSource(device, name)
{
}

XlsxReader::~XlsxReader() = default;

Result XlsxReader::openSource()
{
    m_part.reset();
    m_package = std::make_unique<ZipPackage>(device(), fileName(), QStringLiteral("XLSX"));
    Result r = m_package->open();
    if (!r)
        return r;
    m_workbook = std::make_unique<XlsxWorkbook>(*m_package);
    r = m_workbook->read();
    if (!r)
        return r;
    QList<Sheet> sheets;
    for (const XlsxWorkbook::SheetPart &s : m_workbook->sheets())
        sheets << s.sheet;
    setSheets(sheets);
    return Result::success();
}

QString XlsxReader::place(qint64 row) const
{
    return row > 0 ? Tr::tr("%1, sheet \"%2\", row %3").arg(fileName(), sheetName()).arg(row) : Tr::tr("%1, sheet \"%2\"").arg(fileName(), sheetName());
}

void XlsxReader::failPart(qint64 row)
{
    QString message = m_part->status().message();
    message += QLatin1Char(' ') + Tr::tr("The problem is in sheet \"%1\" after row %2.").arg(sheetName()).arg(row);
    if (!m_part->errorDetail().isEmpty())
        message += QLatin1Char(' ') + Tr::tr("(XML error: %1)").arg(m_part->errorDetail());
    fail(message);
}

Result XlsxReader::startSheet(int index)
{
    m_part.reset();
    m_lastRow = 0;
    m_lastColumn = -1;
    m_inData = false;
    m_part = std::make_unique<XmlPart>(*m_package, m_workbook->sheets().at(index).path);
    Result r = m_part->open();
    if (!r)
        return r;
    QXmlStreamReader &x = m_part->xml();
    while (m_part->readNext()) {
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("dimension")) {
            CellRange range;
            if (parseRange(x.attributes().value(QLatin1String("ref")), &range))
                declareUsedRange(range);
        } else if (x.name() == QLatin1String("sheetData")) {
            m_inData = true;
            return Result::success();
        }
    }
    if (!m_part->status()) {
        failPart(0);
        return status();
    }
    return Result::success(); // a sheet without data: no rows
}

qint64 XlsxReader::bytesDone() const
{
    return m_part ? m_part->bytesRead() : 0;
}

qint64 XlsxReader::bytesTotal() const
{
    return m_part ? m_part->size() : 0;
}

bool XlsxReader::readRow(QStringList *row, qint64 *number)
{
    if (!m_part || failed())
        return false;
    QXmlStreamReader &x = m_part->xml();
    while (m_part->readNext()) {
        if (x.isEndElement() && x.name() == QLatin1String("sheetData")) {
            m_inData = false;
            continue;
        }
        if (!x.isStartElement())
            continue;
        const QStringView name = x.name();
        if (name == QLatin1String("row") && m_inData) {
            const QStringView r = x.attributes().value(QLatin1String("r"));
            qint64 n = m_lastRow + 1;
            if (!r.isEmpty()) {
                bool ok = false;
                n = r.toLongLong(&ok);
                if (!ok || n < 1 || n > kMaxRows) {
                    fail(Tr::tr("%1: the row number \"%2\" is not valid. The file is damaged; open it in your spreadsheet program and "
                                "save it again.").arg(place(m_lastRow + 1), r.toString()));
                    return false;
                }
            }
            m_lastRow = n;
            m_lastColumn = -1;
            while (m_part->readNext()) {
                if (x.isStartElement()) {
                    if (x.name() == QLatin1String("c")) {
                        if (!readCell(row, n))
                            return false;
                    } else {
                        m_part->skipElement();
                    }
                } else if (x.isEndElement()) {
                    *number = n;
                    return true; // </row>
                }
            }
            break;
        }
        if (name == QLatin1String("mergeCell")) {
            CellRange range;
            if (parseRange(x.attributes().value(QLatin1String("ref")), &range))
                addMergedRange(range);
        }
    }
    if (!m_part->status())
        failPart(m_lastRow);
    return false;
}

bool XlsxReader::readCell(QStringList *row, qint64 rowNumber)
{
    QXmlStreamReader &x = m_part->xml();
    int column = m_lastColumn + 1;
    char type = 'n';
    int style = 0;
    {
        const QXmlStreamAttributes a = x.attributes();
        const QStringView ref = a.value(QLatin1String("r"));
        if (!ref.isEmpty() && !parseReference(ref, &column, nullptr)) {
            fail(Tr::tr("%1: the cell reference \"%2\" is outside any sheet. The file is damaged; open it in your spreadsheet program and "
                        "save it again.").arg(place(rowNumber), ref.toString()));
            return false;
        }
        if (column >= kMaxColumns) {
            fail(Tr::tr("%1 has more than %2 columns. The file is damaged; open it in your spreadsheet program and save it again.")
                     .arg(place(rowNumber)).arg(kMaxColumns));
            return false;
        }
        const QStringView t = a.value(QLatin1String("t"));
        if (t == QLatin1String("s"))
            type = 's';
        else if (t == QLatin1String("inlineStr"))
            type = 'i';
        else if (t == QLatin1String("str"))
            type = 'f';
        else if (t == QLatin1String("b"))
            type = 'b';
        else if (t == QLatin1String("e"))
            type = 'e';
        else if (t == QLatin1String("d"))
            type = 'd';
        style = a.value(QLatin1String("s")).toInt();
    }
    m_lastColumn = column;

    QString value;
    QString inlineText;
    bool hasInline = false;
    while (m_part->readNext()) {
        if (x.isStartElement()) {
            const QStringView name = x.name();
            if (name == QLatin1String("v")) {
                while (m_part->readNext() && !x.isEndElement()) {
                    if (!x.isCharacters())
                        continue;
                    if (value.isEmpty())
                        value = x.text().toString();
                    else
                        value += x.text();
                }
            } else if (name == QLatin1String("is")) {
                inlineText = XlsxText::readItem(*m_part);
                hasInline = true;
            } else {
                m_part->skipElement(); // <f>, <extLst>: the cached value is what counts
            }
        } else if (x.isEndElement()) {
            break; // </c>
        }
    }
    if (!m_part->status().ok())
        return true; // readRow reports it

    QString text;
    switch (type) {
    case 's': {
        if (value.isEmpty())
            break;
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_workbook->sharedStringCount()) {
            fail(Tr::tr("%1, cell %2: refers to shared text number %3, which the file does not have. The file is damaged; open it in your "
                        "spreadsheet program and save it again.").arg(place(rowNumber), columnName(column) + QString::number(rowNumber), value));
            return false;
        }
        text = m_workbook->sharedString(index);
        break;
    }
    case 'i':
        text = inlineText;
        break;
    case 'b':
        text = value == QLatin1String("1") ? QStringLiteral("TRUE") : value == QLatin1String("0") ? QStringLiteral("FALSE") : value;
        break;
    case 'f':
    case 'e':
    case 'd':
        text = value;
        break;
    default:
        if (hasInline)
            text = inlineText;
        else if (!value.isEmpty())
            text = m_workbook->format(style).render(value, m_workbook->date1904());
        break;
    }
    if (text.isEmpty())
        return true;
    while (row->size() <= column)
        row->append(QString());
    (*row)[column] = text;
    return true;
}

} // namespace Kempt
