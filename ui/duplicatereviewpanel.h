#pragma once

#include "core/result.h"
#include "dedup/duplicategroupstore.h"
#include "dedup/pairexplanation.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Kempt {

class MergeComparisonModel;
class MergePlan;
class PairExplanationModel;
class Workspace;

// One duplicate group under review: its records side by side with the field picker of
// the merge (MergeComparisonModel), and why they match (the strongest pair's evidence,
// or any pair's for bigger groups). It reads everything from models/ and decides
// nothing; the Duplicates section owns the actions.
class DuplicateReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicateReviewPanel(Workspace *workspace, QWidget *parent = nullptr);

    // Reads the group's records and explanations; fails (and shows nothing) when a
    // record is gone.
    Result showGroup(const DuplicateGroupStore::Group &group, int position, int count);
    void clear();
    // The same group at another place in the list (or skipped): the picks stay.
    void setPosition(const DuplicateGroupStore::Group &group, int position, int count);
    // Picks of an earlier showing of the same records, after their values were read again.
    void restorePicks(const MergePlan &plan);
    qint64 groupId() const { return m_group.id; }
    const DuplicateGroupStore::Group &group() const { return m_group; }

    // Keeps record `column`'s value for the current field (on the first row: keeps that
    // record). Keys 1 to 9 call it.
    Result pick(int column);
    // Moves the current field up or down.
    void moveField(int delta);

    QTableView *comparisonView() const { return m_comparison; }
    MergeComparisonModel *comparisonModel() const { return m_comparisonModel; }
    PairExplanationModel *explanationModel() const { return m_explanationModel; }
    QComboBox *pairBox() const { return m_pairs; }
    QList<PairExplanation> explanations() const { return m_explained; }

private:
    void showPair(int index);
    void fitEvidence();
    void updateTitle();

    QPointer<Workspace> m_workspace;
    DuplicateGroupStore::Group m_group;
    int m_position = 0;
    int m_count = 0;
    QList<PairExplanation> m_explained;
    QLabel *m_title;
    QLabel *m_band;
    QLabel *m_subtitle;
    QTableView *m_comparison;
    MergeComparisonModel *m_comparisonModel;
    QLabel *m_keptNote;
    QComboBox *m_pairs;
    QLabel *m_headline;
    QTableView *m_evidence;
    PairExplanationModel *m_explanationModel;
};

} // namespace Kempt
