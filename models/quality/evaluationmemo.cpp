#include "quality/evaluationmemo.h"
#include "quality/compiledrule.h"

namespace Kempt {

void EvaluationMemo::serve(const void *engine)
{
    if (engine == m_engine)
        return;
    m_engine = engine;
    m_texts.clear();
    m_ids.clear();
}

const QString &EvaluationMemo::ruleId(const CompiledRule &rule)
{
    auto it = m_ids.constFind(&rule);
    if (it == m_ids.constEnd()) {
        const QString &id = rule.rule().id;
        it = m_ids.insert(&rule, QString(id.constData(), id.size()));
    }
    return it.value();
}

std::vector<QualityRecord> &EvaluationMemo::working(int count)
{
    if (m_working.size() < size_t(count))
        m_working.resize(size_t(count));
    return m_working;
}

} // namespace Kempt
