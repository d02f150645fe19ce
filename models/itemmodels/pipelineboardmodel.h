#pragma once

#include "domain/deal.h"
#include "itemmodels/boardfilter.h"
#include "itemmodels/dealcard.h"
#include "storage/changeset.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <memory>

namespace Kempt {

class BatchCommand;
class BoardCardReader;
class Workspace;

// The pipeline board of one pipeline as a two-level model:
// - top-level rows 0 .. stageCount()-1 are the stages, in order, followed by two drop
//   zones: row stageCount() is Won and row stageCount()+1 is Lost;
// - the children of a stage row are its open deals' cards, in rank order (the zones have
//   no children).
// Stage and zone rows carry count, total and weighted value (Σ value × probability)
// roles; cards carry what a card shows. Drag and drop happens here, with deal ids under
// DealMimeData::mimeType(): a drop pushes MoveDeal or WinDeal, never writes. A drop on
// Lost asks for the reason through lostReasonRequested(); the widget then calls
// loseDeals(). Edits anywhere update the board in place (rows move, insert and remove),
// so selection and scrolling survive a drop.
class PipelineBoardModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class RowKind { Stage, Won, Lost, Deal };
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind as int
        IdRole,              // stage id, deal id; 0 for the zones
        // Stage and zone rows
        CountRole,           // int: cards shown (zones: won or lost deals)
        TotalValueRole,      // qint64, minor units of currency()
        WeightedValueRole,   // qint64, minor units of currency(): Σ value × probability
        OtherCurrencyRole,   // int: deals left out of the sums for another currency
        StageProbabilityRole,// double 0..1, the stage's default
        RottingDaysRole,     // int, 0: never rots
        RequiredFieldsRole,  // QStringList of field keys the stage's gate requires
        // Cards
        TitleRole,
        CompanyRole,
        ValueRole,           // qint64, minor units of CurrencyRole
        CurrencyRole,
        FormattedValueRole,  // "€12,500.00" in the current locale
        OwnerRole,
        ExpectedCloseRole,   // QDate, invalid when not set
        ProbabilityRole,     // double 0..1, the deal's own or its stage's
        DaysInStageRole,     // int
        RottingRole,         // bool: longer in the stage than its rotting period
        QualityBadgeRole,    // QStringList: labels of fields the style guide requires and the deal lacks; empty: no badge
        StageIdRole,
    };
    Q_ENUM(Role)

    explicit PipelineBoardModel(Workspace *workspace, QObject *parent = nullptr);
    ~PipelineBoardModel() override;

    // The pipelines to switch between, and the one shown (0 shows the first).
    QList<Pipeline> pipelines() const;
    qint64 pipelineId() const { return m_pipeline.id; }
    Pipeline pipeline() const { return m_pipeline; }
    void setPipeline(qint64 pipelineId);

    BoardFilter filter() const { return m_filter; }
    void setFilter(const BoardFilter &filter);
    void setOwnerFilter(const QString &owner);
    void setTextFilter(const QString &text);
    void setCloseDateRange(const QDate &from, const QDate &to);

    // Totals are in this currency (DealStore::mainCurrency()).
    QString currency() const { return m_currency; }
    int stageCount() const { return int(m_columns.size()); }
    QModelIndex stageIndex(qint64 stageId) const;
    QModelIndex wonIndex() const;
    QModelIndex lostIndex() const;
    QModelIndex dealIndex(qint64 dealId) const;
    RowKind kindOf(const QModelIndex &index) const;
    QList<qint64> dealIds(qint64 stageId) const; // in board order

    // Keyboard moves (Ctrl+Left / Ctrl+Right): to the end of the stage stageSteps away.
    // False when there is no such stage or the gate refuses (moveRefused() says why).
    bool moveDeal(qint64 dealId, int stageSteps);
    // Ctrl+Up / Ctrl+Down: steps places up (negative) or down within the stage.
    bool reorderDeal(qint64 dealId, int steps);
    bool winDeals(const QList<qint64> &dealIds);
    bool loseDeals(const QList<qint64> &dealIds, const QString &reason);
    QStringList lostReasons() const;
    // Why the last canDropMimeData() or move refused; empty after an allowed one.
    QString dropRefusal() const { return m_refusal; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    // False, with dropRefusal() saying why, for a stage whose gate a deal does not pass.
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // Deals dropped on Lost: ask for a reason from lostReasons(), then call loseDeals().
    void lostReasonRequested(const QList<qint64> &dealIds);
    // A move or drop the stage gate (or anything else) refused, in words for the user.
    void moveRefused(const QString &message);

private:
    struct Column
    {
        Stage stage;
        quint64 gateMask = 0;
        QList<qint64> ids; // card ids in rank order
        ColumnTotals totals;
    };

    void load();
    void onChanged(const ChangeSet &changes);
    void refreshDeals(const QList<qint64> &ids);
    void recount(int column);
    void recountClosed();
    int columnOfStage(qint64 stageId) const;
    int insertionRow(int column, const DealCard &card) const;
    const DealCard *card(const QModelIndex &index) const;
    // The stage a drop at (row, parent) goes to and the deal it goes before; -1 for none.
    bool dropTarget(int row, const QModelIndex &parent, const QList<qint64> &moving, int *column, qint64 *beforeId) const;
    bool gateAllows(const QList<qint64> &ids, int column) const;
    bool push(BatchCommand *command);
    bool refuse(const QString &message);

    QPointer<Workspace> m_workspace;
    Pipeline m_pipeline;
    qint64 m_wantedPipeline = 0;
    BoardFilter m_filter;
    QString m_currency;
    QList<Column> m_columns;
    QHash<qint64, DealCard> m_cards;
    std::unique_ptr<BoardCardReader> m_reader;
    ColumnTotals m_won;
    ColumnTotals m_lost;
    mutable QString m_refusal;
};

} // namespace Kempt
