#pragma once

#include "core/result.h"
#include "domain/deal.h"
#include "itemmodels/boardfilter.h"
#include "itemmodels/dealcard.h"

#include <QList>
#include <QSqlDatabase>

namespace Kempt {

// Reads the open deals of one pipeline that a board filter lets through, in stage and
// rank order, in one statement on the deals_stage index. Gate and style-guide checks are
// evaluated in the same statement (one 0/1 column per field), so the board can judge a
// drop without asking the database again.
class BoardCardReader
{
public:
    BoardCardReader(QSqlDatabase db, const Pipeline &pipeline, const BoardFilter &filter);

    // The gated fields of the pipeline's stages, in the bit order of DealCard::gateMissing.
    QStringList gateKeys() const { return m_gateKeys; }
    // The bits of gateMissing that block entering stage (0 when it has no gate).
    quint64 gateMask(const Stage &stage) const;

    // All cards, or (ids given) those of these deals that belong on the board.
    Result read(QList<DealCard> *cards, const QList<qint64> *ids = nullptr) const;
    // Won and lost deals of the pipeline, through the owner and text filters, closed in
    // the close-date range when one is set.
    Result readClosed(const QString &currency, ColumnTotals *won, ColumnTotals *lost) const;

private:
    struct Requirement
    {
        QStringList keys;
        bool anyOf = false;
    };
    QString filterSql(QVariantList *binds) const;

    QSqlDatabase m_db;
    Pipeline m_pipeline;
    BoardFilter m_filter;
    QStringList m_gateKeys;
    QStringList m_checkKeys; // gate keys, then style-guide keys: one column each
    QStringList m_checkSql;
    QStringList m_checkLabels;
    QList<Requirement> m_quality;
};

} // namespace Kempt
