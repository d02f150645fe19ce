#include "quality/picklist.h"

#include "quality/unicodehygiene.h"
#include "quality/whitespace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Kempt {

namespace {

constexpr int ValuesNamedInAReason = 12;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Picklist)
};

} // namespace

Picklist::Picklist(const QStringList &values, const QHash<QString, QString> &synonyms)
{
    for (const QString &value : values)
        addValue(value);
    for (auto it = synonyms.cbegin(); it != synonyms.cend(); ++it)
        addSynonym(it.key(), it.value());
}

QString Picklist::keyOf(const QString &text)
{
    return UnicodeHygiene::matchKey(Whitespace::clean(text));
}

bool Picklist::addValue(const QString &value)
{
    const QString tidy = Whitespace::clean(UnicodeHygiene::clean(value));
    const QString key = keyOf(tidy);
    if (key.isEmpty() || m_byKey.contains(key))
        return false;
    m_values.append(tidy);
    m_byKey.insert(key, tidy);
    return true;
}

bool Picklist::addSynonym(const QString &synonym, const QString &value)
{
    const QString key = keyOf(synonym);
    const QString target = m_byKey.value(keyOf(value));
    if (key.isEmpty() || target.isEmpty() || m_byKey.contains(key) || !m_values.contains(target))
        return false;
    m_synonyms.insert(Whitespace::clean(UnicodeHygiene::clean(synonym)), target);
    m_byKey.insert(key, target);
    return true;
}

Verdict Picklist::check(const QString &value) const
{
    Verdict v;
    if (Whitespace::clean(UnicodeHygiene::clean(value)).isEmpty()) {
        if (!value.isEmpty()) {
            v.status = Verdict::Warning;
            v.reason = Tr::tr("The value holds only spaces or invisible characters; it is stored empty.");
        }
        return v;
    }
    if (m_values.contains(value)) {
        v.normalized = value;
        return v;
    }
    const QString match = m_byKey.value(keyOf(value));
    if (!match.isEmpty()) {
        v.status = Verdict::Warning;
        v.normalized = match;
        v.suggestion = match;
        v.reason = Tr::tr("“%1” is stored as “%2”, the list's spelling.").arg(value.trimmed(), match);
        return v;
    }
    QStringList shown = m_values.mid(0, ValuesNamedInAReason);
    QString allowed = shown.join(QStringLiteral(", "));
    if (m_values.size() > ValuesNamedInAReason)
        allowed = QCoreApplication::translate("Picklist", "%1 and %Ln more", nullptr,
                                              int(m_values.size() - shown.size()))
                      .arg(allowed);
    v.status = Verdict::Invalid;
    v.reason = m_values.isEmpty()
        ? Tr::tr("“%1” is not allowed: the list has no values yet.").arg(value.trimmed())
        : Tr::tr("“%1” is not in the list; use one of: %2.").arg(value.trimmed(), allowed);
    return v;
}

QJsonObject Picklist::toJson() const
{
    QJsonObject synonyms;
    for (auto it = m_synonyms.cbegin(); it != m_synonyms.cend(); ++it)
        synonyms.insert(it.key(), it.value());
    return { { QStringLiteral("values"), QJsonArray::fromStringList(m_values) },
             { QStringLiteral("synonyms"), synonyms } };
}

Picklist Picklist::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Picklist();
    };
    const QJsonValue values = json.value(QStringLiteral("values"));
    if (!values.isArray())
        return fail(Tr::tr("The picklist has no \"values\" array; add one with the allowed values."));
    Picklist list;
    const QJsonArray array = values.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || !list.addValue(array.at(i).toString()))
            return fail(Tr::tr("Value %1 of the picklist is empty, not text, or repeats another value; "
                           "remove or correct it.").arg(i + 1));
    }
    const QJsonObject synonyms = json.value(QStringLiteral("synonyms")).toObject();
    for (auto it = synonyms.begin(); it != synonyms.end(); ++it) {
        if (!it.value().isString() || !list.addSynonym(it.key(), it.value().toString()))
            return fail(Tr::tr("The synonym “%1” must name one of the picklist's values and must not repeat a value "
                           "or another synonym; correct it.").arg(it.key()));
    }
    if (error)
        error->clear();
    return list;
}

} // namespace Kempt
