#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDialog;
class QStackedWidget;
class QToolButton;

namespace Kempt {

class DealReportsView;
class MessagePresenter;
class PipelineBoardView;
class RecordsPage;
class SavedViewListModel;
class Workspace;

// The Deals section: the pipeline board, the deals table and the sales reports, switched
// with Board | Table | Reports, a pipeline switcher for the board, and saved views of the
// table. The table is the same RecordsPage the contacts have (sort, filter, search, edits
// in place, bulk update).
class DealsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Board, Table, Reports };
    Q_ENUM(Mode)

    DealsPage(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    PipelineBoardView *board() const { return m_board; }
    RecordsPage *table() const { return m_table; }
    DealReportsView *reports() const { return m_reports; }
    QComboBox *pipelineCombo() const { return m_pipeline; }
    QAbstractButton *modeButton(Mode mode) const;
    QToolButton *viewsButton() const { return m_viewsButton; }
    SavedViewListModel *views() const { return m_views; }
    // The deals table while it is on screen (the window's Records menu acts on it).
    RecordsPage *currentRecordsPage() const;
    qint64 appliedViewId() const { return m_appliedView; }

    // Another way of looking at the deals (e.g. the reports), with its toggle button.
    void addMode(Mode mode, const QString &text, QWidget *widget);

public Q_SLOTS:
    void setMode(Kempt::DealsPage::Mode mode);
    void setPipeline(qint64 pipelineId);
    void newDeal();
    void openPipelineSettings();
    void saveView();
    void applyView(qint64 viewId);
    void clearView();
    void deleteView(qint64 viewId);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);
    // What the status bar counts may have changed (mode, rows, selection).
    void countsChanged();
    void modeChanged(Kempt::DealsPage::Mode mode);

private:
    void fillPipelines();
    void fillViewsMenu();
    void updateBar();

    QPointer<Workspace> m_workspace;
    MessagePresenter *m_presenter;
    Mode m_mode = Mode::Board;
    QComboBox *m_pipeline;
    QButtonGroup *m_modes;
    QWidget *m_modeBox;
    QStackedWidget *m_stack;
    PipelineBoardView *m_board;
    RecordsPage *m_table;
    DealReportsView *m_reports = nullptr;
    QToolButton *m_viewsButton;
    QToolButton *m_settingsButton;
    SavedViewListModel *m_views;
    qint64 m_appliedView = 0;
    bool m_filling = false;
};

} // namespace Kempt
