#pragma once

#include "reports/dealreports.h"
#include "reports/reportperiod.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabBar;
class QTableView;
class QTimer;

namespace Kempt {

class DealReportChart;
struct DealReportContent;
class MessagePresenter;
class Workspace;
struct ChangeSet;

// The sales reports of the deals: forecast, win rate, sales cycle, time in stage, and won
// and lost deals over time. Each shows a headline figure, a chart and the numbers, for a
// pipeline, an owner and a period, and exports as PNG (the chart) and CSV (DealReportCsv).
// It follows the workspace: any change to deals, stages or owners redraws it.
class DealReportsView : public QWidget
{
    Q_OBJECT
public:
    // The order of the chooser's tabs.
    enum class Report { Forecast, WinRate, CycleLength, StageTime, WonLost };

    DealReportsView(Workspace *workspace, QWidget *parent = nullptr);
    ~DealReportsView() override;

    // File names for the exports and errors are asked here; a DialogPresenter by default.
    void setPresenter(MessagePresenter *presenter);

    Report report() const;
    void setReport(Report report);
    // 0: every pipeline / every owner.
    void setPipeline(qint64 pipelineId);
    void setOwner(qint64 ownerId);
    void setPeriod(ReportPeriod::Preset preset);
    // A custom range; an invalid date leaves that side open.
    void setPeriod(const QDate &from, const QDate &to);

    // Reads the numbers again now (changes are otherwise picked up on their own).
    void reload();

    // Asks for a file and writes it; false when cancelled or failed (the presenter was told).
    bool exportPng();
    bool exportCsv();

    // For tests and the screenshot tour.
    bool isEmptyState() const;
    QString emptyText() const;
    QString headline() const;
    QString headlineDetail() const;
    QStandardItemModel *numbers() const { return m_numbers; }
    DealReportChart *chart() const { return m_chart; }
    QComboBox *pipelineChooser() const { return m_pipeline; }
    QComboBox *ownerChooser() const { return m_owner; }
    QComboBox *periodChooser() const { return m_period; }
    QPushButton *pngButton() const { return m_pngButton; }
    QPushButton *csvButton() const { return m_csvButton; }

Q_SIGNALS:
    // After every reload, so tests and embedding pages need not poll.
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void onChanged(const ChangeSet &changes);
    void scheduleReload();
    void fillChoosers();
    void periodChosen();
    void configure(DealReports *reports) const;
    QString scopeText() const;
    bool isFiltered() const;
    void present(const DealReportContent &content);
    void fillNumbers(const DealReportContent &content);
    QString suggestedPath(const QString &suffix) const;

    Workspace *m_workspace;
    std::unique_ptr<MessagePresenter> m_ownPresenter;
    MessagePresenter *m_presenter;
    QTabBar *m_tabs;
    QComboBox *m_pipeline;
    QComboBox *m_owner;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_pngButton;
    QPushButton *m_csvButton;
    QLabel *m_figure;
    QLabel *m_detail;
    QStackedWidget *m_stack;
    DealReportChart *m_chart;
    QTableView *m_table;
    QStandardItemModel *m_numbers;
    QLabel *m_empty;
    QLabel *m_note;
    QTimer *m_reloadTimer;
    QString m_currency;
    bool m_stale = true;
    bool m_filling = false;
};

} // namespace Kempt
