#include "storage/searchindex.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace Kempt {

namespace {

// Every suffix of at least four digits is indexed, so that a prefix query finds a phone
// number by any part of it ("4567" finds 030 1234-4567), as people search for numbers.
QString phoneTokens(const QString &digits)
{
    QString expr = digits;
    for (int k = 1; k <= 12; ++k)
        expr += QStringLiteral(" || CASE WHEN length(%1) >= %2 THEN ' ' || substr(%1, %3) ELSE '' END")
                    .arg(digits).arg(k + 4).arg(k + 1);
    return expr;
}

// The document of one contact; %1 is the expression of its id.
QString contactDocument(const QString &id)
{
    return QStringLiteral(
               "INSERT INTO contacts_fts(rowid, name, email, phone, company, notes) "
               "SELECT c.id, "
               "c.salutation || ' ' || c.first_name || ' ' || c.middle_name || ' ' || c.last_name || ' ' || c.display_name, "
               "(SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), "
               "(SELECT group_concat(%2 || ' ' || replace(e164, '+', ''), ' ') FROM contact_phones WHERE contact_id = c.id), "
               "c.company_name || ' ' || c.job_title || ' ' || c.department || ' ' || c.city, "
               "(SELECT group_concat(body, ' ') FROM notes WHERE contact_id = c.id) "
               "FROM contacts c WHERE c.id = %1;")
        .arg(id, phoneTokens(QStringLiteral("digits")));
}

// The documents of every contact the condition selects (alias c).
QString contactDocuments(const QString &condition)
{
    return QStringLiteral(
               "INSERT INTO contacts_fts(rowid, name, email, phone, company, notes) "
               "SELECT c.id, "
               "c.salutation || ' ' || c.first_name || ' ' || c.middle_name || ' ' || c.last_name || ' ' || c.display_name, "
               "(SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id), "
               "(SELECT group_concat(%2 || ' ' || replace(e164, '+', ''), ' ') FROM contact_phones WHERE contact_id = c.id), "
               "c.company_name || ' ' || c.job_title || ' ' || c.department || ' ' || c.city, "
               "(SELECT group_concat(body, ' ') FROM notes WHERE contact_id = c.id) "
               "FROM contacts c WHERE %1")
        .arg(condition, phoneTokens(QStringLiteral("digits")));
}

QString refreshContact(const QString &id)
{
    return QStringLiteral("DELETE FROM contacts_fts WHERE rowid = %1; ").arg(id) + contactDocument(id);
}

QString refreshCompany(const QString &id)
{
    return QStringLiteral("DELETE FROM companies_fts WHERE rowid = %1; "
                          "INSERT INTO companies_fts(rowid, name, details) "
                          "SELECT id, name, legal_form || ' ' || industry || ' ' || website || ' ' || email || ' ' || city "
                          "FROM companies WHERE id = %1;")
        .arg(id);
}

struct TriggerSpec {
    QString name;
    QString event;
    QString body;
};

QList<TriggerSpec> specs()
{
    const QString contactCols = QStringLiteral("salutation, first_name, middle_name, last_name, display_name, "
                                               "company_name, job_title, department, city");
    return {
        {QStringLiteral("fts_contacts_ins"), QStringLiteral("AFTER INSERT ON contacts"), refreshContact(QStringLiteral("NEW.id"))},
        {QStringLiteral("fts_contacts_upd"), QStringLiteral("AFTER UPDATE OF %1 ON contacts").arg(contactCols),
         refreshContact(QStringLiteral("NEW.id"))},
        {QStringLiteral("fts_contacts_del"), QStringLiteral("AFTER DELETE ON contacts"), QStringLiteral("DELETE FROM contacts_fts WHERE rowid = OLD.id;")},
        {QStringLiteral("fts_emails_ins"), QStringLiteral("AFTER INSERT ON contact_emails"), refreshContact(QStringLiteral("NEW.contact_id"))},
        {QStringLiteral("fts_emails_upd"), QStringLiteral("AFTER UPDATE ON contact_emails"),
         refreshContact(QStringLiteral("OLD.contact_id")) + refreshContact(QStringLiteral("NEW.contact_id"))},
        {QStringLiteral("fts_emails_del"), QStringLiteral("AFTER DELETE ON contact_emails"), refreshContact(QStringLiteral("OLD.contact_id"))},
        {QStringLiteral("fts_phones_ins"), QStringLiteral("AFTER INSERT ON contact_phones"), refreshContact(QStringLiteral("NEW.contact_id"))},
        {QStringLiteral("fts_phones_upd"), QStringLiteral("AFTER UPDATE ON contact_phones"),
         refreshContact(QStringLiteral("OLD.contact_id")) + refreshContact(QStringLiteral("NEW.contact_id"))},
        {QStringLiteral("fts_phones_del"), QStringLiteral("AFTER DELETE ON contact_phones"), refreshContact(QStringLiteral("OLD.contact_id"))},
        {QStringLiteral("fts_notes_ins"), QStringLiteral("AFTER INSERT ON notes WHEN NEW.contact_id IS NOT NULL"), refreshContact(QStringLiteral("NEW.contact_id"))},
        {QStringLiteral("fts_notes_upd"), QStringLiteral("AFTER UPDATE ON notes"),
         refreshContact(QStringLiteral("OLD.contact_id")) + refreshContact(QStringLiteral("NEW.contact_id"))},
        {QStringLiteral("fts_notes_del"), QStringLiteral("AFTER DELETE ON notes WHEN OLD.contact_id IS NOT NULL"), refreshContact(QStringLiteral("OLD.contact_id"))},
        {QStringLiteral("fts_companies_ins"), QStringLiteral("AFTER INSERT ON companies"), refreshCompany(QStringLiteral("NEW.id"))},
        {QStringLiteral("fts_companies_upd"), QStringLiteral("AFTER UPDATE OF name, legal_form, industry, website, email, city ON companies"),
         refreshCompany(QStringLiteral("NEW.id"))},
        {QStringLiteral("fts_companies_del"), QStringLiteral("AFTER DELETE ON companies"), QStringLiteral("DELETE FROM companies_fts WHERE rowid = OLD.id;")},
    };
}

} // namespace

