#include "import/mappingprofilestore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

MappingProfileStore::MappingProfileStore(QSqlDatabase db)
    : m_db(db)
{
}

QList<MappingProfile> MappingProfileStore::query(const QString &where, const QVariantList &binds, const QString &order) const
{
    QList<MappingProfile> profiles;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT id, name, header_key, mapping, updated_at FROM mapping_profiles WHERE %1 ORDER BY %2").arg(where, order),
              binds))
        return profiles;
    while (q.next()) {
        MappingProfile p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.headerKey = q.value(2).toString();
        p.updatedAt = q.value(4).toString();
        const QJsonObject json = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        QStringList headers;
        for (const QJsonValue &c : json.value(QStringLiteral("columns")).toArray())
            headers << c.toObject().value(QStringLiteral("header")).toString();
        // A profile whose JSON does not read back is listed without columns rather than hidden.
        ImportMapping::fromJson(json, headers, &p.mapping);
        profiles << p;
    }
    return profiles;
}

QList<MappingProfile> MappingProfileStore::list() const
{
    return query(QStringLiteral("1"), {}, QStringLiteral("name COLLATE NOCASE"));
}

QList<MappingProfile> MappingProfileStore::forHeaders(const QStringList &headers) const
{
    return query(QStringLiteral("header_key = ?"), {ImportMapping::headerKey(headers)}, QStringLiteral("updated_at DESC, id DESC"));
}

std::optional<MappingProfile> MappingProfileStore::find(const QString &name) const
{
    const QList<MappingProfile> found = query(QStringLiteral("name = ? COLLATE NOCASE"), {name.simplified()}, QStringLiteral("id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Result MappingProfileStore::save(MappingProfile &profile)
{
    profile.name = profile.name.simplified();
    const bool named = std::any_of(profile.name.cbegin(), profile.name.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!named || profile.name.size() > 100)
        return Result::failure(Tr::tr("A mapping needs a name of 1 to 100 characters with a letter or digit, such as \"Google Contacts\"."));
    if (!profile.mapping.mapsAnything())
        return Result::failure(Tr::tr("The mapping \"%1\" maps no column to a field. Map at least one column before saving it.")
                                   .arg(profile.name));
    profile.headerKey = ImportMapping::headerKey(profile.mapping.headers());
    profile.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString json = QString::fromUtf8(QJsonDocument(profile.mapping.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    Result r;
    if (const std::optional<MappingProfile> existing = find(profile.name)) {
        profile.id = existing->id;
        r = exec(q, QStringLiteral("UPDATE mapping_profiles SET name = ?, header_key = ?, mapping = ?, updated_at = ? WHERE id = ?"),
                 {profile.name, profile.headerKey, json, profile.updatedAt, profile.id});
    } else {
        r = exec(q, QStringLiteral("INSERT INTO mapping_profiles(name, header_key, mapping, updated_at) VALUES (?, ?, ?, ?)"),
                 {profile.name, profile.headerKey, json, profile.updatedAt});
        if (r)
            profile.id = q.lastInsertId().toLongLong();
    }
    return r;
}

Result MappingProfileStore::remove(const QString &name)
{
    const std::optional<MappingProfile> existing = find(name);
    if (!existing)
        return Result::failure(Tr::tr("There is no saved mapping \"%1\".").arg(name));
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM mapping_profiles WHERE id = ?"), {existing->id});
}

Result MappingProfileStore::apply(const MappingProfile &profile, const QStringList &headers, ImportMapping *mapping)
{
    const Result r = ImportMapping::fromJson(profile.mapping.toJson(), headers, mapping);
    if (!r)
        return Result::failure(Tr::tr("The saved mapping \"%1\" was made for other columns: %2").arg(profile.name, r.message()));
    return r;
}

} // namespace Kempt
