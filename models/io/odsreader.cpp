#include "io/odsreader.h"
#include "io/numberformat.h"
#include "io/xmlpart.h"
#include "io/zippackage.h"

#include <QCoreApplication>
#include <QSet>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxRows = 1048576;

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kContent = QStringLiteral("content.xml");

qint64 repeatCount(const QXmlStreamAttributes &a, QLatin1String name)
{
    const QStringView v = a.value(kTable, name);
    if (v.isEmpty())
        return 1;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok && n > 0 ? n : 1;
}

bool isZeroPaddedDisplay(const QString &display, const QString &number)
{
    if (display.size() < 2 || !display.startsWith(QLatin1Char('0')) || display.size() <= number.size())
        return false;
    for (const QChar c : display)
        if (!c.isDigit())
            return false;
    return display.endsWith(number);
}

} // namespace

OdsReader::OdsReader(const QString &path)
    : TableSource(path)
{
}

OdsReader::OdsReader(QIODevice *device, const QString &name)
    : TableSource(device, name)
{
}

OdsReader::~OdsReader() = default;

Result OdsReader::openSource()
{
    m_part.reset();
    m_package = std::make_unique<ZipPackage>(device(), fileName(), QStringLiteral("ODS"));
    Result r = m_package->open();
    if (!r)
        return r;
    if (!m_package->contains(kContent))
        return Result::failure(Tr::tr("%1 is not an OpenDocument spreadsheet: it has no content part. Choose the spreadsheet, or save it "
                                      "from your spreadsheet program as .ods.").arg(fileName()));
    r = checkEncryption();
    if (!r)
        return r;
    return listSheets();
}

Result OdsReader::checkEncryption()
{
    const QString manifest = QStringLiteral("META-INF/manifest.xml");
    if (!m_package->contains(manifest))
        return Result::success();
    XmlPart xml(*m_package, manifest);
    Result r = xml.open();
    if (!r)
        return r;
    while (xml.readNext())
        if (xml.xml().isStartElement() && xml.xml().name() == QLatin1String("encryption-data"))
            return Result::failure(Tr::tr("%1 is password protected (encrypted). Open it in your spreadsheet program, remove the password "
                                          "and save it again.").arg(fileName()));
    return xml.status();
}

Result OdsReader::listSheets()
{
    XmlPart xml(*m_package, kContent);
    Result r = xml.open();
    if (!r)
        return r;
    QSet<QString> hiddenStyles;
    QString styleName;
    QList<Sheet> sheets;
    QXmlStreamReader &x = xml.xml();
    while (xml.readNext()) {
        if (!x.isStartElement())
            continue;
        const QStringView name = x.name();
        if (name == QLatin1String("style") && x.namespaceUri() == kStyle) {
            styleName = x.attributes().value(kStyle, QLatin1String("name")).toString();
        } else if (name == QLatin1String("table-properties")) {
            if (x.attributes().value(kTable, QLatin1String("display")) == QLatin1String("false"))
                hiddenStyles.insert(styleName);
        } else if (name == QLatin1String("table") && x.namespaceUri() == kTable) {
            const QXmlStreamAttributes a = x.attributes();
            Sheet s;
            s.name = a.value(kTable, QLatin1String("name")).toString();
            s.hidden = hiddenStyles.contains(a.value(kTable, QLatin1String("style-name")).toString());
            sheets << s;
            xml.skipElement();
        }
    }
    if (!xml.status())
        return Result::failure(xml.status().message()
                               + (xml.errorDetail().isEmpty() ? QString() : QLatin1Char(' ') + Tr::tr("(XML error: %1)").arg(xml.errorDetail())));
    setSheets(sheets);
    return Result::success();
}

Result OdsReader::startSheet(int index)
{
    m_part.reset();
    m_nextRow = 1;
    m_repeated.clear();
    m_repeatLeft = 0;
    m_tableDone = false;
    m_part = std::make_unique<XmlPart>(*m_package, kContent);
    Result r = m_part->open();
    if (!r)
        return r;
    QXmlStreamReader &x = m_part->xml();
    int seen = 0;
    while (m_part->readNext()) {
        if (x.isStartElement() && x.name() == QLatin1String("table") && x.namespaceUri() == kTable) {
            if (seen++ == index)
                return Result::success();
            m_part->skipElement();
        }
    }
    failPart();
    return status();
}

qint64 OdsReader::bytesDone() const
{
    return m_part ? m_part->bytesRead() : 0;
}

qint64 OdsReader::bytesTotal() const
{
    return m_part ? m_part->size() : 0;
}

void OdsReader::failPart()
{
    if (m_part->status().ok()) {
        fail(Tr::tr("%1: sheet \"%2\" ends before its table does. The file is damaged; open it in your spreadsheet program and save it again.")
                 .arg(fileName(), sheetName()));
        return;
    }
    QString message = m_part->status().message();
    message += QLatin1Char(' ') + Tr::tr("The problem is in sheet \"%1\" after row %2.").arg(sheetName()).arg(m_nextRow - 1);
    if (!m_part->errorDetail().isEmpty())
        message += QLatin1Char(' ') + Tr::tr("(XML error: %1)").arg(m_part->errorDetail());
    fail(message);
}

