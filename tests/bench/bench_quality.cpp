// Figures for the style guide's hot path: how fast records are built and judged.
// bench_quality [contacts=1000000] [distinct=3000] [profile]
// A sample workspace of `distinct` contacts is generated, loaded, and cycled until
// `contacts` records have been evaluated: once on one thread, once on two.
#include "io/sampledata.h"
#include "quality/qualityrecord.h"
#include "quality/ruleengine.h"
#include "storage/workspace.h"
#include "stores/contactstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <ctime>
#include <thread>

using namespace Kempt;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// The representation the record was measured against: field name -> values.
QHash<QString, QStringList> hashRecord(const Contact &c)
{
    QHash<QString, QStringList> h;
    h.insert(QStringLiteral("first_name"), {c.firstName});
    h.insert(QStringLiteral("last_name"), {c.lastName});
    h.insert(QStringLiteral("display_name"), {c.displayName});
    h.insert(QStringLiteral("job_title"), {c.jobTitle});
    h.insert(QStringLiteral("company"), {c.companyName});
    h.insert(QStringLiteral("city"), {c.city});
    h.insert(QStringLiteral("country"), {c.country});
    h.insert(QStringLiteral("lead_source"), {c.leadSource});
    h.insert(QStringLiteral("owner"), {c.ownerName});
    h.insert(QStringLiteral("updated_at"), {c.updatedAt});
    h.insert(QStringLiteral("last_contacted_at"), {c.lastContactedAt});
    QStringList emails;
    for (const EmailAddress &e : c.emails)
        emails << e.address;
    h.insert(QStringLiteral("email"), emails);
    QStringList phones;
    for (const PhoneNumber &p : c.phones)
        phones << p.number;
    h.insert(QStringLiteral("phone"), phones);
    h.insert(QStringLiteral("tags"), c.tags);
    return h;
}

// CPU time of the calling thread: the figure that matters on a machine that is busy with
// other work, where wall-clock time mostly measures the neighbours.
qint64 threadCpuNs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString deepCopy(const QString &s)
{
    return QString(s.constData(), s.size());
}

QList<QualityRecord> detached(const QList<QualityRecord> &records)
{
    QList<QualityRecord> result;
    for (const QualityRecord &r : records) {
        QualityRecord copy(r.entity(), r.id());
        for (int f = 0; f < int(QualityField::Count); ++f) {
            QStringList values;
            for (const QString &v : r.values(QualityField(f)))
                values << deepCopy(v);
            copy.setValues(QualityField(f), values);
        }
        QStringList e164;
        for (const QString &v : r.phoneE164())
            e164 << deepCopy(v);
        copy.setPhoneE164(e164);
        result << copy;
    }
    return result;
}

