#include "import/importrows.h"
#include "import/importer.h"
#include "io/preambledetector.h"
#include "io/tablesource.h"
#include "quality/qualityrecord.h"
#include "quality/ruleengine.h"

#include <QCoreApplication>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The reasons of the issues that block saving, as one sentence for the report.
QString blockingReasons(const QList<QualityIssue> &issues)
{
    QStringList reasons;
    for (const QualityIssue &issue : issues)
        if (issue.severity == StyleGuideRule::Severity::Error) {
            const QualityField field = QualityRecord::fieldForKey(Entity::Contact, issue.field);
            reasons << (field == QualityField::Count ? issue.message
                                                     : QStringLiteral("%1: %2").arg(QualityRecord::labelOf(field), issue.message));
        }
    return reasons.join(QStringLiteral("; "));
}

} // namespace

bool ImportRows::isEmpty(const QStringList &cells)
{
    for (const QString &cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

Result ImportRows::layout(TableSource &source, const ImportOptions &options, Layout *layout)
{
    *layout = Layout();
    layout->headerRow = options.headerRow < 0 ? PreambleDetector::headerRow(source) : options.headerRow;
    QStringList headers;
    Result r = Importer::readHeaders(source, layout->headerRow, &headers);
    if (!r)
        return r;
    layout->headers = headers;
    ImportMapping mapping = options.mapping;
    if (mapping.size() == 0)
        mapping = ImportMapping::guess(headers);
    else if (mapping.size() != headers.size())
        return Result::failure(Tr::tr("The mapping has %1 columns but %2 has %3. Map the columns again.")
                                   .arg(mapping.size())
                                   .arg(source.fileName())
                                   .arg(headers.size()));
    if (!mapping.mapsAnything())
        return Result::failure(Tr::tr("None of the columns of %1 could be matched to a contact field (headers: %2). "
                                      "Map them yourself, or check the header row.")
                                   .arg(source.fileName(), headers.join(QStringLiteral(", "))));
    layout->mapping = mapping;
    // The header row is read again so that data rows come after it.
    if (!(r = source.selectSheet(source.currentSheet())))
        return r;
    if (layout->headerRow > 0 && !(r = Importer::readHeaders(source, layout->headerRow, &headers)))
        return r;
    return Result::success();
}

ImportRows::ImportRows(const RuleEngine &engine, const Layout &layout, const ImportOptions &options, bool delimitedText,
                       const QHash<QString, QString> &customKeys)
    : m_engine(engine)
    , m_mapper(layout.mapping, customKeys)
    , m_width(int(layout.headers.size()))
    , m_delimited(delimitedText)
    , m_applyFixes(options.cleanup == ImportOptions::Cleanup::ApplyFixes)
    , m_skipInvalid(options.skipInvalidRows)
{
}

ImportRows::Row ImportRows::prepare(qint64 number, const QStringList &cells) const
{
    Row row;
    const int width = PreambleDetector::width(cells);
    if (m_delimited && width > m_width) {
        row.rejected = Tr::tr("Line %1 has %2 cells but the header has %3: a value holds the delimiter without quotes, so its "
                              "cells would land in the wrong columns. Put that value in quotes, or remove the extra cells.")
                           .arg(number)
                           .arg(width)
                           .arg(m_width);
        return row;
    }
    row.contact = m_mapper.map(cells);
    row.note = m_mapper.note(cells);
    QualityRecord record = QualityRecord::fromContact(row.contact);
    if (m_applyFixes) {
        QList<FieldChange> fixes;
        record = m_engine.applyFixes(record, &fixes);
        row.fixes = int(fixes.size());
        record.writeTo(&row.contact);
    }
    const Contact &c = row.contact;
    if (c.composedName().isEmpty() && c.displayName.trimmed().isEmpty() && c.companyName.trimmed().isEmpty() && c.emails.isEmpty()) {
        row.rejected = Tr::tr("The row has no name, e-mail address or company.");
        return row;
    }
    row.issues = m_engine.evaluate(record);
    if (m_skipInvalid && RuleEngine::blocksSaving(row.issues))
        row.rejected = blockingReasons(row.issues);
    return row;
}

} // namespace Kempt
