#include "styleguidefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StyleGuideFiles)
};

Result writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Result::failure(Tr::tr("Cannot write %1: %2. Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Result::success();
}

} // namespace

Result StyleGuideFiles::readJson(const QString &path, StyleGuide *guide)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(Tr::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const Result r = StyleGuide::fromJson(file.readAll(), guide);
    if (!r)
        return Result::failure(Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), r.message()));
    return Result::success();
}

Result StyleGuideFiles::writeJson(const StyleGuide &guide, const QString &path)
{
    return writeFile(path, guide.toJson());
}

Result StyleGuideFiles::writeHtml(const QString &html, const QString &path)
{
    return writeFile(path, html.toUtf8());
}

Result StyleGuideFiles::writePdf(const QString &html, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(Tr::tr("Data style guide"));
        writer.setCreator(QStringLiteral("Kempt"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Result::failure(Tr::tr("Cannot write %1. Choose another folder.").arg(QDir::toNativeSeparators(path)));
    return Result::success();
}

bool StyleGuideFiles::print(const QString &html, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print Style Guide"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return true;
}

} // namespace Kempt
