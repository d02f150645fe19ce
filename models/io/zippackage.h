#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <memory>

class QIODevice;
class QuaZip;

namespace Kempt {

// An Office package (XLSX, ODS: a ZIP archive of XML parts) opened for reading, with the
// guards a file from a stranger needs. A ZIP bomb cannot fill the memory or the disk: a
// part may not unpack to more than maxPartBytes, nor grow more than maxRatio times once it
// is larger than ratioGraceBytes (ordinary sheets grow 5 to 30 times, bombs a thousand).
// Parts are found by name without regard to case, as Excel does.
class ZipPackage
{
public:
    struct Limits
    {
        qint64 maxPartBytes = qint64(4) << 30;
        double maxRatio = 250;
        qint64 ratioGraceBytes = qint64(16) << 20;
        int maxParts = 20000;
    };

    struct PartInfo
    {
        QString name;             // as stored in the archive
        qint64 compressedSize = 0;
        qint64 size = 0;          // unpacked
    };

    // kind names the format in messages ("XLSX", "ODS"); name stands for the file.
    ZipPackage(QIODevice *device, const QString &name, const QString &kind);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    static Limits defaultLimits();
    // For tests: makes every package opened afterwards use these limits.
    static void setDefaultLimits(const Limits &limits);

    // Tells an empty file, an encrypted or legacy Office file, a file that is no ZIP and a
    // truncated ZIP apart, each with a message that says what to do.
    Result open();
    bool contains(const QString &path) const { return m_parts.contains(path.toLower()); }
    // The part's stored name and sizes; empty name when missing.
    PartInfo part(const QString &path) const { return m_parts.value(path.toLower()); }
    // Checks the part against the limits before a byte of it is unpacked.
    Result checkPart(const PartInfo &part) const;

    QuaZip *zip() const { return m_zip.get(); }
    QString name() const { return m_name; }
    QString kind() const { return m_kind; }
    Limits limits() const { return m_limits; }
    // A message for a part that turned out damaged while being read.
    QString damagedMessage(const QString &part) const;
    QString bombMessage(const QString &part) const;

private:
    QIODevice *m_device;
    QString m_name;
    QString m_kind;
    Limits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, PartInfo> m_parts; // lower-cased name -> part
};

} // namespace Kempt
