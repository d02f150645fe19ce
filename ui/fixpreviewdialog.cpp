#include "fixpreviewdialog.h"
#include "alignment.h"
#include "recordnouns.h"

#include "audit/ruleimpactjob.h"
#include "itemmodels/fixsamplemodel.h"
#include "quality/ruletext.h"
#include "storage/workspace.h"
#include "stores/styleguidestore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kempt {

FixPreviewDialog::FixPreviewDialog(Workspace *workspace, const QString &ruleId, QWidget *parent)
    : QDialog(parent)
    , m_ruleId(ruleId)
    , m_summary(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_samples(new FixSampleModel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("fixPreviewDialog"));
    setWindowTitle(tr("Apply Fixes"));
    const StyleGuide guide = workspace && workspace->isOpen() ? StyleGuideStore(workspace->db()).active() : StyleGuide();
    const StyleGuideRule *rule = guide.rule(ruleId);

    auto *title = new QLabel(rule ? RuleText::problemTitle(*rule) : ruleId, this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    auto *does = new QLabel(rule ? RuleText::paramsSummary(*rule) : QString(), this);
    does->setWordWrap(true);
    for (QLabel *l : {title, does, m_summary, m_fields})
        l->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_summary->setObjectName(QStringLiteral("fixSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Working out what the fix would change…"));
    m_fields->setWordWrap(true);
    m_fields->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);

    m_table->setModel(m_samples);
    m_table->setObjectName(QStringLiteral("fixSamples"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    QPushButton *apply = m_buttons->button(QDialogButtonBox::Ok);
    apply->setText(tr("&Apply Fixes"));
    apply->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(tr("The fixes are applied as one change: a single Undo takes all of them back."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setAlignment(leadingEdge() | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(does);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_fields);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(720, 460);

    if (!workspace || !workspace->isOpen())
        return;
    auto *job = new RuleImpactJob(workspace->path(), guide, ruleId, this);
    job->setCountFlags(false);
    job->setSample(0, 0);
    job->setExamples(12);
    connect(job, &RuleImpactJob::progress, this, [this](qint64 done, qint64 total) {
        m_busy->setRange(0, 1000);
        m_busy->setValue(total > 0 ? int(done * 1000 / total) : 1000);
        m_summary->setText(tr("Working out what the fix would change… %1 of %2 records")
                               .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(job, &RuleImpactJob::finished, this, &FixPreviewDialog::onFinished);
    // Cancel also stops the count: the dialog's end cancels the job, which the planner
    // notices at its next block.
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Stop working out the fixes and close; nothing is changed."));
    m_job = job;
    job->start();
}

FixPreviewDialog::~FixPreviewDialog()
{
    if (m_job)
        m_job->cancel();
}

void FixPreviewDialog::onFinished(bool ok, const QString &message, const RuleImpact &impact)
{
    m_busy->hide();
    if (m_job)
        m_job->deleteLater();
    m_impact = impact;
    m_counted = ok;
    if (!ok) {
        m_summary->setText(message);
        Q_EMIT counted();
        return;
    }
    m_samples->setSamples(impact.samples);
    m_table->resizeColumnsToContents();
    if (impact.changes == 0) {
        m_summary->setText(tr("Nothing to change: every value already follows this rule."));
        m_table->hide();
    } else {
        m_summary->setText(tr("The fix changes %1. Examples:").arg(RecordNouns::count(impact.entity, impact.changes)));
        QStringList fields;
        for (auto it = impact.fields.begin(); it != impact.fields.end(); ++it) {
            Entity entity = Entity::Contact;
            StyleGuideRule::entityFromName(it.key().section(QLatin1Char('.'), 0, 0), &entity);
            fields << tr("%1: %2").arg(RuleText::fieldLabel(entity, it.key().section(QLatin1Char('.'), 1)),
                                       QLocale().toString(it.value()));
        }
        m_fields->setText(fields.join(QStringLiteral(" · ")));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    }
    Q_EMIT counted();
}

} // namespace Kempt
