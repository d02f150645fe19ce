#include "stores/customfieldstore.h"
#include "domain/fieldcatalog.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QtMath>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldStore)
};

const char *const kColumns = "SELECT id, entity, key, label, type, choices, position FROM custom_fields ";

Entity entityFromName(const QString &name)
{
    if (name == QLatin1String("company"))
        return Entity::Company;
    if (name == QLatin1String("deal"))
        return Entity::Deal;
    return Entity::Contact;
}

CustomFieldDef defOf(const QSqlQuery &q)
{
    CustomFieldDef d;
    d.id = q.value(0).toLongLong();
    d.entity = entityFromName(q.value(1).toString());
    d.key = q.value(2).toString();
    d.label = q.value(3).toString();
    d.type = customFieldTypeFromName(q.value(4).toString()).value_or(CustomFieldType::Text);
    for (const QJsonValue &c : QJsonDocument::fromJson(q.value(5).toByteArray()).array())
        d.choices << c.toString();
    d.position = q.value(6).toInt();
    return d;
}

bool isEmptyValue(const QVariant &value)
{
    return value.isNull() || !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Double: case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// Plain C notation first, so "3.5" means the same everywhere; then the user's own locale.
std::optional<double> numberOf(const QVariant &value)
{
    bool ok = false;
    double d = 0;
    if (isNumeric(value)) {
        d = value.toDouble(&ok);
    } else {
        const QString text = value.toString().trimmed();
        d = QLocale::c().toDouble(text, &ok);
        if (!ok)
            d = QLocale().toDouble(text, &ok);
    }
    if (!ok || !qIsFinite(d))
        return std::nullopt;
    return d;
}

std::optional<QDate> dateOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? std::optional<QDate>(value.toDate()) : std::nullopt;
    const QString text = value.toString().trimmed();
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (text.size() != 10 || !d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> boolOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (isNumeric(value)) {
        const double d = value.toDouble();
        return d == 0 || d == 1 ? std::optional<bool>(d == 1) : std::nullopt;
    }
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// Whole numbers stay integers, so 42 is not shown or exported as 42.0.
QVariant numberVariant(double d)
{
    return qAbs(d) < 9.0e15 && d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
}

QStringList cleanChoices(const QStringList &choices)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &c : choices) {
        const QString t = c.trimmed();
        if (!t.isEmpty() && !seen.contains(t.toCaseFolded())) {
            seen.insert(t.toCaseFolded());
            result << t;
        }
    }
    return result;
}

} // namespace

CustomFieldStore::CustomFieldStore(QSqlDatabase db)
    : m_db(db)
{
}

QList<CustomFieldDef> CustomFieldStore::list(Entity entity) const
{
    QList<CustomFieldDef> result;
    QSqlQuery q(m_db);
    if (exec(q, QLatin1String(kColumns) + QStringLiteral("WHERE entity = ? ORDER BY position, id"),
             {FieldCatalog::entityName(entity)}))
        while (q.next())
            result << defOf(q);
    return result;
}

std::optional<CustomFieldDef> CustomFieldStore::find(qint64 id) const
{
    QSqlQuery q(m_db);
    if (exec(q, QLatin1String(kColumns) + QStringLiteral("WHERE id = ?"), {id}) && q.next())
        return defOf(q);
    return std::nullopt;
}

