#include "boardcolumn.h"
#include "boardcardlist.h"
#include "moneytext.h"

#include "itemmodels/pipelineboardmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <cmath>

namespace Kempt {

namespace {

constexpr int barHeight = 3;

} // namespace

int BoardColumn::preferredWidth()
{
    return 264;
}

BoardColumn::BoardColumn(PipelineBoardModel *model, qint64 stageId, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_stageId(stageId)
    , m_name(new QLabel(this))
    , m_count(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_other(new QLabel(this))
    , m_cards(new BoardCardList(model, BoardCardList::Kind::Stage, stageId, this))
{
    setObjectName(QStringLiteral("boardColumn"));
    setFixedWidth(preferredWidth());
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setObjectName(QStringLiteral("stageName"));
    m_name->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("stageCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setObjectName(QStringLiteral("stageTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_other->setObjectName(QStringLiteral("stageOtherCurrencies"));
    m_other->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_other->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_other->setFont(small);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_name, 1);
    top->addWidget(m_count);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 10, 12, 8 + barHeight);
    header->setSpacing(2);
    header->addLayout(top);
    header->addWidget(m_totals);
    header->addWidget(m_other);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_cards, 1);
    updateHeader();
}

void BoardColumn::updateHeader()
{
    const QModelIndex stage = m_model->stageIndex(m_stageId);
    if (!stage.isValid())
        return;
    const QString name = stage.data(Qt::DisplayRole).toString();
    const int count = stage.data(PipelineBoardModel::CountRole).toInt();
    const QString currency = stage.data(PipelineBoardModel::CurrencyRole).toString();
    const int other = stage.data(PipelineBoardModel::OtherCurrencyRole).toInt();
    m_probability = stage.data(PipelineBoardModel::StageProbabilityRole).toDouble();
    const int rotting = stage.data(PipelineBoardModel::RottingDaysRole).toInt();
    m_count->setText(QLocale().toString(count));
    // The name elides, the count never does.
    m_name->setText(m_name->fontMetrics().elidedText(name, Qt::ElideRight, preferredWidth() - 24 - m_count->sizeHint().width() - 8));
    m_totals->setText(tr("%1 · %2 weighted")
                          .arg(MoneyText::whole(stage.data(PipelineBoardModel::TotalValueRole).toLongLong(), currency),
                               MoneyText::whole(stage.data(PipelineBoardModel::WeightedValueRole).toLongLong(), currency)));
    m_other->setText(tr("%Ln more in other currencies, not summed", nullptr, other));
    m_other->setVisible(other > 0);
    QStringList tip{(count == 1 ? tr("%1: 1 deal") : tr("%1: %Ln deals", nullptr, count)).arg(name),
                    tr("Default probability %1 %").arg(std::lround(m_probability * 100))};
    if (rotting > 0)
        tip << (rotting == 1 ? tr("A deal here longer than a day is marked as rotting.")
                             : tr("A deal here longer than %Ln days is marked as rotting.", nullptr, rotting));
    const QStringList required = stage.data(PipelineBoardModel::RequiredFieldsRole).toStringList();
    if (!required.isEmpty())
        tip << tr("To enter, a deal needs %1.").arg(m_gate.isEmpty() ? locale().createSeparatedList(required) : m_gate);
    setToolTip(tip.join(QLatin1Char('\n')));
    m_cards->setToolTip(QString());
    update();
}

void BoardColumn::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // The column's tint behind header and cards, and the probability bar under the header.
    const QColor tint = palette().color(QPalette::Window).darker(104);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()), 8, 8);
    painter.fillPath(path, tint);
    const int barY = m_cards->geometry().top() - 4 - barHeight;
    const QRect track(12, barY, width() - 24, barHeight);
    painter.fillRect(track, tint.darker(112));
    QRect filled = track;
    filled.setWidth(int(std::lround(track.width() * std::clamp(m_probability, 0.0, 1.0))));
    painter.fillRect(QStyle::visualRect(layoutDirection(), track, filled), palette().color(QPalette::Highlight));
}

} // namespace Kempt
