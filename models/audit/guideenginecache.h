#pragma once

#include "quality/ruleengine.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace Kempt {

// The RuleEngine of a workspace's active style guide, compiled once and reused while
// the guide stays the same. The incremental refresh asks for it on every batch; a batch
// that stores a new guide version (or an undo that removes one) changes the newest row
// of style_guides, and the engine is compiled again.
//
// Stale rules measure from the start of the current UTC day (auditMoment()), not from
// the second of the call: an incremental refresh and a full audit on the same day
// then judge every record alike, so their issues agree.
class GuideEngineCache
{
public:
    const RuleEngine &engine(QSqlDatabase db);
    qint64 guideVersion() const { return m_version; }

    static QDateTime auditMoment();

private:
    std::optional<RuleEngine> m_engine;
    QByteArray m_key; // the newest stored guide row (version and rules), '' for the default
    QDate m_day;
    qint64 m_version = 0;
};

} // namespace Kempt
