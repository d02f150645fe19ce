#pragma once

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QScrollArea;

namespace Kempt {

class BoardCardList;
class BoardColumn;
class BoardFilterBar;
class MessagePresenter;
class PipelineBoardModel;
class Workspace;

// The pipeline board: one column per stage with its cards, Won and Lost drop zones below,
// and filters by text, owner and close date above. Cards move by drag and drop (through
// the model) or by keyboard: Ctrl+Left/Right to the previous or next stage, Ctrl+Up/Down
// within the stage; the focus follows the card. A drop on Lost asks why through the
// MessagePresenter; a move the stage gate refuses says why through it too.
class PipelineBoardView : public QWidget
{
    Q_OBJECT
public:
    PipelineBoardView(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);
    ~PipelineBoardView() override;

    PipelineBoardModel *model() const { return m_model; }
    BoardFilterBar *filterBar() const { return m_filters; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QLabel *emptyState() const { return m_empty; }
    int columnCount() const { return int(m_columns.size()); }
    BoardColumn *column(int stageRow) const { return m_columns.value(stageRow); }
    BoardColumn *columnOfStage(qint64 stageId) const;
    BoardCardList *wonZone() const { return m_won; }
    BoardCardList *lostZone() const { return m_lost; }

    // The card the keyboard is on, and the cards selected in its column.
    qint64 currentDealId() const;
    QList<qint64> selectedDealIds() const;
    // Makes the card current in its column and gives that column the focus.
    bool focusDeal(qint64 dealId);

public Q_SLOTS:
    void setPipeline(qint64 pipelineId);
    void openDeal(qint64 dealId);
    void newDeal();
    void winSelected();
    void loseSelected();
    void trashSelected();
    // Asks for the reason from the lost-reason picklist; nothing changes when cancelled.
    void askLostReason(const QList<qint64> &dealIds);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // The columns were rebuilt (another pipeline, stages added, removed or moved).
    void columnsRebuilt();

private:
    void rebuild();
    void updateHeaders();
    void updateSummary();
    void refreshOwners();
    BoardCardList *addList(BoardCardList *list);
    void onMoveRequested(qint64 dealId, int stageSteps, int rankSteps);
    void onNeighbour(BoardCardList *from, int step);
    void showRefusal(const QString &message);
    void showContextMenu(BoardCardList *list, const QPoint &pos);
    BoardCardList *activeList() const;

    QPointer<Workspace> m_workspace;
    MessagePresenter *m_presenter;
    PipelineBoardModel *m_model;
    BoardFilterBar *m_filters;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QWidget *m_zones;
    QLabel *m_empty;
    QList<BoardColumn *> m_columns;
    BoardCardList *m_won;
    BoardCardList *m_lost;
    QPointer<BoardCardList> m_lastActive;
    QString m_lastWorkspaceError;
};

} // namespace Kempt
