#include "import/importduplicates.h"
#include "audit/guideenginecache.h"
#include "audit/progresssink.h"
#include "dedup/duplicatefinder.h"
#include "dedup/duprecordsource.h"
#include "import/importrows.h"
#include "import/workspacematcher.h"
#include "io/tablesource.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace Kempt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Progress of the whole search, in thousandths: reading, the file's own groups, the workspace.
constexpr qint64 ReadEnd = 400;
constexpr qint64 FileEnd = 550;

class ScaledSink : public ProgressSink
{
public:
    ScaledSink(ProgressSink *sink, qint64 from, qint64 to)
        : m_sink(sink)
        , m_from(from)
        , m_to(to)
    {
    }
    bool progress(qint64 done, qint64 total) override
    {
        return !m_sink || m_sink->progress(m_from + (total > 0 ? (m_to - m_from) * qMin(done, total) / total : 0), 1000);
    }

private:
    ProgressSink *m_sink;
    qint64 m_from;
    qint64 m_to;
};

class ListSource : public DupRecordSource
{
public:
    explicit ListSource(const QList<DupRecord> &records)
        : m_records(records)
    {
    }
    bool next(DupRecord *record) override
    {
        if (m_next >= m_records.size())
            return false;
        *record = m_records.at(m_next++);
        return true;
    }
    Result result() const override { return Result::success(); }
    qint64 sizeHint() const override { return m_records.size(); }

private:
    const QList<DupRecord> &m_records;
    qsizetype m_next = 0;
};

DupRecord recordOf(const Contact &c, qint64 row)
{
    DupRecord r;
    // Not a number: DuplicateChecker takes a numeric id for the contact being edited.
    r.id = QStringLiteral("row:%1").arg(row);
    r.givenName = c.firstName;
    r.surname = c.lastName;
    r.fullName = c.displayName.isEmpty() ? c.composedName() : c.displayName;
    for (const EmailAddress &e : c.emails)
        r.emails << e.address;
    for (const PhoneNumber &p : c.phones)
        r.phones << (p.e164.isEmpty() ? p.number : p.e164);
    r.company = c.companyName;
    r.birthday = c.birthday;
    r.street = c.street;
    r.city = c.city;
    r.postcode = c.postcode;
    r.country = c.country;
    return r;
}

