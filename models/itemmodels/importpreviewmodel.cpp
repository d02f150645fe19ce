#include "itemmodels/importpreviewmodel.h"
#include "domain/contact.h"
#include "import/importrows.h"
#include "import/rowmapper.h"
#include "quality/ruletext.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace Kempt {

namespace {

const QString kCustomPrefix = QStringLiteral("custom:");
const QString kListSeparator = QStringLiteral(", ");
const QString kNotesKey = ImportMapping::notesField();
constexpr int kStatusColumn = 0;

int worse(int a, StyleGuideRule::Severity b)
{
    // Error (0) is the worst; -1 means none yet.
    return a < 0 ? int(b) : std::min(a, int(b));
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setEngine(const RuleEngine &engine)
{
    m_engine = engine;
    rebuild();
}

void ImportPreviewModel::setRows(const QList<QStringList> &rows, const QList<qint64> &numbers)
{
    m_source = rows;
    m_numbers = numbers;
    rebuild();
}

void ImportPreviewModel::setMapping(const ImportMapping &mapping)
{
    if (mapping == m_mapping && !m_rows.isEmpty())
        return;
    m_mapping = mapping;
    rebuild();
}

void ImportPreviewModel::setCleanup(ImportOptions::Cleanup cleanup)
{
    if (cleanup == m_cleanup)
        return;
    m_cleanup = cleanup;
    rebuild();
}

void ImportPreviewModel::setSkipInvalidRows(bool skip)
{
    if (skip == m_skipInvalid)
        return;
    m_skipInvalid = skip;
    rebuild();
}

void ImportPreviewModel::setDelimitedText(bool delimited)
{
    if (delimited == m_delimited)
        return;
    m_delimited = delimited;
    rebuild();
}

QList<ImportPreviewModel::Column> ImportPreviewModel::columnsFor(const QList<QualityRecord> &records) const
{
    // The fields any row has a value in, before or after the fixes: a full name split into
    // its parts fills fields no column maps to, and the full name itself is then empty.
    QSet<int> used;
    for (const QualityRecord &record : records)
        for (int f = 0; f < int(QualityField::Count); ++f)
            if (!record.isEmpty(QualityField(f)))
                used.insert(f);
    QList<Column> columns;
    for (int f = 0; f < int(QualityField::Count); ++f)
        if (used.contains(f) && QualityRecord::appliesTo(QualityField(f), Entity::Contact))
            columns.append({QualityRecord::keyOf(QualityField(f)), QualityRecord::labelOf(QualityField(f)), QualityField(f)});
    if (!m_mapping.columnsFor(kNotesKey).isEmpty())
        columns.append({kNotesKey, tr("Note"), QualityField::Count});
    QSet<QString> custom;
    for (const ImportMapping::Column &c : m_mapping.columns())
        if (c.target == ImportMapping::Target::Custom && !custom.contains(c.field.toCaseFolded())) {
            custom.insert(c.field.toCaseFolded());
            columns.append({kCustomPrefix + c.field, c.field, QualityField::Count});
        }
    return columns;
}

void ImportPreviewModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_problems.clear();
    m_fixedValues = 0;
    if (!m_engine || m_mapping.size() == 0) {
        endResetModel();
        return;
    }
    // Custom columns are keyed by their label here: the preview never creates fields.
    QHash<QString, QString> customKeys;
    for (const ImportMapping::Column &c : m_mapping.columns())
        if (c.target == ImportMapping::Target::Custom)
            customKeys.insert(c.field, kCustomPrefix + c.field);
    ImportOptions options;
    options.cleanup = m_cleanup;
    options.skipInvalidRows = m_skipInvalid;
    ImportRows::Layout layout;
    layout.headerRow = 1;
    layout.headers = m_mapping.headers();
    layout.mapping = m_mapping;
    // The Importer's own judge: what the preview says is rejected is what the import rejects.
    const ImportRows judge(*m_engine, layout, options, m_delimited, customKeys);
    const RowMapper mapper(m_mapping, customKeys);

    struct Judged
    {
        ImportRows::Row row;
        QualityRecord original;
        QualityRecord kept;
        QList<FieldChange> fixes;
    };
    QList<Judged> judged;
    judged.reserve(m_source.size());
    QList<QualityRecord> all;
    for (int r = 0; r < m_source.size(); ++r) {
        const QStringList &cells = m_source.at(r);
        Judged j;
        j.row = judge.prepare(m_numbers.value(r, r + 1), cells);
        const Contact original = mapper.map(cells);
        j.original = QualityRecord::fromContact(original);
        if (!j.row.rejected.isEmpty()) {
            // Nothing of a rejected row is stored: it is shown as the file has it.
            j.kept = j.original;
            j.row.contact = original;
            j.row.note = mapper.note(cells);
            j.row.fixes = 0;
        } else {
            j.kept = QualityRecord::fromContact(j.row.contact);
            if (m_cleanup == ImportOptions::Cleanup::ApplyFixes)
                m_engine->applyFixes(j.original, &j.fixes); // which rules changed what, for the counts
        }
        all << j.original << j.kept;
        judged << j;
    }
    m_columns = columnsFor(all);

    QSet<QString> shownFields;
    for (const Column &column : std::as_const(m_columns))
        shownFields.insert(column.key);
    QHash<QString, QSet<int>> rowsByRule;
    QHash<QString, StyleGuideRule::Severity> severityOf;
    for (int r = 0; r < judged.size(); ++r) {
        const Judged &j = judged.at(r);
        Row row;
        row.number = m_numbers.value(r, r + 1);
        for (const Column &column : std::as_const(m_columns)) {
            Cell cell;
            if (column.key == kNotesKey) {
                cell.before = cell.after = j.row.note;
            } else if (column.field == QualityField::Count) {
                cell.before = cell.after = j.row.contact.custom.value(column.key).toString();
            } else {
                cell.before = j.original.values(column.field).join(kListSeparator);
                cell.after = j.kept.values(column.field).join(kListSeparator);
                for (const QualityIssue &issue : j.row.issues)
                    if (issue.field == column.key) {
                        cell.messages << issue.message;
                        cell.severity = worse(cell.severity, issue.severity);
                    }
            }
            row.cells << cell;
        }
        row.fixes = j.row.fixes;
        m_fixedValues += row.fixes;
        for (const FieldChange &fix : j.fixes) {
            rowsByRule[fix.ruleId].insert(r);
            severityOf.insert(fix.ruleId, StyleGuideRule::Severity::Fix);
        }
        for (const QualityIssue &issue : j.row.issues) {
            rowsByRule[issue.ruleId].insert(r);
            severityOf.insert(issue.ruleId, issue.severity);
            if (issue.severity == StyleGuideRule::Severity::Error)
                ++row.errors;
            else
                ++row.warnings; // an unapplied fix is a value not yet in the guide's form
            // Findings about the whole record, or about a field no column shows (a missing
            // owner), are told on the row.
            if (!shownFields.contains(issue.field))
                row.notes << issue.message;
        }
        row.reason = j.row.rejected;
        row.status = !row.reason.isEmpty() ? RowStatus::Rejected
            : row.errors > 0             ? RowStatus::Error
            : row.warnings > 0           ? RowStatus::Warning
            : row.fixes > 0              ? RowStatus::Fixed
                                         : RowStatus::Clean;
        m_rows << row;
    }
    for (auto it = rowsByRule.cbegin(); it != rowsByRule.cend(); ++it) {
        Problem p;
        p.ruleId = it.key();
        p.severity = severityOf.value(it.key());
        p.rows = int(it.value().size());
        const StyleGuideRule *rule = m_engine->guide().rule(it.key());
        p.title = rule ? RuleText::problemTitle(*rule) : it.key();
        m_problems << p;
    }
    std::sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        if (a.rows != b.rows)
            return a.rows > b.rows;
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        return a.title < b.title;
    });
    endResetModel();
}

