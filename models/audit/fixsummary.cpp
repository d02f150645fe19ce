#include "audit/fixsummary.h"
#include "quality/styleguiderule.h"

#include <QJsonArray>

namespace Kempt {

QJsonObject FixSummary::toJson() const
{
    QJsonObject perField;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        perField.insert(it.key(), it.value());
    QJsonArray list;
    for (const Sample &s : samples)
        list.append(QJsonObject{{QStringLiteral("entity"), StyleGuideRule::entityName(s.entity)},
                                {QStringLiteral("id"), s.id},
                                {QStringLiteral("name"), s.name},
                                {QStringLiteral("field"), s.field},
                                {QStringLiteral("before"), s.before},
                                {QStringLiteral("after"), s.after}});
    return {{QStringLiteral("records"), records}, {QStringLiteral("values"), values},
            {QStringLiteral("fields"), perField}, {QStringLiteral("samples"), list}};
}

} // namespace Kempt