bool OdsReader::readRow(QStringList *row, qint64 *number)
{
    if (!m_part || failed())
        return false;
    if (m_repeatLeft > 0) {
        --m_repeatLeft;
        *row = m_repeated;
        *number = m_nextRow++;
        return true;
    }
    if (m_tableDone)
        return false;
    QXmlStreamReader &x = m_part->xml();
    while (m_part->readNext()) {
        if (x.isEndElement()) {
            if (x.name() == QLatin1String("table") && x.namespaceUri() == kTable) {
                m_tableDone = true;
                return false;
            }
            continue;
        }
        if (!x.isStartElement())
            continue;
        const QStringView name = x.name();
        if (name == QLatin1String("table-header-rows") || name == QLatin1String("table-rows") || name == QLatin1String("table-row-group"))
            continue; // rows inside come next
        if (name != QLatin1String("table-row")) {
            m_part->skipElement(); // columns, shapes, forms, named ranges
            continue;
        }
        const qint64 repeat = repeatCount(x.attributes(), QLatin1String("number-rows-repeated"));
        const qint64 first = m_nextRow;
        if (!parseRow(row, first))
            return false;
        if (m_nextRow > kMaxRows)
            return false;
        m_nextRow = qMin(first + repeat, kMaxRows + 1);
        if (row->isEmpty())
            continue; // empty rows only move the row number on
        *number = first;
        if (m_nextRow - first > 1) {
            m_repeated = *row;
            m_repeatLeft = m_nextRow - first - 1;
            m_nextRow = first + 1;
        }
        return true;
    }
    failPart();
    return false;
}

// Reads one <table:table-row> into row; true when the row ended where it should.
bool OdsReader::parseRow(QStringList *row, qint64 number)
{
    row->clear();
    QXmlStreamReader &x = m_part->xml();
    int column = 0;
    while (m_part->readNext()) {
        if (x.isEndElement())
            return true; // </table:table-row>
        if (!x.isStartElement())
            continue;
        const QStringView name = x.name();
        const bool covered = name == QLatin1String("covered-table-cell");
        if (!covered && name != QLatin1String("table-cell")) {
            m_part->skipElement();
            continue;
        }
        const QXmlStreamAttributes a = x.attributes();
        const qint64 repeat = repeatCount(a, QLatin1String("number-columns-repeated"));
        const qint64 spanColumns = repeatCount(a, QLatin1String("number-columns-spanned"));
        const qint64 spanRows = repeatCount(a, QLatin1String("number-rows-spanned"));
        if (!covered && (spanColumns > 1 || spanRows > 1) && column < kMaxColumns) {
            CellRange range;
            range.firstRow = int(number - 1);
            range.firstColumn = column;
            range.lastRow = int(qMin(number - 1 + spanRows - 1, kMaxRows - 1));
            range.lastColumn = int(qMin<qint64>(column + spanColumns - 1, kMaxColumns - 1));
            addMergedRange(range);
        }
        QString text = readCellText();
        if (!m_part->status().ok())
            return false;
        if (covered)
            text.clear(); // a merged range reports its value in the top-left cell only
        else {
            const QStringView type = a.value(kOffice, QLatin1String("value-type"));
            if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency")) {
                const QString number = NumberFormat::plainNumber(a.value(kOffice, QLatin1String("value")));
                text = isZeroPaddedDisplay(text, number) ? text : number;
            } else if (type == QLatin1String("date")) {
                text = a.value(kOffice, QLatin1String("date-value")).toString();
            } else if (type == QLatin1String("time")) {
                text = a.value(kOffice, QLatin1String("time-value")).toString();
            } else if (type == QLatin1String("boolean")) {
                text = a.value(kOffice, QLatin1String("boolean-value")) == QLatin1String("true") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (a.hasAttribute(kOffice, QLatin1String("string-value"))) {
                text = a.value(kOffice, QLatin1String("string-value")).toString();
            }
        }
        if (!text.isEmpty()) {
            const int end = int(qMin<qint64>(column + repeat, kMaxColumns));
            while (row->size() < end)
                row->append(row->size() >= column ? text : QString());
        }
        column = int(qMin<qint64>(column + repeat, kMaxColumns));
    }
    failPart();
    return false;
}

// The text of the cell the reader stands on, to its end: paragraphs joined by line breaks.
QString OdsReader::readCellText()
{
    QXmlStreamReader &x = m_part->xml();
    QString text;
    bool first = true;
    while (m_part->readNext()) {
        if (x.isEndElement())
            return text;
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("p") || x.name() == QLatin1String("h")) {
            if (!first)
                text += QLatin1Char('\n');
            first = false;
            readParagraph(&text);
        } else {
            m_part->skipElement(); // <office:annotation>: a comment is not the cell's value
        }
    }
    return text;
}

void OdsReader::readParagraph(QString *text)
{
    QXmlStreamReader &x = m_part->xml();
    int depth = 1;
    while (depth > 0 && m_part->readNext()) {
        if (x.isCharacters()) {
            *text += x.text();
        } else if (x.isStartElement()) {
            const QStringView name = x.name();
            if (name == QLatin1String("s")) {
                const int spaces = x.attributes().value(kText, QLatin1String("c")).toInt();
                *text += QString(qBound(1, spaces, 1000), QLatin1Char(' '));
                ++depth;
            } else if (name == QLatin1String("tab")) {
                *text += QLatin1Char('\t');
                ++depth;
            } else if (name == QLatin1String("line-break")) {
                *text += QLatin1Char('\n');
                ++depth;
            } else if (name == QLatin1String("annotation") || name == QLatin1String("note")) {
                m_part->skipElement();
            } else {
                ++depth; // <text:span>, <text:a>: their text belongs to the paragraph
            }
        } else if (x.isEndElement()) {
            --depth;
        }
    }
}

} // namespace Kempt