Result SearchIndex::indexContacts(QSqlDatabase db, const QString &condition, const QVariantList &binds)
{
    const QString what = QCoreApplication::translate("Kempt", "Updating the search index");
    QSqlQuery range(db);
    range.prepare(QStringLiteral("SELECT min(c.id), max(c.id) FROM contacts c WHERE %1").arg(condition));
    for (const QVariant &b : binds)
        range.addBindValue(b);
    if (!range.exec())
        return sqlFailure(range, what);
    if (!range.next() || range.value(0).isNull())
        return Result::success();
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    range.finish();
    // One statement keeps the original of every page it changes in its statement journal,
    // which lives in memory (temp_store): 170 MB for 300,000 contacts. Slices of ids keep
    // it small.
    constexpr qint64 kSlice = 20000;
    QSqlQuery q(db);
    if (!q.prepare(contactDocuments(QStringLiteral("(%1) AND c.id BETWEEN ? AND ?").arg(condition))))
        return sqlFailure(q, what);
    for (qint64 from = first; from <= last; from += kSlice) {
        int i = 0;
        for (const QVariant &b : binds)
            q.bindValue(i++, b);
        q.bindValue(i++, from);
        q.bindValue(i, std::min(from + kSlice - 1, last));
        if (!q.exec())
            return sqlFailure(q, what);
    }
    return Result::success();
}

Result SearchIndex::installTriggers(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const TriggerSpec &s : specs()) {
        const QString sql = QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3 END")
                                .arg(s.name, s.event, s.body);
        if (!q.exec(sql))
            return sqlFailure(q, QCoreApplication::translate("Kempt", "Creating the search index"));
    }
    return Result::success();
}

Result SearchIndex::dropTriggers(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const TriggerSpec &s : specs()) {
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(s.name)))
            return sqlFailure(q, QCoreApplication::translate("Kempt", "Suspending the search index"));
    }
    return Result::success();
}

Result SearchIndex::rebuild(QSqlDatabase db)
{
    QSqlQuery q(db);
    const QStringList sql = {
        QStringLiteral("DELETE FROM contacts_fts"),
        contactDocument(QStringLiteral("c.id")),
        QStringLiteral("DELETE FROM companies_fts"),
        QStringLiteral("INSERT INTO companies_fts(rowid, name, details) SELECT id, name, "
                       "legal_form || ' ' || industry || ' ' || website || ' ' || email || ' ' || city FROM companies"),
    };
    for (const QString &s : sql)
        if (!q.exec(s))
            return sqlFailure(q, QCoreApplication::translate("Kempt", "Rebuilding the search index"));
    return Result::success();
}

QString SearchIndex::matchExpression(const QString &typed)
{
    // Split the way the unicode61 tokenizer does, so "ann.lee@ex" finds ann.lee@example.com.
    QStringList terms;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            terms << QLatin1Char('"') + current + QStringLiteral("\"*");
        current.clear();
    };
    for (const QChar ch : typed) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            current += ch;
        else
            flush();
    }
    flush();
    return terms.join(QStringLiteral(" AND "));
}

} // namespace Kempt
