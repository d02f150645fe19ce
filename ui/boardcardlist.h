#pragma once

#include <QListView>

namespace Kempt {

class PipelineBoardModel;

// One column's cards on the pipeline board, or one of the Won and Lost drop zones: a list
// view on the board model rooted at a stage (or zone) row. Dragging and dropping is the
// model's (mimeData/dropMimeData); this view only adds what a person needs around it: a
// drop the stage gate refuses is still taken, so that the model can say why, and the
// reason shows on the column while the card hovers over it. Ctrl+arrow keys ask the board
// to move the current card.
class BoardCardList : public QListView
{
    Q_OBJECT
public:
    enum class Kind { Stage, Won, Lost };

    // stageId for a stage column; ignored for a zone.
    BoardCardList(PipelineBoardModel *model, Kind kind, qint64 stageId, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    qint64 stageId() const { return m_stageId; }
    PipelineBoardModel *boardModel() const { return m_model; }
    // Why the card being dragged over this list may not go here; empty when it may.
    QString refusalShown() const { return m_refusal; }
    bool isDropTarget() const { return m_dropHover; }
    QList<qint64> selectedDealIds() const;
    qint64 currentDealId() const;
    // Selects these cards (when shown here) and makes the first one current.
    void selectDeals(const QList<qint64> &ids);

    QSize sizeHint() const override;

public Q_SLOTS:
    // Back on its stage or zone after the board model was reset.
    void reset() override;

Q_SIGNALS:
    // Ctrl+Left/Right (stageSteps ±1 in reading direction) and Ctrl+Up/Down (rankSteps ±1).
    void moveRequested(qint64 dealId, int stageSteps, int rankSteps);
    // Left/Right without Ctrl: to the neighbouring column.
    void neighbourRequested(int step);
    void openRequested(qint64 dealId);
    // Delete on a card: the selected cards go to the trash (after asking).
    void trashRequested();
    void cardsDropped(const QList<qint64> &dealIds);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void relocate();
    void onRowsMoved();
    void clearDropState();
    void paintZone(QPainter *painter);

    PipelineBoardModel *m_model;
    Kind m_kind;
    qint64 m_stageId;
    QString m_refusal;
    bool m_dropHover = false;
};

} // namespace Kempt