// Union-find over rows and contacts.
class Components
{
public:
    int add()
    {
        m_parent << int(m_parent.size());
        return int(m_parent.size()) - 1;
    }
    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void join(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

Result contactNames(QSqlDatabase db, const QList<qint64> &ids, QHash<qint64, QString> *names)
{
    QSqlQuery q(db);
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList list;
        for (qint64 id : ids.mid(from, 500))
            list << QString::number(id);
        Result r = exec(q, QStringLiteral("SELECT id, display_name FROM contacts WHERE id IN (%1)").arg(list.join(QLatin1Char(','))));
        if (!r)
            return r;
        while (q.next())
            names->insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return Result::success();
}

} // namespace

ImportDuplicates::ImportDuplicates(QSqlDatabase db)
    : m_db(db)
{
}

void ImportDuplicates::decideAll(QList<ImportDuplicateGroup> *groups, DuplicateAction action)
{
    for (ImportDuplicateGroup &g : *groups)
        g.action = action;
}

Result ImportDuplicates::find(TableSource &source, const ImportOptions &options, QList<ImportDuplicateGroup> *groups,
                              ProgressSink *progress)
{
    groups->clear();
    m_cancelled = false;
    const Result cancelled = Result::failure(Tr::tr("Looking for duplicates was cancelled; nothing was imported."));
    ImportRows::Layout layout;
    Result r = ImportRows::layout(source, options, &layout);
    if (!r)
        return r;
    GuideEngineCache engines;
    const ImportRows rows(engines.engine(m_db), layout, options, source.isDelimitedText());

    // 1. The rows, as the import will write them.
    QList<DupRecord> records;
    QList<qint64> numbers;
    QStringList names;
    {
        ScaledSink reading(progress, 0, ReadEnd);
        ProgressSink *const callerSink = source.progressSink();
        source.setProgressSink(progress ? &reading : nullptr);
        QStringList cells;
        qint64 number = 0;
        while (source.next(&cells, &number)) {
            if (ImportRows::isEmpty(cells))
                continue;
            const ImportRows::Row row = rows.prepare(number, cells);
            if (!row.rejected.isEmpty())
                continue;
            records << recordOf(row.contact, number);
            numbers << number;
            names << row.contact.effectiveDisplayName();
        }
        source.setProgressSink(callerSink);
        if (source.wasCancelled()) {
            m_cancelled = true;
            return cancelled;
        }
        if (!source.status())
            return source.status();
        if (!(r = source.selectSheet(source.currentSheet())))
            return r;
    }

    // 2. Rows that are one person.
    Components components;
    for (int i = 0; i < records.size(); ++i)
        components.add();
    QList<ImportDuplicateGroup::Link> links;
    if (records.size() > 1) {
        ListSource list(records);
        DuplicateFinder finder;
        ScaledSink scaled(progress, ReadEnd, FileEnd);
        if (!(r = finder.run(list, progress ? &scaled : nullptr))) {
            m_cancelled = progress != nullptr;
            return m_cancelled ? cancelled : r;
        }
        // The finder's rows, by the ids the records carry.
        QHash<QString, int> indexOfId;
        for (int i = 0; i < records.size(); ++i)
            indexOfId.insert(records.at(i).id, i);
        const auto index = [&](qint32 row) { return indexOfId.value(finder.id(row), -1); };
        for (const DuplicateGroup &g : finder.groups())
            for (int k = 1; k < g.rows.size(); ++k)
                if (index(g.rows.at(0)) >= 0 && index(g.rows.at(k)) >= 0)
                    components.join(index(g.rows.at(0)), index(g.rows.at(k)));
        // The links inside a group: the clusterer left out pairs that would chain groups.
        for (const DuplicatePair &p : finder.pairs()) {
            const int a = index(p.a), b = index(p.b);
            if (p.band != MatchBand::None && a >= 0 && b >= 0 && components.find(a) == components.find(b))
                links << ImportDuplicateGroup::Link{numbers.at(a), numbers.at(b), 0, finder.explain(p.a, p.b)};
        }
    }

    // 3. Rows that are an existing contact: each joins its best match.
    WorkspaceMatcher matcher(m_db);
    std::vector<DuplicateChecker::Match> best;
    r = matcher.match(records, &best, [progress](qint64 done, qint64 total) {
        return !progress || progress->progress(FileEnd + (1000 - FileEnd) * done / qMax<qint64>(1, total), 1000);
    });
    if (!r) {
        m_cancelled = matcher.wasCancelled();
        return r;
    }
    QHash<qint64, int> contactNode;
    QHash<qint64, double> contactScore;
    for (int i = 0; i < records.size(); ++i) {
        const DuplicateChecker::Match &match = best.at(size_t(i));
        if (match.contactId <= 0)
            continue;
        int node = contactNode.value(match.contactId, -1);
        if (node < 0) {
            node = components.add();
            contactNode.insert(match.contactId, node);
        }
        components.join(i, node);
        contactScore[match.contactId] = qMax(contactScore.value(match.contactId), match.score);
        links << ImportDuplicateGroup::Link{numbers.at(i), 0, match.contactId, match.explanation};
    }

    // 4. The groups: every component with more than one member.
    QHash<int, ImportDuplicateGroup> byRoot;
    for (int i = 0; i < records.size(); ++i)
        byRoot[components.find(i)].rows << numbers.at(i);
    for (auto it = contactNode.cbegin(); it != contactNode.cend(); ++it)
        byRoot[components.find(it.value())].contactIds << it.key();
    QHash<qint64, int> indexOfRow;
    for (int i = 0; i < numbers.size(); ++i)
        indexOfRow.insert(numbers.at(i), i);
    QList<qint64> allContacts;
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it) {
        ImportDuplicateGroup &g = it.value();
        if (g.rows.size() + g.contactIds.size() < 2)
            continue;
        std::sort(g.rows.begin(), g.rows.end());
        std::sort(g.contactIds.begin(), g.contactIds.end(), [&](qint64 a, qint64 b) {
            return contactScore.value(a) > contactScore.value(b) || (contactScore.value(a) == contactScore.value(b) && a < b);
        });
        for (qint64 row : std::as_const(g.rows))
            g.rowNames << names.at(indexOfRow.value(row));
        allContacts += g.contactIds;
        g.action = options.onDuplicate;
        g.band = MatchBand::Sure;
        g.probability = 1;
        groups->append(g);
    }
    QHash<qint64, int> groupOfRow;
    for (int k = 0; k < groups->size(); ++k)
        for (qint64 row : groups->at(k).rows)
            groupOfRow.insert(row, k);
    for (const ImportDuplicateGroup::Link &l : std::as_const(links)) {
        const int k = groupOfRow.value(l.row, -1);
        if (k < 0)
            continue;
        ImportDuplicateGroup &g = (*groups)[k];
        g.links << l;
        g.probability = qMin(g.probability, l.explanation.probability);
        if (l.explanation.band != MatchBand::Sure)
            g.band = MatchBand::Possible;
    }
    QHash<qint64, QString> contactName;
    if (!(r = contactNames(m_db, allContacts, &contactName)))
        return r;
    for (ImportDuplicateGroup &g : *groups)
        for (qint64 id : std::as_const(g.contactIds))
            g.contactNames << contactName.value(id);
    std::sort(groups->begin(), groups->end(), [](const ImportDuplicateGroup &a, const ImportDuplicateGroup &b) {
        return a.rows.value(0) < b.rows.value(0);
    });
    if (progress && !progress->progress(1000, 1000)) {
        m_cancelled = true;
        return cancelled;
    }
    return Result::success();
}

} // namespace Kempt
