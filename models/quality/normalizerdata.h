#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Kempt {

// Reads the tables the normalizers ship in normalizers.qrc (":/kempt/quality/...").
// The resource lives in the static kempt_models library, so it is registered here,
// on first use, instead of relying on a static initialiser the linker may drop.
class NormalizerData
{
public:
    // The UTF-8 text of a shipped table; empty when it does not exist.
    static QString text(const QString &name);
    // The rows of a tab-separated table: blank lines and lines starting with '#' skipped,
    // cells trimmed.
    static QList<QStringList> tsvRows(const QString &name);
    static QList<QStringList> parseTsv(const QString &text);
};

} // namespace Kempt
