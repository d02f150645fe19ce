#include "ruleimpactpanel.h"
#include "alignment.h"
#include "recordnouns.h"

#include "audit/ruleimpactjob.h"
#include "itemmodels/fixsamplemodel.h"
#include "quality/ruletext.h"
#include "storage/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Kempt {

namespace {
// Enough records for real examples, few enough to judge between two keystrokes.
constexpr int kSampleMin = 300;
constexpr int kSampleMax = 2000;
} // namespace

RuleImpactPanel::RuleImpactPanel(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_flagged(new QLabel(this))
    , m_samples(new FixSampleModel(this))
{
    setObjectName(QStringLiteral("ruleImpact"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &RuleImpactPanel::startPending);
    auto *title = new QLabel(tr("Live preview on this workspace"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    m_flagged->setWordWrap(true);
    m_flagged->setForegroundRole(QPalette::PlaceholderText);
    m_flagged->setTextFormat(Qt::PlainText);
    for (QLabel *l : {title, m_summary, m_flagged})
        l->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_table->setModel(m_samples);
    m_table->setObjectName(QStringLiteral("impactSamples"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 10);
    layout->addWidget(m_flagged);
    layout->addStretch(1);
    clear();
}

RuleImpactPanel::~RuleImpactPanel()
{
    if (m_job)
        m_job->cancel();
}

void RuleImpactPanel::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void RuleImpactPanel::clear()
{
    m_timer->stop();
    m_pending = false;
    m_countPending = false;
    m_ruleId.clear();
    if (m_job)
        m_job->cancel();
    m_impact = RuleImpact();
    m_complete = false;
    m_samples->setSamples({});
    m_summary->setText(tr("Choose a rule to see what it would do to the records of this workspace."));
    m_flagged->clear();
    m_progress->hide();
}

void RuleImpactPanel::request(Workspace *workspace, const StyleGuide &guide, const QString &ruleId)
{
    m_workspace = workspace;
    m_guide = guide;
    m_ruleId = ruleId;
    m_pending = true;
    m_complete = false;
    if (m_job)
        m_job->cancel();
    m_timer->start();
}

void RuleImpactPanel::startPending()
{
    if (!m_pending || !m_workspace || !m_workspace->isOpen() || m_ruleId.isEmpty())
        return;
    m_pending = false;
    RuleImpact sample;
    const Result r = RuleImpactCounter(m_workspace->db(), m_guide, m_ruleId).sample(kSampleMin, kSampleMax, &sample);
    if (!r) {
        m_summary->setText(r.message());
        return;
    }
    show(sample);
    Q_EMIT sampled();
    m_countPending = true;
    startCount();
}

void RuleImpactPanel::startCount()
{
    // One count at a time: a cancelled one stops at its next check, then the newest runs.
    if (!m_countPending || m_job || !m_workspace || !m_workspace->isOpen())
        return;
    m_countPending = false;
    auto *job = new RuleImpactJob(m_workspace->path(), m_guide, m_ruleId, this);
    job->setSample(0, 0);
    job->setExamples(8);
    connect(job, &RuleImpactJob::progress, this, [this, job](qint64 done, qint64 total) {
        if (job != m_job || m_countPending || m_pending)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(job, &RuleImpactJob::finished, this, [this, job](bool ok, const QString &message, const RuleImpact &impact) {
        job->deleteLater();
        if (job == m_job)
            m_job = nullptr;
        if (m_countPending) {
            startCount();
            return;
        }
        if (!m_pending)
            onFinished(ok, message, impact);
    });
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->show();
    job->start();
}

QString RuleImpactPanel::summaryText() const
{
    return m_summary->text();
}

void RuleImpactPanel::show(const RuleImpact &impact)
{
    m_impact = impact;
    const QString examined = RecordNouns::count(impact.entity, impact.examined);
    const QString changes = RecordNouns::count(impact.entity, impact.changes);
    const QString flags = RecordNouns::count(impact.entity, impact.flags);
    QString text;
    if (impact.complete) {
        text = impact.canChange ? tr("This rule would change %1 and flag %2.").arg(changes, flags)
                                : tr("This rule would flag %1.").arg(flags);
        text += QLatin1Char(' ') + tr("Counted over all %1.").arg(examined);
    } else {
        text = impact.canChange ? tr("In the first %1: %2 would change, %3 flagged.").arg(examined, changes, flags)
                                : tr("In the first %1: %2 flagged.").arg(examined, flags);
        text += QLatin1Char(' ') + tr("Counting all records…");
    }
    m_summary->setText(text);
    m_samples->setSamples(impact.samples);
    m_table->setVisible(!impact.samples.isEmpty());
    m_table->resizeColumnsToContents();
    QStringList flagged;
    for (const RuleImpact::Flag &f : impact.flagged.mid(0, 4)) {
        const QString value = f.value.isEmpty() ? RuleText::fieldLabel(impact.entity, f.field) : QStringLiteral("“%1”").arg(f.value);
        flagged << tr("%1 – %2: %3").arg(f.name, value, f.message);
    }
    m_flagged->setText(flagged.isEmpty() ? QString() : tr("Flagged, for example:") + QLatin1Char('\n') + flagged.join(QLatin1Char('\n')));
}

void RuleImpactPanel::onFinished(bool ok, const QString &message, const RuleImpact &impact)
{
    m_progress->hide();
    if (!ok) {
        // A count cancelled for a newer edit says nothing worth showing.
        if (!m_pending)
            m_summary->setText(message);
        return;
    }
    show(impact);
    m_complete = impact.complete;
    Q_EMIT counted();
}

} // namespace Kempt
