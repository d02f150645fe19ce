#include "quality/rulememo.h"

#include <QHash>

#include <atomic>

namespace Kempt {

namespace {

constexpr qsizetype MaxEntries = 1 << 15;
constexpr qsizetype MaxValueLength = 120; // long values rarely repeat

struct Key
{
    quint64 serial;
    QString value;
    bool operator==(const Key &o) const { return serial == o.serial && value == o.value; }
};

size_t qHash(const Key &key, size_t seed = 0)
{
    return ::qHash(key.value, seed) ^ size_t(key.serial * 0x9E3779B97F4A7C15ull);
}

QHash<Key, CompiledRule::Outcome> &memo()
{
    thread_local QHash<Key, CompiledRule::Outcome> entries;
    return entries;
}

std::atomic<quint64> s_serial{0};

} // namespace

quint64 RuleMemo::nextSerial()
{
    return ++s_serial;
}

const CompiledRule::Outcome *RuleMemo::find(quint64 serial, const QString &value)
{
    if (value.size() > MaxValueLength)
        return nullptr;
    const auto &entries = memo();
    const auto it = entries.constFind(Key{serial, value});
    return it == entries.constEnd() ? nullptr : &it.value();
}

void RuleMemo::insert(quint64 serial, const QString &value, const CompiledRule::Outcome &outcome)
{
    if (value.size() > MaxValueLength)
        return;
    auto &entries = memo();
    if (entries.size() >= MaxEntries)
        entries.clear(); // cheaper than tracking age, and the common values return at once
    // Deep copies: the memo outlives the record, and shared strings would tie threads'
    // reference counts together.
    CompiledRule::Outcome stored = outcome;
    stored.fixed = QString(outcome.fixed.constData(), outcome.fixed.size());
    stored.reason = QString(outcome.reason.constData(), outcome.reason.size());
    stored.suggestion = QString(outcome.suggestion.constData(), outcome.suggestion.size());
    entries.insert(Key{serial, QString(value.constData(), value.size())}, stored);
}

} // namespace Kempt
