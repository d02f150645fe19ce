#pragma once

#include "audit/qualityoverview.h"
#include "core/result.h"
#include "itemmodels/filter.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Kempt {

class AuditJob;
class MessagePresenter;
class ProgressRow;
class QualityFixActions;
class QualityProblemModel;
class QualityScoreTile;
class QualityTrendChart;
class Workspace;

// The data-quality dashboard: the overall score and the five dimensions with their trend,
// the problems ranked by records touched, and the fixes for the one selected. Everything
// shown comes from the stored audit (QualityOverview), so it opens at once at any size; a
// full re-audit runs on a worker thread with progress. It computes nothing itself.
class QualityDashboard : public QWidget
{
    Q_OBJECT
public:
    enum Score { Overall, Completeness, Validity, Consistency, Uniqueness, Freshness, ScoreCount };

    QualityDashboard(Workspace *workspace, MessagePresenter *presenter, QWidget *parent = nullptr);
    ~QualityDashboard() override;

    const QualityOverview &overview() const { return m_overview; }
    QualityProblemModel *problemModel() const { return m_problems; }
    QTableView *problemView() const { return m_problemView; }
    QualityScoreTile *tile(Score score) const { return m_tiles.value(score); }
    QualityTrendChart *trendChart() const { return m_trend; }
    QualityFixActions *fixActions() const { return m_actions; }
    // The part an export shows: header, scores, problems and trend.
    QWidget *content() const { return m_content; }
    QPushButton *actionButton(const QString &objectName) const;
    bool isAuditRunning() const;

    void selectProblem(int row);
    QualityProblem currentProblem() const;

    Result exportPng(const QString &path);
    Result exportPdf(const QString &path);

public Q_SLOTS:
    // Reads the stored audit again (cheap: no record is counted).
    void reload();
    void startAudit();
    void cancelAudit();
    void showRecords();
    void reviewDuplicates();
    void exportReport();

Q_SIGNALS:
    // Show exactly these records in their table; description names the problem.
    void showRecordsRequested(const Kempt::Filter &filter, const QString &description);
    // The duplicate review, when something offers one; the button stays hidden until then.
    void duplicateReviewRequested(Kempt::Entity entity);
    // Right after duplicateReviewRequested when no scan is stored yet: the review should scan.
    void duplicateScanRequested();
    void auditFinished(bool ok);
    void dialogOpened(QDialog *dialog);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    QWidget *buildHeader();
    QWidget *buildScores();
    QWidget *buildProblems();
    QWidget *buildEmptyState();
    void updateProblemActions();
    void updateHeader();
    void onAuditFinished(bool ok, const QString &message);

    Workspace *m_workspace;
    MessagePresenter *m_presenter;
    QualityOverview m_overview;
    bool m_needsReload = true;
    QStackedWidget *m_stack;
    QWidget *m_content;
    QLabel *m_auditInfo;
    QFrame *m_banner;
    QLabel *m_bannerText;
    ProgressRow *m_progressRow;
    QPushButton *m_auditButton;
    QToolButton *m_exportButton;
    QList<QualityScoreTile *> m_tiles;
    QualityProblemModel *m_problems;
    QTableView *m_problemView;
    QLabel *m_problemTitle;
    QLabel *m_problemText;
    QList<QPushButton *> m_buttons;
    QualityTrendChart *m_trend;
    QualityFixActions *m_actions;
    QPointer<AuditJob> m_audit;
};

} // namespace Kempt
