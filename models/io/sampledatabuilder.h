#pragma once

#include "core/result.h"
#include "domain/contact.h"
#include "io/sampledatasource.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>

namespace Kempt {

// Writes the sample workspace inside an open batch; SampleData::load supplies the batch.
// Every choice comes from one fixed-seed generator, so every run writes the same records.
class SampleDataBuilder
{
public:
    SampleDataBuilder(QSqlDatabase db, const QString &path, int contacts);
    Result run();

private:
    struct CompanyRow
    {
        qint64 id = 0;
        int source = 0; // index into SampleDataSource::companies()
        int owner = 0;  // index into m_ownerIds
        bool customer = false;
    };
    struct ContactRow
    {
        qint64 id = 0;
        int company = -1; // index into m_companies
        QString name;
        QString leadSource;
    };

    Result checkEmpty();
    Result addOwners();
    Result addCustomFields();
    Result addCompanies();
    Result addContacts();
    Result addPipeline();
    Result addDeals();
    Result addNotes();
    Result addActivities();
    Result stampLastContacted();

    Contact makeContact(int *company);
    Contact featuredContact(int index, int *company);
    Contact duplicateOf(const Contact &original);
    int companyIndex(const QString &name) const;
    void addChannels(Contact &contact, const SampleDataSource::Name &first, const SampleDataSource::Name &last,
                     const SampleDataSource::Company *company, const QString &countryCode);
    QString localNumber(const SampleDataSource::Country &country);
    PhoneNumber phone(const SampleDataSource::Country &country, const QString &area, const QString &label);
    QString uniqueEmail(const QString &local, const QString &domain);

    int pick(int n) { return n > 0 ? int(m_rng.bounded(n)) : 0; }
    bool chance(int percent) { return pick(100) < percent; }
    template<typename T>
    const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }
    int weighted(const QList<int> &weights);
    QString at(const QDate &day);
    QString daysAgo(int days) { return at(m_today.addDays(-days)); }

    QSqlDatabase m_db;
    QString m_path;
    int m_contactCount;
    QRandomGenerator m_rng;
    QDate m_today;
    QList<qint64> m_ownerIds;
    QList<CompanyRow> m_companies;
    QList<ContactRow> m_contacts;
    QList<Contact> m_duplicateSources;
    QSet<QString> m_emails;
    QSet<QString> m_names;
    qint64 m_pipelineId = 0;
    QList<qint64> m_stageIds;
    struct DealRow
    {
        qint64 id = 0;
        int contact = 0; // index into m_contacts
    };
    QList<DealRow> m_deals;
};

} // namespace Kempt
