#pragma once

#include "testworkspace.h"

#include "audit/attachquality.h"
#include "audit/auditor.h"
#include "io/sampledata.h"
#include "storage/sqlerror.h"

#include <QSet>
#include <QSqlQuery>

namespace Kempt::Test {

// The sample CRM (300 contacts) with flaws for every kind of dashboard action, audited:
// - contacts 1-6 were last touched in 2020 (stale);
// - contacts 7-11 have no owner (a field a bulk update can fill in);
// - contacts 12-16 have e-mail domains in capitals (an automatic fix);
// - contacts 17 and 18 have neither e-mail nor phone (an error).
// Every write keeps quality_issues current (attachQuality), as in the app.
class QualityWorkspace : public TestWorkspace
{
public:
    QualityWorkspace()
    {
        attachQuality(get());
        Result r = SampleData::load(get());
        if (r)
            r = (*this)->write(BatchKind::System, QStringLiteral("flaws"), [](QSqlDatabase db) {
                QSqlQuery q(db);
                Result r = exec(q, QStringLiteral("UPDATE contacts SET updated_at = '2020-03-01T09:00:00Z', "
                                                  "last_contacted_at = '' WHERE id BETWEEN 1 AND 6"));
                if (r)
                    r = exec(q, QStringLiteral("UPDATE contacts SET owner_id = NULL WHERE id BETWEEN 7 AND 11"));
                if (r)
                    r = exec(q, QStringLiteral("UPDATE contact_emails SET address = substr(address, 1, instr(address, '@')) "
                                               "|| upper(substr(address, instr(address, '@') + 1)) "
                                               "WHERE contact_id BETWEEN 12 AND 16"));
                if (r)
                    r = exec(q, QStringLiteral("DELETE FROM contact_emails WHERE contact_id IN (17, 18)"));
                if (r)
                    r = exec(q, QStringLiteral("DELETE FROM contact_phones WHERE contact_id IN (17, 18)"));
                return r;
            });
        if (r)
            r = audit();
        if (!r)
            qFatal("cannot build the quality workspace: %s", qPrintable(r.message()));
    }

    Result audit(AuditResult *result = nullptr)
    {
        AuditResult local;
        return Auditor((*this)->db()).run(nullptr, result ? result : &local);
    }

    // The live records with a finding of the rule, straight from quality_issues.
    QSet<qint64> recordsWith(const QString &ruleId, const QString &entity = QStringLiteral("contact"))
    {
        QSet<qint64> ids;
        QSqlQuery q((*this)->db());
        q.prepare(QStringLiteral("SELECT DISTINCT i.entity_id FROM quality_issues i JOIN %1 t ON t.id = i.entity_id "
                                 "WHERE i.rule = ? AND i.entity = ? AND t.deleted_at IS NULL")
                      .arg(entity == QLatin1String("company") ? QStringLiteral("companies") : QStringLiteral("contacts")));
        q.addBindValue(ruleId);
        q.addBindValue(entity);
        if (q.exec())
            while (q.next())
                ids.insert(q.value(0).toLongLong());
        return ids;
    }
};

} // namespace Kempt::Test
