#pragma once

#include "core/result.h"
#include "domain/contact.h"
#include "import/importmapping.h"
#include "import/importoptions.h"
#include "import/rowmapper.h"
#include "quality/qualityissue.h"

#include <QHash>
#include <QStringList>

namespace Kempt {

class RuleEngine;
class TableSource;

// The rows of an import file as the import sees them, shared by the Importer and by
// ImportDuplicates so that the duplicate preview judges exactly the contacts the import
// will write:
// - layout(): the header row (PreambleDetector unless given), the headers and the mapping
//   (guessed unless given), checked the way the import checks them;
// - prepare(): one row mapped (RowMapper), cleaned with the style guide's fixes (unless
//   the original values are kept) and judged: rejected with a reason when it has nothing
//   to know the person by, when it has more cells than the header in delimited text (an
//   unquoted delimiter shifted its values), or when it breaks a rule that blocks saving
//   and invalid rows are skipped.
class ImportRows
{
public:
    struct Layout
    {
        int headerRow = 0; // 0: the file has no header row
        QStringList headers;
        ImportMapping mapping;
    };

    struct Row
    {
        Contact contact;
        QString note;
        QList<QualityIssue> issues; // after cleanup
        int fixes = 0;              // values the fixes changed
        QString rejected;           // why the row is not imported; empty when it is
    };

    // Leaves source at its first data row.
    static Result layout(TableSource &source, const ImportOptions &options, Layout *layout);
    static bool isEmpty(const QStringList &cells);

    // customKeys: the custom field key of each custom column's label (see RowMapper).
    ImportRows(const RuleEngine &engine, const Layout &layout, const ImportOptions &options, bool delimitedText,
               const QHash<QString, QString> &customKeys = {});

    Row prepare(qint64 number, const QStringList &cells) const;

private:
    const RuleEngine &m_engine;
    RowMapper m_mapper;
    int m_width;
    bool m_delimited;
    bool m_applyFixes;
    bool m_skipInvalid;
};

} // namespace Kempt