QString CustomFieldStore::slugOf(const QString &label)
{
    // Letters that do not decompose into ASCII get their usual spelling.
    static const QList<QPair<QString, QString>> spelled = {
        {QStringLiteral("\u00DF"), QStringLiteral("ss")}, {QStringLiteral("\u00E6"), QStringLiteral("ae")},
        {QStringLiteral("\u0153"), QStringLiteral("oe")}, {QStringLiteral("\u00F8"), QStringLiteral("o")},
        {QStringLiteral("\u0142"), QStringLiteral("l")}, {QStringLiteral("\u0111"), QStringLiteral("d")},
        {QStringLiteral("\u00FE"), QStringLiteral("th")}};
    QString text = label.toLower();
    for (const auto &[from, to] : spelled)
        text.replace(from, to);
    QString slug;
    // Decomposing turns "ö" into "o" and a combining mark, which is dropped.
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            slug += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing && !slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    while (slug.startsWith(QLatin1Char('_')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("field") : slug;
}

QString CustomFieldStore::uniqueKey(Entity entity, const QString &label) const
{
    const QString base = slugOf(label);
    QSqlQuery q(m_db);
    for (int n = 1;; ++n) {
        const QString key = n == 1 ? base : QStringLiteral("%1_%2").arg(base).arg(n);
        if (!exec(q, QStringLiteral("SELECT 1 FROM custom_fields WHERE entity = ? AND key = ?"),
                  {FieldCatalog::entityName(entity), key}) || !q.next())
            return key;
    }
}

Result CustomFieldStore::checkLabel(Entity entity, const QString &label, qint64 exceptId) const
{
    if (label.isEmpty())
        return Result::failure(Tr::tr("A custom field needs a label. Type one, such as \"Contract number\"."));
    QSqlQuery q(m_db);
    const Result r = exec(q, QStringLiteral("SELECT 1 FROM custom_fields WHERE entity = ? AND label = ? COLLATE NOCASE AND id <> ?"),
                          {FieldCatalog::entityName(entity), label, exceptId});
    if (!r)
        return r;
    if (q.next())
        return Result::failure(Tr::tr("There is already a %1 field labelled \"%2\". Choose another label.")
                                   .arg(FieldCatalog::entityName(entity), label));
    return Result::success();
}

Result CustomFieldStore::create(CustomFieldDef &def)
{
    def.label = def.label.trimmed();
    def.choices = def.type == CustomFieldType::Choice ? cleanChoices(def.choices) : QStringList();
    Result r = checkLabel(def.entity, def.label, 0);
    if (!r)
        return r;
    if (def.type == CustomFieldType::Choice && def.choices.isEmpty())
        return Result::failure(Tr::tr("The choice field \"%1\" needs at least one choice. Add the values people may pick.")
                                   .arg(def.label));
    def.key = uniqueKey(def.entity, def.label);
    QSqlQuery q(m_db);
    const QString entity = FieldCatalog::entityName(def.entity);
    if (!(r = exec(q, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM custom_fields WHERE entity = ?"), {entity})))
        return r;
    def.position = q.next() ? q.value(0).toInt() : 0;
    const QString choices = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(def.choices)).toJson(QJsonDocument::Compact));
    if (!(r = exec(q, QStringLiteral("INSERT INTO custom_fields(entity, key, label, type, choices, position) VALUES (?, ?, ?, ?, ?, ?)"),
                   {entity, def.key, def.label, customFieldTypeName(def.type), choices, def.position})))
        return r;
    def.id = q.lastInsertId().toLongLong();
    return Result::success();
}

Result CustomFieldStore::renameLabel(qint64 id, const QString &label)
{
    const std::optional<CustomFieldDef> def = find(id);
    if (!def)
        return Result::failure(Tr::tr("The custom field no longer exists. Refresh the list and try again."));
    Result r = checkLabel(def->entity, label.trimmed(), id);
    if (!r)
        return r;
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("UPDATE custom_fields SET label = ? WHERE id = ?"), {label.trimmed(), id});
}

Result CustomFieldStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    // Values first and explicitly, so the journal can bring every one of them back.
    Result r = exec(q, QStringLiteral("DELETE FROM custom_values WHERE field_id = ?"), {id});
    if (!r)
        return r;
    return exec(q, QStringLiteral("DELETE FROM custom_fields WHERE id = ?"), {id});
}

QVariant CustomFieldStore::valueOf(qint64 fieldId, qint64 entityId) const
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT v.value, f.type FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                                "WHERE v.field_id = ? AND v.entity_id = ?"),
              {fieldId, entityId})
        || !q.next() || q.isNull(0))
        return QVariant();
    CustomFieldDef def;
    def.type = customFieldTypeFromName(q.value(1).toString()).value_or(CustomFieldType::Text);
    const QVariant stored = q.value(0);
    switch (def.type) {
    case CustomFieldType::Number: {
        const std::optional<double> d = numberOf(stored);
        return d ? numberVariant(*d) : stored;
    }
    case CustomFieldType::Date: return dateOf(stored).value_or(QDate());
    case CustomFieldType::Checkbox: return boolOf(stored).value_or(false);
    case CustomFieldType::Text:
    case CustomFieldType::Choice:
        break;
    }
    return stored.toString();
}

Result CustomFieldStore::validate(const CustomFieldDef &def, const QVariant &value)
{
    if (isEmptyValue(value))
        return Result::success();
    const QString text = value.toString().trimmed();
    switch (def.type) {
    case CustomFieldType::Text:
        return Result::success();
    case CustomFieldType::Number:
        if (numberOf(value))
            return Result::success();
        return Result::failure(Tr::tr("%1 needs a number, such as 42 or 3.5; \"%2\" is not a number.").arg(def.label, text));
    case CustomFieldType::Date:
        if (dateOf(value))
            return Result::success();
        return Result::failure(Tr::tr("%1 needs a date written as year-month-day, such as 2024-03-31; \"%2\" is not one.")
                                   .arg(def.label, text));
    case CustomFieldType::Choice:
        if (def.choices.contains(text))
            return Result::success();
        return Result::failure(Tr::tr("%1 must be one of %2; \"%3\" is not. Pick one of them, or add it to the field's choices.")
                                   .arg(def.label, def.choices.join(QStringLiteral(", ")), text));
    case CustomFieldType::Checkbox:
        if (boolOf(value))
            return Result::success();
        return Result::failure(Tr::tr("%1 is a check box, so it takes yes or no (or true/false, 1/0); \"%2\" is neither.")
                                   .arg(def.label, text));
    }
    return Result::success();
}

QVariant CustomFieldStore::normalized(const CustomFieldDef &def, const QVariant &value)
{
    if (isEmptyValue(value) || !validate(def, value))
        return QVariant();
    switch (def.type) {
    case CustomFieldType::Number: return numberVariant(*numberOf(value));
    case CustomFieldType::Date: return dateOf(value)->toString(QStringLiteral("yyyy-MM-dd"));
    case CustomFieldType::Checkbox: return *boolOf(value) ? 1 : 0;
    case CustomFieldType::Text: return value.toString();
    case CustomFieldType::Choice: return value.toString().trimmed();
    }
    return value;
}

} // namespace Kempt
