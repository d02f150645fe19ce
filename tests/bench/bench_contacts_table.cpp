// Measures the contacts table on a large workspace: open + first screen, search as you
// type, sorting by last name and scrolling top to bottom (time and memory).
//
//   make-contacts 1000000 --seed 7 > /tmp/contacts.csv
//   bench_contacts_table --csv /tmp/contacts.csv --db /tmp/contacts.sqlite [--rows N] [--runs K]
//
// The workspace given with --db is loaded once and reused by later runs.

#include "processstats.h"

#include "itemmodels/recordtablemodel.h"
#include "storage/journal.h"
#include "storage/searchindex.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Kempt;

namespace {

using Bench::procStatus;

QTextStream out(stdout);

// One CSV record (RFC 4180: quoted fields may hold commas, quotes and line breaks).
bool readRecord(QTextStream &in, QStringList &fields)
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

double kb(const QString &status)
{
    return status.section(QLatin1Char(' '), 0, 0).toDouble();
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

// Empty cells become '' rather than NULL: the text columns are NOT NULL.
QVariant text(const QString &cell)
{
    const QString t = cell.trimmed();
    return t.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(t);
}

bool check(const Result &r)
{
    if (!r) {
        out << "error: " << r.message() << Qt::endl;
        return false;
    }
    return true;
}

// Fills an empty workspace from a make-contacts CSV the fast way: the search index and
// the journal triggers are suspended, rows go in through prepared statements in one
// transaction, and the index is rebuilt in one pass at the end.
bool load(Workspace &ws, const QString &csvPath, qint64 maxRows)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "error: cannot read " << csvPath << ": " << file.errorString() << Qt::endl;
        return false;
    }
    QTextStream in(&file);
    QStringList f;
    readRecord(in, f);
    const QStringList expected = {QStringLiteral("record_id"), QStringLiteral("cluster_id"), QStringLiteral("First Name"),
                                  QStringLiteral("Last Name"), QStringLiteral("E-mail"), QStringLiteral("Phone"),
                                  QStringLiteral("Company"), QStringLiteral("Job Title"), QStringLiteral("City"),
                                  QStringLiteral("Country"), QStringLiteral("Created")};
    if (f != expected) {
        out << "error: " << csvPath << " is not a make-contacts CSV (header: " << f.join(QLatin1Char(',')) << ")" << Qt::endl;
        return false;
    }

