#include "progressrow.h"
#include "alignment.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <algorithm>

namespace Kempt {

namespace {
// The bar counts in thousandths, so that totals beyond an int still fit.
constexpr int kSteps = 1000;
} // namespace

ProgressRow::ProgressRow(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_text->setAlignment(leadingEdge() | Qt::AlignVCenter);
    m_bar->setTextVisible(false);
    m_bar->setRange(0, kSteps);
    m_bar->setMaximumHeight(fontMetrics().height());
    connect(m_cancel, &QPushButton::clicked, this, &ProgressRow::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();
}

void ProgressRow::showBusy(const QString &text)
{
    m_bar->setRange(0, 0);
    m_text->setText(text);
    show();
}

void ProgressRow::showProgress(qint64 done, qint64 total, const QString &text)
{
    m_bar->setRange(0, kSteps);
    m_bar->setValue(total > 0 ? int(std::clamp<qint64>(done * kSteps / total, 0, kSteps)) : kSteps);
    m_text->setText(text);
    show();
}

} // namespace Kempt