void report(const char *what, qint64 count, qint64 ms)
{
    out() << QStringLiteral("%1: %2 in %3 ms (%4 per second)\n")
                 .arg(QLatin1String(what))
                 .arg(count)
                 .arg(ms)
                 .arg(ms > 0 ? count * 1000 / ms : 0);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QString::fromLatin1(argv[1]).toLongLong() : 1000000;
    const int distinct = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 3000;

    QTemporaryDir dir;
    Workspace workspace;
    if (!workspace.create(dir.filePath(QStringLiteral("bench.kempt"))) || !SampleData::load(&workspace, distinct)) {
        out() << "cannot create the sample workspace\n";
        return 1;
    }
    QList<Contact> contacts;
    {
        ContactStore store(workspace.db());
        QSqlQuery q(workspace.db());
        q.exec(QStringLiteral("SELECT id FROM contacts ORDER BY id"));
        while (q.next())
            if (const auto c = store.load(q.value(0).toLongLong()))
                contacts << *c;
    }
    out() << "sample contacts: " << contacts.size() << "\n";

    // "profile": only the single-threaded evaluation, for perf record.
    const bool profile = argc > 3 && qstrcmp(argv[3], "profile") == 0;
    QElapsedTimer t;
    qint64 sink = 0;
    if (profile) {
        const RuleEngine engine(StyleGuide::defaultGuide(), QStringLiteral("DE"));
        QList<QualityRecord> records;
        for (const Contact &c : contacts)
            records << QualityRecord::fromContact(c);
        t.start();
        const qint64 cpu = threadCpuNs();
        for (qint64 i = 0; i < total; ++i)
            sink += engine.evaluate(records.at(int(i % records.size()))).size();
        report("RuleEngine::evaluate, one thread", total, t.elapsed());
        out() << "CPU per record: " << (threadCpuNs() - cpu) / total << " ns\n";
        return sink == 0;
    }
    t.start();
    for (qint64 i = 0; i < total; ++i)
        sink += QualityRecord::fromContact(contacts.at(int(i % contacts.size()))).value(QualityField::Email).size();
    report("QualityRecord::fromContact + read", total, t.elapsed());
    t.restart();
    for (qint64 i = 0; i < total; ++i)
        sink += hashRecord(contacts.at(int(i % contacts.size()))).value(QStringLiteral("email")).value(0).size();
    report("QHash<QString, QStringList> record + read", total, t.elapsed());

    QList<QualityRecord> records;
    for (const Contact &c : contacts)
        records << QualityRecord::fromContact(c);
    const RuleEngine engine(StyleGuide::defaultGuide(), QStringLiteral("DE"));

    // Where the time goes: each rule alone over the distinct records.
    const StyleGuide full = StyleGuide::defaultGuide();
    for (const StyleGuideRule &rule : full.rules()) {
        if (rule.entity != Entity::Contact)
            continue;
        StyleGuide single;
        single.setRules({rule});
        const RuleEngine alone(single, QStringLiteral("DE"));
        const qint64 cpu = threadCpuNs();
        qint64 found = 0;
        for (int pass = 0; pass < 5; ++pass)
            for (const QualityRecord &r : records)
                found += alone.evaluate(r).size();
        const qint64 ns = (threadCpuNs() - cpu) / (5 * records.size());
        out() << QStringLiteral("  %1: %2 ns CPU per record, %3 issues\n").arg(rule.id, -32).arg(ns, 7).arg(found / 5);
    }
    out().flush();

    // Each thread reads its own records, as the audit's workers do: records that share
    // strings across threads would measure reference-count traffic, not the rules.
    const QList<QualityRecord> copyA = detached(records);
    const QList<QualityRecord> copyB = detached(records);
    std::atomic<qint64> issues{0};
    std::atomic<qint64> cpuSpent{0};
    auto work = [&](const QList<QualityRecord> *list, qint64 from, qint64 to) {
        const qint64 start = threadCpuNs();
        qint64 n = 0;
        for (qint64 i = from; i < to; ++i)
            n += engine.evaluate(list->at(int(i % list->size()))).size();
        issues += n;
        cpuSpent += threadCpuNs() - start;
    };
    t.restart();
    const qint64 cpu = threadCpuNs();
    work(&copyA, 0, total);
    report("RuleEngine::evaluate, one thread", total, t.elapsed());
    out() << "  CPU per record: " << (threadCpuNs() - cpu) / total << " ns\n";
    t.restart();
    cpuSpent = 0;
    std::thread a(work, &copyA, 0, total / 2);
    std::thread b(work, &copyB, total / 2, total);
    a.join();
    b.join();
    report("RuleEngine::evaluate, two threads", total, t.elapsed());
    out() << "  CPU per record (both threads): " << cpuSpent.load() / total << " ns\n";
    t.restart();
    for (qint64 i = 0; i < total / 10; ++i)
        sink += engine.applyFixes(records.at(int(i % records.size()))).valueCount(QualityField::Phone);
    report("RuleEngine::applyFixes, one thread", total / 10, t.elapsed());
    out() << "issues found: " << issues.load() << " (" << sink % 10 << ")\n";
    return 0;
}