    QSqlDatabase db = ws.db();
    // A large page cache while loading: every contact touches a dozen indexes.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    Transaction tx(db);
    if (!check(tx.begin()) || !check(SearchIndex::dropTriggers(db)) || !check(Journal::dropTriggers(db)))
        return false;
    QSqlQuery company(db), contact(db), email(db), phone(db);
    company.prepare(QStringLiteral("INSERT INTO companies(name, created_at, updated_at) VALUES (?, ?, ?)"));
    contact.prepare(QStringLiteral("INSERT INTO contacts(first_name, last_name, display_name, job_title, company_id, "
                                   "city, country, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    email.prepare(QStringLiteral("INSERT INTO contact_emails(contact_id, address, is_primary) VALUES (?, ?, 1)"));
    phone.prepare(QStringLiteral("INSERT INTO contact_phones(contact_id, number, is_primary) VALUES (?, ?, 1)"));
    QHash<QString, qint64> companies;
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    const auto fail = [](QSqlQuery &q) { return check(sqlFailure(q, QStringLiteral("Loading"))); };
    while (rows < maxRows && readRecord(in, f)) {
        if (f.size() < expected.size())
            continue;
        const QString created = f.at(10).isEmpty() ? QStringLiteral("2020-01-01T00:00:00Z") : f.at(10) + QStringLiteral("T00:00:00Z");
        QVariant companyId(QMetaType(QMetaType::LongLong));
        const QString companyName = f.at(6).trimmed();
        if (!companyName.isEmpty()) {
            const QString key = companyName.toCaseFolded();
            auto it = companies.constFind(key);
            if (it == companies.constEnd()) {
                company.addBindValue(companyName);
                company.addBindValue(created);
                company.addBindValue(created);
                if (!company.exec())
                    return fail(company);
                it = companies.insert(key, company.lastInsertId().toLongLong());
            }
            companyId = *it;
        }
        QString display = (f.at(2).trimmed() + QLatin1Char(' ') + f.at(3).trimmed()).trimmed();
        if (display.isEmpty())
            display = f.at(4).trimmed();
        for (const QVariant &v : {text(f.at(2)), text(f.at(3)), text(display), text(f.at(7)), companyId,
                                  text(f.at(8)), text(f.at(9)), QVariant(created), QVariant(created)})
            contact.addBindValue(v);
        if (!contact.exec())
            return fail(contact);
        const qint64 id = contact.lastInsertId().toLongLong();
        if (!f.at(4).trimmed().isEmpty()) {
            email.addBindValue(id);
            email.addBindValue(f.at(4).trimmed());
            if (!email.exec())
                return fail(email);
        }
        if (!f.at(5).trimmed().isEmpty()) {
            phone.addBindValue(id);
            phone.addBindValue(f.at(5).trimmed());
            if (!phone.exec())
                return fail(phone);
        }
        if (++rows % 100000 == 0)
            out << "  loaded " << rows << " rows (" << timer.elapsed() / 1000.0 << " s)" << Qt::endl;
    }
    out << "  " << rows << " contacts, " << companies.size() << " companies inserted in " << timer.elapsed() / 1000.0
        << " s; rebuilding the search index" << Qt::endl;
    if (!check(SearchIndex::rebuild(db)) || !check(SearchIndex::installTriggers(db)) || !check(Journal::installTriggers(db)))
        return false;
    if (!check(tx.commit()))
        return false;
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    out << "  loaded in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall time and this process's CPU time: on a busy machine the wall time includes waiting
// for a core, the CPU time does not.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    double wallMs() const { return m_wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return cpuNow() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

struct Samples {
    QList<double> wall, cpu;
    void add(const Stopwatch &w)
    {
        wall << w.wallMs();
        cpu << w.cpuMs();
    }
};

// What a view does when it first paints: the row count, then every cell of a screenful.
void firstScreen(RecordTableModel &model)
{
    const int rows = std::min(model.rowCount(), 40);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            model.data(model.index(r, c));
}

void row(const QString &what, double wall, double cpu, const QString &unit, const QString &target = QString())
{
    out << "  " << what.leftJustified(44) << QString::number(wall, 'f', 1).rightJustified(10) << ' ' << unit.leftJustified(3)
        << (cpu >= 0 ? QStringLiteral("(cpu %1)").arg(QString::number(cpu, 'f', 1)).leftJustified(14) : QString(14, QLatin1Char(' ')))
        << (target.isEmpty() ? QString() : QStringLiteral("target ") + target) << Qt::endl;
}

void row(const QString &what, const Samples &s, const QString &target = QString())
{
    row(what, median(s.wall), median(s.cpu), QStringLiteral("ms"), target);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    int runs = 5;
    QString csv, dbPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--rows"))
            rows = next.toLongLong(), ++i;
        else if (a == QLatin1String("--runs"))
            runs = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--csv"))
            csv = next, ++i;
        else if (a == QLatin1String("--db"))
            dbPath = next, ++i;
        else {
            out << "usage: bench_contacts_table [--rows N] [--csv FILE] [--db FILE] [--runs K]" << Qt::endl;
            return 2;
        }
    }
    QTemporaryDir tmp;
    if (dbPath.isEmpty())
        dbPath = tmp.filePath(QStringLiteral("bench.sqlite"));

    out << "machine: " << QThread::idealThreadCount() << " cores, " << cpuModel() << Qt::endl;
    if (!QFileInfo::exists(dbPath)) {
        if (csv.isEmpty()) {
            out << "error: " << dbPath << " does not exist; give --csv FILE (from make-contacts) to load it" << Qt::endl;
            return 2;
        }
        out << "loading up to " << rows << " rows of " << csv << " into " << dbPath << Qt::endl;
        {
            Workspace ws;
            if (!check(ws.create(dbPath)) || !load(ws, csv, rows))
                return 1;
        }
#ifdef __GLIBC__
        // Hand the loader's page cache back to the system, so that the memory figures
        // below describe the table, not the load.
        malloc_trim(0);
#endif
    } else {
        out << "reusing " << dbPath << Qt::endl;
    }

    Workspace ws;
    if (!check(ws.open(dbPath)))
        return 1;
    {
        RecordTableModel probe(&ws, Entity::Contact);
        out << "rows: " << probe.totalCount() << " live contacts, " << runs << " runs per figure (median)" << Qt::endl;
    }
    ws.close();

    // 1. Opening the workspace and painting the first screen.
    Samples open, first, firstSorted;
    for (int i = 0; i < runs; ++i) {
        Stopwatch w;
        if (!check(ws.open(dbPath)))
            return 1;
        open.add(w);
        w.restart();
        {
            RecordTableModel model(&ws, Entity::Contact);
            firstScreen(model);
            first.add(w);
        }
        w.restart();
        {
            RecordTableModel model(&ws, Entity::Contact);
            model.sortBy(QStringLiteral("display_name"));
            firstScreen(model);
            firstSorted.add(w);
        }
        ws.close();
    }
    if (!check(ws.open(dbPath)))
        return 1;
    out << Qt::endl << "open (wall time, median; this process's CPU time in brackets)" << Qt::endl;
    row(QStringLiteral("Workspace::open"), open);
    row(QStringLiteral("first screen, id order (count + 40 rows)"), first, QStringLiteral("300 ms with open"));
    row(QStringLiteral("first screen, sorted by name"), firstSorted, QStringLiteral("300 ms with open"));
    row(QStringLiteral("open + first screen, id order"), median(open.wall) + median(first.wall),
        median(open.cpu) + median(first.cpu), QStringLiteral("ms"), QStringLiteral("300 ms"));

    // 2. Search as you type: every keystroke sets the search and paints a screen.
    const QStringList queries = {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"), QStringLiteral("mari"),
                                 QStringLiteral("maria"), QStringLiteral("j"), QStringLiteral("ja"), QStringLiteral("jac"),
                                 QStringLiteral("jackson"), QStringLiteral("torres"), QStringLiteral("collins"),
                                 QStringLiteral("karen_g"), QStringLiteral("yahoo"), QStringLiteral("gringotts.com"),
                                 QStringLiteral("mail.ru")};
    for (const bool sorted : {false, true}) {
        RecordTableModel model(&ws, Entity::Contact);
        if (sorted)
            model.sortBy(QStringLiteral("display_name"));
        firstScreen(model);
        out << Qt::endl << "search as you type, " << (sorted ? "sorted by name" : "id order") << " (setSearch + 40 rows)" << Qt::endl;
        QList<double> wall, cpu;
        for (const QString &q : queries) {
            Samples samples;
            qint64 hits = 0;
            for (int i = 0; i < runs; ++i) {
                model.setSearch(QString());
                Stopwatch w;
                model.setSearch(q);
                firstScreen(model);
                samples.add(w);
                hits = model.totalCount();
            }
            wall << median(samples.wall);
            cpu << median(samples.cpu);
            row(QStringLiteral("\"%1\" (%2 matches)").arg(q).arg(hits), samples);
        }
        row(QStringLiteral("median over the queries"), median(wall), median(cpu), QStringLiteral("ms"), QStringLiteral("50 ms"));
    }

    // 3. Sorting by last name.
    {
        RecordTableModel model(&ws, Entity::Contact);
        model.setColumns(model.columns() << QStringLiteral("last_name"));
        firstScreen(model);
        out << Qt::endl << "sort by last name (sort + 40 rows)" << Qt::endl;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            Samples samples;
            for (int i = 0; i < runs; ++i) {
                model.sortBy(QString());
                Stopwatch w;
                model.sortBy(QStringLiteral("last_name"), order);
                firstScreen(model);
                samples.add(w);
            }
            row(order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"), samples,
                QStringLiteral("500 ms"));
        }
    }

    // 4. Scrolling top to bottom, reading every row's first column.
    for (const QString &sortKey : {QString(), QStringLiteral("last_name")}) {
        RecordTableModel model(&ws, Entity::Contact);
        model.sortBy(sortKey);
        // Reset the peak so that it reflects this scroll, not the loading or earlier steps.
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        const QString rssBefore = procStatus("VmRSS");
        Stopwatch w;
        const int n = model.rowCount();
        qint64 chars = 0;
        for (int r = 0; r < n; ++r)
            chars += model.data(model.index(r, 0)).toString().size();
        const double wall = w.wallMs(), cpu = w.cpuMs();
        out << Qt::endl << "scroll top to bottom, " << (sortKey.isEmpty() ? QStringLiteral("id order") : QStringLiteral("sorted by last name"))
            << " (" << n << " rows, " << model.fetchStats().keyset << " keyset + " << model.fetchStats().offset
            << " offset chunk reads, " << chars << " characters)" << Qt::endl;
        row(QStringLiteral("time"), wall / 1000.0, cpu / 1000.0, QStringLiteral("s"));
        row(QStringLiteral("VmRSS before"), kb(rssBefore) / 1024.0, -1, QStringLiteral("MB"));
        row(QStringLiteral("VmHWM (peak while scrolling)"), kb(procStatus("VmHWM")) / 1024.0, -1, QStringLiteral("MB"), QStringLiteral("300 MB"));
        row(QStringLiteral("VmRSS after"), kb(procStatus("VmRSS")) / 1024.0, -1, QStringLiteral("MB"));
    }
    return 0;
}
