#include "importtext.h"

namespace Kempt {

QString ImportText::formatLabel(SourceFactory::Format format)
{
    switch (format) {
    case SourceFactory::Format::Delimited: return tr("CSV or other delimited text");
    case SourceFactory::Format::Xlsx: return tr("Excel workbook (.xlsx)");
    case SourceFactory::Format::Ods: return tr("OpenDocument spreadsheet (.ods)");
    case SourceFactory::Format::VCard: return tr("vCard address book (.vcf)");
    }
    return QString();
}

QList<QChar> ImportText::delimiters()
{
    return {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
}

QString ImportText::delimiterLabel(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("Comma ( , )");
    if (delimiter == QLatin1Char(';'))
        return tr("Semicolon ( ; )");
    if (delimiter == QLatin1Char('\t'))
        return tr("Tab");
    if (delimiter == QLatin1Char('|'))
        return tr("Vertical bar ( | )");
    return QStringLiteral("%1").arg(delimiter);
}

QString ImportText::delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("comma");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    if (delimiter == QLatin1Char('|'))
        return tr("vertical bar");
    return QString(delimiter);
}

QString ImportText::detected(const QString &value, bool detected)
{
    return detected ? tr("%1, detected").arg(value)
                    : tr("%1, as chosen").arg(value);
}

} // namespace Kempt
