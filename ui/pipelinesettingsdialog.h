#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Kempt {

class MessagePresenter;
class StageTableModel;
class Workspace;

// Pipelines and their stages: add, rename and delete pipelines; add, rename, reorder and
// remove stages, each with its default probability, rotting period and the fields a deal
// must fill before it may enter (the stage gate). A stage that still holds deals is
// removed only after saying where they go, so that none is orphaned. Every change is an
// undo step of its own and applies at once.
class PipelineSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    PipelineSettingsDialog(Workspace *workspace, MessagePresenter *presenter, qint64 pipelineId = 0, QWidget *parent = nullptr);

    StageTableModel *model() const { return m_model; }
    QTableView *stageView() const { return m_view; }
    QComboBox *pipelineCombo() const { return m_pipelines; }
    QListWidget *requiredFields() const { return m_required; }
    qint64 pipelineId() const;
    int currentRow() const;
    void selectStage(int row);

public Q_SLOTS:
    void setPipeline(qint64 pipelineId);
    void addStage();
    void removeStage();
    void moveUp();
    void moveDown();
    void newPipeline();
    void renamePipeline();
    void deletePipeline();

Q_SIGNALS:
    // The pipeline shown changed (chosen, created or deleted), for the board to follow.
    void pipelineChosen(qint64 pipelineId);

private:
    void fillPipelines();
    void updateButtons();
    void updateRequiredFields();
    void onRequiredChanged();

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    StageTableModel *m_model;
    QComboBox *m_pipelines;
    QPushButton *m_renamePipeline;
    QPushButton *m_deletePipeline;
    QTableView *m_view;
    QListWidget *m_required;
    QLabel *m_requiredTitle;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_filling = false;
};

} // namespace Kempt
