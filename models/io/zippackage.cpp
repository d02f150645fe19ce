#include "io/zippackage.h"

#include <QCoreApplication>
#include <QIODevice>
#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

ZipPackage::Limits &limitsForNewPackages()
{
    static ZipPackage::Limits limits;
    return limits;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

ZipPackage::ZipPackage(QIODevice *device, const QString &name, const QString &kind)
    : m_device(device)
    , m_name(name)
    , m_kind(kind)
    , m_limits(limitsForNewPackages())
{
}

ZipPackage::~ZipPackage()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

ZipPackage::Limits ZipPackage::defaultLimits()
{
    return limitsForNewPackages();
}

void ZipPackage::setDefaultLimits(const Limits &limits)
{
    limitsForNewPackages() = limits;
}

Result ZipPackage::open()
{
    if (!m_device->seek(0))
        return Result::failure(Tr::tr("%1 cannot be read from the start: %2.").arg(m_name, m_device->errorString()));
    const QByteArray magic = m_device->peek(8);
    if (magic.isEmpty())
        return Result::failure(Tr::tr("%1 is empty (0 bytes). Export the spreadsheet again or choose another file.").arg(m_name));
    // Office writes password-protected workbooks (and old .xls/.ods-less files) as a
    // Compound File, not as a ZIP package.
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Result::failure(Tr::tr("%1 is password protected (encrypted), or an old binary Excel file (.xls). Open it in your spreadsheet "
                                      "program, remove the password and save it as %2.").arg(m_name, m_kind));
    if (!magic.startsWith("PK"))
        return Result::failure(Tr::tr("%1 is not an %2 file: it is not a ZIP package. Check that you chose the right file; if it is "
                                      "text, import it as CSV.").arg(m_name, m_kind));

    m_zip = std::make_unique<QuaZip>(m_device);
    m_zip->setAutoClose(false);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Result::failure(Tr::tr("%1 is not a complete %2 file: the ZIP package is damaged or was cut short (truncated). Download or "
                                      "copy the file again, or open it in your spreadsheet program and save it again.").arg(m_name, m_kind));
    int count = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++count > m_limits.maxParts)
            return Result::failure(Tr::tr("%1 holds more than %2 parts, far more than any %3 file; Kempt does not open it. Open it in your "
                                          "spreadsheet program and save it again.").arg(m_name).arg(m_limits.maxParts).arg(m_kind));
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            break;
        PartInfo part{info.name, qint64(info.compressedSize), qint64(info.uncompressedSize)};
        QString key = info.name.toLower();
        if (key.startsWith(QLatin1Char('/')))
            key.remove(0, 1);
        m_parts.insert(key, part);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return Result::failure(Tr::tr("%1 is not a complete %2 file: its table of contents is damaged. Download or copy the file again, "
                                      "or open it in your spreadsheet program and save it again.").arg(m_name, m_kind));
    return Result::success();
}

Result ZipPackage::checkPart(const PartInfo &part) const
{
    if (part.size > m_limits.maxPartBytes)
        return Result::failure(Tr::tr("%1 is too large to read safely: its part %2 unpacks to %3 MB, and Kempt reads at most %4 MB. Split "
                                      "the spreadsheet into smaller files or save it as CSV.")
                                   .arg(m_name, part.name, megabytes(part.size), megabytes(m_limits.maxPartBytes)));
    if (part.size > m_limits.ratioGraceBytes && double(part.size) > m_limits.maxRatio * double(qMax<qint64>(part.compressedSize, 1)))
        return Result::failure(bombMessage(part.name));
    return Result::success();
}

QString ZipPackage::damagedMessage(const QString &part) const
{
    return Tr::tr("%1 is damaged: its part %2 cannot be unpacked (the file may be truncated). Download or copy the file again, or open it "
                  "in your spreadsheet program and save it again.").arg(m_name, part);
}

QString ZipPackage::bombMessage(const QString &part) const
{
    return Tr::tr("%1 looks like a ZIP bomb: its part %2 would grow more than %3 times when unpacked. Kempt does not open it. If the file "
                  "is genuine, open it in your spreadsheet program and save it as CSV.").arg(m_name, part).arg(m_limits.maxRatio);
}

} // namespace Kempt
