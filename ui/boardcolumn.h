#pragma once

#include <QFrame>
#include <QPersistentModelIndex>

class QLabel;

namespace Kempt {

class BoardCardList;
class PipelineBoardModel;

// One stage of the pipeline board: a header with the stage's name, how many deals it
// holds, their total and their weighted value (value × probability), a bar showing the
// stage's default probability, and the cards below.
class BoardColumn : public QFrame
{
    Q_OBJECT
public:
    BoardColumn(PipelineBoardModel *model, qint64 stageId, QWidget *parent = nullptr);

    qint64 stageId() const { return m_stageId; }
    BoardCardList *cards() const { return m_cards; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *countLabel() const { return m_count; }
    QLabel *totalsLabel() const { return m_totals; }

    // Re-reads name, count and sums from the model.
    void updateHeader();
    // The fields the stage's gate requires, as a person would say them ("Value and Expected close").
    void setGateText(const QString &text) { m_gate = text; }

    static int preferredWidth();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PipelineBoardModel *m_model;
    qint64 m_stageId;
    QLabel *m_name;
    QLabel *m_count;
    QLabel *m_totals;
    QLabel *m_other;
    double m_probability = 0;
    QString m_gate;
    BoardCardList *m_cards;
};

} // namespace Kempt
