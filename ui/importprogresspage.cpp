#include "importprogresspage.h"
#include "importwizard.h"

#include "import/importjob.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Kempt {

ImportProgressPage::ImportProgressPage(ImportWizard *wizard)
    : m_wizard(wizard)
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
    , m_message(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 0);
    m_detail->setObjectName(QStringLiteral("importProgressDetail"));
    m_message->setObjectName(QStringLiteral("importProgressMessage"));
    m_message->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setToolTip(tr("Stops the import; the workspace stays exactly as it was before."));
    connect(m_cancel, &QPushButton::clicked, m_wizard, &ImportWizard::cancelImport);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(12);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addSpacing(12);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_ok = false;
    m_bar->setRange(0, 0);
    m_detail->setText(tr("Starting…"));
    m_message->clear();
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    setSubTitle(tr("%1 goes into %2 as one change that can be undone.")
                    .arg(QFileInfo(m_wizard->filePath()).fileName(), QFileInfo(m_wizard->workspacePath()).fileName()));
    ImportJob *job = m_wizard->startImport();
    if (!job)
        return;
    connect(job, &ImportJob::progress, this, &ImportProgressPage::showProgress);
    connect(job, &ImportJob::finished, this, &ImportProgressPage::finished);
}

bool ImportProgressPage::isComplete() const
{
    return m_done && m_ok;
}

void ImportProgressPage::showProgress(const ImportProgress &p)
{
    if (m_done)
        return;
    if (p.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(p.done * 1000 / p.total));
    }
    const QLocale locale;
    const int rows = int(std::min<qint64>(p.rows, INT_MAX));
    QStringList parts{rows == 1 ? tr("%Ln row read", nullptr, rows) : tr("%Ln rows read", nullptr, rows)};
    if (p.elapsedMs >= 1000 && p.rowsPerSecond > 0)
        parts << tr("%1 rows a second").arg(locale.toString(qRound64(p.rowsPerSecond)));
    if (p.secondsLeft >= 90)
        parts << tr("about %Ln minutes left", nullptr, int((p.secondsLeft + 30) / 60));
    else if (p.secondsLeft >= 45)
        parts << tr("about a minute left");
    else if (p.secondsLeft > 1)
        parts << tr("about %Ln seconds left", nullptr, int(p.secondsLeft));
    else if (p.secondsLeft >= 0)
        parts << tr("about a second left");
    m_detail->setText(parts.join(QStringLiteral(" · ")));
    if (m_wizard->isCancelling())
        m_message->setText(tr("Cancelling…"));
}

void ImportProgressPage::finished(bool ok, const QString &message)
{
    m_done = true;
    m_ok = ok;
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 1);
    m_bar->setValue(ok ? 1 : 0);
    if (ok) {
        m_detail->setText(tr("Done."));
        Q_EMIT completeChanged();
        // The summary is what the person came for.
        QTimer::singleShot(0, m_wizard, &QWizard::next);
        return;
    }
    m_cancel->setVisible(false);
    m_detail->clear();
    m_message->setText(message);
    Q_EMIT completeChanged();
}

} // namespace Kempt