int ImportPreviewModel::rowsWithStatus(RowStatus status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Row &r) { return r.status == status; }));
}

QString ImportPreviewModel::rejectionReason(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reason : QString();
}

QString ImportPreviewModel::fieldKeyAt(int column) const
{
    return column > kStatusColumn && column <= m_columns.size() ? m_columns.at(column - 1).key : QString();
}

int ImportPreviewModel::columnOf(const QString &fieldKey) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == fieldKey)
            return i + 1;
    return -1;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant ImportPreviewModel::statusData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        if (row.status == RowStatus::Rejected)
            return tr("Rejected");
        QStringList parts;
        if (row.errors > 0)
            parts << (row.errors == 1 ? tr("%Ln error", nullptr, 1) : tr("%Ln errors", nullptr, row.errors));
        if (row.warnings > 0)
            parts << (row.warnings == 1 ? tr("%Ln warning", nullptr, 1) : tr("%Ln warnings", nullptr, row.warnings));
        if (row.fixes > 0)
            parts << tr("%Ln fixed", nullptr, row.fixes);
        return parts.isEmpty() ? tr("Ready") : QLocale().createSeparatedList(parts);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!row.reason.isEmpty())
            lines << tr("Row %1 will not be imported: %2").arg(row.number).arg(row.reason);
        lines << row.notes;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case IssueMessagesRole:
        return row.reason.isEmpty() ? row.notes : QStringList{row.reason} + row.notes;
    case SeverityRole:
        return row.errors > 0 || row.status == RowStatus::Rejected ? int(StyleGuideRule::Severity::Error)
            : row.warnings > 0                                     ? int(StyleGuideRule::Severity::Warning)
            : row.fixes > 0                                        ? int(StyleGuideRule::Severity::Fix)
                                                                   : -1;
    case ChangedRole:
        return row.fixes > 0;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == RowStatusRole)
        return int(row.status);
    if (role == FileRowRole)
        return row.number;
    if (role == FieldKeyRole)
        return index.column() == kStatusColumn ? QString() : m_columns.at(index.column() - 1).key;
    if (index.column() == kStatusColumn)
        return statusData(row, role);
    const Cell &cell = row.cells.at(index.column() - 1);
    const bool changed = cell.before != cell.after;
    switch (role) {
    case Qt::DisplayRole:
        return changed ? QStringLiteral("%1 \u2192 %2").arg(cell.before, cell.after) : cell.after;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (changed)
            lines << tr("In the file: %1").arg(cell.before) << tr("Stored as: %1").arg(cell.after);
        lines << cell.messages;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case BeforeRole:
        return cell.before;
    case AfterRole:
        return cell.after;
    case ChangedRole:
        return changed;
    case IssueMessagesRole:
        return cell.messages;
    case SeverityRole:
        return cell.severity;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
    {
        if (section < 0 || section >= m_rows.size())
            return QVariant();
        // The file's row number, in the reader's digits (Arabic-Indic in Arabic).
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(m_rows.at(section).number);
    }
    if (section == kStatusColumn)
        return tr("Status");
    return section > 0 && section <= m_columns.size() ? QVariant(m_columns.at(section - 1).label) : QVariant();
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BeforeRole, "before");
    names.insert(AfterRole, "after");
    names.insert(ChangedRole, "changed");
    names.insert(IssueMessagesRole, "issueMessages");
    names.insert(SeverityRole, "severity");
    names.insert(RowStatusRole, "rowStatus");
    names.insert(FieldKeyRole, "fieldKey");
    names.insert(FileRowRole, "fileRow");
    return names;
}

} // namespace Kempt
