#include "io/xmlpart.h"
#include "io/zippackage.h"

#include <QCoreApplication>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Large enough that the parser rarely stops for data, small enough to be nothing in memory.
constexpr qint64 kBlock = 256 * 1024;

} // namespace

XmlPart::XmlPart(ZipPackage &package, const QString &path)
    : m_package(package)
    , m_path(path)
{
}

XmlPart::~XmlPart()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

Result XmlPart::open()
{
    const ZipPackage::PartInfo info = m_package.part(m_path);
    if (info.name.isEmpty()) {
        m_status = Result::failure(Tr::tr("%1 is not a complete %2 file: the part %3 is missing. Open it in your spreadsheet program and save "
                                          "it again.").arg(m_package.name(), m_package.kind(), m_path));
        return m_status;
    }
    m_stored = info.name;
    m_size = info.size;
    m_status = m_package.checkPart(info);
    if (!m_status)
        return m_status;
    if (!m_package.zip()->setCurrentFile(info.name)) {
        m_status = Result::failure(m_package.damagedMessage(info.name));
        return m_status;
    }
    m_file = std::make_unique<QuaZipFile>(m_package.zip());
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_file.reset();
        m_status = Result::failure(m_package.damagedMessage(info.name));
        return m_status;
    }
    return m_status;
}

void XmlPart::fail(const QString &message, const QString &detail)
{
    if (m_status.ok()) {
        m_status = Result::failure(message);
        m_detail = detail;
    }
    m_done = true;
}

bool XmlPart::feed(bool parse)
{
    if (m_eof || !m_file)
        return false;
    const QByteArray block = m_file->read(kBlock);
    if (block.isEmpty()) {
        m_eof = true;
        // Closing checks the CRC: a part whose bytes were damaged fails here.
        m_file->close();
        if (m_file->getZipError() != UNZ_OK || m_read < m_size)
            fail(m_package.damagedMessage(m_stored));
        return m_status.ok();
    }
    m_read += block.size();
    if (m_read > m_size || m_read > m_package.limits().maxPartBytes) {
        fail(m_package.bombMessage(m_stored));
        return false;
    }
    if (parse)
        m_xml.addData(block);
    return true;
}

bool XmlPart::readNext()
{
    if (m_done || !m_file)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (!m_eof) {
                    if (!feed(true) && !m_status.ok())
                        return false;
                    continue;
                }
                // In incremental mode the reader waits for more after the root element
                // closed; all data has come, so the document is complete.
                if (m_rootClosed) {
                    m_done = true;
                    return false;
                }
            }
            fail(m_package.damagedMessage(m_stored), m_xml.errorString());
            return false;
        }
        if (token == QXmlStreamReader::DTD) {
            fail(Tr::tr("%1 was refused: its part %2 contains a document type declaration (DTD), which no %3 file needs and which can be "
                        "used to attack the program reading it. Open the file in your spreadsheet program and save it again.")
                     .arg(m_package.name(), m_stored, m_package.kind()));
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
        } else if (token == QXmlStreamReader::EndElement && --m_depth == 0) {
            m_rootClosed = true;
            // Unpack what is left so the CRC of the whole part is checked, without parsing it.
            while (!m_eof && feed(false)) {
            }
            if (!m_status.ok())
                return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            return false;
        }
        return true;
    }
}

bool XmlPart::skipElement()
{
    int depth = 1;
    while (depth > 0 && readNext()) {
        if (m_xml.isStartElement())
            ++depth;
        else if (m_xml.isEndElement())
            --depth;
    }
    return depth == 0;
}

} // namespace Kempt
