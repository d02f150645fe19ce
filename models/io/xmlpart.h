#pragma once

#include "core/result.h"

#include <QString>
#include <QXmlStreamReader>
#include <memory>

class QuaZipFile;

namespace Kempt {

class ZipPackage;

// One XML part of a ZipPackage, unpacked and parsed as a stream: a block of bytes is
// unpacked only when the parser needs it, so a sheet of a million rows costs the memory
// of one block. A document type declaration is refused, because spreadsheets never have
// one and it is how entity-expansion attacks ("billion laughs") start; QXmlStreamReader
// never loads external entities.
class XmlPart
{
public:
    XmlPart(ZipPackage &package, const QString &path);
    ~XmlPart();
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    // Fails when the part is missing, exceeds the package's limits or cannot be unpacked.
    Result open();
    bool isOpen() const { return m_file != nullptr; }
    // The next token; false at the end of the document or on an error (see status()).
    bool readNext();
    // Reads to the end of the current element (the reader stands on its start).
    bool skipElement();
    QXmlStreamReader &xml() { return m_xml; }
    bool atEnd() const { return m_done; }
    // The failure of the part: damaged XML, a DTD, a ZIP bomb, a truncated archive. The
    // message names the file and the part; callers add the sheet and row.
    Result status() const { return m_status; }
    QString errorDetail() const { return m_detail; }

    qint64 bytesRead() const { return m_read; }
    qint64 size() const { return m_size; }

private:
    // Unpacks the next block, for the parser or (after the document's end) only to check it.
    bool feed(bool parse);
    void fail(const QString &message, const QString &detail = QString());

    ZipPackage &m_package;
    QString m_path;
    QString m_stored;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    Result m_status;
    QString m_detail;
    qint64 m_read = 0;
    qint64 m_size = 0;
    bool m_eof = false;
    bool m_done = false;
    int m_depth = 0;
    bool m_rootClosed = false;
};

} // namespace Kempt
