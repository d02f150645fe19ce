#pragma once

#include "core/result.h"
#include "dedup/duplicatescanjob.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QUndoCommand;

namespace Kempt {

class DuplicateGroupModel;
class DuplicateReviewPanel;
class MessagePresenter;
class ProgressRow;
class Workspace;

// The Duplicates section: the groups of the last scan (kept in the file, so it opens at
// once), one group side by side with the field picker and why its records match, and
// the three decisions - Merge, Not a Duplicate, Skip - each an undo step. Made for
// reviewing hundreds of groups from the keyboard: J/K next and previous group, Up/Down
// a field, 1-9 keep that record's value, M, N and S decide, and the next group follows.
// A new scan runs on a worker thread with progress and cancel.
class DuplicateSection : public QWidget
{
    Q_OBJECT
public:
    enum class State { NoWorkspace, NoScan, NoGroups, AllReviewed, Reviewing };

    DuplicateSection(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);
    ~DuplicateSection() override;

    DuplicateGroupModel *model() const { return m_model; }
    QTreeView *groupView() const { return m_groups; }
    DuplicateReviewPanel *review() const { return m_review; }
    // Actions by object name: "scanDuplicates", "cancelScan", "mergeGroup", "notDuplicate",
    // "skipGroup", "nextGroup", "previousGroup", "pickRecord1" ... "pickRecord9".
    QAction *action(const QString &name) const;
    State state() const { return m_state; }
    bool isScanning() const;
    qint64 currentGroupId() const;
    int currentRow() const;
    void selectRow(int row);

public Q_SLOTS:
    void startScan();
    void cancelScan();
    void mergeGroup();
    void markNotDuplicate();
    void skipGroup();
    void nextGroup();
    void previousGroup();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A scan ended (ok false: failed or cancelled).
    void scanFinished(bool ok);
    // The groups were read again (a scan, a decision or its undo); the dashboard counts them.
    void groupsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildEmptyState();
    QWidget *buildReview();
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &key, const QString &tip);
    void onReloaded();
    void onCurrentChanged();
    void onUndoIndexChanged(int index);
    void onScanFinished(bool ok, const QString &message, const DuplicateScanJob::Summary &summary);
    void updateState();
    void updateHeader();
    void updateActions();
    // Before a decision: where to go once the group has left (or moved in) the list.
    void rememberNext();
    void pushDecision(QUndoCommand *command, const QString &done);

    QPointer<Workspace> m_workspace;
    MessagePresenter *m_presenter;
    DuplicateGroupModel *m_model = nullptr;
    State m_state = State::NoWorkspace;
    QLabel *m_scanInfo;
    QPushButton *m_scanButton;
    QFrame *m_banner;
    QLabel *m_bannerText;
    ProgressRow *m_progressRow;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyButton;
    QLabel *m_listSummary;
    QTreeView *m_groups;
    DuplicateReviewPanel *m_review;
    QLabel *m_hints;
    QPointer<DuplicateScanJob> m_scan;
    qint64 m_shownGroup = 0;
    bool m_recordsChanged = false; // a change batch may have edited the shown records
    QList<qint64> m_nextCandidates; // set by a decision, used by the reload it causes
    int m_undoIndex = 0;
    QHash<const QUndoCommand *, qint64> m_decided; // commands pushed here -> their group
};

} // namespace Kempt
