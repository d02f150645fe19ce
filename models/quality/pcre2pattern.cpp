#include "quality/pcre2pattern.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace Kempt {

struct Pcre2Pattern::State
{
    pcre2_code *code = nullptr;
    pcre2_match_data *data = nullptr;
    int groups = 0;
    ~State()
    {
        pcre2_match_data_free(data);
        pcre2_code_free(code);
    }
};

Pcre2Pattern::Pcre2Pattern(const QString &pattern, bool whole)
{
    // QRegularExpression::anchoredPattern's form, and its default options (UTF only).
    const QString text = whole ? QStringLiteral("\\A(?:%1)\\z").arg(pattern) : pattern;
    int error = 0;
    PCRE2_SIZE at = 0;
    auto state = std::make_shared<State>();
    state->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text.utf16()), PCRE2_SIZE(text.size()), PCRE2_UTF, &error, &at, nullptr);
    if (!state->code)
        return;
    // Without JIT the interpreter answers the same, only slower.
    pcre2_jit_compile(state->code, PCRE2_JIT_COMPLETE);
    pcre2_pattern_info(state->code, PCRE2_INFO_CAPTURECOUNT, &state->groups);
    state->data = pcre2_match_data_create_from_pattern(state->code, nullptr);
    if (state->data)
        m_state = std::move(state);
}

int Pcre2Pattern::captureCount() const
{
    return m_state ? m_state->groups : -1;
}

Pcre2Pattern::Match Pcre2Pattern::match(QStringView subject, qsizetype offset, bool anchored) const
{
    Match m;
    m.m_subject = subject;
    if (!m_state || offset > subject.size())
        return m;
    const int rc = pcre2_match(m_state->code, reinterpret_cast<PCRE2_SPTR>(subject.utf16()), PCRE2_SIZE(subject.size()),
                               PCRE2_SIZE(offset), anchored ? PCRE2_ANCHORED : 0, m_state->data, nullptr);
    if (rc <= 0)
        return m;
    m.m_offsets = pcre2_get_ovector_pointer(m_state->data);
    m.m_count = rc;
    return m;
}

bool Pcre2Pattern::Match::isSet(int group) const
{
    return group >= 0 && group < m_count && m_offsets[2 * group] != PCRE2_UNSET;
}

qsizetype Pcre2Pattern::Match::capturedStart(int group) const
{
    return isSet(group) ? qsizetype(m_offsets[2 * group]) : -1;
}

qsizetype Pcre2Pattern::Match::capturedEnd(int group) const
{
    return isSet(group) ? qsizetype(m_offsets[2 * group + 1]) : -1;
}

QStringView Pcre2Pattern::Match::capturedView(int group) const
{
    return isSet(group) ? m_subject.mid(capturedStart(group), capturedLength(group)) : QStringView();
}

} // namespace Kempt
