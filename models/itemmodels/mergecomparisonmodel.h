#pragma once

#include "core/result.h"
#include "merge/mergegrouppreview.h"

#include <QAbstractTableModel>

namespace Kempt {

// A duplicate group side by side, with the field picker of its merge: one column per
// record and a last one with what the kept record will hold; the first row says which
// record is kept, the others are the fields any record has a value in. For every row one
// record's cell is chosen (ChosenRole): the survivorship rules' default until a person
// picks another with choose(). E-mails, phones, profiles and tags are not picked: the
// merge keeps those of every record.
class MergeComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ChosenRole = Qt::UserRole + 1, // bool: this record's value survives
        DefaultRole,    // bool: the rules' choice
        ConflictRole,   // bool: the records disagree on the row
        OverriddenRole, // bool: a person picked the row's value
        FieldKeyRole,   // QString; empty on the kept-record row
        RecordIdRole,   // qint64; 0 in the result column
        EmptyRole,      // bool: the record has nothing in the field
    };
    Q_ENUM(Role)

    static constexpr int SurvivorRow = 0;
    // The most records a group can show; keys 1 to 9 pick them.
    static constexpr int MaxRecords = 9;

    explicit MergeComparisonModel(QObject *parent = nullptr);

    void setPreview(const MergeGroupPreview &preview);
    void clear();
    bool isEmpty() const { return m_preview.records().isEmpty(); }
    const MergeGroupPreview &preview() const { return m_preview; }
    int recordCount() const { return int(m_preview.records().size()); }
    int resultColumn() const { return recordCount(); }
    QString fieldKeyAt(int row) const;
    int rowOfField(const QString &key) const;
    // The first row whose records disagree, else the kept-record row.
    int firstConflictRow() const;
    int conflictCount() const;

    // The value of the record in column survives in row (on the kept-record row: that
    // record is kept). Fails for the result column or a row out of range.
    Result choose(int row, int column);
    // The rules' choice again.
    void resetChoice(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuildRows();
    void refreshAll();

    MergeGroupPreview m_preview;
    QList<MergeGroupPreview::FieldRow> m_rows; // the fields shown, from row 1
};

} // namespace Kempt
