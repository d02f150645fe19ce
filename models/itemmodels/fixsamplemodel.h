#pragma once

#include "audit/fixsummary.h"

#include <QAbstractTableModel>

namespace Kempt {

// Values a fix would change, before → after, with the record they belong to: what the
// fix preview and the style-guide editor's live preview show a person before they agree.
class FixSampleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EntityRole, FieldKeyRole };
    Q_ENUM(Role)

    explicit FixSampleModel(QObject *parent = nullptr);

    void setSamples(const QList<FixSummary::Sample> &samples);
    const QList<FixSummary::Sample> &samples() const { return m_samples; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<FixSummary::Sample> m_samples;
};

} // namespace Kempt
