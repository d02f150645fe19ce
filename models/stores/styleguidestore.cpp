#include "stores/styleguidestore.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StyleGuideStore)
};

} // namespace

StyleGuideStore::StyleGuideStore(QSqlDatabase db, const QString &author)
    : m_db(db)
    , m_author(author)
{
}

StyleGuide StyleGuideStore::active() const
{
    // A row that no longer reads (edited by hand outside Kempt) must not leave the team
    // without rules: the newest version that reads wins, then the shipped default.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT version, rules FROM style_guides ORDER BY version DESC"))) {
        while (q.next()) {
            StyleGuide guide;
            if (StyleGuide::fromJson(q.value(1).toByteArray(), &guide)) {
                guide.setVersion(q.value(0).toLongLong());
                return guide;
            }
            qWarning("Style guide version %lld does not read; using an older one.", q.value(0).toLongLong());
        }
    }
    return StyleGuide::defaultGuide();
}

Result StyleGuideStore::load(qint64 version, StyleGuide *guide) const
{
    QSqlQuery q(m_db);
    Result r = exec(q, QStringLiteral("SELECT rules FROM style_guides WHERE version = ?"), {version});
    if (!r)
        return r;
    if (!q.next())
        return Result::failure(Tr::tr("There is no style guide version %1.").arg(version));
    StyleGuide loaded;
    r = StyleGuide::fromJson(q.value(0).toByteArray(), &loaded);
    if (!r)
        return Result::failure(Tr::tr("Style guide version %1 cannot be read: %2").arg(version).arg(r.message()));
    loaded.setVersion(version);
    *guide = loaded;
    return Result::success();
}

Result StyleGuideStore::save(const StyleGuide &guide, const QString &comment, qint64 *version)
{
    // What is stored must read back: a guide built in code goes through the same checks
    // as one read from a file.
    StyleGuide checked;
    Result r = StyleGuide::fromJson(guide.toJson(), &checked);
    if (!r)
        return Result::failure(Tr::tr("The style guide was not saved: %1").arg(r.message()));
    QSqlQuery q(m_db);
    r = exec(q, QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM style_guides"));
    if (!r)
        return r;
    q.next();
    const qint64 next = q.value(0).toLongLong();
    checked.setVersion(next);
    r = exec(q, QStringLiteral("INSERT INTO style_guides(version, rules, author, comment) VALUES (?, ?, ?, ?)"),
             {next, QString::fromUtf8(checked.toJson()), m_author, comment.trimmed()});
    if (!r)
        return r;
    if (version)
        *version = next;
    return Result::success();
}

QList<StyleGuideVersion> StyleGuideStore::history() const
{
    QList<StyleGuideVersion> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, author, comment, created_at FROM style_guides ORDER BY version DESC")))
        return result;
    while (q.next()) {
        StyleGuideVersion v;
        v.version = q.value(0).toLongLong();
        v.author = q.value(1).toString();
        v.comment = q.value(2).toString();
        v.createdAt = q.value(3).toString();
        result << v;
    }
    return result;
}

} // namespace Kempt
