#pragma once

#include "import/importmapping.h"
#include "import/importoptions.h"
#include "quality/qualityissue.h"
#include "quality/qualityrecord.h"
#include "quality/ruleengine.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <optional>

namespace Kempt {

// The import wizard's cleanup preview: rows of the file as contacts, put through the
// style guide the way the Importer will, with every cell "before → after" and the issues
// the guide finds in it. Column 0 tells what happens to the row (imported as it is,
// values fixed, warnings, errors, rejected); the other columns are the contact fields the
// rows have values in, in the order of the style guide's fields, then the note and custom
// columns. Problems are
// counted by rule for the page's summary. Read-only; headless so that it can be tested.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class RowStatus { Clean, Fixed, Warning, Error, Rejected };
    Q_ENUM(RowStatus)

    enum Role {
        BeforeRole = Qt::UserRole + 1, // the value as the file has it (several joined by ", ")
        AfterRole,                     // the value as it will be stored
        ChangedRole,                   // bool: the style guide's fixes change it
        IssueMessagesRole,             // QStringList: what the guide says about this cell
        SeverityRole,                  // int(StyleGuideRule::Severity) of the worst issue; -1 for none
        RowStatusRole,                 // int(RowStatus), on every cell of the row
        FieldKeyRole,                  // the field's key (QualityRecord key or "custom:<label>")
        FileRowRole,                   // qint64: the row's number in the file
    };
    Q_ENUM(Role)

    // One kind of problem, with the rows of the preview it concerns.
    struct Problem
    {
        QString ruleId;
        QString title; // RuleText::problemTitle
        StyleGuideRule::Severity severity = StyleGuideRule::Severity::Warning;
        int rows = 0;
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setEngine(const RuleEngine &engine);
    // rows: cells of the data rows (the header row left out); numbers: their numbers in
    // the file, the same length.
    void setRows(const QList<QStringList> &rows, const QList<qint64> &numbers);
    void setMapping(const ImportMapping &mapping);
    void setCleanup(ImportOptions::Cleanup cleanup);
    void setSkipInvalidRows(bool skip);
    // Delimited text: a row with more cells than the header is rejected (see ImportRows).
    void setDelimitedText(bool delimited);
    ImportOptions::Cleanup cleanup() const { return m_cleanup; }
    bool skipInvalidRows() const { return m_skipInvalid; }

    // Ranked by rows, most first; fixes the guide applies count as problems of severity Fix.
    QList<Problem> problems() const { return m_problems; }
    int rowsWithStatus(RowStatus status) const;
    // Values the fixes change in all rows (0 when the originals are kept).
    int fixedValues() const { return m_fixedValues; }
    // Why the row will not be imported; empty when it will.
    QString rejectionReason(int row) const;
    QString fieldKeyAt(int column) const;
    int columnOf(const QString &fieldKey) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Cell
    {
        QString before;
        QString after;
        QStringList messages;
        int severity = -1;
    };
    struct Row
    {
        qint64 number = 0;
        RowStatus status = RowStatus::Clean;
        QString reason;     // rejected rows
        QStringList notes;  // findings about the whole record
        int fixes = 0;
        int errors = 0;
        int warnings = 0;
        QList<Cell> cells;  // one per field column
    };
    struct Column
    {
        QString key;
        QString label;
        QualityField field = QualityField::Count; // Count for a custom column
    };

    void rebuild();
    QList<Column> columnsFor(const QList<QualityRecord> &originals) const;
    QVariant statusData(const Row &row, int role) const;

    std::optional<RuleEngine> m_engine;
    QList<QStringList> m_source;
    QList<qint64> m_numbers;
    ImportMapping m_mapping;
    ImportOptions::Cleanup m_cleanup = ImportOptions::Cleanup::ApplyFixes;
    bool m_skipInvalid = false;
    bool m_delimited = false;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<Problem> m_problems;
    int m_fixedValues = 0;
};

} // namespace Kempt
