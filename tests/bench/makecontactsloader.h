#pragma once

// Loads a make-contacts CSV (/work/shared/tools/make-contacts N --seed S) into an empty
// workspace the fast way, for benchmarks: the journal and search-index triggers are
// suspended, rows go in through prepared statements in one transaction, and the search
// index is rebuilt in one pass at the end. Header-only so that any bench_*.cpp can use it.

#include "core/result.h"
#include "storage/journal.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>
#include <functional>

namespace Kempt::Bench {

// One CSV record (RFC 4180: quoted fields may hold commas, quotes and line breaks).
inline bool readCsvRecord(QTextStream &in, QStringList &fields)
{
    fields.clear();
    if (in.atEnd())
        return false;
    QString field;
    bool quoted = false;
    QString line = in.readLine();
    for (;;) {
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                        field += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        if (!quoted || in.atEnd())
            break;
        field += QLatin1Char('\n');
        line = in.readLine();
    }
    fields << field;
    return true;
}

// Contacts with their e-mail and phone as written in the file (untrimmed values are kept:
// they are what the audit is for) and a display name composed as the stores compose it,
// companies by name, and the "Created" date as created_at and updated_at. progress receives a line every 100,000 rows.
inline Result loadMakeContacts(Workspace &ws, const QString &csvPath, qint64 maxRows,
                               const std::function<void(const QString &)> &progress = {})
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("cannot read %1: %2").arg(csvPath, file.errorString()));
    QTextStream in(&file);
    QStringList f;
    readCsvRecord(in, f);
    const QStringList expected = {QStringLiteral("record_id"), QStringLiteral("cluster_id"), QStringLiteral("First Name"),
                                  QStringLiteral("Last Name"), QStringLiteral("E-mail"), QStringLiteral("Phone"),
                                  QStringLiteral("Company"), QStringLiteral("Job Title"), QStringLiteral("City"),
                                  QStringLiteral("Country"), QStringLiteral("Created")};
    if (f != expected)
        return Result::failure(QStringLiteral("%1 is not a make-contacts CSV (header: %2)").arg(csvPath, f.join(QLatin1Char(','))));

    QSqlDatabase db = ws.db();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Transaction tx(db);
    Result r = tx.begin();
    if (r)
        r = SearchIndex::dropTriggers(db);
    if (r)
        r = Journal::dropTriggers(db);
    if (!r)
        return r;
    QSqlQuery company(db), contact(db), email(db), phone(db);
    company.prepare(QStringLiteral("INSERT INTO companies(name, created_at, updated_at) VALUES (?, ?, ?)"));
    contact.prepare(QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name, job_title, company_id, "
                                   "city, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    email.prepare(QStringLiteral("INSERT INTO contact_emails(contact_id, address, is_primary) VALUES (?, ?, 1)"));
    phone.prepare(QStringLiteral("INSERT INTO contact_phones(contact_id, number, is_primary) VALUES (?, ?, 1)"));
    const auto text = [](const QString &cell) { return cell.isNull() ? QVariant(QStringLiteral("")) : QVariant(cell); };
    const auto failed = [](QSqlQuery &q) { return sqlFailure(q, QStringLiteral("Loading")); };
    QHash<QString, qint64> companies;
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    while (rows < maxRows && readCsvRecord(in, f)) {
        if (f.size() < expected.size())
            continue;
        const QString created = f.at(10).isEmpty() ? QStringLiteral("2020-01-01T00:00:00Z") : f.at(10) + QStringLiteral("T00:00:00Z");
        QVariant companyId(QMetaType(QMetaType::LongLong));
        const QString companyName = f.at(6);
        if (!companyName.trimmed().isEmpty()) {
            auto it = companies.constFind(companyName);
            if (it == companies.constEnd()) {
                company.addBindValue(companyName);
                company.addBindValue(created);
                company.addBindValue(created);
                if (!company.exec())
                    return failed(company);
                it = companies.insert(companyName, company.lastInsertId().toLongLong());
            }
            companyId = *it;
        }
        // As the stores compose it when nobody typed one.
        QString display = (f.at(2).trimmed() + QLatin1Char(' ') + f.at(3).trimmed()).trimmed();
        if (display.isEmpty())
            display = f.at(4).trimmed();
        for (const QVariant &v : {text(f.at(2)), text(f.at(3)), text(display), text(f.at(7)), companyId,
                                  text(f.at(8)), text(f.at(9)), QVariant(created), QVariant(created)})
            contact.addBindValue(v);
        if (!contact.exec())
            return failed(contact);
        const qint64 id = contact.lastInsertId().toLongLong();
        if (!f.at(4).isEmpty()) {
            email.addBindValue(id);
            email.addBindValue(f.at(4));
            if (!email.exec())
                return failed(email);
        }
        if (!f.at(5).isEmpty()) {
            phone.addBindValue(id);
            phone.addBindValue(f.at(5));
            if (!phone.exec())
                return failed(phone);
        }
        if (++rows % 100000 == 0 && progress)
            progress(QStringLiteral("  loaded %1 rows (%2 s)").arg(rows).arg(timer.elapsed() / 1000.0));
    }
    if (progress)
        progress(QStringLiteral("  %1 contacts, %2 companies inserted in %3 s; rebuilding the search index")
                     .arg(rows).arg(companies.size()).arg(timer.elapsed() / 1000.0));
    if (!(r = SearchIndex::rebuild(db)) || !(r = SearchIndex::installTriggers(db)) || !(r = Journal::installTriggers(db)))
        return r;
    if (!(r = tx.commit()))
        return r;
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return Result::success();
}

} // namespace Kempt::Bench
