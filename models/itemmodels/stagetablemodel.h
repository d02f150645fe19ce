#pragma once

#include "domain/deal.h"
#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class QUndoCommand;

namespace Kempt {

class Workspace;

// The stages of one pipeline as its settings show them: name, default probability (in
// percent), rotting period, the fields the stage's gate requires, and how many deals it
// holds (open, closed and in the trash, since a stage cannot go while any point at it).
// Edits in the table push RenameStage and EditStage; adding, moving and removing push
// AddStage, MoveStage and RemoveStage. Every change is one undo step.
class StageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProbabilityColumn, RottingColumn, GateColumn, DealsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RequiredFieldsRole, // QStringList of field keys
        DealCountRole,      // int: every deal in the stage
        OpenDealCountRole,  // int: its open deals
    };
    Q_ENUM(Role)

    explicit StageTableModel(Workspace *workspace, QObject *parent = nullptr);

    // 0 shows the first pipeline.
    void setPipeline(qint64 pipelineId);
    qint64 pipelineId() const { return m_pipeline.id; }
    Pipeline pipeline() const { return m_pipeline; }
    QList<Pipeline> pipelines() const;

    Stage stageAt(int row) const { return m_pipeline.stages.value(row); }
    int rowOfStage(qint64 stageId) const { return m_pipeline.indexOfStage(stageId); }
    int dealCount(int row) const;
    int openDealCount(int row) const;

    // Each pushes one command and tells whether it worked; lastError() says why not.
    bool addStage(const QString &name, int position = -1);
    bool moveStage(int row, int toRow);
    // targetStageId takes the stage's deals first; 0 while it holds none.
    bool removeStage(int row, qint64 targetStageId = 0);
    bool setRequiredFields(int row, const QStringList &keys);
    // The id of the stage addStage() made, 0 when it failed.
    qint64 addedStageId() const { return m_added; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name (text), probability (0..100) and rotting days (0 for never).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

public Q_SLOTS:
    void reload();

private:
    struct Counts
    {
        int all = 0;
        int open = 0;
        QString gate; // the required fields, spoken
    };
    void onChanged(const ChangeSet &changes);
    void load(Pipeline *pipeline, QHash<qint64, Counts> *counts) const;
    void refresh();
    bool push(QUndoCommand *command);

    QPointer<Workspace> m_workspace;
    qint64 m_wanted = 0;
    Pipeline m_pipeline;
    QHash<qint64, Counts> m_counts;
    QString m_error;
    qint64 m_added = 0;
};

} // namespace Kempt
