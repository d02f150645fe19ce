#pragma once

#include "quality/qualityrecord.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <algorithm>
#include <utility>
#include <vector>

namespace Kempt {

class CompiledRule;

// What one thread that judges many records in a row (the full audit) keeps from record to
// record: the sentences that recur — a missing field's, a stale record's last date — made
// once instead of translated and formatted again, and its own copy of each rule's id, so
// threads do not share reference counts. A memo serves one engine and lives as long as
// the run that made it, so its sentences are in that run's language. Not thread-safe: one
// per thread.
class EvaluationMemo
{
public:
    // Starts over when engine is not the one the memo served so far.
    void serve(const void *engine);

    // The text for (rule, variant, detail), made by make() the first time. A detail
    // longer than a date is not kept.
    template<typename Make>
    QString text(const CompiledRule *rule, int variant, QStringView detail, Make &&make)
    {
        if (detail.size() > maxDetail)
            return std::forward<Make>(make)();
        Key key{rule, variant, {}, int(detail.size())};
        std::copy(detail.utf16(), detail.utf16() + detail.size(), key.detail);
        auto it = m_texts.constFind(key);
        if (it != m_texts.constEnd())
            return it.value();
        if (m_texts.size() >= maxTexts)
            m_texts.clear(); // stale dates could otherwise grow without bound
        return m_texts.insert(key, std::forward<Make>(make)()).value();
    }

    const QString &ruleId(const CompiledRule &rule);
    // Room for the state of count records evaluated together (RuleEngine::evaluate).
    std::vector<QualityRecord> &working(int count);

private:
    static constexpr qsizetype maxTexts = 1 << 14;
    static constexpr int maxDetail = 12;

    // Held inline, so that looking a text up allocates nothing.
    struct Key
    {
        const CompiledRule *rule;
        int variant;
        char16_t detail[maxDetail];
        int length;
        QStringView view() const { return QStringView(detail, length); }
        bool operator==(const Key &o) const { return rule == o.rule && variant == o.variant && view() == o.view(); }
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.rule, key.variant, key.view());
    }

    const void *m_engine = nullptr;
    QHash<Key, QString> m_texts;
    QHash<const CompiledRule *, QString> m_ids;
    std::vector<QualityRecord> m_working;
};

} // namespace Kempt
